package io.commerceresolver.delegation.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.commerceresolver.delegation.Component;
import io.commerceresolver.delegation.Delegation;
import io.commerceresolver.delegation.DelegationRecords;
import io.commerceresolver.delegation.DelegationUse;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/**
 * Delegations and their counted uses in MyBatis. A use is counted by an UPDATE of its row, or an insert when there is
 * none yet; of two first recorders one inserts and the other, finding the key taken, counts on the row the first
 * wrote. The same statements on H2 and PostgreSQL.
 */
class DelegationRecordsDatabase implements DelegationRecords {

    private final DelegationMapper mapper;
    private final DuplicateSafeInsert duplicateSafe;
    /** A use is recorded in a transaction of its own: committed before the vendor is called, kept when the caller's rolls back. */
    private final TransactionTemplate ownTransaction;

    DelegationRecordsDatabase(DelegationMapper mapper, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<Issued> latest(String tenantId, String runId, Component component) {
        return mapper.latest(tenantId, runId, component);
    }

    @Override
    public boolean insertIfAbsent(Delegation delegation, int generation) {
        return duplicateSafe.insertIfAbsent(() -> mapper.insertIfAbsent(delegation, generation));
    }

    @Override
    public void recordUse(String tenantId, String exchangeId, String verb, boolean allowed, Instant at) {
        ownTransaction.executeWithoutResult(status -> {
            if (mapper.countUse(tenantId, exchangeId, verb, allowed, at) == 1
                    || duplicateSafe.insertIfAbsent(() -> mapper.insertUseIfAbsent(tenantId, exchangeId, verb, allowed, at))
                    || mapper.countUse(tenantId, exchangeId, verb, allowed, at) == 1) {
                return;
            }
            throw new IllegalStateException("A use of delegation " + exchangeId + " for " + verb + " was neither counted nor inserted");
        });
    }

    @Override
    public List<DelegationUse> uses(String tenantId, String runId) {
        return mapper.uses(tenantId, runId);
    }
}
