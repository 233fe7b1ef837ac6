package io.commerceresolver.system.persistence;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Row-level security on PostgreSQL (db/postgresql/V10__row_level_security.sql): every connection is told its tenant
 * scope, and the start-up refuses to go on when the policies would not bind the service. H2 has no row-level security;
 * there the mapper filters alone keep tenants apart.
 */
@Configuration(proxyBeanMethods = false)
class RowSecurityConfiguration {

    /** Decided at run time from the URL (a bean condition would be fixed when Spring AOT runs at build time). */
    @Bean
    static BeanPostProcessor tenantScopedConnections(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource pool && "dataSource".equals(beanName) && onPostgres(environment)) {
                    return new TenantScopedDataSource(pool);
                }
                return bean;
            }
        };
    }

    @Bean
    RowSecurityCheck rowSecurityCheck(DataSource dataSource, Environment environment) {
        return new RowSecurityCheck(dataSource, onPostgres(environment));
    }

    /** PostgreSQL's own driver, or one wrapping it (jdbc:p6spy:postgresql:, jdbc:otel:postgresql:, jdbc:aws-wrapper:postgresql:). */
    static boolean onPostgres(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        return url.startsWith("jdbc:") && url.contains(":postgresql:");
    }
}
