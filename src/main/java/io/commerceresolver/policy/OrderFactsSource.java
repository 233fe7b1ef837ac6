package io.commerceresolver.policy;

import java.util.Optional;

/** Where the policy reads an order when the caller did not describe it: the tenant's commerce connector. */
public interface OrderFactsSource {

    Optional<OrderFacts> find(String tenantId, String orderId);
}
