package io.commerceresolver.approval;

import java.time.Instant;
import java.util.Optional;

/** Where approval links and every attempt to open or use one are kept. */
public interface ApprovalLinkStore {

    /** Stores the link unless the person has one for this approval already; false then. */
    boolean insertIfAbsent(ApprovalLink link);

    Optional<ApprovalLink> find(String tenantId, String nonce);

    /** Marks the link used, only if it is not yet: false if it was (someone used it a moment ago). */
    boolean use(String tenantId, String nonce, String usedBy, Instant at);

    /** Appends one attempt; {@code nonce} and {@code approvalId} are null when the token could not be read. */
    void attempt(String tenantId, String nonce, String approvalId, String action, LinkOutcome outcome, String principal, Instant at);
}
