package io.commerceresolver.connector.infrastructure;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.connector.TenantRoutedConnector;

/**
 * How connector calls are made, and the sandbox store's simulated faults. The faulty sandbox stands in front of the
 * sandbox only when a fault rate is set, so the default path calls {@link SandboxConnector} directly. That is decided
 * when the service starts, from its settings, not by a condition on the bean: the packaged jar's bean definitions are
 * fixed at build time (Spring AOT), and a condition would be fixed with them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ConnectorCallSettings.class, SandboxFaultSettings.class})
class ConnectorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConnectorConfiguration.class);

    @Bean
    ConnectorCalls connectorCalls(ConnectorCallSettings settings, Clock clock) {
        return new Resilience4jConnectorCalls(settings, clock);
    }

    /**
     * Primary, so whoever asks for a {@link CommerceConnector} gets the faults when there are any, and each tenant's
     * configured vendors (issue 12) when the connector registry is there: every call then goes to the adapter the
     * tenant chose for its capability, and to the sandbox for what it configured none.
     */
    @Bean
    @Primary
    CommerceConnector store(SandboxConnector sandbox, SandboxFaultSettings faults, ObjectProvider<ConnectorRegistry> registry) {
        CommerceConnector local = sandbox;
        if (faults.any()) {
            log.warn("The sandbox store simulates faults: {}", faults);
            local = new FaultySandbox(sandbox, faults);
        }
        ConnectorRegistry tenants = registry.getIfAvailable();
        return tenants == null ? local : new TenantRoutedConnector(tenants, local);
    }
}
