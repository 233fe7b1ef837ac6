package io.commerceresolver.receipt.infrastructure;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/** Receipts and chain heads in MyBatis; the head is a row locked FOR UPDATE, as order_lock is (H2 and PostgreSQL alike). */
class ReceiptStoreDatabase implements ReceiptStore {

    /** Bodies read at once by the chain verifier: a thousand ordinary receipts, or a few of a changeset's 3 MB ones. */
    static final long PAGE_CHARACTERS = 32L * 1024 * 1024;

    private final ReceiptMapper mapper;
    private final DuplicateSafeInsert duplicateSafe;

    ReceiptStoreDatabase(ReceiptMapper mapper, DataSource dataSource) {
        this.mapper = mapper;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public Head lockHead(String tenantId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A chain head locked outside a transaction would be released at once");
        }
        // two first appenders of a tenant may both find no head: the unique key lets one insert it, the other waits below
        duplicateSafe.insertIfAbsent(() -> mapper.insertHeadIfAbsent(tenantId, Receipt.GENESIS));
        return mapper.lockHead(tenantId);
    }

    @Override
    public Optional<Head> head(String tenantId) {
        return mapper.head(tenantId);
    }

    @Override
    public void insert(Receipt receipt) {
        mapper.insert(receipt, receipt.body().length());
    }

    @Override
    public void advanceHead(String tenantId, Head head) {
        if (mapper.advanceHead(tenantId, head.seq(), head.sha256()) != 1) {
            throw new IllegalStateException("The receipt chain head of " + tenantId + " did not stand at " + (head.seq() - 1)
                    + ": it moved without its lock");
        }
    }

    @Override
    public Optional<Receipt> find(String tenantId, String id) {
        return mapper.find(tenantId, id);
    }

    @Override
    public Optional<Receipt> findBySeq(String tenantId, long seq) {
        return mapper.findBySeq(tenantId, seq);
    }

    @Override
    public Optional<Receipt> findBySubject(String tenantId, ReceiptRecord.Kind kind, String subjectId) {
        return mapper.findBySubject(tenantId, kind, subjectId);
    }

    /** As many of the next {@code limit} receipts as fit {@link #PAGE_CHARACTERS}, and never none. */
    @Override
    public List<Link> page(String tenantId, long afterSeq, int limit) {
        List<ReceiptMapper.Extent> extents = mapper.extents(tenantId, afterSeq, limit);
        if (extents.isEmpty()) {
            return List.of();
        }
        long characters = 0;
        long lastSeq = extents.get(0).seq();
        for (ReceiptMapper.Extent extent : extents) {
            characters += extent.bodyLength();
            if (characters > PAGE_CHARACTERS && extent.seq() != extents.get(0).seq()) {
                break;
            }
            lastSeq = extent.seq();
        }
        return mapper.links(tenantId, afterSeq, lastSeq);
    }
}
