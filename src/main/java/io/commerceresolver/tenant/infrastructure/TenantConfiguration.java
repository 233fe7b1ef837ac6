package io.commerceresolver.tenant.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.tenant.Tenants;

@Configuration(proxyBeanMethods = false)
class TenantConfiguration {

    @Bean
    TenantDirectory tenantDirectory(Tenants tenants, Transactions transactions, Clock clock) {
        return new TenantDirectory(tenants, transactions, clock);
    }
}
