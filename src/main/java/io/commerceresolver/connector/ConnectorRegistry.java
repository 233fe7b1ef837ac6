package io.commerceresolver.connector;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Transactions;

/**
 * Which vendor serves each capability of each tenant, and the adapters that call them.
 * <p>
 * A capability without settings of its own follows the orders connector when that vendor serves it too (a Shopify
 * store refunds and keeps its catalogue in Shopify), so that one call switches a tenant to its store. Where the
 * orders are in a real store that does not serve the capability, calls are refused until it is configured: the
 * sandbox would answer for orders of the same number in the service's own database, which is a write to the wrong
 * store. Messaging is the exception: the sandbox's messaging is the service's own mail outbox, right for every store.
 * <p>
 * Settings are read per tenant at most every {@code refresh} and kept as one immutable snapshot, swapped whole, so a
 * call in flight finishes on the adapter it started with while the next call sees a change. A change made here is
 * seen at once by this instance ({@link #forget}) and within {@code refresh} by every other one on the same
 * database.
 */
public class ConnectorRegistry {

    public static final String DEFAULT_SHOPIFY_API_VERSION = "2026-01";
    static final String ACCESS_TOKEN = "access-token";
    static final String CONSUMER_KEY = "consumer-key";
    static final String CONSUMER_SECRET = "consumer-secret";
    static final String API_KEY = "api-key";
    /**
     * A Shopify token the tenant granted read scopes only (read_products), stored beside its full one: catalogue reads
     * made for a delegated reader use it, so Shopify itself refuses a write made with it.
     */
    public static final String READ_ACCESS_TOKEN = "read-access-token";

