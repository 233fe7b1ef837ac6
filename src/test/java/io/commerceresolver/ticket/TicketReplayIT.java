package io.commerceresolver.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.springframework.http.ResponseEntity;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * Replaying a finished ticket under changed rules: the replay is decided and planned in shadow mode with the
 * original's reading, the ticket shows what would differ, and the store keeps only what the original did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestStores.class, Settling.class})
class TicketReplayIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    CommerceConnector store;
    @Autowired
    ApprovalInbox approvals;

    @Test
    @SuppressWarnings("unchecked")
    void aRefundAnApproverRejectedWouldNowBePaidAtOnceUnderAHigherLimit() {
        TestStores.Store tenant = stores.newStore(Map.of());
        String original = intake.accept(tenant.tenantId(), new NewTicket("email", "replay-1", "ravi.kumar@example.in", null,
                "Refund $150 for order 1002"), null, "api-key:test").ticketId();
        TicketView waiting = settling.settled(tenant.tenantId(), original);
        approvals.decide(Caller.user(tenant.tenantId(), "lead@store.example", Set.of(Role.APPROVER)), waiting.approval().id(), false,
                "Not this time");
        assertThat(settling.settled(tenant.tenantId(), original).ticket().status()).isEqualTo(TicketStatus.DECLINED);
        tenants.updateSettings(tenant.tenantId(), Map.of("maxAutoRefund", "200"));

        ResponseEntity<Map<String, Object>> accepted = post(tenant.apiKey(), "/api/v1/tickets/" + original + "/replay");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String replay = (String) accepted.getBody().get("replayTicketId");
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/v1/tickets/" + replay);
        settling.settled(tenant.tenantId(), replay);

        Map<String, Object> view = get(tenant.apiKey(), "/api/v1/tickets/" + replay).getBody();
        assertThat(view).containsEntry("status", "SHADOWED").containsEntry("replayOf", original);
        Map<String, Object> comparison = (Map<String, Object>) view.get("comparison");
        assertThat((Map<String, Object>) comparison.get("original")).containsEntry("approvalRequired", true)
                .containsEntry("ending", "DECLINED").containsEntry("actions", List.of("send_notification"));
        assertThat((Map<String, Object>) comparison.get("replay")).containsEntry("approvalRequired", false)
                .containsEntry("ending", "COMPLETED").containsEntry("actions", List.of("issue_refund 150.00 USD", "create_return_label", "send_notification"));
        assertThat((Iterable<Map<String, Object>>) comparison.get("differences")).extracting(difference -> difference.get("what"))
                .contains("approvalRequired", "ending", "actions").doesNotContain("playbook", "tier");
        assertThat(store.getOrder(tenant.tenantId(), "1002").orElseThrow().refundedTotal()).as("a replay pays nothing").isEqualByComparingTo("0");

        assertThat(post(tenant.apiKey(), "/api/v1/tickets/" + replay + "/replay").getStatusCode())
                .as("a replay is not replayed again").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReplayDecidesOnTheStoreAsItIsNowSoARefundPaidAlreadyIsADuplicate() {
        TestStores.Store tenant = stores.newStore(Map.of());
        String original = intake.accept(tenant.tenantId(), new NewTicket("email", "replay-3", "ann@example.com", null,
                "The mug in order #1001 arrived broken. Please refund $49.99."), null, "api-key:test").ticketId();
        assertThat(settling.settled(tenant.tenantId(), original).ticket().status()).isEqualTo(TicketStatus.RESOLVED);

        String replay = (String) post(tenant.apiKey(), "/api/v1/tickets/" + original + "/replay").getBody().get("replayTicketId");
        settling.settled(tenant.tenantId(), replay);

        Map<String, Object> replayed = (Map<String, Object>) ((Map<String, Object>) get(tenant.apiKey(), "/api/v1/tickets/" + replay)
                .getBody().get("comparison")).get("replay");
        assertThat(replayed).containsEntry("allowed", false).containsEntry("ending", "DECLINED");
        assertThat((List<String>) replayed.get("firedRules")).contains("A refund of the same amount on the same order within 24 hours is denied as a duplicate");
        assertThat(store.getOrder(tenant.tenantId(), "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("49.99");
    }

    @Test
    void aTicketStillWaitingCannotBeReplayed() {
        TestStores.Store tenant = stores.newStore(Map.of());
        String waiting = intake.accept(tenant.tenantId(), new NewTicket("email", "replay-2", "ravi.kumar@example.in", null,
                "Refund $250 for order 1002"), null, "api-key:test").ticketId();
        assertThat(settling.settled(tenant.tenantId(), waiting).ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);

        ResponseEntity<Map<String, Object>> refused = post(tenant.apiKey(), "/api/v1/tickets/" + waiting + "/replay");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("detail")).asString().contains("only a finished ticket can be replayed");
    }

    @Test
    void aTicketHandedInCannotPassItselfOffAsAReplay() {
        TestStores.Store tenant = stores.newStore(Map.of());
        HttpHeaders headers = headers(tenant.apiKey());
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

        ResponseEntity<Map<String, Object>> refused = http.exchange("/api/v1/tickets", HttpMethod.POST, new HttpEntity<>(
                "{\"source\":\"replay\",\"externalId\":\"x#y\",\"customerEmail\":\"ann@example.com\",\"text\":\"Where is order 1001?\"}",
                headers), JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", "source");
    }

    private ResponseEntity<Map<String, Object>> post(String key, String path) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(headers(key)), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String key, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(key)), JSON);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return headers;
    }
}
