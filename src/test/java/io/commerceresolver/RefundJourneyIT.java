package io.commerceresolver;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/** The refund journey over real HTTP: intake route, rules, BPMN playbook, approval inbox, sandbox store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class RefundJourneyIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    CommerceConnector store;
    @Autowired
    JdbcTemplate jdbc;

    TestStores.Store tenant;

    @BeforeEach
    void newStore() {
        tenant = stores.newStore(Map.of());
    }

    @Test
    void aRefundWithinTheLimitIsPaidAndVerifiedWithoutApproval() {
        ResponseEntity<Map<String, Object>> accepted = postTicket(tenant.apiKey(),
                "{\"customerEmail\":\"ann@example.com\",\"text\":\"The mug in order #1001 arrived broken. Please refund $49.99.\"}");

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody()).containsEntry("status", "RECEIVED").containsKey("ticketId");
        assertThat(accepted.getHeaders().containsKey("X-Api-Key")).as("the key is never echoed back").isFalse();

        Map<String, Object> ticket = awaitSettled(tenant.apiKey(), (String) accepted.getBody().get("ticketId"));
        assertThat(ticket.get("status")).isEqualTo("RESOLVED");
        assertThat(path(ticket, "run", "status")).isEqualTo("COMPLETED");
        assertThat(path(ticket, "decision", "playbook")).isEqualTo("refund_order");
        assertThat(path(ticket, "run", "decision", "firedRules")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("A refund within the auto-refund limit, asked for by the order's own customer inside the refund window, is approved automatically");
        assertThat(path(ticket, "run", "decision", "rulesVersion")).asString().matches("[0-9a-f]{12}");
        assertThat(eventTypes(ticket)).containsSubsequence("received", "intent", "decision", "run_started", "tool_call",
                "tool_result", "decision", "verify", "run_finished");
        assertThat(store.getOrder(tenant.tenantId(), "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("49.99");
        ResponseEntity<Map<String, Object>> order = http.exchange("/api/v1/orders/1001", HttpMethod.GET,
                new HttpEntity<>(headers(tenant.apiKey())), JSON);
        assertThat(order.getBody()).containsEntry("refundedTotal", 49.99).containsEntry("status", "DELIVERED");
    }

    @Test
    void aRefundOverTheLimitWaitsForAnApproverAndApprovingFinishesIt() {
        String ticketId = (String) postTicket(tenant.apiKey(),
                "{\"customerEmail\":\"ravi.kumar@example.in\",\"text\":\"Order 1002 arrived damaged, please refund $250.00\"}")
                .getBody().get("ticketId");
        Map<String, Object> waiting = awaitSettled(tenant.apiKey(), ticketId);
        assertThat(waiting.get("status")).isEqualTo("WAITING_APPROVAL");
        assertThat(path(waiting, "approval", "approverRole")).isEqualTo("approver");
        assertThat(store.getOrder(tenant.tenantId(), "1002").orElseThrow().refundedTotal()).isEqualByComparingTo(BigDecimal.ZERO);

        String approvalId = (String) path(waiting, "approval", "approvalId");
        String lead = stores.key(tenant, "lead", Role.APPROVER);
        // the inbox says what would be done, and why the rules ask a person
        ResponseEntity<List<Map<String, Object>>> inbox = http.exchange("/api/v1/approvals", HttpMethod.GET, new HttpEntity<>(headers(lead)),
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                });
        assertThat(inbox.getBody()).singleElement().satisfies(item -> {
            assertThat(path(item, "proposal", "operation")).isEqualTo("issue_refund");
            assertThat(path(item, "proposal", "amount")).isEqualTo(250.0);
            assertThat(path(item, "proposal", "orderId")).isEqualTo("1002");
            assertThat(path(item, "decision", "reasons")).asString().contains("above the auto-refund limit");
            assertThat(item.get("dueAt")).isNotNull();
        });
        ResponseEntity<Map<String, Object>> decided = decide(lead, approvalId, "{\"approved\":true,\"reason\":\"Damage confirmed\"}");
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decided.getBody()).containsEntry("outcome", "APPROVED").containsEntry("decidedBy", "api-key:lead");

        assertThat(awaitSettled(tenant.apiKey(), ticketId).get("status")).isEqualTo("RESOLVED");
        assertThat(store.getOrder(tenant.tenantId(), "1002").orElseThrow().refundedTotal()).isEqualByComparingTo("250.00");

        ResponseEntity<Map<String, Object>> again = decide(stores.key(tenant, "second", Role.SENIOR_APPROVER), approvalId,
                "{\"approved\":false}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    @Test
    void theInboxComesAPageAtATimeOldestFirst() {
        TestStores.Store strict = stores.newStore(Map.of("maxAutoRefund", "1"));
        List<String> waiting = new java.util.ArrayList<>();
        for (String[] ask : new String[][] {{"ann@example.com", "1001"}, {"ravi.kumar@example.in", "1002"}, {"maria.garcia@example.com", "1030"}}) {
            String ticketId = (String) postTicket(strict.apiKey(), "{\"customerEmail\":\"" + ask[0] + "\",\"text\":\"Order " + ask[1]
                    + " arrived damaged, please refund $20.00\"}").getBody().get("ticketId");
            waiting.add((String) path(awaitSettled(strict.apiKey(), ticketId), "approval", "approvalId"));
        }
        String lead = stores.key(strict, "lead", Role.APPROVER);

        ResponseEntity<List<Map<String, Object>>> first = inbox(lead, "/api/v1/approvals?limit=2");
        assertThat(first.getBody()).extracting(item -> item.get("approvalId")).containsExactlyElementsOf(waiting.subList(0, 2));
        assertThat(first.getBody()).allSatisfy(item -> assertThat(path(item, "decision", "reasons")).asString().contains("auto-refund limit"));
        String next = first.getHeaders().getFirst(HttpHeaders.LINK);
        assertThat(next).isEqualTo("</api/v1/approvals?outcome=PENDING&limit=2&after=" + waiting.get(1) + ">; rel=\"next\"");

        ResponseEntity<List<Map<String, Object>>> second = inbox(lead, next.substring(1, next.indexOf('>')));
        assertThat(second.getBody()).extracting(item -> item.get("approvalId")).containsExactly(waiting.get(2));
        assertThat(second.getHeaders().containsKey(HttpHeaders.LINK)).as("the last page").isFalse();
        for (String bad : List.of("/api/v1/approvals?limit=0", "/api/v1/approvals?limit=201", "/api/v1/approvals?after=x'or'1")) {
            assertThat(http.exchange(bad, HttpMethod.GET, new HttpEntity<>(headers(lead)), String.class).getStatusCode()).as(bad)
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    private ResponseEntity<List<Map<String, Object>>> inbox(String apiKey, String uri) {
        return http.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers(apiKey)), new ParameterizedTypeReference<List<Map<String, Object>>>() {
        });
    }

    @Test
    void aRejectedRefundIsDeclinedAndNothingIsPaid() {
        String ticketId = (String) postTicket(tenant.apiKey(),
                "{\"customerEmail\":\"ravi.kumar@example.in\",\"text\":\"Refund $300 for order 1002\"}").getBody().get("ticketId");
        String approvalId = (String) path(awaitSettled(tenant.apiKey(), ticketId), "approval", "approvalId");

        decide(stores.key(tenant, "lead", Role.APPROVER), approvalId, "{\"approved\":false,\"reason\":\"Outside policy\"}");

        Map<String, Object> ticket = awaitSettled(tenant.apiKey(), ticketId);
        assertThat(ticket.get("status")).isEqualTo("DECLINED");
        assertThat(eventTypes(ticket)).doesNotContain("verify");
        assertThat(store.getOrder(tenant.tenantId(), "1002").orElseThrow().refundedTotal()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void nobodyDecidesAnApprovalWithoutTheRoleOrForTheTicketTheyHandedIn() {
        String agentWhoApproves = stores.key(tenant, "agent-approver", Role.AGENT, Role.APPROVER);
        String ticketId = (String) postTicket(agentWhoApproves,
                "{\"customerEmail\":\"ravi.kumar@example.in\",\"text\":\"Refund $300 for order 1002\"}").getBody().get("ticketId");
        String approvalId = (String) path(awaitSettled(tenant.apiKey(), ticketId), "approval", "approvalId");

        ResponseEntity<Map<String, Object>> byAdmin = decide(tenant.apiKey(), approvalId, "{\"approved\":true}");
        ResponseEntity<Map<String, Object>> bySubmitter = decide(agentWhoApproves, approvalId, "{\"approved\":true}");
        ResponseEntity<Map<String, Object>> inSomeoneElsesName = decide(stores.key(tenant, "lead", Role.APPROVER), approvalId,
                "{\"approved\":true,\"decidedBy\":\"boss@store.example\"}");

        assertThat(byAdmin.getStatusCode()).as("admin is not an approver").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bySubmitter.getStatusCode()).as("four eyes").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bySubmitter.getBody().get("detail")).asString().contains("handed in the ticket");
        assertThat(inSomeoneElsesName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(inSomeoneElsesName.getBody()).containsEntry("field", "decidedBy");
        assertThat(ticket(tenant.apiKey(), ticketId).getBody().get("status")).isEqualTo("WAITING_APPROVAL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE tenant_id = ? AND action LIKE 'approval.%'",
                Integer.class, tenant.tenantId())).isZero();
    }

    @Test
    void aRequestWithoutAValidKeyIsUnauthorised() {
        ResponseEntity<Map<String, Object>> missing = postTicket(null, "{\"customerEmail\":\"a@b.co\",\"text\":\"hi\"}");
        ResponseEntity<Map<String, Object>> wrong = postTicket("cr_not-a-key", "{\"customerEmail\":\"a@b.co\",\"text\":\"hi\"}");

        for (ResponseEntity<Map<String, Object>> answer : List.of(missing, wrong)) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody().get("detail")).asString().contains("X-Api-Key");
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        assertProblem(postTicket(tenant.apiKey(), "{\"customerEmail\": \"ann@example.com\", \"text\": "), null, "not valid JSON");
        assertProblem(postTicket(tenant.apiKey(), "{\"customerEmail\":\"ann@example.com\"}"), "text", "'text' is required");
        assertProblem(postTicket(tenant.apiKey(), "{\"customerEmail\":\"not-an-email\",\"text\":\"refund\"}"), "customerEmail",
                "email address");
        assertProblem(postTicket(tenant.apiKey(), "{\"customerEmail\":\"ann@example.com\",\"text\":\"x\",\"amount\":5}"), "amount",
                "not part of a ticket");
        assertProblem(postTicket(tenant.apiKey(), "{\"customerEmail\":\"ann@example.com\",\"text\":[1]}"), "text", "must be a string");
        assertProblem(postTicket(tenant.apiKey(), "[]"), null, "JSON object");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE tenant_id = ?", Integer.class, tenant.tenantId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE tenant_id = ?", Integer.class, tenant.tenantId())).isZero();
    }

    @Test
    void theSameTicketDeliveredTwiceIsStoredOnce() {
        String body = "{\"source\":\"zendesk\",\"externalId\":\"zd-4711\",\"customerEmail\":\"ann@example.com\",\"text\":\"Where is my order #1001?\"}";
        String first = (String) postTicket(tenant.apiKey(), body).getBody().get("ticketId");
        String second = (String) postTicket(tenant.apiKey(), body).getBody().get("ticketId");

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE tenant_id = ?", Integer.class, tenant.tenantId())).isOne();
    }

    @Test
    void anotherTenantCannotReadOrDecideThisTenantsRecords() {
        String ticketId = (String) postTicket(tenant.apiKey(),
                "{\"customerEmail\":\"ravi.kumar@example.in\",\"text\":\"Refund $300 for order 1002\"}").getBody().get("ticketId");
        String approvalId = (String) path(awaitSettled(tenant.apiKey(), ticketId), "approval", "approvalId");
        TestStores.Store other = stores.newStore(Map.of());

        assertThat(ticket(other.apiKey(), ticketId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(decide(stores.key(other, "lead", Role.SENIOR_APPROVER), approvalId, "{\"approved\":true}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ticket(tenant.apiKey(), ticketId).getBody().get("status")).isEqualTo("WAITING_APPROVAL");
    }

    @Test
    void aTicketWithoutAnOrderNumberGoesToAPerson() {
        String ticketId = (String) postTicket(tenant.apiKey(),
                "{\"customerEmail\":\"ann@example.com\",\"text\":\"I want my money back for the broken mug\"}").getBody().get("ticketId");

        Map<String, Object> ticket = awaitSettled(tenant.apiKey(), ticketId);

        assertThat(ticket.get("status")).isEqualTo("NEEDS_HUMAN");
        assertThat(path(ticket, "run", "playbook")).as("the rules give it to human_handoff").isEqualTo("human_handoff");
        assertThat(path(ticket, "run", "status")).isEqualTo("HANDED_OVER");
        assertThat(ticket.get("statusDetail")).asString().contains("No order number");
        assertThat(ticket).containsEntry("language", "en").as("the store has no agent to give it to").containsEntry("assignee", null);
    }

    @Test
    void aTicketWhoseWorkerDiedIsTakenUpWhenItsLeaseRunsOut() {
        // as if another instance had claimed the ticket's job and then died: the job is leased, and nobody works on it
        String ticketId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO ticket (id, tenant_id, source, external_id, customer_email, text, status, correlation_id,"
                + " created_at, updated_at) VALUES (?, ?, 'email', ?, 'ann@example.com', 'Please refund $20 for order 1001',"
                + " 'RECEIVED', ?, ?, ?)", ticketId, tenant.tenantId(), ticketId, ticketId, Timestamp.from(now), Timestamp.from(now));
        jdbc.update("INSERT INTO job (id, tenant_id, kind, ref, due_at, owner, lease_until, attempts, created_at)"
                + " VALUES (?, ?, 'READ_TICKET', ?, ?, 'a-dead-instance', ?, 1, ?)", UUID.randomUUID().toString(), tenant.tenantId(),
                ticketId, Timestamp.from(now), Timestamp.from(now.plusSeconds(2)), Timestamp.from(now));

        assertThat(ticket(tenant.apiKey(), ticketId).getBody().get("status")).as("leased to the dead instance").isEqualTo("RECEIVED");
        Map<String, Object> ticket = awaitSettled(tenant.apiKey(), ticketId);

        assertThat(ticket.get("status")).isEqualTo("RESOLVED");
        assertThat(store.getOrder(tenant.tenantId(), "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("20.00");
        // the paid refund's receipt is sealed by a job of its own, after the run ends: that one may still be under way
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE tenant_id = ? AND kind <> 'SEAL_RECEIPT'", Integer.class,
                tenant.tenantId())).isZero();
    }

    private void assertProblem(ResponseEntity<Map<String, Object>> answer, String field, String detail) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody().get("detail")).asString().contains(detail);
        assertThat(answer.getBody().get("field")).isEqualTo(field);
    }

    private ResponseEntity<Map<String, Object>> postTicket(String apiKey, String body) {
        return http.exchange("/api/v1/tickets", HttpMethod.POST, new HttpEntity<>(body, headers(apiKey)), JSON);
    }

    private ResponseEntity<Map<String, Object>> ticket(String apiKey, String ticketId) {
        return http.exchange("/api/v1/tickets/" + ticketId, HttpMethod.GET, new HttpEntity<>(headers(apiKey)), JSON);
    }

    private ResponseEntity<Map<String, Object>> decide(String apiKey, String approvalId, String body) {
        return http.exchange("/api/v1/approvals/" + approvalId + "/decision", HttpMethod.POST, new HttpEntity<>(body, headers(apiKey)), JSON);
    }

    /** Processing runs after the 202; wait until the ticket is no longer being worked on. */
    private Map<String, Object> awaitSettled(String apiKey, String ticketId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Map<String, Object> ticket = ticket(apiKey, ticketId).getBody();
            String status = (String) ticket.get("status");
            if (!"RECEIVED".equals(status) && !"IN_PROGRESS".equals(status)) {
                return ticket;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Ticket " + ticketId + " still " + status + " after 20 s: " + ticket);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpHeaders headers(String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (apiKey != null) {
            headers.set("X-Api-Key", apiKey);
        }
        return headers;
    }

    @SuppressWarnings("unchecked")
    static Object path(Map<String, Object> json, String... keys) {
        Object node = json;
        for (String key : keys) {
            node = node == null ? null : ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventTypes(Map<String, Object> ticket) {
        return ((List<Map<String, Object>>) ticket.get("events")).stream().map(e -> (String) e.get("type")).toList();
    }
}
