package io.commerceresolver.connector;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The platforms a capability can be given to, each with what it can serve and the names under which its secrets are
 * kept. The names are fixed because other parts read them: the marketplace webhook receivers verify deliveries with
 * {@code <vendor>.webhook-secret}.
 */
public enum Vendor {
    SANDBOX(EnumSet.allOf(Capability.class)),
    SHOPIFY(EnumSet.of(Capability.ORDERS, Capability.PAYMENTS, Capability.CATALOGUE)),
    // WooCommerce keeps a catalogue too; this build has no adapter for it yet, so it is not served from there
    WOOCOMMERCE(EnumSet.of(Capability.ORDERS, Capability.PAYMENTS)),
    STRIPE(EnumSet.of(Capability.PAYMENTS)),
    SHIPPO(EnumSet.of(Capability.SHIPPING));

    private final Set<Capability> serves;

    Vendor(Set<Capability> serves) {
        this.serves = serves;
    }

    public static Optional<Vendor> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public boolean serves(Capability capability) {
        return serves.contains(capability);
    }

    public Set<Capability> capabilities() {
        return EnumSet.copyOf(serves);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The secret the vendor's webhooks are signed with, as the webhook receivers look it up. */
    public String webhookSecretName() {
        return key() + ".webhook-secret";
    }

    /** The secret a named credential of this vendor is kept under, e.g. {@code shopify.access-token}. */
    public String secretName(String credential) {
        return key() + "." + credential;
    }
}
