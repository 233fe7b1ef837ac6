package io.commerceresolver.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * A second tenant, made by the operator API, holds keys of every role and tries every endpoint against the first
 * tenant's records: tickets, decisions, approvals, orders, rule set versions, keys, users, audit. It reads nothing,
 * changes nothing, approves nothing: each attempt is the 404 of a record that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "resolver.operator.api-key=cross-tenant-operator")
@Import(TestStores.class)
class CrossTenantIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    ObjectMapper json;

    @Test
    void anotherTenantReachesNothingOfTheFirstOnAnyEndpoint() throws Exception {
        TestStores.Store first = stores.newStore(Map.of());
        String analyst = stores.key(first, "analyst", Role.ANALYST);
        String ticketId = call(first.apiKey(), HttpMethod.POST, "/api/v1/tickets",
                "{\"customerEmail\":\"ravi.kumar@example.in\",\"text\":\"Refund $300 for order 1002\"}").path("ticketId").asText();
        JsonNode waiting = awaitApproval(first.apiKey(), ticketId);
        String approvalId = waiting.at("/approval/approvalId").asText();
        String decisionId = waiting.at("/decision/decisionId").asText();
        String ownVersion = call(analyst, HttpMethod.POST, "/api/v1/admin/rule-sets",
                json.writeValueAsString(Map.of("files", reworded()))).path("version").asText();
        String keyId = call(first.apiKey(), HttpMethod.POST, "/api/v1/admin/api-keys", "{\"name\":\"agent-a\",\"roles\":[\"agent\"]}")
                .path("id").asText();
        call(first.apiKey(), HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"alice\",\"roles\":[\"approver\"],\"password\":\"a long password for alice\"}");
        assertThat(List.of(ticketId, approvalId, decisionId, ownVersion, keyId)).allSatisfy(id -> assertThat(id).isNotBlank());
        String thresholdsBefore = call(first.apiKey(), HttpMethod.GET, "/api/v1/admin/thresholds", null).toString();

        JsonNode created = operator("{\"id\":\"second-" + System.nanoTime() % 100000 + "\",\"name\":\"Second Shop\"}");
        String secondAdmin = created.at("/adminKey/key").asText();
        String secondTenant = created.path("id").asText();
        List<String> secondKeys = new ArrayList<>(List.of(secondAdmin));
        for (Role role : Role.values()) {
            secondKeys.add(call(secondAdmin, HttpMethod.POST, "/api/v1/admin/api-keys",
                    "{\"name\":\"" + role.code() + "\",\"roles\":[\"" + role.code() + "\"]}").path("key").asText());
        }

        List<String> leaks = new ArrayList<>();
        for (String key : secondKeys) {
            expectGone(leaks, key, HttpMethod.GET, "/api/v1/tickets/" + ticketId, null);
            expectGone(leaks, key, HttpMethod.GET, "/api/v1/decisions/" + decisionId, null);
            expectGone(leaks, key, HttpMethod.GET, "/api/v1/approvals/" + approvalId, null);
            expectGone(leaks, key, HttpMethod.POST, "/api/v1/approvals/" + approvalId + "/decision", "{\"approved\":true}");
            expectGone(leaks, key, HttpMethod.GET, "/api/v1/orders/1002", null);
            expectGone(leaks, key, HttpMethod.GET, "/api/v1/admin/rule-sets/" + ownVersion, null);
            expectGone(leaks, key, HttpMethod.POST, "/api/v1/admin/rule-sets/" + ownVersion + "/restore", null);
            expectGone(leaks, key, HttpMethod.POST, "/api/v1/admin/rule-sets/" + ownVersion + "/approve", null);
            expectGone(leaks, key, HttpMethod.POST, "/api/v1/admin/rule-sets/what-if", "{\"version\":\"" + ownVersion + "\"}");
            expectGone(leaks, key, HttpMethod.DELETE, "/api/v1/admin/api-keys/" + keyId, null);
            expectGone(leaks, key, HttpMethod.DELETE, "/api/v1/admin/users/alice", null);
            for (String list : List.of("/api/v1/approvals", "/api/v1/admin/rule-sets", "/api/v1/admin/api-keys", "/api/v1/admin/users",
                    "/api/v1/admin/audit", "/api/v1/admin/thresholds", "/api/v1/intent/usage")) {
                ResponseEntity<String> answer = raw(key, HttpMethod.GET, list, null);
                String body = answer.getBody() == null ? "" : answer.getBody();
                for (String secret : List.of(ticketId, approvalId, decisionId, ownVersion, keyId, "alice", "agent-a", first.tenantId())) {
                    if (body.contains(secret)) {
                        leaks.add("GET " + list + " shows " + secret);
                    }
                }
            }
        }
        call(secondAdmin, HttpMethod.PUT, "/api/v1/admin/thresholds", "{\"maxAutoRefund\": 9000}");
        call(secondAdmin, HttpMethod.POST, "/api/v1/decisions/evaluate", "{\"operation\":{\"tool\":\"issue_refund\"}}");

        assertThat(leaks).isEmpty();
        JsonNode after = call(first.apiKey(), HttpMethod.GET, "/api/v1/tickets/" + ticketId, null);
        assertThat(after.path("status").asText()).isEqualTo("WAITING_APPROVAL");
        assertThat(after.at("/approval/outcome").asText()).isEqualTo("PENDING");
        assertThat(call(first.apiKey(), HttpMethod.GET, "/api/v1/admin/thresholds", null).toString()).isEqualTo(thresholdsBefore);
        assertThat(raw(first.apiKey(), HttpMethod.GET, "/api/v1/admin/api-keys", null).getBody()).contains("agent-a");
        assertThat(raw(first.apiKey(), HttpMethod.GET, "/api/v1/admin/audit", null).getBody()).doesNotContain(secondTenant);
    }

    private void expectGone(List<String> leaks, String key, HttpMethod method, String path, String body) {
        ResponseEntity<String> answer = raw(key, method, path, body);
        int status = answer.getStatusCode().value();
        if (status != 404 && status != 403 && status != 400) {
            leaks.add(method + " " + path + " -> " + status + " " + answer.getBody());
        }
    }

    private JsonNode awaitApproval(String key, String ticketId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode ticket = call(key, HttpMethod.GET, "/api/v1/tickets/" + ticketId, null);
            if ("WAITING_APPROVAL".equals(ticket.path("status").asText()) || Instant.now().isAfter(deadline)) {
                assertThat(ticket.path("status").asText()).isEqualTo("WAITING_APPROVAL");
                return ticket;
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, String> reworded() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.list(Path.of("rules"))) {
            for (Path file : walk.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        files.put("risk-tiers.drl", files.get("risk-tiers.drl").replace("A write changes data: tier 2 WRITE", "Writes are tier 2 WRITE"));
        return files;
    }

    private JsonNode operator(String body) throws Exception {
        return json.readTree(raw("cross-tenant-operator", HttpMethod.POST, "/api/v1/operator/tenants", body).getBody());
    }

    private JsonNode call(String key, HttpMethod method, String path, String body) throws Exception {
        String text = raw(key, method, path, body).getBody();
        return json.readTree(text == null ? "{}" : text);
    }

    private ResponseEntity<String> raw(String key, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
