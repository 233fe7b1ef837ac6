package io.commerceresolver.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * The figures a store's operators watch, end to end: tickets run through the real rules, playbooks and sandbox store;
 * the Prometheus scrape shows the tenant's counters with their tags, and the summary the same figures, exactly, for
 * the caller's tenant only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class MetricsIT {

    /** The connector label of a tool's calls: the capability whose circuit they pass through. */
    private static final Map<String, String> CAPABILITY_OF = Map.of("get_order", "orders", "issue_refund", "payments",
            "create_return_label", "shipping", "send_notification", "messaging", "get_tracking", "orders", "cancel_order", "orders",
            "update_address", "orders", "apply_discount", "payments", "create_replacement", "orders");

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    /** resolver.metrics.scrape-token in application-test.properties */
    private static final String SCRAPE_TOKEN = "test-scrape-token";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScrapeAndTheSummaryCountATenantsTicketsByPlaybookAndOutcome() {
        TestStores.Store store = stores.newStore(Map.of());
        TestStores.Store other = stores.newStore(Map.of());
        String automaticRefund = settle(store, "{\"customerEmail\":\"ann@example.com\",\"text\":\"The mug in order #1001 arrived broken. Please refund $49.99.\"}");
        String approvedRefund = settle(store, "{\"customerEmail\":\"ravi.kumar@example.in\",\"text\":\"Order 1002 arrived damaged, please refund $250.00\"}");
        String whereIsIt = settle(store, "{\"customerEmail\":\"james.oconnor@example.com\",\"text\":\"Where is my order #1004?\"}");
        String noOrder = settle(store, "{\"customerEmail\":\"ann@example.com\",\"text\":\"I want my money back for the broken mug\"}");
        settle(other, "{\"customerEmail\":\"ann@example.com\",\"text\":\"The mug in order #1001 arrived broken. Please refund $49.99.\"}");

        assertThat(status(store, approvedRefund)).isEqualTo("WAITING_APPROVAL");
        decide(stores.key(store, "lead", Role.APPROVER), approvalOf(store, approvedRefund));
        awaitStatus(store, approvedRefund, "RESOLVED");
        assertThat(List.of(status(store, automaticRefund), status(store, whereIsIt), status(store, noOrder)))
                .containsExactly("RESOLVED", "RESOLVED", "NEEDS_HUMAN");

        String tenant = store.tenantId();
        // counted once the run's last transaction commits, a moment after the ticket shows it
        awaitMetric("resolver_time_to_resolution_seconds_count", Map.of("tenant", tenant, "playbook", "refund_order", "status", "COMPLETED"), 2);
        String scrape = scrape(SCRAPE_TOKEN).getBody();
        assertThat(metric(scrape, "resolver_runs_started_total", Map.of("tenant", tenant, "playbook", "refund_order"))).isEqualTo(2);
        assertThat(metric(scrape, "resolver_runs_started_total", Map.of("tenant", tenant, "playbook", "order_status"))).isEqualTo(1);
        assertThat(metric(scrape, "resolver_runs_finished_total", Map.of("tenant", tenant, "playbook", "refund_order", "status", "COMPLETED")))
                .isEqualTo(2);
        assertThat(metric(scrape, "resolver_runs_finished_total", Map.of("tenant", tenant, "playbook", "order_status", "status", "COMPLETED")))
                .isEqualTo(1);
        assertThat(metric(scrape, "resolver_runs_resolved_automatically_total", Map.of("tenant", tenant, "playbook", "refund_order")))
                .as("the approved refund needed a person").isEqualTo(1);
        assertThat(metric(scrape, "resolver_runs_resolved_automatically_total", Map.of("tenant", tenant, "playbook", "order_status")))
                .isEqualTo(1);
        assertThat(metric(scrape, "resolver_approvals_requested_total", Map.of("tenant", tenant, "playbook", "refund_order", "tier", "2")))
                .isEqualTo(1);
        assertThat(metric(scrape, "resolver_approvals_decided_total", Map.of("tenant", tenant, "playbook", "refund_order", "outcome", "APPROVED")))
                .isEqualTo(1);
        assertThat(metric(scrape, "resolver_approval_wait_seconds_count", Map.of("tenant", tenant, "playbook", "refund_order", "outcome", "APPROVED")))
                .isEqualTo(1);
        assertThat(metric(scrape, "resolver_handoffs_total", Map.of("tenant", tenant, "playbook", "human_handoff", "at", "triage")))
                .as("the ticket naming no order, which the rules gave to human_handoff").isEqualTo(1);
        assertThat(metric(scrape, "resolver_runs_finished_total", Map.of("tenant", tenant, "playbook", "human_handoff", "status", "HANDED_OVER")))
                .isEqualTo(1);
        assertThat(metric(scrape, "resolver_time_to_resolution_seconds_bucket",
                Map.of("tenant", tenant, "playbook", "order_status", "status", "COMPLETED", "le", "+Inf"))).isEqualTo(1);
        toolCallsOf(tenant).forEach((toolAndPlaybook, calls) -> assertThat(metric(scrape, "resolver_tool_calls_total", Map.of("tenant", tenant,
                "playbook", toolAndPlaybook.get(1), "tool", toolAndPlaybook.get(0), "connector", CAPABILITY_OF.get(toolAndPlaybook.get(0)),
                "outcome", "succeeded")))
                .as(toolAndPlaybook.toString()).isEqualTo(calls.doubleValue()));
        assertThat(metric(scrape, "resolver_tool_calls_total", Map.of("tenant", tenant, "playbook", "refund_order", "tool", "issue_refund",
                "connector", "payments", "outcome", "succeeded"))).isEqualTo(2);
        assertThat(metric(scrape, "resolver_runs_started_total", Map.of("tenant", other.tenantId(), "playbook", "refund_order"))).isEqualTo(1);
        assertThat(scrape).as("Kogito's process meters, on the same registry").contains("kogito_process_instance_started_total{")
                .contains("process_id=\"refund_order\"");

        Map<String, Object> summary = summary(store.apiKey(), "").getBody();
        Map<String, Object> total = map(summary.get("total"));
        assertThat(total).containsEntry("playbook", null).containsEntry("runs", 4).containsEntry("finished", 4).containsEntry("resolved", 3)
                .containsEntry("resolvedAutomatically", 2).containsEntry("handedOff", 1).containsEntry("declined", 0).containsEntry("failed", 0)
                .containsEntry("automationRate", 0.5).containsEntry("handoffRate", 0.25);
        assertThat(map(total.get("approvals"))).containsEntry("requested", 1).containsEntry("approved", 1).containsEntry("rejected", 0)
                .containsEntry("pending", 0).containsEntry("approvalRate", 1.0);
        long calls = toolCallsOf(tenant).values().stream().mapToLong(Long::longValue).sum();
        assertThat(calls).as("a refund reads the order, makes a return label, refunds, reads back and tells the customer;"
                + " an order's status reads the order and its tracking and tells").isEqualTo(2 * 5 + 3);
        assertThat(map(total.get("toolCalls"))).containsEntry("succeeded", (int) calls).containsEntry("rejected", 0).containsEntry("failed", 0)
                .containsEntry("successRate", 1.0).containsEntry("failureRate", 0.0);
        assertThat(summary.get("triage")).isEqualTo(Map.of("ticketsReceived", 4, "handedOff", 1));

        List<Map<String, Object>> playbooks = list(summary.get("playbooks"));
        assertThat(playbooks).extracting(p -> p.get("playbook")).containsExactly("human_handoff", "order_status", "refund_order");
        assertThat(map(playbooks.get(0))).containsEntry("runs", 1).containsEntry("handedOff", 1).containsEntry("handoffRate", 1.0);
        Map<String, Object> refunds = playbooks.get(2);
        assertThat(refunds).containsEntry("runs", 2).containsEntry("resolvedAutomatically", 1).containsEntry("automationRate", 0.5);
        assertThat(map(playbooks.get(1))).containsEntry("runs", 1).containsEntry("resolvedAutomatically", 1).containsEntry("automationRate", 1.0);
        assertThat(map(map(playbooks.get(1)).get("approvals"))).containsEntry("requested", 0).containsEntry("approvalRate", null);
        // the two refunds' times from ticket received to run ended: the median halfway, the 90th percentile 9/10 of the way
        List<Long> millis = jdbc.queryForList("SELECT t.created_at AS received, r.ended_at AS ended FROM agent_run r JOIN ticket t"
                + " ON t.tenant_id = r.tenant_id AND t.id = r.ticket_id WHERE r.tenant_id = ? AND r.playbook = 'refund_order'", tenant)
                .stream().map(row -> Duration.between(instant(row.get("received")), instant(row.get("ended"))).toMillis()).sorted().toList();
        double low = millis.get(0);
        double high = millis.get(1);
        assertThat(map(refunds.get("timeToResolutionSeconds"))).containsEntry("median", Math.round((low + high) / 2) / 1000.0)
                .containsEntry("p90", Math.round(low + (high - low) * 0.9) / 1000.0);
        Map<String, Object> decided = jdbc.queryForMap("SELECT a.requested_at, a.decided_at FROM approval a WHERE a.tenant_id = ?", tenant);
        double waited = Duration.between(instant(decided.get("requested_at")), instant(decided.get("decided_at"))).toMillis() / 1000.0;
        assertThat(map(map(refunds.get("approvals")).get("waitSeconds"))).containsEntry("median", waited).containsEntry("p90", waited);

        Map<String, Object> others = map(summary(other.apiKey(), "").getBody().get("total"));
        assertThat(others).containsEntry("runs", 1).containsEntry("resolvedAutomatically", 1);
        Map<String, Object> before = map(summary(store.apiKey(), "?to=" + Instant.now().minus(Duration.ofHours(1))).getBody().get("total"));
        assertThat(before).as("a window that ended before the tickets came").containsEntry("runs", 0).containsEntry("automationRate", null);
        Map<String, Object> byDate = summary(store.apiKey(), "?from=2000-01-01&to=2000-01-02").getBody();
        assertThat(byDate).containsEntry("from", "2000-01-01T00:00:00Z").containsEntry("to", "2000-01-02T00:00:00Z");
    }

    @Test
    void aWindowThatIsNoTimeIsA400Problem() {
        TestStores.Store store = stores.newStore(Map.of());
        for (String[] bad : new String[][] {{"?from=yesterday", "from"}, {"?to=2026-13-01", "to"}, {"?from=", "from"},
                {"?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to"}, {"?from=2020-01-01&to=2026-01-01", "from"}}) {
            ResponseEntity<Map<String, Object>> answer = summary(store.apiKey(), bad[0]);
            assertThat(answer.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody()).as(bad[0]).containsEntry("field", bad[1]);
        }
    }

    @Test
    void onlyTheDeploymentsScrapeTokenReadsTheMeters() {
        TestStores.Store store = stores.newStore(Map.of());
        ResponseEntity<String> scraped = scrape(SCRAPE_TOKEN);
        assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scraped.getHeaders().getContentType().toString()).startsWith("text/plain");

        HttpHeaders adminKey = new HttpHeaders();
        adminKey.set("X-Api-Key", store.apiKey());
        for (HttpHeaders refused : List.of(new HttpHeaders(), adminKey, bearer("not-the-token"), bearer(store.apiKey()))) {
            ResponseEntity<String> answer = http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(refused), String.class);
            assertThat(answer.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody()).doesNotContain("resolver_");
        }
    }

    private String settle(TestStores.Store store, String ticket) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", store.apiKey());
        String ticketId = (String) http.exchange("/api/v1/tickets", HttpMethod.POST, new HttpEntity<>(ticket, headers), JSON).getBody()
                .get("ticketId");
        await(() -> !List.of("RECEIVED", "IN_PROGRESS").contains(status(store, ticketId)), "ticket " + ticketId + " settles");
        return ticketId;
    }

    private void awaitStatus(TestStores.Store store, String ticketId, String status) {
        await(() -> status.equals(status(store, ticketId)), "ticket " + ticketId + " " + status);
    }

    private void awaitMetric(String name, Map<String, String> labels, double value) {
        await(() -> metric(scrape(SCRAPE_TOKEN).getBody(), name, labels) == value, name + labels + " = " + value);
    }

    private static void await(Supplier<Boolean> condition, String what) {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!condition.get()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Not within 30 s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private String status(TestStores.Store store, String ticketId) {
        return (String) ticket(store, ticketId).get("status");
    }

    private String approvalOf(TestStores.Store store, String ticketId) {
        return (String) map(ticket(store, ticketId).get("approval")).get("approvalId");
    }

    private Map<String, Object> ticket(TestStores.Store store, String ticketId) {
        return http.exchange("/api/v1/tickets/" + ticketId, HttpMethod.GET, new HttpEntity<>(key(store.apiKey())), JSON).getBody();
    }

    private void decide(String approverKey, String approvalId) {
        HttpHeaders headers = key(approverKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/v1/approvals/" + approvalId + "/decision", HttpMethod.POST,
                new HttpEntity<>("{\"approved\":true}", headers), JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map<String, Object>> summary(String apiKey, String query) {
        return http.exchange("/api/v1/metrics/summary" + query, HttpMethod.GET, new HttpEntity<>(key(apiKey)), JSON);
    }

    private ResponseEntity<String> scrape(String token) {
        return http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
    }

    /** The tenant's tool calls by [tool, playbook], as recorded. */
    private Map<List<String>, Long> toolCallsOf(String tenantId) {
        Map<List<String>, Long> calls = new LinkedHashMap<>();
        jdbc.queryForList("SELECT c.tool, r.playbook, COUNT(*) AS calls FROM tool_call c JOIN agent_run r ON r.tenant_id = c.tenant_id"
                + " AND r.id = c.run_id WHERE c.tenant_id = ? AND c.status = 'SUCCEEDED' GROUP BY c.tool, r.playbook", tenantId)
                .forEach(row -> calls.put(List.of((String) row.get("TOOL"), (String) row.get("PLAYBOOK")), ((Number) row.get("CALLS")).longValue()));
        return calls;
    }

    /** The value of the one sample with exactly these labels, or -1 when there is none. */
    static double metric(String scrape, String name, Map<String, String> labels) {
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(name + "{")) {
                continue;
            }
            int close = line.lastIndexOf('}');
            Map<String, String> found = new LinkedHashMap<>();
            for (String pair : line.substring(name.length() + 1, close).split(",")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    found.put(pair.substring(0, equals), pair.substring(equals + 2, pair.length() - 1));
                }
            }
            if (found.equals(labels)) {
                return Double.parseDouble(line.substring(close + 1).trim());
            }
        }
        return -1;
    }

    private static HttpHeaders key(String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        return headers;
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof Timestamp sql ? sql.toInstant() : timestamp instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : Instant.parse(timestamp.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object json) {
        return (List<Map<String, Object>>) json;
    }
}
