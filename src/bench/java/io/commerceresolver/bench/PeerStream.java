package io.commerceresolver.bench;

/**
 * The peer benchmark's seeded operation stream (shared/peer-bench/bench.js, {@code generate}), ported call for call
 * so that seed 42 gives the very same operations. Every value is kept as the integer it was derived from (cents,
 * hundredths of a percent, stress in percent), so nothing here depends on floating-point formatting; the doubles the
 * peer compares ({@code cents / 100.0} and so on) are recomputed bit-identically where the peer's policy is replayed
 * ({@link PeerPolicy}).
 *
 * <pre>
 *   rand()     = mulberry32(seed)                      -> uint32 / 2^32
 *   randInt(n) = floor(rand() * n)
 *   per op, in this exact call order:
 *     k = randInt(1000); tenant = TENANTS[randInt(5)]
 *     k &lt; 350  read    affected_records = 1 + randInt(1000)
 *     k &lt; 500  notify  affected_records = 1 + randInt(100)
 *     k &lt; 800  write   affected_records = randInt(100) &lt; 85 ? 1 + randInt(10) : 11 + randInt(490)
 *                      if randInt(2) == 0: price_change_pct = (randInt(8001) - 4000) / 100
 *     k &lt; 970  refund  affected_records = randInt(100) &lt; 90 ? 1 : 2 + randInt(30)
 *                      amount = (1 + randInt(60000)) / 100
 *     k &lt; 985  invalid op_type = "purge_catalog", affected_records = 1
 *     else     invalid op_type = "refund", amount = -(1 + randInt(10000)) / 100
 *     then: if randInt(10) &lt; 7: voice = { stress: randInt(101) / 100, session_minutes: randInt(121) }
 * </pre>
 */
public final class PeerStream {

    /** The peer's op types, with its two kinds of invalid operation told apart. */
    public enum Kind { READ, NOTIFY, WRITE, REFUND, UNKNOWN_TYPE, NEGATIVE_REFUND }

    /** Means "absent" for {@link Op#priceChangeHundredths} and the voice fields. */
    public static final int NONE = Integer.MIN_VALUE;

    /**
     * One operation of the stream.
     *
     * @param tenant                index into the peer's TENANTS: 0..4 for t1..t5
     * @param affectedRecords       the peer's affected_records (its default 1 where the peer leaves it out)
     * @param priceChangeHundredths price_change_pct × 100 (-4000..4000), or {@link #NONE}
     * @param amountCents           amount × 100 (negative for the invalid refund), 0 when absent
     * @param stressPercent         voice.stress × 100 (0..100), or {@link #NONE} when the op carries no voice
     * @param sessionMinutes        voice.session_minutes (0..120), or {@link #NONE}
     */
    public record Op(Kind kind, int tenant, int affectedRecords, int priceChangeHundredths, int amountCents,
                     int stressPercent, int sessionMinutes) {

        public boolean hasVoice() {
            return stressPercent != NONE;
        }

        public boolean hasPriceChange() {
            return priceChangeHundredths != NONE;
        }
    }

    private int state;

    private PeerStream(int seed) {
        this.state = seed;
    }

    /** mulberry32, as bench.js writes it: 32-bit wrap-around arithmetic, the result as an unsigned fraction. */
    double rand() {
        state += 0x6D2B79F5;
        int a = state;
        int t = (a ^ (a >>> 15)) * (1 | a);
        t = (t + ((t ^ (t >>> 7)) * (61 | t))) ^ t;
        return ((t ^ (t >>> 14)) & 0xFFFF_FFFFL) / 4294967296.0;
    }

    int randInt(int n) {
        return (int) Math.floor(rand() * n);
    }

    public static Op[] generate(int n, int seed) {
        PeerStream g = new PeerStream(seed);
        Op[] ops = new Op[n];
        for (int i = 0; i < n; i++) {
            ops[i] = g.next();
        }
        return ops;
    }

    private Op next() {
        int k = randInt(1000);
        int tenant = randInt(5);
        Kind kind;
        int affected = 1;
        int pct = NONE;
        int cents = 0;
        if (k < 350) {
            kind = Kind.READ;
            affected = 1 + randInt(1000);
        } else if (k < 500) {
            kind = Kind.NOTIFY;
            affected = 1 + randInt(100);
        } else if (k < 800) {
            kind = Kind.WRITE;
            affected = randInt(100) < 85 ? 1 + randInt(10) : 11 + randInt(490);
            if (randInt(2) == 0) {
                pct = randInt(8001) - 4000;
            }
        } else if (k < 970) {
            kind = Kind.REFUND;
            affected = randInt(100) < 90 ? 1 : 2 + randInt(30);
            cents = 1 + randInt(60000);
        } else if (k < 985) {
            kind = Kind.UNKNOWN_TYPE;
        } else {
            kind = Kind.NEGATIVE_REFUND;
            cents = -(1 + randInt(10000));
        }
        int stress = NONE;
        int minutes = NONE;
        if (randInt(10) < 7) {
            stress = randInt(101);
            minutes = randInt(121);
        }
        return new Op(kind, tenant, affected, pct, cents, stress, minutes);
    }
}
