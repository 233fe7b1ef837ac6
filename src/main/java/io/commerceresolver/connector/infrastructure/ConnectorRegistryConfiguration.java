package io.commerceresolver.connector.infrastructure;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/**
 * The per-tenant connector registry ({@code resolver.connectors.*}). Kept apart from {@link ConnectorConfiguration},
 * which makes the store every caller gets: it routes through the registry when there is one.
 *
 * @see ConnectorConfiguration#store
 */
@Configuration(proxyBeanMethods = false)
class ConnectorRegistryConfiguration {

    @Bean
    ConnectorRegistry connectorRegistry(ConnectorSettingsMapper mapper, DataSource dataSource, Secrets secrets, Transactions transactions,
                                        StoredJson json, Clock clock,
                                        @Value("${resolver.connectors.refresh:PT5S}") Duration refresh,
                                        @Value("${resolver.connectors.connect-timeout:PT5S}") Duration connectTimeout,
                                        @Value("${resolver.connectors.timeout:PT15S}") Duration timeout,
                                        @Value("${resolver.connectors.allow-plain-http:false}") boolean allowPlainHttp,
                                        OutboundHosts hosts) {
        return new ConnectorRegistry(new ConnectorSettingsDatabase(mapper, new DuplicateSafeInsert(dataSource), json), secrets,
                new HttpVendorConnectors(connectTimeout, timeout, clock), HttpVendorConnectors.ADAPTED, transactions, clock, refresh,
                allowPlainHttp, hosts);
    }
}
