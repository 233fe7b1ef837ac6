package io.commerceresolver.approval.infrastructure;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalAssignments;
import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.user.UserDirectory;

/** An operator's hold on waiting approvals (issue 13): reassignment and withdrawal. */
@Configuration(proxyBeanMethods = false)
class ApprovalOperationsConfiguration {

    @Bean
    ApprovalAssignments approvalAssignments(ApprovalAssignmentMapper mapper) {
        return new ApprovalAssignments() {
            @Override
            public boolean assign(String tenantId, String approvalId, String assignee) {
                return mapper.assign(tenantId, approvalId, assignee) == 1;
            }

            @Override
            public Optional<String> assignee(String tenantId, String approvalId) {
                return mapper.assignee(tenantId, approvalId);
            }
        };
    }

    @Bean
    ApprovalOperations approvalOperations(Approvals approvals, ApprovalAssignments assignments, UserDirectory users, AuditLog audit,
                                          Transactions transactions, Clock clock) {
        return new ApprovalOperations(approvals, assignments, users::activeUser, audit, transactions, clock);
    }
}
