package io.commerceresolver.connector.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Product;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.NotFound;

/**
 * Reads a product through the tenant's connector, as a catalogue playbook's get_product does: the way to see what a
 * seller's change did to the catalogue (price, promotion, stock) without opening the platform itself.
 */
@RestController
public class ProductController {

    private final CommerceConnector connector;

    public ProductController(CommerceConnector connector) {
        this.connector = connector;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/products/{sku}")
    public Product product(@AuthenticationPrincipal Caller caller, @PathVariable String sku) {
        return connector.getProduct(caller.tenantId(), sku).orElseThrow(() -> new NotFound("product", sku));
    }
}
