package io.commerceresolver.connector.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.commerceresolver.system.TenantScope;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * What a newcomer gets on the embedded default: a {@code demo} tenant with a key and a sandbox store full of
 * orders. A generated key is printed on the first start only; only its hash is stored. Off unless
 * {@code resolver.demo.enabled} is true, checked at start rather than by a bean condition, which Spring AOT would fix
 * at build time.
 */
@Component
class DemoStoreSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStoreSetup.class);

    private final TenantDirectory tenants;
    private final SandboxSeeder sandbox;
    private final boolean enabled;
    private final String configuredKey;

    DemoStoreSetup(TenantDirectory tenants, SandboxSeeder sandbox, @Value("${resolver.demo.enabled:false}") boolean enabled,
                   @Value("${resolver.demo.api-key:}") String configuredKey) {
        this.tenants = tenants;
        this.sandbox = sandbox;
        this.enabled = enabled;
        this.configuredKey = configuredKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        tenants.ensureDemoTenant(configuredKey).ifPresent(generated -> log.warn("""

                ==================================================================================
                 Demo tenant API key (shown this once; only its hash is stored):
                   {}
                 Use it as the X-Api-Key header, or set RESOLVER_DEMO_API_KEY to choose your own.
                ==================================================================================""", generated));
        TenantScope.of(TenantDirectory.DEMO_TENANT, () -> sandbox.seedIfEmpty(TenantDirectory.DEMO_TENANT));
    }
}
