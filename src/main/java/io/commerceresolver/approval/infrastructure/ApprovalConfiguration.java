package io.commerceresolver.approval.infrastructure;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalLinkStore;
import io.commerceresolver.approval.ApprovalLinks;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.approval.LinkedDecisions;
import io.commerceresolver.approval.PausedPlaybooks;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.user.AppUser;
import io.commerceresolver.user.UserDirectory;

@Configuration(proxyBeanMethods = false)
class ApprovalConfiguration {

    @Bean
    ApprovalInbox approvalInbox(Approvals approvals, PausedPlaybooks playbooks, Transactions transactions, Clock clock, AuditLog audit,
                                ApprovalLinks links) {
        return new ApprovalInbox(approvals, playbooks, transactions, clock, audit, links);
    }

    /** The approval links' own key (issue 14): never the secrets keyset. */
    @Bean
    TinkLinkTokens linkTokens(@Value("${resolver.links.keyset:}") String keyset, @Value("${resolver.links.keyset-file:}") String keysetFile) {
        return new TinkLinkTokens(keyset, keysetFile);
    }

    @Bean
    ApprovalLinks approvalLinks(TinkLinkTokens tokens, ApprovalLinkStore store, UserDirectory users, MailOutbox mail, Clock clock,
                                @Value("${resolver.public-url}") String publicUrl, @Value("${resolver.links.valid-for}") Duration validFor) {
        ApprovalLinks.Staff staff = tenantId -> users.all(tenantId).stream().filter(AppUser::isActive)
                .map(user -> Caller.user(user.tenantId(), user.username(), user.roles())).toList();
        return new ApprovalLinks(tokens, store, staff, new LinkMailTemplate(), mail, clock, publicUrl, validFor);
    }

    @Bean
    LinkedDecisions linkedDecisions(TinkLinkTokens tokens, ApprovalLinkStore store, Approvals approvals, ApprovalInbox inbox, AuditLog audit,
                                    Transactions transactions, Clock clock) {
        return new LinkedDecisions(tokens, store, approvals, inbox, audit, transactions, clock);
    }
}
