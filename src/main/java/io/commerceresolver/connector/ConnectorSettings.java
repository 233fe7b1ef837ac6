package io.commerceresolver.connector;

import java.time.Instant;

/**
 * Which vendor serves one capability of a tenant, and where to reach it. Credentials are not here: they are the
 * tenant's encrypted secrets, named after the vendor ({@link Vendor#secretName}).
 *
 * @param baseUrl    the vendor's API root for this tenant (a Shopify shop's {@code https://acme.myshopify.com}); null
 *                   for a vendor with one public API (Stripe, Shippo) unless overridden
 * @param apiVersion the vendor's API version, where it has them (Shopify's {@code 2026-01}); null otherwise
 * @param locationId where stock counts are set (a Shopify location GID); null for the shop's first location
 * @param returns    where return labels send the goods, and in what parcel (a shipping vendor's); null for other vendors
 */
public record ConnectorSettings(String tenantId, Capability capability, Vendor vendor, String baseUrl, String apiVersion,
                                String locationId, ReturnShipping returns, String updatedBy, Instant updatedAt) {

    /** Settings of a vendor that issues no return labels. */
    public ConnectorSettings(String tenantId, Capability capability, Vendor vendor, String baseUrl, String apiVersion, String locationId,
                             String updatedBy, Instant updatedAt) {
        this(tenantId, capability, vendor, baseUrl, apiVersion, locationId, null, updatedBy, updatedAt);
    }
}
