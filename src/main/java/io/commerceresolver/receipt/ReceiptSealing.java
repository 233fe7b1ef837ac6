package io.commerceresolver.receipt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Seals runs and changesets in the receipt chain, as a job ({@link JobKind#SEAL_RECEIPT}, ref {@code kind:subjectId}).
 * {@link #seal} only enqueues, in the caller's transaction: the subject's end and the promise of its receipt commit
 * together, and the work of reading and hashing it holds none of the caller's locks. The job builds the record
 * outside any transaction (a changeset's may be large), appends it (the chain takes its own short transaction), then
 * tells the source and ends in one short transaction. A crash between the append and the end only appends again,
 * which returns the receipt the subject already has.
 */
public class ReceiptSealing implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(ReceiptSealing.class);

    private final Map<ReceiptRecord.Kind, ReceiptSource> sources = new EnumMap<>(ReceiptRecord.Kind.class);
    private final ReceiptChain chain;
    private final ReceiptStore receipts;
    private final WorkQueue work;
    private final Transactions transactions;
    private final AuditLog audit;

    public ReceiptSealing(List<ReceiptSource> sources, ReceiptChain chain, ReceiptStore receipts, WorkQueue work, Transactions transactions,
                          AuditLog audit) {
        for (ReceiptSource source : sources) {
            if (this.sources.put(source.kind(), source) != null) {
                throw new IllegalStateException("Two receipt sources for " + source.kind() + " receipts");
            }
        }
        this.chain = chain;
        this.receipts = receipts;
        this.work = work;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Asks for the subject's receipt, in the caller's transaction; asking again (before or after) is a no-op. */
    public void seal(String tenantId, ReceiptRecord.Kind kind, String subjectId) {
        work.enqueue(tenantId, JobKind.SEAL_RECEIPT, kind.key() + ":" + subjectId);
    }

    @Override
    public JobKind kind() {
        return JobKind.SEAL_RECEIPT;
    }

    @Override
    public void handle(Job job) {
        int colon = job.ref().indexOf(':');
        ReceiptRecord.Kind kind = ReceiptRecord.Kind.of(job.ref().substring(0, Math.max(colon, 0)));
        String subjectId = job.ref().substring(colon + 1);
        ReceiptSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("Nothing makes " + kind + " receipts");
        }
        // taken up again after its append, the job need not read the subject again
        Optional<Receipt> receipt = receipts.findBySubject(job.tenantId(), kind, subjectId)
                .or(() -> source.record(job.tenantId(), subjectId).map(record -> append(job.tenantId(), kind, subjectId, record)));
        transactions.inTransaction(() -> {
            receipt.ifPresent(sealed -> source.sealed(job.tenantId(), subjectId, sealed));
            work.done(job);
        });
    }

    private Receipt append(String tenantId, ReceiptRecord.Kind kind, String subjectId, ReceiptRecord record) {
        if (record.kind() != kind || !record.subjectId().equals(subjectId)) {
            throw new IllegalStateException("Asked for the receipt of " + kind + " " + subjectId + ", the source made one for "
                    + record.kind() + " " + record.subjectId());
        }
        return chain.append(tenantId, record);
    }

    /** Kept in the audit log, where the tenant's admins see it: a run or changeset that should have a receipt has none. */
    @Override
    public void giveUp(Job job, String error) {
        log.error("The receipt of {} (tenant {}) could not be sealed: {}", job.ref(), job.tenantId(), error);
        audit.record(job.tenantId(), "receipts", "receipt.seal_failed", job.ref(), null, Map.of("error", error));
    }
}
