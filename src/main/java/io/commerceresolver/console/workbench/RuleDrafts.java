package io.commerceresolver.console.workbench;

import java.util.Optional;

/** Where candidates are kept, one per tenant. */
public interface RuleDrafts {

    Optional<RuleDraft> find(String tenantId);

    /** Stores the tenant's draft, replacing the one it had. */
    void save(RuleDraft draft);

    void delete(String tenantId);
}
