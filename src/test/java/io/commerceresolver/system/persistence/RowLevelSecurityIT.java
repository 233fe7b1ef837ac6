package io.commerceresolver.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.support.OutsideAnyTenantScope;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * PostgreSQL's row-level security, through the service's own connection pool and role: SQL with no tenant filter at
 * all (the forgotten WHERE) sees and changes only the rows of the tenant the connection works for. Skipped on H2,
 * which has no row-level security (scripts/test-postgres.sh runs it).
 */
@OutsideAnyTenantScope
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class RowLevelSecurityIT {

    private static final List<String> TENANT_TABLES_WITH_ROWS = List.of("tenant", "api_key", "ticket", "sandbox_customer", "sandbox_order");

    @Autowired
    DataSource dataSource;
    @Autowired
    TestStores stores;
    @Autowired
    TestRestTemplate http;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.flyway.user:}")
    String ownerUser;
    @Value("${spring.flyway.password:}")
    String ownerPassword;

    JdbcTemplate database;

    @BeforeEach
    void onPostgres() {
        assumeTrue(url.startsWith("jdbc:postgresql:"), "row-level security is PostgreSQL's; H2 has none");
        database = new JdbcTemplate(dataSource);
    }

    @Test
    void aQueryWithoutATenantFilterReturnsNothingOfAnotherTenant() {
        TestStores.Store first = stores.newStore(Map.of());
        TestStores.Store second = stores.newStore(Map.of());
        String firstTicket = submitTicket(first);
        String secondTicket = submitTicket(second);

        for (String table : TENANT_TABLES_WITH_ROWS) {
            String everyRow = "SELECT DISTINCT tenant_id FROM " + table; // no WHERE: only the policy stands between tenants
            assertThat(TenantScope.of(first.tenantId(), () -> database.queryForList(everyRow, String.class))).as(table)
                    .containsExactly(first.tenantId());
            assertThat(TenantScope.of(second.tenantId(), () -> database.queryForList(everyRow, String.class))).as(table)
                    .containsExactly(second.tenantId());
            assertThat(database.queryForList(everyRow, String.class)).as(table + " outside any scope").isEmpty();
            assertThat(TenantScope.acrossTenants(() -> database.queryForList(everyRow, String.class))).as(table + " across tenants")
                    .contains(first.tenantId(), second.tenantId());
        }
        assertThat(TenantScope.of(first.tenantId(), () -> database.queryForList("SELECT id FROM ticket", String.class)))
                .contains(firstTicket).doesNotContain(secondTicket);
        // asked for by id, the other tenant's ticket is not there either
        assertThat(TenantScope.of(first.tenantId(), () -> database.queryForObject("SELECT count(*) FROM ticket WHERE id = ?",
                Integer.class, secondTicket))).isZero();
    }

    @Test
    void changesWithoutATenantFilterStayWithinTheTenantAndCannotMoveRowsToAnother() {
        TestStores.Store first = stores.newStore(Map.of());
        TestStores.Store second = stores.newStore(Map.of());
        int firstCustomers = TenantScope.of(first.tenantId(), () -> database.queryForObject("SELECT count(*) FROM sandbox_customer", Integer.class));

        int updated = TenantScope.of(first.tenantId(), () -> database.update("UPDATE sandbox_customer SET name = name || ' (a)'"));
        assertThat(updated).isEqualTo(firstCustomers);
        assertThat(TenantScope.of(second.tenantId(), () -> database.queryForList("SELECT name FROM sandbox_customer", String.class)))
                .isNotEmpty().noneMatch(name -> name.endsWith(" (a)"));

        assertThatThrownBy(() -> TenantScope.of(first.tenantId(), () -> database.update(
                "UPDATE sandbox_customer SET tenant_id = ? WHERE tenant_id = ?", second.tenantId(), first.tenantId())))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("violates row-level security policy");
        assertThat(database.update("DELETE FROM sandbox_order_line")).as("outside any scope").isZero();
    }

    @Test
    void everyTenantReadsTheSharedRuleSetAndNoTenantCanChangeIt() {
        TestStores.Store store = stores.newStore(Map.of());
        String shared = "SELECT count(*) FROM rule_set WHERE tenant_id = '*'";
        int before = TenantScope.acrossTenants(() -> database.queryForObject(shared, Integer.class));
        assertThat(before).isPositive();
        assertThat(TenantScope.of(store.tenantId(), () -> database.queryForObject(shared, Integer.class))).isEqualTo(before);

        assertThat(TenantScope.of(store.tenantId(), () -> database.update("DELETE FROM rule_set WHERE tenant_id = '*'"))).isZero();
        assertThat(TenantScope.of(store.tenantId(), () -> database.update("UPDATE rule_set SET status = status WHERE tenant_id = '*'")))
                .isZero();
        assertThat(TenantScope.acrossTenants(() -> database.queryForObject(shared, Integer.class))).isEqualTo(before);
    }

    @Test
    void theServiceRoleOwnsNoTableAndCannotRewriteReceiptsOrTheAuditLog() {
        assertThat(database.queryForObject("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        List<String> unprotected = database.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND n.nspname = current_schema()
                   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
                   AND (NOT c.relrowsecurity OR pg_has_role(current_user, c.relowner, 'USAGE'))""", String.class);
        assertThat(unprotected).isEmpty();
        assertThat(database.queryForObject("""
                SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND n.nspname = current_schema() AND c.relrowsecurity""", Integer.class))
                .as("tenant tables under row-level security").isGreaterThanOrEqualTo(23);

        for (String change : List.of("UPDATE audit_log SET action = action", "DELETE FROM audit_log", "UPDATE receipt SET sha256 = sha256",
                "DELETE FROM receipt", "DELETE FROM receipt_chain_head", "DELETE FROM flyway_schema_history", "CREATE TABLE smuggled (id INT)")) {
            assertThatThrownBy(() -> TenantScope.acrossTenants(() -> database.update(change))).as(change)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void aViewThatReadsWithItsOwnersRightsStopsTheStartUp() throws Exception {
        submitTicket(stores.newStore(Map.of())); // a row for the view to show
        try (Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword); Statement sql = owner.createStatement()) {
            sql.execute("CREATE VIEW every_ticket AS SELECT tenant_id, id FROM ticket");
            try {
                assertThat(TenantScope.of("no-such-tenant", () -> database.queryForObject("SELECT count(*) FROM every_ticket", Integer.class)))
                        .as("the hole the check is for: the view shows rows the table would not").isPositive();
                assertThatThrownBy(() -> new RowSecurityCheck(dataSource, true).start())
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("every_ticket");
                sql.execute("ALTER VIEW every_ticket SET (security_invoker = true)");
                new RowSecurityCheck(dataSource, true).start();
                assertThat(TenantScope.of("no-such-tenant", () -> database.queryForObject("SELECT count(*) FROM every_ticket", Integer.class)))
                        .isZero();
            } finally {
                sql.execute("DROP VIEW every_ticket");
            }
        }
    }

    private String submitTicket(TestStores.Store store) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", store.apiKey());
        ResponseEntity<Map> answer = http.postForEntity("/api/v1/tickets",
                new HttpEntity<>("{\"customerEmail\":\"ana.silva@example.com\",\"text\":\"Where is my order 1001?\"}", headers), Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return (String) answer.getBody().get("ticketId");
    }
}
