package io.commerceresolver.delegation.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.delegation.DelegationRecords;
import io.commerceresolver.delegation.Delegations;
import io.commerceresolver.delegation.NarrowerCredentials;
import io.commerceresolver.delegation.Scope;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.system.Transactions;

@Configuration(proxyBeanMethods = false)
class DelegationConfiguration {

    @Bean
    DelegationRecords delegationRecords(DelegationMapper mapper, DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new DelegationRecordsDatabase(mapper, dataSource, transactionManager);
    }

    /** Only reading can be narrowed at the vendor today (a Shopify read_products token); writing and mail stay the service's to limit. */
    @Bean
    NarrowerCredentials narrowerCredentials(ConnectorRegistry registry) {
        return (tenantId, scope) -> scope == Scope.CATALOGUE_READ ? registry.catalogueReader(tenantId) : Optional.empty();
    }

    @Bean
    Delegations delegations(DelegationRecords records, CommerceConnector store, NarrowerCredentials narrower, MailOutbox outbox,
                            Transactions transactions, Clock clock, @Value("${resolver.delegations.lifetime}") Duration lifetime) {
        return new Delegations(records, store, narrower, outbox, transactions, clock, lifetime);
    }
}
