package io.commerceresolver.receipt;

import java.util.Optional;

/**
 * What a kind of receipt is made from: ticket runs (RunReceipts) and changesets each say what happened to their
 * subject, and may note the receipt on it once it is sealed. One source per {@link ReceiptRecord.Kind}.
 */
public interface ReceiptSource {

    ReceiptRecord.Kind kind();

    /** The record to seal, read outside any transaction; empty if there is nothing to seal (subject gone, wrote nothing). */
    Optional<ReceiptRecord> record(String tenantId, String subjectId);

    /** Told in a short transaction once the receipt is in the chain (or was already). Nothing by default. */
    default void sealed(String tenantId, String subjectId, Receipt receipt) {
    }
}
