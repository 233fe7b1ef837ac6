package io.commerceresolver.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;

/**
 * Ticket runs that write are sealed in the tenant's receipt chain when they end, over the real journey: a refund's
 * receipt names the refund and the decision that let it be paid, and no customer; a run that only read gets none;
 * asking to seal a run again adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class RunReceiptsIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String EMAIL = "ann@example.com";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReceiptSealing sealing;
    @Autowired
    Transactions transactions;

    TestStores.Store tenant;

    @BeforeEach
    void newStore() {
        tenant = stores.newStore(Map.of());
    }

    @Test
    void aRefundThatIsPaidIsSealedNamingTheRefundAndItsDecisionAndNoCustomer() throws Exception {
        Map<String, Object> ticket = settled(postTicket("The mug in order #1001 arrived broken. Please refund $49.99."));
        assertThat(ticket.get("status")).isEqualTo("RESOLVED");
        String runId = (String) run(ticket).get("runId");

        String receiptId = await("the run's receipt", () -> (String) get("/api/v1/runs/" + runId).getBody().get("receiptId"));
        JsonNode body = new ObjectMapper().readTree(http.exchange("/api/v1/receipts/" + receiptId, HttpMethod.GET,
                new HttpEntity<>(headers()), String.class).getBody()).path("body").path("receipt");

        assertThat(body.path("kind").asText()).isEqualTo("run");
        assertThat(body.path("subjectId").asText()).isEqualTo(runId);
        assertThat(body.path("outcome").asText()).isEqualTo("COMPLETED");
        JsonNode refund = body.path("operations").get(0);
        assertThat(refund.path("type").asText()).isEqualTo("issue_refund");
        assertThat(refund.path("target").asText()).isEqualTo("order 1001");
        assertThat(refund.path("changes").toString()).contains("{\"after\":\"49.99\",\"field\":\"refund\"}")
                .contains("{\"after\":\"49.99\",\"before\":\"0.00\",\"field\":\"refundedTotal\"}");
        assertThat(refund.path("decision").path("decisionId").asText()).isNotBlank();
        assertThat(refund.path("decision").path("firedRules").toString()).contains("within the auto-refund limit");
        assertThat(refund.path("decision").path("rulesVersion").asText()).matches("[0-9a-f]{12}");
        assertThat(body.path("decisions").findValuesAsText("decisionId")).contains(refund.path("decision").path("decisionId").asText());
        assertThat(body.path("checks").get(0).path("passed").asBoolean()).isTrue();
        assertThat(body.path("request").path("customerRef").asText()).matches("hmac-sha256:[0-9a-f]{32}");
        assertThat(body.toString()).doesNotContain(EMAIL).doesNotContain("arrived broken");

        assertThat(get("/api/v1/receipts/verify").getBody()).containsEntry("checked", 1).containsEntry("ok", true);
    }

    @Test
    void aRunThatOnlyReadsGetsNoReceipt() {
        Map<String, Object> ticket = settled(postTicket("Where is my order 1001?"));
        Map<String, Object> run = run(ticket);
        assertThat(run.get("playbook")).isEqualTo("order_status");

        assertThat(get("/api/v1/runs/" + run.get("runId")).getBody()).containsEntry("status", "COMPLETED").containsEntry("receiptId", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE tenant_id = ? AND kind = 'SEAL_RECEIPT'", Integer.class,
                tenant.tenantId())).as("nothing was asked for").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE tenant_id = ?", Integer.class, tenant.tenantId())).isZero();
    }

    @Test
    void sealingARunAgainAddsNothing() {
        String runId = (String) run(settled(postTicket("Hi, the mug in order #1001 arrived broken. Please refund $20."))).get("runId");
        String receiptId = await("the run's receipt", () -> (String) get("/api/v1/runs/" + runId).getBody().get("receiptId"));

        TenantScope.of(tenant.tenantId(), () -> transactions.inTransaction(
                () -> sealing.seal(tenant.tenantId(), ReceiptRecord.Kind.RUN, runId)));
        await("the second job's end", () -> jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE tenant_id = ? AND kind = 'SEAL_RECEIPT'",
                Integer.class, tenant.tenantId()) == 0 ? "done" : null);

        assertThat(jdbc.queryForList("SELECT id FROM receipt WHERE tenant_id = ?", String.class, tenant.tenantId())).containsExactly(receiptId);
        assertThat(get("/api/v1/receipts/verify").getBody()).containsEntry("checked", 1).containsEntry("ok", true);
        assertThat(get("/api/v1/runs/no such run").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/runs/no-such-run").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String postTicket(String text) {
        String body = "{\"customerEmail\":\"" + EMAIL + "\",\"text\":\"" + text + "\"}";
        ResponseEntity<Map<String, Object>> accepted = http.exchange("/api/v1/tickets", HttpMethod.POST, new HttpEntity<>(body, headers()), JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return (String) accepted.getBody().get("ticketId");
    }

    private Map<String, Object> settled(String ticketId) {
        return await("ticket " + ticketId + " settled", () -> {
            Map<String, Object> ticket = get("/api/v1/tickets/" + ticketId).getBody();
            Object status = ticket.get("status");
            return "RECEIVED".equals(status) || "IN_PROGRESS".equals(status) ? null : ticket;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Map<String, Object> ticket) {
        return (Map<String, Object>) ticket.get("run");
    }

    private ResponseEntity<Map<String, Object>> get(String uri) {
        return http.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers()), JSON);
    }

    private static <T> T await(String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (T found = probe.get(); ; found = probe.get()) {
            if (found != null) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + what + " after 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", tenant.apiKey());
        return headers;
    }
}
