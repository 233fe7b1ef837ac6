package io.commerceresolver.receipt.infrastructure;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.receipt.CanonicalJson;
import io.commerceresolver.receipt.ReceiptChain;
import io.commerceresolver.receipt.ReceiptSignatures;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.ReceiptVerifier;
import io.commerceresolver.system.Transactions;

/** Signing is on when a keyset is given (RESOLVER_RECEIPTS_SIGNING_KEYSET, or a file made on first use); off otherwise. */
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
    ReceiptVerifier receiptVerifier(ReceiptStore store, CanonicalJson json, ReceiptSignatures signatures) {
        return new ReceiptVerifier(store, json, signatures);
    }
}
