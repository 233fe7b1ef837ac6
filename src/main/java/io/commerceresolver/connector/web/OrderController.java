package io.commerceresolver.connector.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.NotFound;

/**
 * Reads an order through the tenant's connector, as a playbook's get_order does: the way to see what a run did
 * to the store (refunded total, status, address) without opening the platform itself.
 */
@RestController
public class OrderController {

    private final CommerceConnector connector;

    public OrderController(CommerceConnector connector) {
        this.connector = connector;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/orders/{orderId}")
    public Order order(@AuthenticationPrincipal Caller caller, @PathVariable String orderId) {
        return connector.getOrder(caller.tenantId(), orderId).orElseThrow(() -> new NotFound("order", orderId));
    }
}
