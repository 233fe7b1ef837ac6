package io.commerceresolver.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.support.TestStores;

/**
 * Personal data past the tenant's retention is purged (texts, e-mails, personal fields of payloads, events and
 * mails) while decisions, amounts and the record of what happened stay readable; younger data stays whole; and a
 * customer's data is erased on request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class RetentionIT {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataPurge purge;

    @Test
    void oldPersonalDataIsPurgedAndWhatWasDecidedStays() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        String old = settledTicket(store, "ann@example.com", "The mug in order #1001 arrived broken. Please refund $20.");
        String recent = settledTicket(store, "ravi.kumar@example.in", "Where is my order 1002?");
        Instant longAgo = Instant.now().minus(Duration.ofDays(100));
        jdbc.update("UPDATE ticket SET created_at = ? WHERE tenant_id = ? AND id = ?", Timestamp.from(longAgo), store.tenantId(), old);
        jdbc.update("UPDATE event SET ts = ? WHERE tenant_id = ? AND ticket_id = ?", Timestamp.from(longAgo), store.tenantId(), old);
        jdbc.update("UPDATE tool_call SET created_at = ? WHERE tenant_id = ? AND run_id IN (SELECT id FROM agent_run WHERE ticket_id = ?)",
                Timestamp.from(longAgo), store.tenantId(), old);
        jdbc.update("UPDATE mail_outbox SET created_at = ? WHERE tenant_id = ? AND to_address = 'ann@example.com'", Timestamp.from(longAgo),
                store.tenantId());
        jdbc.update("UPDATE agent_run SET started_at = ? WHERE tenant_id = ? AND ticket_id = ?", Timestamp.from(longAgo), store.tenantId(), old);
        jdbc.update("UPDATE decision SET ts = ? WHERE tenant_id = ? AND (subject = ? OR subject LIKE ?)", Timestamp.from(longAgo),
                store.tenantId(), "ticket:" + old, "run:" + runOf(store, old) + ":%");

        assertThat(put(store.apiKey(), "{\"retentionDays\": 10}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(put(store.apiKey(), "{\"retentionDays\": 90}").getBody()).containsEntry("retentionDays", 90);
        assertThat(purge.purgeExpired()).isPositive();
        assertThat(purge.purgeExpired()).as("a second run finds nothing more").isZero();

        Map<String, Object> ticket = jdbc.queryForMap("SELECT * FROM ticket WHERE tenant_id = ? AND id = ?", store.tenantId(), old);
        assertThat(ticket.get("TEXT")).isEqualTo("[purged]");
        assertThat((String) ticket.get("CUSTOMER_EMAIL")).startsWith("sha256:");
        List<String> requests = jdbc.queryForList("SELECT request FROM tool_call WHERE tenant_id = ? AND tool = 'issue_refund'", String.class,
                store.tenantId());
        assertThat(requests).singleElement().satisfies(request -> assertThat(request).contains("\"amount\":20", "\"_purged\":true",
                "\"orderId\":\"1001\"").doesNotContain("ann@example.com"));
        assertThat(jdbc.queryForList("SELECT payload FROM event WHERE tenant_id = ? AND ticket_id = ?", String.class, store.tenantId(), old))
                .isNotEmpty().allSatisfy(payload -> assertThat(payload).contains("\"_purged\":true").doesNotContain("ann@example.com"));
        assertThat(jdbc.queryForList("SELECT body FROM mail_outbox WHERE tenant_id = ? AND to_address LIKE 'sha256:%'", String.class,
                store.tenantId())).isNotEmpty().containsOnly("[purged]");

        Map<String, Object> shown = get(store.apiKey(), "/api/v1/tickets/" + old).getBody();
        assertThat(shown).containsEntry("status", "RESOLVED").containsEntry("text", "[purged]");
        assertThat(shown.get("decision")).isNotNull();
        assertThat(get(store.apiKey(), "/api/v1/tickets/" + recent).getBody()).containsEntry("customerEmail", "ravi.kumar@example.in");

        ResponseEntity<Map<String, Object>> forgotten = http.exchange("/api/v1/admin/customers/ravi.kumar@example.in", HttpMethod.DELETE,
                new HttpEntity<>(headers(store.apiKey())), OBJECT);
        assertThat(forgotten.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) forgotten.getBody().get("recordsPurged")).isPositive();
        assertThat(get(store.apiKey(), "/api/v1/tickets/" + recent).getBody()).containsEntry("text", "[purged]");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE tenant_id = ? AND action = 'customer.forgotten'"
                + " AND target NOT LIKE '%ravi%'", Integer.class, store.tenantId())).isOne();

        // nowhere the tenant keeps records does either address remain, while what was decided and done still reads
        for (String table : List.of("ticket", "event", "tool_call", "mail_outbox", "decision", "agent_run", "approval")) {
            assertThat(jdbc.queryForList("SELECT * FROM " + table + " WHERE tenant_id = ?", store.tenantId()).toString()).as(table)
                    .doesNotContain("ann@example.com").doesNotContain("ravi.kumar@example.in");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE tenant_id = ?", Integer.class, store.tenantId())).isPositive();
        assertThat(get(store.apiKey(), "/api/v1/tickets/" + recent).getBody()).containsKey("run");
        assertThat(get(store.apiKey(), "/api/v1/tickets/" + old).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String runOf(TestStores.Store store, String ticketId) {
        return jdbc.queryForObject("SELECT id FROM agent_run WHERE tenant_id = ? AND ticket_id = ?", String.class, store.tenantId(), ticketId);
    }

    private String settledTicket(TestStores.Store store, String email, String text) throws InterruptedException {
        String id = (String) http.exchange("/api/v1/tickets", HttpMethod.POST, new HttpEntity<>(
                "{\"customerEmail\":\"" + email + "\",\"text\":\"" + text + "\"}", headers(store.apiKey())), OBJECT).getBody().get("ticketId");
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            String status = (String) get(store.apiKey(), "/api/v1/tickets/" + id).getBody().get("status");
            if (List.of("RESOLVED", "NEEDS_HUMAN", "DECLINED").contains(status)) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ticket " + id + " did not settle");
    }

    private ResponseEntity<Map<String, Object>> put(String key, String body) {
        return http.exchange("/api/v1/admin/retention", HttpMethod.PUT, new HttpEntity<>(body, headers(key)), OBJECT);
    }

    private ResponseEntity<Map<String, Object>> get(String key, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(key)), OBJECT);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
