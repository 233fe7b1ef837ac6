package io.commerceresolver.intent.infrastructure;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.intent.KnownOrders;

/** Asks the tenant's commerce connector whether an order a reader named exists. */
@Component
class ConnectorKnownOrders implements KnownOrders {

    private final CommerceConnector connector;

    ConnectorKnownOrders(CommerceConnector connector) {
        this.connector = connector;
    }

    @Override
    public boolean exists(String tenantId, String orderId) {
        return connector.getOrder(tenantId, orderId).isPresent();
    }
}
