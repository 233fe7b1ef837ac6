package io.commerceresolver.bench;

/**
 * The peer's 7-rule tier policy (shared/peer-bench/policy.js) replayed in plain Java, only to prove that
 * {@link PeerStream} is the peer's stream: fed seed 42, n = 1,000,000 it must give the peer's decision digest
 * (e9942311) and tier counts. It is not a benchmark subject. Codes as bench.js {@code code()}: tier × 128 + bitmask
 * of the fired rules in rule order, or 1000 + the index of the validation error.
 */
final class PeerPolicy {

    /** max_auto_refund of t1..t5; t5 has none, which the peer treats as 0. */
    static final double[] MAX_AUTO_REFUND = {50, 100, 250, 500, 0};
    private static final int UNKNOWN_OPERATION_TYPE = 1;
    private static final int INVALID_AMOUNT = 4;

    private PeerPolicy() {
    }

    static int code(PeerStream.Op op) {
        switch (op.kind()) {
            case UNKNOWN_TYPE:
                return 1000 + UNKNOWN_OPERATION_TYPE;
            case NEGATIVE_REFUND:
                return 1000 + INVALID_AMOUNT;
            default:
        }
        boolean read = op.kind() == PeerStream.Kind.READ;
        boolean notify = op.kind() == PeerStream.Kind.NOTIFY;
        boolean write = op.kind() == PeerStream.Kind.WRITE;
        boolean refund = op.kind() == PeerStream.Kind.REFUND;
        double pct = op.hasPriceChange() ? op.priceChangeHundredths() / 100.0 : 0;
        double amount = op.amountCents() / 100.0;
        double limit = MAX_AUTO_REFUND[op.tenant()];
        boolean nonBulkWrite = write && op.affectedRecords() <= 10;
        boolean bulk = (write || refund) && op.affectedRecords() > 10;
        boolean largePrice = write && (pct > 20 || pct < -20);
        boolean refundWithin = refund && amount <= limit;
        boolean refundOver = refund && amount > limit;
        boolean stressed = op.hasVoice() && (op.stressPercent() / 100.0 > 0.7 || op.sessionMinutes() > 60);
        int tier = 0;
        int mask = 0;
        if (read) {
            mask |= 1;
        }
        if (notify || refundWithin) {
            mask |= 1 << 1;
            tier = Math.max(tier, 1);
        }
        if (nonBulkWrite) {
            mask |= 1 << 2;
            tier = Math.max(tier, 2);
        }
        if (bulk) {
            mask |= 1 << 3;
            tier = 3;
        }
        if (largePrice) {
            mask |= 1 << 4;
            tier = 3;
        }
        if (refundOver) {
            mask |= 1 << 5;
            tier = Math.max(tier, 2);
        }
        if (stressed && (nonBulkWrite || refundOver) && !bulk && !largePrice) {
            mask |= 1 << 6;
            tier = 3;
        }
        return tier * 128 + mask;
    }

    /** bench.js fnv1a: FNV-1a over two bytes (little end first) of every code. */
    static String digest(int[] codes) {
        int h = 0x811c9dc5;
        for (int c : codes) {
            for (int b = 0; b < 2; b++) {
                h ^= c & 0xff;
                h *= 0x01000193;
                c >>>= 8;
            }
        }
        return String.format("%08x", h);
    }
}
