package io.commerceresolver.console.workbench;

import java.util.Optional;

/** Where candidates are kept, one per tenant, each write conditional on the revision its writer saw. */
public interface RuleDrafts {

    Optional<RuleDraft> find(String tenantId);

    /**
     * Stores a new candidate; false (and nothing stored) if the tenant has one already. The stored revision is
     * {@code draft.revision()} for the tenant's first candidate and one after the last revision of the previous one
     * otherwise: revisions never repeat for a tenant, so a revision names one state of one candidate.
     */
    boolean create(RuleDraft draft);

    /**
     * Stores {@code draft} over the revision before it ({@code draft.revision() - 1}) in one conditional write; false
     * (and nothing stored) if the stored candidate is another revision or gone.
     */
    boolean replace(RuleDraft draft);

    /** Ends the candidate (gone for {@link #find}) if it is still at {@code revision}; false otherwise. */
    boolean delete(String tenantId, long revision);
}
