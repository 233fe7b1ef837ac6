package io.commerceresolver.connector.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.connector.TenantRoutedConnector;

/** The faulty sandbox is wired only when a fault rate is set; otherwise callers reach the sandbox directly. */
class ConnectorConfigurationTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ConnectorConfiguration.class)
            .withBean(SandboxConnector.class, () -> mock(SandboxConnector.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void byDefaultTheSandboxIsCalledDirectly() {
        context.run(started -> {
            assertThat(started.getBean(CommerceConnector.class)).isInstanceOf(SandboxConnector.class);
            assertThat(started.getBean(ConnectorCalls.class)).isInstanceOf(Resilience4jConnectorCalls.class);
        });
    }

    /** issue 12: with the connector registry there, every call is routed per tenant, the (faulty) sandbox the default. */
    @Test
    void withTheConnectorRegistryCallsAreRoutedPerTenant() {
        context.withBean(ConnectorRegistry.class, () -> mock(ConnectorRegistry.class))
                .run(started -> assertThat(started.getBean(CommerceConnector.class)).isInstanceOf(TenantRoutedConnector.class));
    }

    @Test
    void aFaultRateWrapsTheSandbox() {
        context.withPropertyValues("resolver.sandbox.faults.transient-rate=0.2", "resolver.sandbox.faults.seed=7")
                .run(started -> assertThat(started.getBean(CommerceConnector.class)).isInstanceOf(FaultySandbox.class));
        context.withPropertyValues("resolver.sandbox.faults.slow-rate=0.5")
                .run(started -> assertThat(started.getBean(CommerceConnector.class)).isInstanceOf(FaultySandbox.class));
    }

    @Test
    void settingsOutOfRangeStopTheStart() {
        context.withPropertyValues("resolver.sandbox.faults.transient-rate=1.5")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("resolver.connector.resilience.max-attempts=0")
                .run(started -> assertThat(started).hasFailed());
    }
}
