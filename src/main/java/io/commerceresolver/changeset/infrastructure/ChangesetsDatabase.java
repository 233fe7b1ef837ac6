package io.commerceresolver.changeset.infrastructure;

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
    public List<ChangeOperation> operations(String tenantId, String changesetId, int afterSeq, int limit) {
        return mapper.operations(tenantId, changesetId, afterSeq, limit).stream().map(this::operation).toList();
    }

    private ChangesetMapper.ChangesetRow row(Changeset changeset) {
        OperationDecision decision = changeset.decision();
        Conversation context = changeset.context();
        return new ChangesetMapper.ChangesetRow(changeset.id(), changeset.tenantId(), changeset.requestedBy(), changeset.note(),
                changeset.idempotencyKey(), changeset.status().name(), decision.tier(), decision.allowed(), decision.approvalRequired(),
                decision.approverRole(), decision.decisionId(), json.write(decision.reasons()), decision.rulesVersion(),
                changeset.operationCount(), changeset.refusedCount(), context == null ? null : context.stress(),
                context == null ? null : context.sessionMinutes(), context == null ? null : context.voiceOptOut(), changeset.runId(),
                changeset.rollbackOf(), changeset.createdAt(), changeset.updatedAt());
    }

    private Changeset changeset(ChangesetMapper.ChangesetRow row) {
        OperationDecision decision = new OperationDecision(row.decisionId(), row.tier(), row.allowed(), row.approvalRequired(),
                row.approverRole(), json.read(row.reasons(), STRINGS), List.of(), row.rulesVersion());
        Conversation context = row.stress() == null && row.sessionMinutes() == null && row.voiceOptOut() == null ? null
                : new Conversation(row.stress(), row.sessionMinutes(), row.voiceOptOut());
        return new Changeset(row.id(), row.tenantId(), row.requestedBy(), row.note(), row.idempotencyKey(),
                ChangesetStatus.valueOf(row.status()), decision, row.operationCount(), row.refusedCount(), context, row.runId(),
                row.rollbackOf(), row.createdAt(), row.updatedAt());
    }

    private ChangesetMapper.OperationRow row(Changeset changeset, ChangeOperation operation) {
        OperationDecision decision = operation.decision();
        return new ChangesetMapper.OperationRow(changeset.tenantId(), changeset.id(), operation.seq(), operation.asked().kind().name(),
                operation.asked().sku(), json.write(operation.asked()), text(operation.before()), text(operation.after()),
                text(operation.rollback()), json.write(operation.problems()), decision == null ? null : decision.decisionId(),
                decision == null ? null : decision.tier(), decision != null && decision.allowed(), decision != null && decision.approvalRequired(),
                json.write(decision == null ? List.of() : decision.reasons()), operation.status().name());
    }

    private ChangeOperation operation(ChangesetMapper.OperationRow row) {
        OperationDecision decision = row.decisionId() == null ? null : new OperationDecision(row.decisionId(), row.tier(), row.allowed(),
                row.approvalRequired(), null, json.read(row.reasons(), STRINGS), List.of(), null);
        OperationSpec asked = json.read(row.asked(), OperationSpec.class);
        return new ChangeOperation(row.seq(), asked, read(row.beforeState(), ProductState.class), read(row.afterState(), ProductState.class),
                read(row.rollback(), OperationSpec.class), json.read(row.problems(), STRINGS), decision,
                ChangeOperation.Status.valueOf(row.status()));
    }

    private String text(Object value) {
        return value == null ? null : json.write(value);
    }

    private <T> T read(String text, Class<T> type) {
        return text == null ? null : json.read(text, type);
    }
}
