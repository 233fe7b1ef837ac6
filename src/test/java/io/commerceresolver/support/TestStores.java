package io.commerceresolver.support;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.infrastructure.SandboxSeeder;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * A fresh tenant with its own sandbox store for each test, so tests never share orders or refunds, also when the
 * suite runs against one long-lived PostgreSQL database. Set up within the tenant's scope, as the service's own
 * requests and workers are (row-level security on PostgreSQL shows a connection without one no rows).
 */
@Component
public class TestStores {

    private final TenantDirectory tenants;
    private final SandboxSeeder sandbox;

    public TestStores(TenantDirectory tenants, SandboxSeeder sandbox) {
        this.tenants = tenants;
        this.sandbox = sandbox;
    }

    /** @param apiKey the tenant's first key, an {@code admin} one */
    public record Store(String tenantId, String apiKey) {
    }

    public Store newStore(Map<String, String> settings) {
        String tenantId = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String key = tenants.register(tenantId, "Test store " + tenantId, settings, "test").secret();
        TenantScope.of(tenantId, () -> sandbox.seedIfEmpty(tenantId));
        return new Store(tenantId, key);
    }

    /** Another key of the store's tenant, with just these roles. */
    public String key(Store store, String name, Role... roles) {
        return TenantScope.of(store.tenantId(), () -> tenants.issueKey(store.tenantId(), name, Set.of(roles), "test")).secret();
    }
}
