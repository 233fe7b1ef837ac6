package io.commerceresolver.intent;

import java.time.YearMonth;

/**
 * How many tickets a tenant has had read by a language model this month, and what it cost. A reading is counted
 * before the model is called, so the cap holds however many tickets are read at once.
 */
public interface ReadingUsage {

    /** Counts one reading for the tenant's month, unless that would exceed {@code cap}; false when the cap is reached. */
    boolean tryCount(String tenantId, YearMonth month, long cap);

    void addTokens(String tenantId, YearMonth month, long tokens);

    Month of(String tenantId, YearMonth month);

    record Month(String tenantId, YearMonth month, long readings, long tokens) {
    }
}
