package io.commerceresolver.delegation;

import java.util.Optional;

import io.commerceresolver.connector.CommerceConnector;

/**
 * The tenant's store as reached with a vendor credential the tenant stored for this scope alone (a Shopify token
 * granted read_products only, for reading), so the vendor itself refuses the rest. Empty when there is none: the
 * tenant's one credential is then used and only the service keeps the component to its scope.
 */
public interface NarrowerCredentials {

    Optional<CommerceConnector> storeFor(String tenantId, Scope scope);
}
