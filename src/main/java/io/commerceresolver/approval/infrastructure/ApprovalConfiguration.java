package io.commerceresolver.approval.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.approval.PausedPlaybooks;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.system.Transactions;

@Configuration(proxyBeanMethods = false)
class ApprovalConfiguration {

    @Bean
    ApprovalInbox approvalInbox(Approvals approvals, PausedPlaybooks playbooks, Transactions transactions, Clock clock, AuditLog audit) {
        return new ApprovalInbox(approvals, playbooks, transactions, clock, audit);
    }
}
