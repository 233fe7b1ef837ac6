package io.commerceresolver.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.Test;

/**
 * The plans H2 makes for the runtime's hottest statements on a fresh database, with and without the tenant columns'
 * selectivity: without it, both go through the index of the foreign key on tenant_id and read every row of the tenant.
 */
class H2TenantColumnsTest {

    private static final String UPDATE_TOOL_CALL =
            "UPDATE tool_call SET status = 'SUCCEEDED' WHERE tenant_id = 'demo' AND idempotency_key = 'run-1:get_order:get_order'";
    private static final String TICKET_STORY =
            "SELECT id, type FROM event WHERE tenant_id = 'demo' AND ticket_id = 'ticket-1' ORDER BY id";

    @Test
    void theToolCallUpdateTakesThePrimaryKeyAndTheStoryTheTicketsIndex() throws SQLException {
        try (Connection connection = migrated(new H2TenantColumns())) {
            assertThat(plan(connection, UPDATE_TOOL_CALL)).contains("PRIMARY_KEY");
            assertThat(plan(connection, TICKET_STORY)).doesNotContain("TENANT_ID = 'demo' */");
        }
    }

    @Test
    void withoutItH2ScansTheTenantsRows() throws SQLException {
        try (Connection connection = migrated()) {
            assertThat(plan(connection, UPDATE_TOOL_CALL)).doesNotContain("PRIMARY_KEY").contains("TENANT_ID = 'demo' */");
        }
    }

    @Test
    void aSecondMigrationRunChangesNothing() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, new H2TenantColumns());
        migrate(url, new H2TenantColumns());
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT DISTINCT SELECTIVITY FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME = 'TENANT_ID' AND TABLE_SCHEMA = 'PUBLIC'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(H2TenantColumns.TENANT_SELECTIVITY);
            assertThat(rows.next()).isFalse();
        }
    }

    private static Connection migrated(Callback... callbacks) throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, callbacks);
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO tenant (tenant_id, name, settings, created_at) VALUES ('demo', 'Demo', '{}', CURRENT_TIMESTAMP)");
        }
        return connection;
    }

    private static void migrate(String url, Callback... callbacks) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").callbacks(callbacks).load().migrate();
    }

    private static String plan(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("EXPLAIN " + sql)) {
            rows.next();
            return rows.getString(1).replaceAll("\\s+", " ");
        }
    }
}
