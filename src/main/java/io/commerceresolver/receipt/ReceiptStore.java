package io.commerceresolver.receipt;

import java.util.List;
import java.util.Optional;

/** Where receipts and each tenant's chain head live. Append-only: receipts are inserted, never changed. */
public interface ReceiptStore {

    /**
     * The tenant's chain head, locked until the current transaction ends: the next appender for this tenant waits.
     * Made at seq 0 and {@link Receipt#GENESIS} the first time.
     */
    Head lockHead(String tenantId);

    /** The head as it stands, without locking; empty before the tenant's first receipt. */
    Optional<Head> head(String tenantId);

    void insert(Receipt receipt);

    void advanceHead(String tenantId, Head head);

    Optional<Receipt> find(String tenantId, String id);

    Optional<Receipt> findBySeq(String tenantId, long seq);

    Optional<Receipt> findBySubject(String tenantId, ReceiptRecord.Kind kind, String subjectId);

    /** Up to {@code limit} receipts after {@code afterSeq}, by seq, with only what verifying them needs. */
    List<Link> page(String tenantId, long afterSeq, int limit);

    /** The tenant's last receipt and its hash. */
    record Head(long seq, String sha256) {
    }

    /** A receipt as the chain verifier reads it. */
    record Link(String id, long seq, String body, String sha256, String prevSha256, String signature, String keyId) {
    }
}
