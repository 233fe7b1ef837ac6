package io.commerceresolver.policy.infrastructure;

import java.util.List;

/** The rule set did not compile. Each error names the file and line, as an analyst needs to fix it. */
public class RuleSetInvalid extends RuntimeException {

    private final List<String> errors;

    public RuleSetInvalid(String source, List<String> errors) {
        super("The rule set in " + source + " has " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
