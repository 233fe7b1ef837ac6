package io.commerceresolver.system.persistence;

import java.util.List;

import javax.sql.DataSource;

import org.kie.flyway.integration.KieFlywayRunner;
import org.kie.flyway.integration.KieFlywayRunnerConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Kogito's own tables (process instances, user tasks), migrated by Kogito's scripts with the credentials the
 * application's migrations use. Kogito's auto-configured migration (kie.flyway.enabled, off) would use the service's
 * connection pool, whose role on PostgreSQL owns nothing and may create nothing (see RowSecurityConfiguration).
 */
@Component
class KogitoTablesMigration implements InitializingBean {

    private final DataSource pool;
    private final FlywayProperties flyway;

    KogitoTablesMigration(DataSource pool, FlywayProperties flyway) {
        this.pool = pool;
        this.flyway = flyway;
    }

    @Override
    public void afterPropertiesSet() {
        KieFlywayRunner.get(new KieFlywayRunnerConfiguration(true, List.of())).runFlyway(migrationDataSource());
    }

    /** As the schema's owner when the migrations have a user of their own (the postgres profile); else the pool. */
    private DataSource migrationDataSource() {
        if (flyway.getUser() == null || flyway.getUrl() == null) {
            return pool;
        }
        return DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(flyway.getUrl()).username(flyway.getUser())
                .password(flyway.getPassword()).build();
    }
}
