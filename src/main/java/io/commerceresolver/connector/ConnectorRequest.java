package io.commerceresolver.connector;

/**
 * A tenant's configuration of one capability as an admin sends it. Which fields count depends on the vendor: a
 * Shopify shop takes {@code shopDomain} (or a full {@code baseUrl}), {@code apiVersion}, {@code accessToken} and
 * {@code locationId}; WooCommerce a {@code baseUrl}, {@code consumerKey} and {@code consumerSecret}; Stripe and Shippo
 * an {@code apiKey}, and Shippo its {@code returns} (the merchant's return address and parcel, {@link ReturnShipping}).
 * {@code webhookSecret} is what the vendor signs its webhooks with. Credentials may be left out
 * when they are already stored: a change of API version does not need the token again.
 */
public record ConnectorRequest(String vendor, String shopDomain, String baseUrl, String apiVersion, String locationId,
                               String accessToken, String consumerKey, String consumerSecret, String apiKey,
                               String webhookSecret, ReturnShipping returns) {

    /** A request that brings no return shipping settings. */
    public ConnectorRequest(String vendor, String shopDomain, String baseUrl, String apiVersion, String locationId, String accessToken,
                            String consumerKey, String consumerSecret, String apiKey, String webhookSecret) {
        this(vendor, shopDomain, baseUrl, apiVersion, locationId, accessToken, consumerKey, consumerSecret, apiKey, webhookSecret, null);
    }

    /** Leaves the credentials out, so that a request logged by mistake shows none. */
    @Override
    public String toString() {
        return "ConnectorRequest[vendor=" + vendor + ", shopDomain=" + shopDomain + ", baseUrl=" + baseUrl + ", apiVersion="
                + apiVersion + ", locationId=" + locationId + ", returns=" + returns + ", credentials hidden]";
    }
}
