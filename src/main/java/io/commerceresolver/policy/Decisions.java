package io.commerceresolver.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface Decisions {

    void save(Decision decision);

    /** Keeps many decisions at once (a changeset's: up to 10,000), in few statements. */
    default void saveAll(List<Decision> decisions) {
        decisions.forEach(this::save);
    }

    Optional<Decision> findById(String tenantId, String decisionId);

    /** The tenant's decisions among {@code decisionIds}, by id, in one look-up; an id it does not have is left out. */
    Map<String, Decision> findByIds(String tenantId, Collection<String> decisionIds);
}
