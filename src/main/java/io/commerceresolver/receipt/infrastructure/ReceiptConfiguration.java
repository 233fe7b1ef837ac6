package io.commerceresolver.receipt.infrastructure;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.Approvals;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.playbook.Events;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.SealedRuns;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.receipt.CanonicalJson;
import io.commerceresolver.receipt.CustomerReferences;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptSealing;
import io.commerceresolver.receipt.ReceiptSource;
import io.commerceresolver.receipt.ReceiptChain;
import io.commerceresolver.receipt.ReceiptSignatures;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.ReceiptVerifier;
import io.commerceresolver.receipt.RunReceipts;
import io.commerceresolver.receipt.RunSealer;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.ticket.Tickets;
import io.commerceresolver.work.WorkQueue;

/**
 * Signing is on when a keyset is given (RESOLVER_RECEIPTS_SIGNING_KEYSET, or a file made on first use); off otherwise.
 * Customer references likewise need their own keyset (RESOLVER_RECEIPTS_CUSTOMER_KEYSET or its file); without one,
 * receipts name no customer at all.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptConfiguration {

    @Bean
    CanonicalJson canonicalJson() {
        return new JcsCanonicalJson();
    }

    @Bean
    ReceiptSignatures receiptSignatures(@Value("${resolver.receipts.signing-keyset:}") String keyset,
                                        @Value("${resolver.receipts.signing-keyset-file:}") String keysetFile) {
        return TinkReceiptSignatures.configured(keyset, keysetFile);
    }

    @Bean
    ReceiptStore receiptStore(ReceiptMapper mapper, DataSource dataSource) {
        return new ReceiptStoreDatabase(mapper, dataSource);
    }

    @Bean
    ReceiptChain receiptChain(ReceiptStore store, CanonicalJson json, ReceiptSignatures signatures, Transactions transactions, Clock clock) {
        return new ReceiptChain(store, json, signatures, transactions, clock);
    }

    @Bean
    CustomerReferences customerReferences(@Value("${resolver.receipts.customer-keyset:}") String keyset,
                                          @Value("${resolver.receipts.customer-keyset-file:}") String keysetFile) {
        return TinkCustomerReferences.configured(keyset, keysetFile);
    }

    @Bean
    ReceiptSealing receiptSealing(List<ReceiptSource> sources, ReceiptChain chain, ReceiptStore store, WorkQueue work, Transactions transactions,
                                  AuditLog audit) {
        return new ReceiptSealing(sources, chain, store, work, transactions, audit);
    }

    @Bean
    RunReceipts runReceipts(Runs runs, Tickets tickets, ToolCalls calls, Events events, Decisions decisions, Approvals approvals, Tools tools,
                            StoredJson json, CustomerReferences customers) {
        return new RunReceipts(runs, tickets, calls, events, decisions, approvals, tools, json, customers);
    }

    @Bean
    RunSealer runSealer(ToolCalls calls, ReceiptSealing sealing) {
        return new RunSealer(calls, sealing);
    }

    /** A run's view names its receipt: one read on the (tenant, kind, subject) key. */
    @Bean
    SealedRuns sealedRuns(ReceiptStore store) {
        return (tenantId, runId) -> store.findBySubject(tenantId, ReceiptRecord.Kind.RUN, runId).map(Receipt::id);
    }

    @Bean
    ReceiptVerifier receiptVerifier(ReceiptStore store, CanonicalJson json, ReceiptSignatures signatures) {
        return new ReceiptVerifier(store, json, signatures);
    }
}
