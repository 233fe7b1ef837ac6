package io.commerceresolver.policy;

import java.util.Optional;

public interface Decisions {

    void save(Decision decision);

    Optional<Decision> findById(String tenantId, String decisionId);
}
