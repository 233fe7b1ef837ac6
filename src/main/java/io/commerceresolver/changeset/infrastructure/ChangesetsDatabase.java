package io.commerceresolver.changeset.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.changeset.ChangeOperation;
import io.commerceresolver.changeset.Changeset;
import io.commerceresolver.changeset.ChangesetStatus;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.changeset.Conversation;
import io.commerceresolver.changeset.OperationDecision;
import io.commerceresolver.changeset.OperationSpec;
import io.commerceresolver.changeset.ProductState;
import io.commerceresolver.playbook.StepRef;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;

/**
 * {@link Changesets} in the changeset and changeset_operation tables. A changeset's operations go in with it, in one
 * transaction, many rows to a statement. An operation's decision is kept by id with its tier and verdict; its fired
 * rules stay with the stored decision (decision table), which {@code GET /api/v1/decisions/{id}} shows.
 */
class ChangesetsDatabase implements Changesets {

    private static final int ROWS_PER_INSERT = 500;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ChangesetMapper mapper;
    private final StoredJson json;
    private final Transactions transactions;

    ChangesetsDatabase(ChangesetMapper mapper, StoredJson json, Transactions transactions) {
        this.mapper = mapper;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public boolean add(Changeset changeset, List<ChangeOperation> operations) {
        List<ChangesetMapper.OperationRow> rows = operations.stream().map(operation -> row(changeset, operation)).toList();
        try {
            transactions.inTransaction(() -> {
                mapper.insert(row(changeset));
                for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                    mapper.insertOperations(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
                }
            });
            return true;
        } catch (DuplicateKeyException sentTwice) {
            if (changeset.idempotencyKey() == null) {
                throw sentTwice;
            }
            return false;
        }
    }

    @Override
    public Optional<Changeset> find(String tenantId, String id) {
        return mapper.findById(tenantId, id).map(this::changeset);
    }

    @Override
    public Optional<Changeset> findByIdempotencyKey(String tenantId, String idempotencyKey) {
        return mapper.findByIdempotencyKey(tenantId, idempotencyKey).map(this::changeset);
    }

    @Override
    public Optional<Changeset> lock(String tenantId, String id) {
        return mapper.lock(tenantId, id).map(this::changeset);
    }

    @Override
    public List<ChangeOperation> operations(String tenantId, String changesetId, int afterSeq, int limit) {
        return mapper.operations(tenantId, changesetId, null, false, afterSeq, limit).stream().map(this::operation).toList();
    }

    @Override
    public List<ChangeOperation> operations(String tenantId, String changesetId, ChangeOperation.Status status, int afterSeq, int limit) {
        return mapper.operations(tenantId, changesetId, status.name(), false, afterSeq, limit).stream().map(this::operation).toList();
    }

    @Override
    public List<ChangeOperation> unread(String tenantId, String changesetId, int afterSeq, int limit) {
        return mapper.operations(tenantId, changesetId, ChangeOperation.Status.WRITTEN.name(), true, afterSeq, limit).stream()
                .map(this::operation).toList();
    }

    @Override
    public boolean confirm(String tenantId, String id, Changeset.Confirmation confirmation) {
        return mapper.confirm(tenantId, id, confirmation.by(), confirmation.at()) == 1;
    }

    @Override
    public void attachRun(String tenantId, String id, String runId) {
        mapper.attachRun(tenantId, id, runId);
    }

    @Override
    public Optional<Changeset> findByRun(String tenantId, String runId) {
        return mapper.findByRun(tenantId, runId).map(this::changeset);
    }

    @Override
    public boolean moveTo(String tenantId, String id, ChangesetStatus from, ChangesetStatus to, String outcome, Instant at) {
        return mapper.moveTo(tenantId, id, from.name(), to.name(), outcome, at) == 1;
    }

    @Override
    public void waitIn(String tenantId, String id, String phase, StepRef step) {
        mapper.waitIn(tenantId, id, phase, json.write(step));
    }

    @Override
    public Optional<StepRef> waitingStep(String tenantId, String id, String phase) {
        return Optional.ofNullable(mapper.waitingStep(tenantId, id, phase)).map(text -> json.read(text, StepRef.class));
    }

    @Override
    public void recordOutcomes(String tenantId, String changesetId, List<ChangeOperation> operations, ChangeOperation.Status expected) {
        operations.forEach(operation -> mapper.recordOutcome(row(tenantId, changesetId, operation), expected.name()));
    }

    @Override
    public int skipRest(String tenantId, String changesetId) {
        return mapper.skipRest(tenantId, changesetId);
    }

    @Override
    public Changeset.Progress countProgress(String tenantId, String changesetId, Instant at) {
        int written = 0;
        int failed = 0;
        int skipped = 0;
        int verified = 0;
        int notShown = 0;
        for (ChangesetMapper.OutcomeCount count : mapper.countOutcomes(tenantId, changesetId)) {
            switch (ChangeOperation.Status.valueOf(count.status())) {
                case WRITTEN -> {
                    written += count.operations();
                    verified += Boolean.TRUE.equals(count.verified()) ? count.operations() : 0;
                    notShown += Boolean.FALSE.equals(count.verified()) ? count.operations() : 0;
                }
                case FAILED -> failed += count.operations();
                case SKIPPED -> skipped += count.operations();
                default -> {
                    // proposed and refused operations are counted when the changeset is built
                }
            }
        }
        Changeset.Progress progress = new Changeset.Progress(written, failed, skipped, verified, notShown);
        mapper.keepProgress(tenantId, changesetId, progress, at);
        return progress;
    }

    @Override
    public void sealed(String tenantId, String id, String receiptId) {
        mapper.sealed(tenantId, id, receiptId);
    }

    private ChangesetMapper.ChangesetRow row(Changeset changeset) {
        OperationDecision decision = changeset.decision();
        Conversation context = changeset.context();
        return new ChangesetMapper.ChangesetRow(changeset.id(), changeset.tenantId(), changeset.requestedBy(), changeset.note(),
                changeset.idempotencyKey(), changeset.status().name(), decision.tier(), decision.allowed(), decision.approvalRequired(),
                decision.approverRole(), decision.decisionId(), json.write(decision.reasons()), decision.rulesVersion(),
                changeset.operationCount(), changeset.refusedCount(), context == null ? null : context.stress(),
                context == null ? null : context.sessionMinutes(), context == null ? null : context.voiceOptOut(), changeset.runId(),
                changeset.rollbackOf(), changeset.createdAt(), changeset.updatedAt(), null, null, 0, 0, 0, 0, 0, null, null);
    }

    private Changeset changeset(ChangesetMapper.ChangesetRow row) {
        OperationDecision decision = new OperationDecision(row.decisionId(), row.tier(), row.allowed(), row.approvalRequired(),
                row.approverRole(), json.read(row.reasons(), STRINGS), List.of(), row.rulesVersion());
        Conversation context = row.stress() == null && row.sessionMinutes() == null && row.voiceOptOut() == null ? null
                : new Conversation(row.stress(), row.sessionMinutes(), row.voiceOptOut(), null);
        return new Changeset(row.id(), row.tenantId(), row.requestedBy(), row.note(), row.idempotencyKey(),
                ChangesetStatus.valueOf(row.status()), decision, row.operationCount(), row.refusedCount(), context, row.runId(),
                row.rollbackOf(), row.createdAt(), row.updatedAt(),
                row.confirmedBy() == null ? null : new Changeset.Confirmation(row.confirmedBy(), row.confirmedAt()),
                new Changeset.Progress(row.writtenCount(), row.failedCount(), row.skippedCount(), row.verifiedCount(), row.notShownCount()),
                row.outcome(), row.receiptId());
    }

    private ChangesetMapper.OperationRow row(Changeset changeset, ChangeOperation operation) {
        return row(changeset.tenantId(), changeset.id(), operation);
    }

    private ChangesetMapper.OperationRow row(String tenantId, String changesetId, ChangeOperation operation) {
        OperationDecision decision = operation.decision();
        ChangeOperation.Written written = operation.written();
        return new ChangesetMapper.OperationRow(tenantId, changesetId, operation.seq(), operation.asked().kind().name(),
                operation.asked().sku(), json.write(operation.asked()), text(operation.before()), text(operation.after()),
                text(operation.rollback()), json.write(operation.problems()), decision == null ? null : decision.decisionId(),
                decision == null ? null : decision.tier(), decision != null && decision.allowed(), decision != null && decision.approvalRequired(),
                json.write(decision == null ? List.of() : decision.reasons()), operation.status().name(),
                written == null ? null : written.result(), written == null ? null : written.at(),
                written == null ? null : text(written.shown()), written == null ? null : written.verified());
    }

    private ChangeOperation operation(ChangesetMapper.OperationRow row) {
        OperationDecision decision = row.decisionId() == null ? null : new OperationDecision(row.decisionId(), row.tier(), row.allowed(),
                row.approvalRequired(), null, json.read(row.reasons(), STRINGS), List.of(), null);
        OperationSpec asked = json.read(row.asked(), OperationSpec.class);
        return new ChangeOperation(row.seq(), asked, read(row.beforeState(), ProductState.class), read(row.afterState(), ProductState.class),
                read(row.rollback(), OperationSpec.class), json.read(row.problems(), STRINGS), decision,
                ChangeOperation.Status.valueOf(row.status()), row.result() == null && row.shownState() == null ? null
                        : new ChangeOperation.Written(row.result(), row.writtenAt(), read(row.shownState(), ProductState.class), row.verified()));
    }

    private String text(Object value) {
        return value == null ? null : json.write(value);
    }

    private <T> T read(String text, Class<T> type) {
        return text == null ? null : json.read(text, type);
    }
}
