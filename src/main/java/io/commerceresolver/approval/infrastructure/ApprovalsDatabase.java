package io.commerceresolver.approval.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

@Component
class ApprovalsDatabase implements Approvals {

    private final ApprovalMapper mapper;
    private final DuplicateSafeInsert duplicateSafe;

    ApprovalsDatabase(ApprovalMapper mapper, DataSource dataSource) {
        this.mapper = mapper;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean insertIfAbsent(Approval approval) {
        return duplicateSafe.insertIfAbsent(() -> mapper.insertIfAbsent(approval));
    }

    @Override
    public Optional<Approval> findById(String tenantId, String approvalId) {
        return mapper.findById(tenantId, approvalId);
    }

    @Override
    public Optional<Approval> findByRun(String tenantId, String runId) {
        return mapper.findByRun(tenantId, runId);
    }

    @Override
    public List<Approval> findByOutcome(String tenantId, ApprovalOutcome outcome, String after, int limit) {
        return mapper.findByOutcome(tenantId, outcome, after, limit);
    }

    @Override
    public boolean decide(String tenantId, String approvalId, ApprovalOutcome outcome, String decidedBy, String reason,
                          Instant decidedAt) {
        return mapper.decide(tenantId, approvalId, outcome, decidedBy, reason, decidedAt) == 1;
    }

    @Override
    public boolean escalate(String tenantId, String approvalId, int tier, String approverRole, Instant dueAt, Instant escalatedAt) {
        return mapper.escalate(tenantId, approvalId, tier, approverRole, dueAt, escalatedAt) == 1;
    }
}
