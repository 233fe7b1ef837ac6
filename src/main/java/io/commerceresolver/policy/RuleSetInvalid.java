package io.commerceresolver.policy;

import java.util.List;

/**
 * The rule set did not compile, validate or pass its policy features. Each problem names the file and line, as
 * an analyst needs to fix it; the version serving before keeps serving.
 */
public class RuleSetInvalid extends RuntimeException {

    private final List<RuleSetProblem> problems;

    public RuleSetInvalid(String source, List<RuleSetProblem> problems) {
        super("The rule set from " + source + " has " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems.stream().map(RuleSetProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }
}
