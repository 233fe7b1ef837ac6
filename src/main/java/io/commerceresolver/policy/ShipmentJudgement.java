package io.commerceresolver.policy;

import java.util.List;

/** How the rules judged a shipment ({@link ShipmentStanding}'s codes), why, which rules fired, in which rule set version. */
public record ShipmentJudgement(String standing, List<String> reasons, List<String> firedRules, String rulesVersion) {

    public ShipmentJudgement {
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
    }
}
