package io.commerceresolver.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.conversation.SessionFigures;
import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * Session history over real HTTP: recorded through the policy evaluate endpoint, shown, switched off and deleted by
 * its owner only, and summed into the escalation report without names or small groups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class SessionHistoryIT {

    private static final String HISTORY = "/api/v1/me/session-history";
    private static final String REFUND = """
            {"operation": {"type": "issue_refund", "amount": 49.99, "currency": "USD", "orderId": "1001"},
             "actor":     {"id": "u-17", "role": "agent"},
             "order":     {"id": "1001", "total": 120.00, "refundedTotal": 0.00, "status": "delivered",
                           "deliveredDaysAgo": 5, "customerEmail": "ann@example.com"},
             "requester": {"email": "ann@example.com"},
             "context":   %s}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    ObjectMapper json;
    @Autowired
    SessionHistory sessionHistory;

    TestStores.Store tenant;
    String ann;
    String bob;

    @BeforeEach
    void newStore() {
        tenant = stores.newStore(Map.of());
        ann = stores.key(tenant, "ann", Role.AGENT);
        bob = stores.key(tenant, "bob", Role.AGENT);
    }

    @Test
    void evaluatingFoldsTheConversationIntoTheCallersSessionAndKeepsOnlyAggregates() throws Exception {
        JsonNode strained = evaluate(ann, "{\"stress\": 0.9, \"sessionMinutes\": 12, \"voiceOptOut\": false, \"sessionId\": \"call-1\"}");
        evaluate(ann, "{\"stress\": 0.3, \"sessionMinutes\": 75, \"sessionId\": \"call-1\"}");

        assertThat(strained.get("tier").asInt()).isEqualTo(3);
        JsonNode mine = read(ann);
        assertThat(mine.get("historyEnabled").asBoolean()).isTrue();
        assertThat(mine.get("sessions")).hasSize(1);
        JsonNode session = mine.get("sessions").get(0);
        List<String> fields = new ArrayList<>();
        session.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("sessionId", "startedAt", "lastAt", "requests", "averageStress", "peakStress",
                "sessionMinutesMax", "startHourUtc", "startWeekdayUtc", "escalations");
        assertThat(session.get("sessionId").asText()).isEqualTo("call-1");
        assertThat(session.get("requests").asInt()).isEqualTo(2);
        assertThat(session.get("averageStress").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(session.get("peakStress").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(session.get("sessionMinutesMax").asInt()).isEqualTo(75);
        assertThat(session.get("escalations").asInt()).as("the long session escalated the second request too").isEqualTo(2);
        assertThat(read(bob).get("sessions")).as("bob sees only his own").isEmpty();
    }

    @Test
    void anOptOutOrARequestWithoutASessionIsNotKept() throws Exception {
        evaluate(ann, "{\"stress\": 0.9, \"sessionMinutes\": 12, \"voiceOptOut\": true, \"sessionId\": \"call-1\"}");
        evaluate(ann, "{\"stress\": 0.9, \"sessionMinutes\": 12}");

        assertThat(read(ann).get("sessions")).isEmpty();
        assertThat(exchange(ann, HttpMethod.POST, "/api/v1/decisions/evaluate", REFUND.formatted("{\"sessionId\": \"no spaces\"}"))
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void switchingOffStopsRecordingAndKeepsWhatIsThere() throws Exception {
        evaluate(ann, "{\"stress\": 0.5, \"sessionId\": \"call-1\"}");
        assertThat(exchange(ann, HttpMethod.PUT, HISTORY, "{\"enabled\": false}").getStatusCode().value()).isEqualTo(200);
        evaluate(ann, "{\"stress\": 0.5, \"sessionId\": \"call-1\"}");
        evaluate(ann, "{\"stress\": 0.5, \"sessionId\": \"call-2\"}");

        JsonNode mine = read(ann);
        assertThat(mine.get("historyEnabled").asBoolean()).isFalse();
        assertThat(mine.get("sessions")).hasSize(1);
        assertThat(mine.get("sessions").get(0).get("requests").asInt()).isEqualTo(1);

        exchange(ann, HttpMethod.PUT, HISTORY, "{\"enabled\": true}");
        evaluate(ann, "{\"stress\": 0.5, \"sessionId\": \"call-1\"}");
        assertThat(read(ann).get("sessions").get(0).get("requests").asInt()).isEqualTo(2);
        assertThat(exchange(ann, HttpMethod.PUT, HISTORY, "{}").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void deletingRemovesEveryOneOfTheCallersSessionsAndNoOneElses() throws Exception {
        TestStores.Store otherTenant = stores.newStore(Map.of());
        String otherAnn = stores.key(otherTenant, "ann", Role.AGENT);
        for (String key : List.of(ann, bob, otherAnn)) {
            evaluate(key, "{\"stress\": 0.4, \"sessionId\": \"call-1\"}");
            evaluate(key, "{\"stress\": 0.4, \"sessionId\": \"call-2\"}");
        }

        ResponseEntity<String> deleted = exchange(ann, HttpMethod.DELETE, HISTORY, null);
        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        assertThat(deleted.getBody()).isNull();
        assertThat(exchange(ann, HttpMethod.DELETE, HISTORY, null).getStatusCode().value()).as("idempotent").isEqualTo(204);

        assertThat(read(ann).get("sessions")).isEmpty();
        assertThat(read(ann).get("historyEnabled").asBoolean()).as("deleting is not switching off").isTrue();
        assertThat(read(bob).get("sessions")).hasSize(2);
        assertThat(read(otherAnn).get("sessions")).as("the same name in another tenant").hasSize(2);
    }

    @Test
    void theReportGroupsByStartHourWeekdayAndPeakStressAndLeavesOutGroupsOfFewerThanThreeSessions() throws Exception {
        Instant mondayNine = Instant.parse("2026-11-30T09:05:00Z");
        TenantScope.of(tenant.tenantId(), () -> {
            record("ann", "a-1", "0.92", true, mondayNine);
            record("ann", "a-1", "0.40", false, mondayNine.plusSeconds(300));
            record("bob", "b-1", "0.95", true, mondayNine.plusSeconds(900));
            record("cy", "c-1", "1.00", false, mondayNine.plusSeconds(1800));
            record("ann", "a-2", "0.20", false, Instant.parse("2026-12-01T14:00:00Z"));
        });
        String analyst = stores.key(tenant, "lee", Role.ANALYST);

        ResponseEntity<String> report = exchange(analyst, HttpMethod.GET, "/api/v1/reports/escalations", null);

        assertThat(report.getStatusCode().value()).isEqualTo(200);
        System.out.println("escalation report: " + report.getBody()); // the README quotes this answer
        assertThat(json.readTree(report.getBody())).isEqualTo(json.readTree("""
                {"timeZone":"UTC","minimumSessions":3,
                 "byHourOfDay":{"cells":[{"key":"9","sessions":3,"requests":4,"escalations":2}],"suppressed":1},
                 "byWeekday":{"cells":[{"key":"MONDAY","sessions":3,"requests":4,"escalations":2}],"suppressed":1},
                 "byPeakStress":{"cells":[{"key":"0.9-1","sessions":3,"requests":4,"escalations":2}],"suppressed":1}}"""));
        assertThat(report.getBody()).doesNotContain("ann", "bob", "cy", "a-1");
        assertThat(exchange(ann, HttpMethod.GET, "/api/v1/reports/escalations", null).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void concurrentRequestsOfOneSessionAreAllFoldedIn() throws Exception {
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Instant at = Instant.parse("2026-11-30T09:00:00Z").plusSeconds(i);
                done.add(pool.submit(() -> {
                    start.await();
                    TenantScope.of(tenant.tenantId(), () -> record("ann", "busy", "0.5", false, at));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        SessionHistory.MySessions mine = TenantScope.of(tenant.tenantId(), () -> sessionHistory.of(tenant.tenantId(), "ann", 10));
        assertThat(mine.sessions()).singleElement().satisfies(session -> {
            assertThat(session.requests()).isEqualTo(requests);
            assertThat(session.averageStress()).isEqualByComparingTo("0.5");
            assertThat(session.startedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        });
    }

    private void record(String username, String sessionId, String stress, boolean escalated, Instant at) {
        sessionHistory.record(tenant.tenantId(), username, new SessionFigures(sessionId, new BigDecimal(stress), 10, false), escalated, at);
    }

    private JsonNode evaluate(String key, String context) throws Exception {
        ResponseEntity<String> answer = exchange(key, HttpMethod.POST, "/api/v1/decisions/evaluate", REFUND.formatted(context));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private JsonNode read(String key) throws Exception {
        ResponseEntity<String> answer = exchange(key, HttpMethod.GET, HISTORY, null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> exchange(String key, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", key);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
