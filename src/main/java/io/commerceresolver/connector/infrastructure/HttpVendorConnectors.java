package io.commerceresolver.connector.infrastructure;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.Credentials;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Vendor;
import io.commerceresolver.connector.VendorConnectors;
import io.commerceresolver.connector.infrastructure.shippo.ShippoShipping;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyConnector;
import io.commerceresolver.connector.infrastructure.stripe.StripePayments;
import io.commerceresolver.connector.infrastructure.woocommerce.WooCommerceConnector;

/**
 * The adapters of the vendors this build has, over one JDK HTTP client shared by all of them (it pools connections
 * per host, so tenants of one vendor share them too).
 */
class HttpVendorConnectors implements VendorConnectors {

    static final Set<Vendor> ADAPTED = EnumSet.of(Vendor.SHOPIFY, Vendor.STRIPE, Vendor.WOOCOMMERCE, Vendor.SHIPPO);

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final Clock clock;

    HttpVendorConnectors(Duration connectTimeout, Duration timeout, Clock clock) {
        // never follow a redirect: it could take the access token to another host
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public VendorAdapter connect(ConnectorSettings settings, Credentials credentials) {
        return switch (settings.vendor()) {
            case SHOPIFY -> new ShopifyConnector(http, settings, credentials.accessToken(), timeout, clock);
            // stripe-java brings its own HTTP client, as Stripe keeps it
            case STRIPE -> new StripePayments(settings, credentials.apiKey(), connectTimeout, timeout, clock);
            case WOOCOMMERCE -> new WooCommerceConnector(http, settings, credentials.consumerKey(), credentials.consumerSecret(), timeout, clock);
            case SHIPPO -> new ShippoShipping(http, settings, credentials.apiKey(), timeout, clock);
            default -> throw new IllegalStateException("No adapter for " + settings.vendor() + " in this build");
        };
    }

    @Override
    public LiveCheck check(ConnectorSettings settings, Credentials credentials) {
        if (!ADAPTED.contains(settings.vendor())) {
            return new LiveCheck(LiveCheck.Status.UNREACHABLE, "No adapter for " + settings.vendor().key() + " in this build", clock.instant());
        }
        return connect(settings, credentials).check();
    }
}
