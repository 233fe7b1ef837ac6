package io.commerceresolver.intent.infrastructure;

import java.time.YearMonth;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import io.commerceresolver.intent.ReadingUsage;
import io.commerceresolver.system.Transactions;

/** {@link ReadingUsage} in the intent_usage table, one row per tenant and month. */
@Repository
class IntentUsageDatabase implements ReadingUsage {

    private final IntentUsageMapper mapper;
    private final Transactions transactions;

    IntentUsageDatabase(IntentUsageMapper mapper, Transactions transactions) {
        this.mapper = mapper;
        this.transactions = transactions;
    }

    @Override
    public boolean tryCount(String tenantId, YearMonth month, long cap) {
        ensureRow(tenantId, month);
        return transactions.inTransaction(() -> mapper.countReadingUnder(tenantId, month.toString(), cap) == 1);
    }

    @Override
    public void addTokens(String tenantId, YearMonth month, long tokens) {
        if (tokens > 0) {
            ensureRow(tenantId, month);
            transactions.inTransaction(() -> mapper.addTokens(tenantId, month.toString(), tokens));
        }
    }

    @Override
    public Month of(String tenantId, YearMonth month) {
        return mapper.find(tenantId, month.toString())
                .map(row -> new Month(tenantId, month, row.readings(), row.tokens()))
                .orElse(new Month(tenantId, month, 0, 0));
    }

    private void ensureRow(String tenantId, YearMonth month) {
        try {
            transactions.inTransaction(() -> mapper.insertMonthIfAbsent(tenantId, month.toString()));
        } catch (DuplicateKeyException insertedByAConcurrentReading) {
            // the row is there now, which is all this wanted
        }
    }
}
