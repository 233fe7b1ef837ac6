package io.commerceresolver.tenant;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.commerceresolver.security.ApiKeys;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.KeyDirectory;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;

/** Tenants, their API keys, and which principal a presented key is. */
public class TenantDirectory implements KeyDirectory {

    public static final String DEMO_TENANT = "demo";
    static final String DEMO_KEY_NAME = "demo";
    static final String FIRST_KEY_NAME = "first-admin";
    private static final String KEY_NAME = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}";

    private final Tenants tenants;
    private final Transactions transactions;
    private final Clock clock;

    public TenantDirectory(Tenants tenants, Transactions transactions, Clock clock) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A key issued once, with the secret the caller sees this one time: only its hash is stored. */
    public record IssuedKey(ApiKey key, String secret) {
    }

    @Override
    public Optional<Caller> callerForKey(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
            return Optional.empty();
        }
        // which tenant the key belongs to is what is being found out: the look-up spans tenants (by hash, never by name)
        return TenantScope.acrossTenants(() -> tenants.findActiveKeyBySha256(ApiKeys.sha256(presentedKey.strip())))
                .map(key -> Caller.apiKey(key.tenantId(), key.name(), key.roles()));
    }

    /** For system jobs that visit every tenant in turn; each then works within one tenant. */
    public List<String> allTenantIds() {
        return TenantScope.acrossTenants(tenants::allIds);
    }

    public Optional<Tenant> find(String tenantId) {
        return tenants.findById(tenantId);
    }

    /**
     * Registers a tenant with its first API key, an {@code admin} key returned this once. Threshold overrides go in
     * {@code settings} (for example {@code maxAutoRefund}). A tenant id already taken is a conflict.
     */
    public IssuedKey register(String tenantId, String name, Map<String, String> settings, String createdBy) {
        return register(tenantId, name, settings, createdBy, issued -> { });
    }

    /**
     * As {@link #register(String, String, Map, String)}, with {@code alsoRecord} (the operator's audit entry) done in the
     * new tenant's scope and the same transaction: a tenant is never made unrecorded, nor recorded unmade.
     */
    public IssuedKey register(String tenantId, String name, Map<String, String> settings, String createdBy, Consumer<IssuedKey> alsoRecord) {
        if (!TenantScope.isTenantId(tenantId)) {
            throw new BadRequest("id", "Field 'id' must be 2 to 63 lower-case letters, digits and '-', starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BadRequest("name", "Field 'name' is required (1 to 200 characters)");
        }
        // the operator has no tenant of its own: the new tenant's first rows are written in that tenant's scope
        return TenantScope.of(tenantId, () -> transactions.inTransaction(() -> {
            if (tenants.findById(tenantId).isPresent()) {
                throw new Conflict("Tenant '" + tenantId + "' exists already");
            }
            tenants.create(new Tenant(tenantId, name.strip(), settings, clock.instant()));
            IssuedKey issued = addKey(tenantId, FIRST_KEY_NAME, Set.of(Role.ADMIN), createdBy);
            alsoRecord.accept(issued);
            return issued;
        }));
    }

    /** A new key for the tenant with the given roles. Names are unique within the tenant, revoked keys' included. */
    public IssuedKey issueKey(String tenantId, String name, Set<Role> roles, String createdBy) {
        if (name == null || !name.matches(KEY_NAME)) {
            throw new BadRequest("name", "Field 'name' must be 1 to 100 letters, digits, spaces and ._-, starting with a letter or digit");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BadRequest("roles", "Field 'roles' must name at least one role");
        }
        return transactions.inTransaction(() -> {
            if (tenants.findKeyByName(tenantId, name).isPresent()) {
                throw new Conflict("The tenant has a key named '" + name + "' already (names of revoked keys are not reused)");
            }
            return addKey(tenantId, name, roles, createdBy);
        });
    }

    public List<ApiKey> keys(String tenantId) {
        return tenants.keys(tenantId);
    }

    /** Revokes at once: the next request with the key is refused. */
    public ApiKey revokeKey(String tenantId, String keyId) {
        ApiKey key = tenants.keys(tenantId).stream().filter(k -> k.id().equals(keyId)).findFirst()
                .orElseThrow(() -> new NotFound("api key", keyId));
        if (!tenants.revokeKey(tenantId, keyId, clock.instant())) {
            throw new Conflict("Key '" + key.name() + "' was revoked already");
        }
        return tenants.keys(tenantId).stream().filter(k -> k.id().equals(keyId)).findFirst().orElseThrow();
    }

    /** Replaces the tenant's settings; the next decision already compares against them. */
    public void updateSettings(String tenantId, Map<String, String> settings) {
        transactions.inTransaction(() -> tenants.updateSettings(tenantId, Map.copyOf(settings)));
    }

    /**
     * Makes sure the demo tenant exists and has its {@code admin} key. A configured key replaces the stored one, so
     * the key in {@code RESOLVER_DEMO_API_KEY} is always the one that works. Without one, a key is generated on the
     * first start only; it is returned so it can be shown once, since only its hash is kept.
     */
    public Optional<String> ensureDemoTenant(String configuredKey) {
        return TenantScope.of(DEMO_TENANT, () -> transactions.inTransaction(() -> {
            if (tenants.findById(DEMO_TENANT).isEmpty()) {
                tenants.create(new Tenant(DEMO_TENANT, "Demo Store", Map.of(), clock.instant()));
            }
            Optional<ApiKey> stored = tenants.findKeyByName(DEMO_TENANT, DEMO_KEY_NAME);
            boolean configured = configuredKey != null && !configuredKey.isBlank();
            String key = configured ? configuredKey.strip() : ApiKeys.generate();
            if (stored.isEmpty()) {
                tenants.addKey(newKey(DEMO_TENANT, DEMO_KEY_NAME, key, Set.of(Role.ADMIN), "deployment"));
                return configured ? Optional.<String>empty() : Optional.of(key);
            }
            if (configured && !stored.get().sha256().equals(ApiKeys.sha256(key))) {
                tenants.replaceKeySecret(DEMO_TENANT, stored.get().id(), ApiKeys.displayPrefix(key), ApiKeys.sha256(key));
            }
            return Optional.<String>empty();
        }));
    }

    private IssuedKey addKey(String tenantId, String name, Set<Role> roles, String createdBy) {
        String secret = ApiKeys.generate();
        ApiKey key = newKey(tenantId, name, secret, roles, createdBy);
        tenants.addKey(key);
        return new IssuedKey(key, secret);
    }

    private ApiKey newKey(String tenantId, String name, String secret, Set<Role> roles, String createdBy) {
        return new ApiKey(Ids.newId(), tenantId, name, ApiKeys.displayPrefix(secret), ApiKeys.sha256(secret), roles, createdBy,
                clock.instant(), null);
    }
}
