package io.commerceresolver.approval.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.approval.Approvals;

@Component
class ApprovalsDatabase implements Approvals {

    private final ApprovalMapper mapper;

    ApprovalsDatabase(ApprovalMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean insertIfAbsent(Approval approval) {
        try {
            return mapper.insertIfAbsent(approval) == 1;
        } catch (DuplicateKeyException concurrentRequest) {
            return false;
        }
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
    public List<Approval> findByOutcome(String tenantId, ApprovalOutcome outcome) {
        return mapper.findByOutcome(tenantId, outcome);
    }

    @Override
    public boolean decide(String tenantId, String approvalId, ApprovalOutcome outcome, String decidedBy, String reason,
                          Instant decidedAt) {
        return mapper.decide(tenantId, approvalId, outcome, decidedBy, reason, decidedAt) == 1;
    }

    @Override
    public void reopen(String tenantId, String approvalId) {
        mapper.reopen(tenantId, approvalId);
    }
}
