package io.commerceresolver.marketplace.infrastructure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.connector.Vendor;
import io.commerceresolver.marketplace.DeadLetters;
import io.commerceresolver.marketplace.MarketplaceQueries;
import io.commerceresolver.marketplace.MarketplaceWebhooks;
import io.commerceresolver.marketplace.StoreEventApplier;
import io.commerceresolver.marketplace.StoreEventTickets;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.work.WorkQueue;

@Configuration(proxyBeanMethods = false)
class MarketplaceConfiguration {

    /** The idempotent repository's processor name: the delivery keys of the marketplace webhook routes. */
    static final String DELIVERY_KEYS = "marketplace-webhooks";

    @Bean
    MarketplaceDatabase marketplaceDatabase(MarketplaceMapper mapper, DataSource dataSource) {
        return new MarketplaceDatabase(mapper, dataSource);
    }

    @Bean
    MarketplaceWebhooks marketplaceWebhooks(Secrets secrets, ConnectorRegistry connectors, MarketplaceDatabase events, WorkQueue work,
                                            Transactions transactions, Clock clock) {
        return new MarketplaceWebhooks(secrets, tenantId -> shopifyShopOf(connectors, tenantId), events, work, transactions, clock);
    }

    /** The myshopify.com domain the tenant's orders connector names; none for another vendor, or a stub's address. */
    static Optional<String> shopifyShopOf(ConnectorRegistry connectors, String tenantId) {
        return connectors.settings(tenantId, Capability.ORDERS.key())
                .filter(settings -> settings.vendor() == Vendor.SHOPIFY && settings.baseUrl() != null)
                .map(settings -> URI.create(settings.baseUrl()).getHost())
                .filter(host -> host != null)
                .map(host -> host.toLowerCase(Locale.ROOT))
                .filter(host -> host.endsWith(".myshopify.com"));
    }

    @Bean
    StoreEventApplier storeEventApplier(MarketplaceDatabase database, StoreEventTickets tickets, WorkQueue work,
                                        Transactions transactions, StoredJson json, Clock clock) {
        return new StoreEventApplier(database, database, tickets, work, transactions, json, clock);
    }

    @Bean
    StoreEventTickets storeEventTickets(PolicyService policy, TicketIntake intake, TenantDirectory tenants, MarketplaceDatabase facts,
                                        StoredJson json) {
        return new StoreEventTickets(policy, intake, tenants, facts, json);
    }

    @Bean
    MarketplaceQueries marketplaceQueries(MarketplaceDatabase database, Transactions transactions) {
        return new MarketplaceQueries(database, database, transactions);
    }

    @Bean
    DeadLetters deadLetters(MarketplaceDatabase events, WorkQueue work, Transactions transactions, Clock clock) {
        return new DeadLetters(events, work, transactions, clock);
    }

    @Bean
    DeliveryKeyExpiry deliveryKeyExpiry(DataSource dataSource, Clock clock,
                                        @Value("${resolver.marketplace.delivery-keys-kept:P7D}") Duration keep) {
        return new DeliveryKeyExpiry(new JdbcTemplate(dataSource), clock, keep);
    }

    /**
     * The delivery keys the webhook routes' idempotent consumer has seen (table CAMEL_MESSAGEPROCESSED, made by V19,
     * not by Camel at start: the service's database role may not create tables).
     */
    @Bean
    JdbcMessageIdRepository webhookDeliveries(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, DELIVERY_KEYS);
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
