package io.commerceresolver.privacy.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.commerceresolver.privacy.PersonalDataPurge;
import io.commerceresolver.privacy.PersonalRecords;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    PersonalDataPurge personalDataPurge(PersonalRecordsMapper mapper, TenantDirectory tenants, Transactions transactions, StoredJson json,
                                        Clock clock) {
        return new PersonalDataPurge(new PersonalRecordsDatabase(mapper), tenants, transactions, json, clock);
    }

    /** Each instance runs it; a record purged by one is not selected by another (the selects skip purged rows). */
    @Bean
    RetentionSchedule retentionSchedule(PersonalDataPurge purge) {
        return new RetentionSchedule(purge);
    }

    record RetentionSchedule(PersonalDataPurge purge) {
        @Scheduled(initialDelayString = "${resolver.retention.first-run:PT5M}", fixedDelayString = "${resolver.retention.interval:PT1H}")
        void purgeExpired() {
            int purged = purge.purgeExpired();
            if (purged > 0) {
                log.info("Retention: purged the personal data of {} records past their tenant's retention", purged);
            }
        }
    }

    /**
     * Events, tool payloads, decisions, runs, approvals and mails first, tickets last: a customer's other records are
     * found through their tickets.
     */
    private record PersonalRecordsDatabase(PersonalRecordsMapper mapper) implements PersonalRecords {

        @Override
        public List<Held> unpurged(String tenantId, Instant cutoff, String customerEmail, int limit) {
            String email = customerEmail == null ? null : customerEmail.toLowerCase(Locale.ROOT);
            List<Held> held = new ArrayList<>();
            mapper.events(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("event", r.recordKey(), null, r.text(), true)));
            mapper.toolRequests(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("tool_call.request", r.recordKey(), null, r.text(), true)));
            mapper.toolResponses(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("tool_call.response", r.recordKey(), null, r.text(), true)));
            mapper.decisions(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("decision", r.recordKey(), null, r.text(), true)));
            mapper.runPlans(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("agent_run.plan", r.recordKey(), null, r.text(), true)));
            mapper.runResults(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("agent_run.result", r.recordKey(), null, r.text(), true)));
            mapper.approvals(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("approval", r.recordKey(), r.email(), r.text(), false)));
            mapper.mails(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("mail_outbox", r.recordKey(), r.email(), r.text(), false)));
            // a vendor's payload is purged whole (its customers and addresses come under names of each vendor's own);
            // the fact made of it keeps its shape, its personal fields hashed
            String pattern = email == null ? null : "%" + likeEscaped(email) + "%";
            mapper.marketplaceEvents(tenantId, cutoff, email, pattern, limit)
                    .forEach(r -> held.add(new Held("marketplace_event", r.recordKey(), null, r.text(), false)));
            mapper.storeFacts(tenantId, cutoff, email, pattern, limit)
                    .forEach(r -> held.add(new Held("store_fact", r.recordKey(), null, r.text(), true)));
            mapper.threadMails(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("mail_message", r.recordKey(), r.email(), r.text(), false)));
            mapper.refusedMails(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("mail_refusal", r.recordKey(), r.email(), r.text(), false)));
            if (held.isEmpty()) {
                mapper.tickets(tenantId, cutoff, email, limit).forEach(r -> held.add(new Held("ticket", r.recordKey(), r.email(), r.text(), false)));
            }
            return held;
        }

        @Override
        public void rewrite(String tenantId, Held record, String emailHash, String scrubbed) {
            switch (record.column()) {
                case "event" -> mapper.rewriteEvent(tenantId, record.key(), scrubbed);
                case "tool_call.request" -> mapper.rewriteToolRequest(tenantId, record.key(), scrubbed);
                case "tool_call.response" -> mapper.rewriteToolResponse(tenantId, record.key(), scrubbed);
                case "decision" -> mapper.rewriteDecision(tenantId, record.key(), scrubbed);
                case "agent_run.plan" -> mapper.rewriteRunPlan(tenantId, record.key(), scrubbed);
                case "agent_run.result" -> mapper.rewriteRunResult(tenantId, record.key(), scrubbed);
                // the summary names the requester as written: the same hash takes its place
                case "approval" -> mapper.rewriteApproval(tenantId, record.key(), emailHash,
                        record.email() == null ? record.text() : record.text().replace(record.email(), emailHash));
                case "mail_outbox" -> mapper.rewriteMail(tenantId, record.key(), emailHash);
                case "marketplace_event" -> mapper.rewriteMarketplaceEvent(tenantId, record.key());
                case "store_fact" -> mapper.rewriteStoreFact(tenantId, record.key(), scrubbed, record.text());
                case "mail_message" -> mapper.rewriteThreadMail(tenantId, record.key(), emailHash);
                case "mail_refusal" -> mapper.rewriteRefusedMail(tenantId, record.key(), emailHash);
                case "ticket" -> mapper.rewriteTicket(tenantId, record.key(), emailHash);
                default -> throw new IllegalArgumentException("No personal records in " + record.column());
            }
        }

        /** The e-mail as a literal inside a LIKE pattern: its % and _ (and the escape itself) match only themselves. */
        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
