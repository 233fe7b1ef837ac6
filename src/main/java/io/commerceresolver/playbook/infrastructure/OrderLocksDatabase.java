package io.commerceresolver.playbook.infrastructure;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.commerceresolver.playbook.OrderLocks;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/** A row per order in order_lock, locked FOR UPDATE (H2 and PostgreSQL alike) for the rest of the transaction. */
@Component
class OrderLocksDatabase implements OrderLocks {

    private final OrderLockMapper locks;
    private final DuplicateSafeInsert duplicateSafe;

    OrderLocksDatabase(OrderLockMapper locks, DataSource dataSource) {
        this.locks = locks;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public void lock(String tenantId, String orderId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An order lock outside a transaction would be released at once");
        }
        duplicateSafe.insertIfAbsent(() -> locks.insertIfAbsent(tenantId, orderId));
        locks.lock(tenantId, orderId);
    }
}
