package io.commerceresolver.policy;

import java.util.Collection;

/** The live rule set. Each call sees one whole version of it, however often it is republished. */
public interface PolicyEngine {

    /** Fires the rules over the facts and a fresh {@link Verdict}. */
    RuleEvaluation evaluate(Collection<?> facts);

    String activeVersion();
}
