package io.commerceresolver.connector;

import java.time.Instant;
import java.util.List;

/**
 * How one capability of a tenant is served, as the admin API shows it: never a secret's value, only the names of those
 * stored for the vendor.
 *
 * @param source  {@code configured} (its own settings), {@code orders} (follows the orders connector, whose vendor
 *                serves it too), {@code default} (the sandbox store) or {@code unconfigured} (the orders are in a real
 *                store that does not serve it, so calls are refused until it is configured)
 * @param returns the return address and parcel of a shipping vendor's labels; null for other vendors
 * @param secrets the names of the vendor's secrets the tenant has stored
 * @param check   the live check of the credentials; null where there is nothing to check
 */
public record ConnectorView(String kind, String vendor, String source, String baseUrl, String apiVersion, String locationId,
                            ReturnShipping returns, List<String> secrets, String updatedBy, Instant updatedAt, LiveCheck check) {
}
