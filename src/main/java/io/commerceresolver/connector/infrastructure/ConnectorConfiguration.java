package io.commerceresolver.connector.infrastructure;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;

/**
 * How connector calls are made, and the sandbox store's simulated faults. The faulty sandbox is a bean only when a
 * fault rate is set, so the default path calls {@link SandboxConnector} directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ConnectorCallSettings.class, SandboxFaultSettings.class})
class ConnectorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConnectorConfiguration.class);

    @Bean
    ConnectorCalls connectorCalls(ConnectorCallSettings settings, Clock clock) {
        return new Resilience4jConnectorCalls(settings, clock);
    }

    /** Primary, so whoever asks for a {@link CommerceConnector} gets the faults; the sandbox itself stays a bean. */
    @Bean
    @Primary
    @ConditionalOnExpression("${resolver.sandbox.faults.transient-rate:0} > 0 or ${resolver.sandbox.faults.slow-rate:0} > 0")
    CommerceConnector faultySandbox(SandboxConnector sandbox, SandboxFaultSettings faults) {
        log.warn("The sandbox store simulates faults: {}", faults);
        return new FaultySandbox(sandbox, faults);
    }
}
