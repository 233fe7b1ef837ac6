package io.commerceresolver.changeset.infrastructure;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.changeset.ChangesetBuilder;
import io.commerceresolver.changeset.ChangesetJobs;
import io.commerceresolver.changeset.ChangesetNotices;
import io.commerceresolver.changeset.ChangesetProposals;
import io.commerceresolver.changeset.ChangesetReadBack;
import io.commerceresolver.changeset.ChangesetRollbacks;
import io.commerceresolver.changeset.ChangesetRunFollower;
import io.commerceresolver.changeset.ChangesetRuns;
import io.commerceresolver.changeset.ChangesetSeal;
import io.commerceresolver.changeset.ChangesetSteps;
import io.commerceresolver.changeset.ChangesetWriter;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.changeset.WritePace;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.delegation.Delegations;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.ProcessEngine;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.receipt.ReceiptChain;
import io.commerceresolver.receipt.ReceiptSealing;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.work.WorkQueue;

@Configuration(proxyBeanMethods = false)
class ChangesetConfiguration {

    @Bean
    Changesets changesets(ChangesetMapper mapper, StoredJson json, Transactions transactions) {
        return new ChangesetsDatabase(mapper, json, transactions);
    }

    @Bean
    ChangesetBuilder changesetBuilder(CommerceConnector store, ConnectorCalls calls, PolicyService policy, TenantDirectory tenants,
                                      Changesets changesets, Delegations delegations, SessionHistory sessions, Clock clock) {
        return new ChangesetBuilder(store, calls, policy, tenants, changesets, delegations, sessions, clock);
    }

    @Bean
    ChangesetRuns changesetRuns(Changesets changesets, TicketIntake tickets, PlaybookRuns runs, Transactions transactions, Clock clock) {
        return new ChangesetRuns(changesets, tickets, runs, transactions, clock);
    }

    @Bean
    ChangesetProposals changesetProposals(IntentExtractor reader, ChangesetBuilder builder) {
        return new ChangesetProposals(reader, builder);
    }

    @Bean
    ChangesetRollbacks changesetRollbacks(Changesets changesets, ChangesetBuilder builder) {
        return new ChangesetRollbacks(changesets, builder);
    }

    @Bean
    ChangesetNotices changesetNotices(ApprovalInbox approvals, ReceiptStore receipts, Delegations delegations) {
        return new ChangesetNotices(approvals, receipts, delegations, new ChangesetMailTemplate());
    }

    /** The seal step's phase, and the chain's source of changeset receipts for runs that ended before it. */
    @Bean
    ChangesetSeal changesetSeal(Changesets changesets, Approvals approvals, Delegations delegations, Decisions decisions, ReceiptChain chain,
                                EventLog events, Clock clock) {
        return new ChangesetSeal(changesets, approvals, delegations, decisions, chain, events, clock);
    }

    @Bean
    ChangesetRunFollower changesetRunFollower(Changesets changesets, ReceiptSealing sealing, Clock clock) {
        return new ChangesetRunFollower(changesets, sealing, clock);
    }

    @Bean
    ChangesetSteps changesetSteps(Changesets changesets, PlaybookRuns runs, WorkQueue work, EventLog events, ChangesetNotices notices,
                                  Clock clock) {
        return new ChangesetSteps(changesets, runs, work, events, notices, clock);
    }

    /** Writes a second per vendor: {@code resolver.changesets.writes-per-second.shopify=5}; a vendor not named is not paced. */
    @Bean
    WritePace changesetWritePace(ConnectorRegistry connectors, Environment environment) {
        Map<String, Double> perVendor = Binder.get(environment)
                .bind("resolver.changesets.writes-per-second", Bindable.mapOf(String.class, Double.class)).orElse(Map.of());
        return new BucketWritePace(connectors, perVendor);
    }

    @Bean
    ChangesetJobs changesetJobs(Changesets changesets, PlaybookRuns runs, ProcessEngine engine, WorkQueue work, Transactions transactions,
                                Clock clock, Delegations delegations, ConnectorCalls calls, WritePace pace, EventLog events, StoredJson json,
                                ChangesetSeal seal, ReceiptSealing sealing) {
        return new ChangesetJobs(changesets, runs, engine, work, transactions, clock,
                new ChangesetWriter(changesets, delegations, calls, pace, runs, events, json, clock),
                new ChangesetReadBack(changesets, delegations, calls, runs, events, clock), seal, sealing);
    }
}
