package io.commerceresolver.approval.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.approval.PausedPlaybooks;

@Configuration(proxyBeanMethods = false)
class ApprovalConfiguration {

    @Bean
    ApprovalInbox approvalInbox(Approvals approvals, PausedPlaybooks playbooks, Clock clock) {
        return new ApprovalInbox(approvals, playbooks, clock);
    }
}