    private static final Pattern SHOP_DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}\\.myshopify\\.com");
    private static final Pattern SHOPIFY_API_VERSION = Pattern.compile("20\\d\\d-(01|04|07|10)");
    private static final Pattern SHOPIFY_LOCATION = Pattern.compile("gid://shopify/Location/\\d{1,20}");
    private static final Pattern CREDENTIAL = Pattern.compile("\\S{1,4096}");

    private final ConnectorSettingsStore store;
    private final Secrets secrets;
    private final VendorConnectors vendors;
    private final Set<Vendor> adapted;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration refresh;
    private final boolean allowPlainHttp;
    private final OutboundHosts hosts;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    /** Counts the changes made here; a snapshot read while one was made is not kept, as it may predate it. */
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param adapted        the vendors this build has adapters for; others are refused when configured
     * @param allowPlainHttp whether a vendor may be reached over plain http (a local stub); never in production, where
     *                       an access token would cross the network in the clear
     * @param hosts          which hosts a vendor's address may name (public ones, unless the operator allows others)
     */
    public ConnectorRegistry(ConnectorSettingsStore store, Secrets secrets, VendorConnectors vendors, Set<Vendor> adapted,
                             Transactions transactions, Clock clock, Duration refresh, boolean allowPlainHttp, OutboundHosts hosts) {
        this.hosts = hosts;
        this.store = store;
        this.secrets = secrets;
        this.vendors = vendors;
        this.adapted = Set.copyOf(adapted);
        this.transactions = transactions;
        this.clock = clock;
        this.refresh = refresh;
        this.allowPlainHttp = allowPlainHttp;
    }

    /**
     * One capability's route in a snapshot; {@code connector} is null for the sandbox. {@code reader} acts with the
     * vendor's read-only credential, null when the tenant stored none.
     */
    private record Route(ConnectorSettings settings, Credentials credentials, CommerceConnector connector, Credentials readCredentials,
                         CommerceConnector reader) {
    }

    private record Snapshot(Instant readAt, Map<Capability, Route> routes) {
    }

    /**
     * The adapter that serves the capability for the tenant; empty when the sandbox (the default store) does.
     *
     * @throws ConnectorRejection {@code connector_not_configured} when the tenant's orders are in a real store that
     *                            does not serve this capability and nothing else was configured for it
     */
    public Optional<CommerceConnector> connectorFor(String tenantId, Capability capability) {
        Map<Capability, Route> routes = snapshot(tenantId).routes();
        Route own = routes.get(capability);
        if (own != null) {
            return Optional.ofNullable(own.connector());
        }
        Route orders = routes.get(Capability.ORDERS);
        if (capability == Capability.MESSAGING || orders == null || orders.connector() == null) {
            return Optional.empty();
        }
        if (orders.settings().vendor().serves(capability)) {
            return Optional.of(orders.connector());
        }
        throw new ConnectorRejection("connector_not_configured", "The orders are in " + orders.settings().vendor().key()
                + ", which does not serve " + capability.key() + ": configure a " + capability.key() + " connector (PUT /api/v1/admin/connectors/"
                + capability.key() + ")");
    }

    /**
     * The tenant's catalogue as reached with the read-only credential it stored for it ({@link #READ_ACCESS_TOKEN});
     * empty where it stored none, or where its catalogue is not in Shopify (the sandbox is the service's own database,
     * and no other adapted vendor serves a catalogue whose keys can be narrowed to reading).
     */
    public Optional<CommerceConnector> catalogueReader(String tenantId) {
        Map<Capability, Route> routes = snapshot(tenantId).routes();
        Route serving = routes.get(Capability.CATALOGUE);
        if (serving == null) {
            Route orders = routes.get(Capability.ORDERS);
            serving = orders != null && orders.settings().vendor().serves(Capability.CATALOGUE) ? orders : null;
        }
        return serving == null ? Optional.empty() : Optional.ofNullable(serving.reader());
    }

    /** Settings as stored, and the names of the secrets stored with them (never their values). */
    public record Configured(ConnectorSettings settings, List<String> secretsSet) {
    }

    /**
     * Validates and stores the tenant's settings for one capability, with its credentials encrypted, in one
     * transaction (the caller's, when it has one). Call {@link #forget} once it is committed.
     */
    public Configured configure(String tenantId, String kind, ConnectorRequest request, String actor) {
        Capability capability = capability(kind);
        if (request == null) {
            throw new BadRequest("vendor", "The body must be a JSON object naming at least the 'vendor'");
        }
        Vendor vendor = Vendor.named(request.vendor()).orElseThrow(() -> new BadRequest("vendor", "Field 'vendor' must be one of "
                + java.util.Arrays.stream(Vendor.values()).map(Vendor::key).collect(Collectors.joining(", "))));
        if (!vendor.serves(capability)) {
            throw new BadRequest("vendor", vendor.key() + " cannot serve " + capability.key() + "; it serves "
                    + vendor.capabilities().stream().map(Capability::key).collect(Collectors.joining(", ")));
        }
        if (vendor != Vendor.SANDBOX && !adapted.contains(vendor)) {
            throw new BadRequest("vendor", "This build has no " + vendor.key() + " adapter yet; it has "
                    + adapted.stream().map(Vendor::key).sorted().collect(Collectors.joining(", ")));
        }
        Map<String, String> newSecrets = new LinkedHashMap<>();
        String baseUrl = null;
        String apiVersion = null;
        String locationId = null;
        switch (vendor) {
            case SANDBOX -> {
            }
            case SHOPIFY -> {
                baseUrl = shopifyBase(request);
                apiVersion = request.apiVersion() == null || request.apiVersion().isBlank() ? DEFAULT_SHOPIFY_API_VERSION
                        : matching(request.apiVersion(), SHOPIFY_API_VERSION, "apiVersion", "a Shopify API version such as "
                        + DEFAULT_SHOPIFY_API_VERSION);
                locationId = request.locationId() == null || request.locationId().isBlank() ? null
                        : matching(request.locationId(), SHOPIFY_LOCATION, "locationId", "a location GID such as gid://shopify/Location/123");
                credential(tenantId, vendor, ACCESS_TOKEN, request.accessToken(), "accessToken", newSecrets);
            }
            case WOOCOMMERCE -> {
                baseUrl = url(request.baseUrl(), "baseUrl", true);
                credential(tenantId, vendor, CONSUMER_KEY, request.consumerKey(), "consumerKey", newSecrets);
                credential(tenantId, vendor, CONSUMER_SECRET, request.consumerSecret(), "consumerSecret", newSecrets);
            }
            case STRIPE, SHIPPO -> {
                baseUrl = url(request.baseUrl(), "baseUrl", false);
                credential(tenantId, vendor, API_KEY, request.apiKey(), "apiKey", newSecrets);
            }
        }
        ReturnShipping returns = null;
        if (vendor == Vendor.SHIPPO) {
            if (request.returns() == null) {
                throw new BadRequest("returns", "Field 'returns' is required for shippo: the return address and parcel of its labels");
            }
            returns = request.returns().validated();
        } else if (request.returns() != null) {
            throw new BadRequest("returns", "Field 'returns' is for a shipping vendor that issues return labels, not " + vendor.key());
        }
        if (request.webhookSecret() != null && vendor != Vendor.SANDBOX && vendor != Vendor.SHIPPO) {
            newSecrets.put(vendor.webhookSecretName(), value(request.webhookSecret(), "webhookSecret"));
        }
        ConnectorSettings settings = new ConnectorSettings(tenantId, capability, vendor, baseUrl, apiVersion, locationId, returns, actor,
                clock.instant());
        transactions.inTransaction(() -> {
            store.put(settings);
            newSecrets.forEach((name, value) -> secrets.put(tenantId, name, value, actor));
        });
        forget(tenantId);
        return new Configured(settings, List.copyOf(newSecrets.keySet()));
    }

    /**
     * Drops what is kept of the tenant's settings, so its next call reads them again. Call it once a change has been
     * committed: a snapshot read before the commit would otherwise be kept.
     */
    public void forget(String tenantId) {
        changes.incrementAndGet();
        snapshots.remove(tenantId);
    }

    /** The tenant's own settings for the capability, if it has any. */
    public Optional<ConnectorSettings> settings(String tenantId, String kind) {
        Capability capability = capability(kind);
        return store.of(tenantId).stream().filter(s -> s.capability() == capability).findFirst();
    }

    /** How each capability is served, with a live check of each vendor's credentials (one per vendor account). */
    public List<ConnectorView> list(String tenantId) {
        List<ConnectorSettings> all = store.of(tenantId);
        Map<String, LiveCheck> checked = new HashMap<>();
        List<ConnectorView> views = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            views.add(view(tenantId, capability, all, checked));
        }
        return views;
    }

    /** How one capability is served, with a live check of the credentials. */
    public ConnectorView show(String tenantId, String kind) {
        return view(tenantId, capability(kind), store.of(tenantId), new HashMap<>());
    }

    private ConnectorView view(String tenantId, Capability capability, List<ConnectorSettings> all, Map<String, LiveCheck> checked) {
        Map<Capability, ConnectorSettings> byCapability = new EnumMap<>(Capability.class);
        all.forEach(s -> byCapability.put(s.capability(), s));
        ConnectorSettings own = byCapability.get(capability);
        ConnectorSettings orders = byCapability.get(Capability.ORDERS);
        String source;
        ConnectorSettings serving;
        if (own != null) {
            source = "configured";
            serving = own;
        } else if (capability == Capability.MESSAGING || orders == null || orders.vendor() == Vendor.SANDBOX) {
            source = "default";
            serving = null;
        } else if (orders.vendor().serves(capability)) {
            source = "orders";
            serving = orders;
        } else {
            return new ConnectorView(capability.key(), null, "unconfigured", null, null, null, null, List.of(), null, null, null);
        }
        if (serving == null || serving.vendor() == Vendor.SANDBOX) {
            return new ConnectorView(capability.key(), Vendor.SANDBOX.key(), source, null, null, null, null, List.of(),
                    serving == null ? null : serving.updatedBy(), serving == null ? null : serving.updatedAt(),
                    new LiveCheck(LiveCheck.Status.OK, "The sandbox store in the service's own database", clock.instant()));
        }
        Vendor vendor = serving.vendor();
        String prefix = vendor.key() + ".";
        List<String> stored = secrets.list(tenantId).stream().map(Secrets.Listed::name).filter(name -> name.startsWith(prefix)).toList();
        String account = vendor + "|" + serving.baseUrl() + "|" + serving.apiVersion();
        LiveCheck check = checked.computeIfAbsent(account, key -> vendors.check(serving, credentials(tenantId, vendor)));
        return new ConnectorView(capability.key(), vendor.key(), source, serving.baseUrl(), serving.apiVersion(), serving.locationId(),
                serving.returns(), stored, serving.updatedBy(), serving.updatedAt(), check);
    }

    private Snapshot snapshot(String tenantId) {
        Snapshot kept = snapshots.get(tenantId);
        Instant now = clock.instant();
        if (kept != null && now.isBefore(kept.readAt().plus(refresh))) {
            return kept;
        }
        long before = changes.get();
        Map<Capability, Route> routes = new EnumMap<>(Capability.class);
        for (ConnectorSettings settings : store.of(tenantId)) {
            if (settings.vendor() == Vendor.SANDBOX) {
                routes.put(settings.capability(), new Route(settings, Credentials.NONE, null, null, null));
                continue;
            }
            Credentials credentials = credentials(tenantId, settings.vendor());
            Route earlier = kept == null ? null : kept.routes().get(settings.capability());
            // the same settings and credentials keep their adapter (its HTTP client and what it learnt of the shop)
            CommerceConnector connector = earlier != null && settings.equals(earlier.settings()) && credentials.equals(earlier.credentials())
                    && earlier.connector() != null ? earlier.connector() : vendors.connect(settings, credentials);
            Credentials readCredentials = readCredentials(tenantId, settings);
            CommerceConnector reader = readCredentials == null ? null
                    : earlier != null && settings.equals(earlier.settings()) && readCredentials.equals(earlier.readCredentials())
                    && earlier.reader() != null ? earlier.reader() : vendors.connect(settings, readCredentials);
            routes.put(settings.capability(), new Route(settings, credentials, connector, readCredentials, reader));
        }
        Snapshot read = new Snapshot(now, Map.copyOf(routes));
        if (changes.get() == before) {
            snapshots.put(tenantId, read);
        }
        return read;
    }

    private Credentials credentials(String tenantId, Vendor vendor) {
        return switch (vendor) {
            case SANDBOX -> Credentials.NONE;
            case SHOPIFY -> new Credentials(reveal(tenantId, vendor, ACCESS_TOKEN), null, null, null);
            case WOOCOMMERCE -> new Credentials(null, reveal(tenantId, vendor, CONSUMER_KEY), reveal(tenantId, vendor, CONSUMER_SECRET), null);
            case STRIPE, SHIPPO -> new Credentials(null, null, null, reveal(tenantId, vendor, API_KEY));
        };
    }

    /**
     * The read-only credentials of a route that may serve the catalogue (its own, or the orders' it follows), where the
     * tenant stored some; null otherwise.
     */
    private Credentials readCredentials(String tenantId, ConnectorSettings settings) {
        boolean servesCatalogue = settings.capability() == Capability.CATALOGUE || settings.capability() == Capability.ORDERS;
        if (settings.vendor() != Vendor.SHOPIFY || !servesCatalogue) {
            return null;
        }
        String token = reveal(tenantId, settings.vendor(), READ_ACCESS_TOKEN);
        return token == null ? null : new Credentials(token, null, null, null);
    }

    private String reveal(String tenantId, Vendor vendor, String credential) {
        return secrets.reveal(tenantId, vendor.secretName(credential)).orElse(null);
    }

    private static Capability capability(String kind) {
        return Capability.named(kind).orElseThrow(() -> new BadRequest("kind", "The connector kind must be one of "
                + java.util.Arrays.stream(Capability.values()).map(Capability::key).collect(Collectors.joining(", "))
                + ", not '" + kind + "'"));
    }

    /** A credential to store, or one already stored; the first configuration of a vendor must bring it. */
    private void credential(String tenantId, Vendor vendor, String credential, String given, String field, Map<String, String> newSecrets) {
        String name = vendor.secretName(credential);
        if (given != null) {
            newSecrets.put(name, value(given, field));
            return;
        }
        if (secrets.reveal(tenantId, name).isEmpty()) {
            throw new BadRequest(field, "Field '" + field + "' is required: no " + name + " is stored for this tenant yet");
        }
    }

    private static String value(String given, String field) {
        if (!CREDENTIAL.matcher(given).matches()) {
            throw new BadRequest(field, "Field '" + field + "' must be 1 to 4096 characters without spaces");
        }
        return given;
    }

    private String shopifyBase(ConnectorRequest request) {
        boolean domain = request.shopDomain() != null && !request.shopDomain().isBlank();
        boolean url = request.baseUrl() != null && !request.baseUrl().isBlank();
        if (domain == url) {
            throw new BadRequest("shopDomain", "Give either 'shopDomain' (acme.myshopify.com) or 'baseUrl', exactly one of them");
        }
        if (url) {
            return url(request.baseUrl(), "baseUrl", true);
        }
        String shop = request.shopDomain().strip().toLowerCase(Locale.ROOT);
        if (!SHOP_DOMAIN.matcher(shop).matches()) {
            throw new BadRequest("shopDomain", "Field 'shopDomain' must be the shop's myshopify.com domain, such as acme.myshopify.com");
        }
        return "https://" + shop;
    }

    private String url(String given, String field, boolean required) {
        if (given == null || given.isBlank()) {
            if (required) {
                throw new BadRequest(field, "Field '" + field + "' is required");
            }
            return null;
        }
        URI uri;
        try {
            uri = URI.create(given.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(field, "Field '" + field + "' is not a URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null || !(https || http)) {
            throw new BadRequest(field, "Field '" + field + "' must be an https URL of the vendor's API, without credentials or query");
        }
        // the live check and every error message would otherwise read the service's neighbours back to the tenant
        hosts.requirePublic(uri.getHost(), field);
        if (http && !allowPlainHttp) {
            throw new BadRequest(field, "Field '" + field + "' must use https: credentials are never sent in the clear");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String matching(String given, Pattern pattern, String field, String expected) {
        String text = given.strip();
        if (!pattern.matcher(text).matches()) {
            throw new BadRequest(field, "Field '" + field + "' must be " + expected);
        }
        return text;
    }
}
