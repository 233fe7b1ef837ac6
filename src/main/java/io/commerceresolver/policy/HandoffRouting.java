package io.commerceresolver.policy;

import java.util.List;

/** What the handoff rules said, with the rules that fired in order and the rule set version, to explain it later. */
public record HandoffRouting(String person, String team, String language, List<String> reasons, List<String> firedRules,
                             String rulesVersion) {

    public HandoffRouting {
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
    }
}
