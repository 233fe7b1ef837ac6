package io.commerceresolver.policy.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.OrderFactsSource;

/** Reads the order from the tenant's commerce connector when a caller names it without describing it. */
@Component
class ConnectorOrderFacts implements OrderFactsSource {

    private final CommerceConnector connector;
    private final Clock clock;

    ConnectorOrderFacts(CommerceConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    @Override
    public Optional<OrderFacts> find(String tenantId, String orderId) {
        return connector.getOrder(tenantId, orderId).map(this::factsOf);
    }

    private OrderFacts factsOf(Order order) {
        Integer deliveredDaysAgo = order.deliveredAt() == null ? null
                : (int) Duration.between(order.deliveredAt(), clock.instant()).toDays();
        return new OrderFacts(order.id(), order.total(), order.refundedTotal(), order.status().name().toLowerCase(Locale.ROOT),
                order.customerEmail(), order.currency(), deliveredDaysAgo,
                order.goodwillTotal(), Tracking.LOST.equalsIgnoreCase(order.carrierStatus()));
    }
}
