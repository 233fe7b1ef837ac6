package io.commerceresolver.tenant;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.system.Ids;
import io.commerceresolver.system.Transactions;

/** Tenants, and which tenant an API key speaks for. */
public class TenantDirectory {

    public static final String DEMO_TENANT = "demo";
    static final String DEMO_KEY_NAME = "demo";

    private final Tenants tenants;
    private final Transactions transactions;
    private final Clock clock;

    public TenantDirectory(Tenants tenants, Transactions transactions, Clock clock) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The tenant a presented key belongs to, if the key is known and not revoked. */
    public Optional<String> tenantForKey(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        return tenants.findActiveKeyBySha256(ApiKeys.sha256(presentedKey.strip())).map(ApiKey::tenantId);
    }

    /** For system jobs that visit every tenant in turn; each then works within one tenant. */
    public List<String> allTenantIds() {
        return tenants.allIds();
    }

    public Optional<Tenant> find(String tenantId) {
        return tenants.findById(tenantId);
    }

    /**
     * Registers a tenant with its first API key, which is returned this once: only its hash is stored.
     * Threshold overrides go in {@code settings} (for example {@code maxAutoRefund}).
     */
    public String register(String tenantId, String name, Map<String, String> settings) {
        String key = ApiKeys.generate();
        transactions.inTransaction(() -> {
            tenants.create(new Tenant(tenantId, name, settings, clock.instant()));
            tenants.addKey(new ApiKey(Ids.newId(), tenantId, "default", ApiKeys.displayPrefix(key), ApiKeys.sha256(key),
                    clock.instant(), null));
        });
        return key;
    }

    /** Replaces the tenant's settings; the next decision already compares against them. */
    public void updateSettings(String tenantId, Map<String, String> settings) {
        transactions.inTransaction(() -> tenants.updateSettings(tenantId, Map.copyOf(settings)));
    }

    /**
     * Makes sure the demo tenant exists and has a key. A configured key replaces the stored one, so the key in
     * {@code RESOLVER_DEMO_API_KEY} is always the one that works. Without one, a key is generated on the first
     * start only; it is returned so it can be shown once, since only its hash is kept.
     */
    public Optional<String> ensureDemoTenant(String configuredKey) {
        return transactions.inTransaction(() -> {
            if (tenants.findById(DEMO_TENANT).isEmpty()) {
                tenants.create(new Tenant(DEMO_TENANT, "Demo Store", Map.of(), clock.instant()));
            }
            Optional<ApiKey> stored = tenants.findKeyByName(DEMO_TENANT, DEMO_KEY_NAME);
            boolean configured = configuredKey != null && !configuredKey.isBlank();
            String key = configured ? configuredKey.strip() : ApiKeys.generate();
            if (stored.isEmpty()) {
                tenants.addKey(new ApiKey(Ids.newId(), DEMO_TENANT, DEMO_KEY_NAME, ApiKeys.displayPrefix(key),
                        ApiKeys.sha256(key), clock.instant(), null));
                return configured ? Optional.<String>empty() : Optional.of(key);
            }
            if (configured && !stored.get().sha256().equals(ApiKeys.sha256(key))) {
                tenants.replaceKeySecret(DEMO_TENANT, stored.get().id(), ApiKeys.displayPrefix(key), ApiKeys.sha256(key));
            }
            return Optional.<String>empty();
        });
    }
}
