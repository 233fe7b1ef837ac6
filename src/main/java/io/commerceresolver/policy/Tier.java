package io.commerceresolver.policy;

/** Risk tiers of the changeset design: how much friction an operation deserves. */
public enum Tier {
    READ, NOTIFY, WRITE, BULK;

    public static Tier of(int level) {
        return values()[Math.max(0, Math.min(level, BULK.ordinal()))];
    }
}
