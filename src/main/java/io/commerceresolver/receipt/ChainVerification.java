package io.commerceresolver.receipt;

/**
 * What re-checking a tenant's whole chain found: how many receipts were checked, and the first broken link (null when
 * the chain holds). {@code firstBroken.id} is null when what is broken is the chain's end (receipts missing after
 * the last one read, which only the head row still knows of).
 */
public record ChainVerification(long checked, boolean ok, BrokenLink firstBroken) {

    public record BrokenLink(long seq, String id, String problem) {
    }

    static ChainVerification holds(long checked) {
        return new ChainVerification(checked, true, null);
    }

    static ChainVerification brokenAt(long checked, long seq, String id, String problem) {
        return new ChainVerification(checked, false, new BrokenLink(seq, id, problem));
    }
}
