package io.commerceresolver.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * The decision contract and the rule set administration over real HTTP: what is answered, what is stored, what
 * is refused, and that publishing a version while decisions are being made never mixes two versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
@SuppressWarnings("unchecked")
class PolicyApiIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String CONTRACT_EXAMPLE = """
            {"operation": {"type": "issue_refund", "amount": 49.99, "currency": "USD", "affectedRecords": 1, "orderId": "1001",
                           "sku": null, "oldPrice": null, "newPrice": null, "cost": null},
             "actor":     {"id": "u-17", "role": "agent"},
             "order":     {"id": "1001", "total": 120.00, "refundedTotal": 0.00, "status": "delivered",
                           "deliveredDaysAgo": 5, "customerEmail": "ann@example.com"},
             "requester": {"email": "ann@example.com"},
             "history":   {"refundsLast24h": [{"orderId": "1001", "amount": 10.00}], "refundsLast30d": 1},
             "context":   {"stress": 0.42, "sessionMinutes": 12, "voiceOptOut": false}}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;

    TestStores.Store tenant;

    @BeforeEach
    void newStore() {
        tenant = stores.newStore(Map.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContractExampleIsAnAutoApprovedWriteAndItsDecisionIsStoredWithItsInput() {
        ResponseEntity<Map<String, Object>> answer = evaluate(tenant.apiKey(), CONTRACT_EXAMPLE);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = answer.getBody();
        assertThat(body).containsKeys("tier", "tierName", "allowed", "approvalRequired", "approverRole", "reasons", "firedRules",
                "rulesVersion", "decisionId");
        assertThat(body).containsEntry("tier", 2).containsEntry("tierName", "WRITE").containsEntry("allowed", true)
                .containsEntry("approvalRequired", false).containsEntry("approverRole", null);
        assertThat((List<Object>) body.get("firedRules"))
                .contains("A refund within the auto-refund limit, asked for by the order's own customer inside the refund window, is approved automatically");

        Map<String, Object> stored = get(tenant.apiKey(), "/api/v1/decisions/" + body.get("decisionId")).getBody();
        assertThat(stored).containsEntry("rulesVersion", body.get("rulesVersion")).containsEntry("tier", 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> input = (Map<String, Object>) stored.get("input");
        assertThat(input).containsKeys("operation", "actor", "order", "requester", "history", "context", "thresholds");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIntegratorMayDescribeTheOrderInItsPlatformsWords() {
        String cancel = """
                {"operation": {"type": "cancel_order", "orderId": "W-727"}, "actor": {"id": "u-1", "role": "agent"},
                 "order": {"id": "W-727", "total": 29.35, "refundedTotal": 0, "status": "%s", "platform": "%s",
                           "customerEmail": "john.doe@example.com", "currency": "EUR"},
                 "requester": {"email": "john.doe@example.com"}}""";

        Map<String, Object> completed = evaluate(tenant.apiKey(), cancel.formatted("completed", "woocommerce")).getBody();
        Map<String, Object> onHold = evaluate(tenant.apiKey(), cancel.formatted("on-hold", "woocommerce")).getBody();
        Map<String, Object> fulfilled = evaluate(tenant.apiKey(), cancel.formatted("FULFILLED", "shopify")).getBody();

        Map<String, Object> stored = get(tenant.apiKey(), "/api/v1/decisions/" + completed.get("decisionId")).getBody();
        assertThat((Map<String, Object>) ((Map<String, Object>) stored.get("input")).get("order")).containsEntry("status", "shipped");
        assertThat(completed.get("allowed")).as("WooCommerce's completed is an order that has shipped").isEqualTo(false);
        assertThat(fulfilled.get("allowed")).isEqualTo(false);
        assertThat(onHold.get("allowed")).as("on-hold has not left the warehouse").isEqualTo(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrderNamedButNotDescribedIsReadFromTheTenantsStore() {
        // order 1002 belongs to ravi.kumar@example.in; asking as someone else needs approval whatever the amount
        Map<String, Object> body = evaluate(tenant.apiKey(), """
                {"operation": {"type": "issue_refund", "amount": 5.00, "currency": "USD", "orderId": "1002"},
                 "actor": {"id": "u-1", "role": "agent"}, "requester": {"email": "someone.else@example.com"}}""").getBody();

        assertThat(body).containsEntry("allowed", true).containsEntry("approvalRequired", true).containsEntry("approverRole", "approver");
        assertThat((List<Object>) body.get("firedRules"))
                .contains("A refund, cancellation or address change for someone other than the order's customer needs approval");
    }

    @Test
    void aTenantsOwnThresholdOverridesTheDefault() {
        TestStores.Store generous = stores.newStore(Map.of("maxAutoRefund", "250.00"));
        String refund = CONTRACT_EXAMPLE.replace("\"amount\": 49.99", "\"amount\": 110.00");

        assertThat(evaluate(tenant.apiKey(), refund).getBody()).containsEntry("approvalRequired", true);
        assertThat(evaluate(generous.apiKey(), refund).getBody()).containsEntry("approvalRequired", false);
    }

    @Test
    void aTenantSetsItsOwnThresholdsThroughTheApiAndTheNextDecisionUsesThem() {
        String refund = CONTRACT_EXAMPLE.replace("\"amount\": 49.99", "\"amount\": 110.00");
        assertThat(evaluate(tenant.apiKey(), refund).getBody()).containsEntry("approvalRequired", true);

        ResponseEntity<Map<String, Object>> set = put(tenant.apiKey(), "{\"maxAutoRefund\": 250.00}");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) set.getBody().get("overrides")).containsEntry("maxAutoRefund", "250.00");
        assertThat(evaluate(tenant.apiKey(), refund).getBody()).containsEntry("approvalRequired", false);

        assertThat(put(tenant.apiKey(), "{\"maxAutoRefund\": null}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(evaluate(tenant.apiKey(), refund).getBody()).containsEntry("approvalRequired", true);
    }

    @ParameterizedTest(name = "{0} -> 400")
    @CsvSource(delimiter = '|', textBlock = """
            {"maxAutoRefundd": 5}          | maxAutoRefundd
            {"maxAutoRefund": "lots"}      | maxAutoRefund
            {"maxAutoRefund": -1}          | maxAutoRefund
            {"bulkRecords": 10.5}          |
            """)
    void anUnknownOrUnusableThresholdIsRefusedAndNothingChanges(String body, String field) {
        ResponseEntity<Map<String, Object>> refused = put(tenant.apiKey(), body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("field")).isEqualTo(field);
        assertThat((Map<String, Object>) get(tenant.apiKey(), "/api/v1/admin/thresholds").getBody().get("overrides")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"operation": {"type": "purge_catalog"}, "actor": {"id": "u", "role": "admin"}}                     | operation.type
            {"operation": {"type": "issue_refund", "amount": 0}, "actor": {"id": "u", "role": "agent"}}         | operation.amount
            {"operation": {"type": "issue_refund", "amount": -5}, "actor": {"id": "u", "role": "agent"}}        | operation.amount
            {"operation": {"type": "issue_refund"}, "actor": {"id": "u", "role": "agent"}}                      | operation.amount
            {"operation": {"type": "get_order"}, "actor": {"id": "u", "role": "agent"}, "context": {"stress": 1.01}}   | context.stress
            {"operation": {"type": "get_order"}, "actor": {"id": "u", "role": "agent"}, "context": {"stress": -0.1}}   | context.stress
            {"operation": {"type": "get_order"}, "actor": {"id": "u", "role": "agent"}, "context": {"sessionMinutes": -1}} | context.sessionMinutes
            {"operation": {"type": "get_order", "affectedRecords": "many"}, "actor": {"id": "u", "role": "agent"}} | operation.affectedRecords
            {"operation": {"type": "get_order"}}                                                                  | actor
            {"actor": {"id": "u", "role": "agent"}}                                                               | operation
            {"operation": {"type": "issue_refund", "amount": 5, "orderId": "no-such-order"}, "actor": {"id": "u", "role": "agent"}} | operation.orderId
            {"operation": {"type": "get_order", "orderId": "9"}, "actor": {"id": "u", "role": "agent"}, "order": {"id": "9", "total": 1, "refundedTotal": 0, "status": "completed"}} | order.status
            {"operation": {"type": "get_order", "orderId": "9"}, "actor": {"id": "u", "role": "agent"}, "order": {"id": "9", "total": 1, "refundedTotal": 0, "status": "shipped", "platform": "woocommerce"}} | order.status
            {"operation": {"type": "get_order", "orderId": "9"}, "actor": {"id": "u", "role": "agent"}, "order": {"id": "9", "total": 1, "refundedTotal": 0, "status": "paid", "platform": "magento"}} | order.platform
            """)
    void badInputIsA400NamingTheFieldAndNothingIsStored(String body, String field) {
        int before = decisionsOf(tenant.tenantId());

        ResponseEntity<Map<String, Object>> answer = evaluate(tenant.apiKey(), body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody()).containsEntry("field", field);
        assertThat(decisionsOf(tenant.tenantId())).isEqualTo(before);
    }

    @Test
    void aMalformedBodyIsA400AndAMissingKeyA401() {
        assertThat(evaluate(tenant.apiKey(), "{\"operation\": ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(evaluate("not-a-key", CONTRACT_EXAMPLE).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anotherTenantsDecisionIsNotFound() {
        String decisionId = (String) evaluate(tenant.apiKey(), CONTRACT_EXAMPLE).getBody().get("decisionId");
        TestStores.Store other = stores.newStore(Map.of());

        assertThat(get(other.apiKey(), "/api/v1/decisions/" + decisionId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRuleSetThatDoesNotCompileIsRefusedWithFileAndLineAndTheLiveVersionKeepsServing() throws IOException {
        String live = activeVersion(tenant.apiKey());
        Map<String, String> files = rulesFolder();
        files.put("guards.drl", files.get("guards.drl").replace("Operation( !toolPermitted", "Operation( !toolPermitted,,"));

        ResponseEntity<Map<String, Object>> refused = post(tenant.apiKey(), "/api/v1/admin/rule-sets", Map.of("files", files));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) refused.getBody().get("problems");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p).containsEntry("file", "rules/guards.drl");
            assertThat((Integer) p.get("line")).isPositive();
        });
        assertThat(activeVersion(tenant.apiKey())).isEqualTo(live);
        assertThat(evaluate(tenant.apiKey(), CONTRACT_EXAMPLE).getBody()).containsEntry("rulesVersion", live);
    }

    @Test
    void aRuleSetThatBreaksThePolicyFeaturesIsRefusedNamingTheScenario() throws IOException {
        String live = activeVersion(tenant.apiKey());
        Map<String, String> files = rulesFolder();
        files.put("policy-thresholds.dmn", files.get("policy-thresholds.dmn").replace("<text>100.00</text>", "<text>150.00</text>"));

        ResponseEntity<Map<String, Object>> refused = post(tenant.apiKey(), "/api/v1/admin/rule-sets", Map.of("files", files));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) refused.getBody().get("problems");
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat((String) p.get("file")).startsWith("features/policy/"));
        assertThat(activeVersion(tenant.apiKey())).isEqualTo(live);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewVersionServesOnlyItsTenantCanBeComparedFirstAndThePreviousOneRestored() throws IOException {
        TestStores.Store bystander = stores.newStore(Map.of());
        String shared = activeVersion(tenant.apiKey());
        evaluate(tenant.apiKey(), CONTRACT_EXAMPLE);

        Map<String, String> stricter = rulesFolder();
        stricter.put("policy-thresholds.dmn", stricter.get("policy-thresholds.dmn").replace("<text>100.00</text>", "<text>40.00</text>"));
        Map<String, Object> whatIf = post(tenant.apiKey(), "/api/v1/admin/rule-sets/what-if", Map.of("files", stricter, "last", 10)).getBody();
        assertThat(whatIf).containsEntry("evaluated", 1);
        assertThat((List<Object>) whatIf.get("changed")).hasSize(1);
        assertThat(activeVersion(tenant.apiKey())).isEqualTo(shared);

        Map<String, String> reworded = rulesFolder();
        reworded.put("risk-tiers.drl", reworded.get("risk-tiers.drl").replace("A write changes data: tier 2 WRITE",
                "A write changes data, so it is tier 2 WRITE"));
        ResponseEntity<Map<String, Object>> published = post(tenant.apiKey(), "/api/v1/admin/rule-sets", Map.of("files", reworded));
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String next = (String) published.getBody().get("version");
        assertThat(next).isNotEqualTo(shared);
        assertThat(published.getBody()).containsEntry("previousVersion", shared);

        assertThat(evaluate(tenant.apiKey(), CONTRACT_EXAMPLE).getBody()).containsEntry("rulesVersion", next);
        assertThat(evaluate(bystander.apiKey(), CONTRACT_EXAMPLE).getBody()).containsEntry("rulesVersion", shared);

        ResponseEntity<Map<String, Object>> restored = post(tenant.apiKey(), "/api/v1/admin/rule-sets/" + shared + "/restore", Map.of());
        assertThat(restored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(evaluate(tenant.apiKey(), CONTRACT_EXAMPLE).getBody()).containsEntry("rulesVersion", shared);
        assertThat(list(tenant.apiKey())).extracting(v -> v.get("version")).contains(shared, next);
    }

    @Test
    void aVersionThatChangesItsOwnFeaturesWaitsForASecondAnalystAndCarriesBothNames() throws IOException {
        String live = activeVersion(tenant.apiKey());
        Map<String, String> features = featuresFolder();
        features.put("refund_auto_approval.feature", features.get("refund_auto_approval.feature") + "\n# reviewed with finance\n");
        Map<String, String> loosened = rulesFolder();
        loosened.put("risk-tiers.drl", loosened.get("risk-tiers.drl").replace("A write changes data: tier 2 WRITE",
                "A write changes data, so it is tier 2 WRITE"));
        String analyst = stores.key(tenant, "analyst-1", Role.ANALYST);
        String secondAnalyst = stores.key(tenant, "analyst-2", Role.ANALYST);

        ResponseEntity<Map<String, Object>> proposed = post(analyst, "/api/v1/admin/rule-sets", Map.of("files", loosened, "features", features));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(proposed.getBody()).containsEntry("status", "PENDING_APPROVAL").containsEntry("publishedBy", "api-key:analyst-1");
        String version = (String) proposed.getBody().get("version");
        assertThat(activeVersion(tenant.apiKey())).as("nothing goes live on one person's word").isEqualTo(live);

        ResponseEntity<Map<String, Object>> selfApproved = post(analyst, "/api/v1/admin/rule-sets/" + version + "/approve", Map.of());
        assertThat(selfApproved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(activeVersion(tenant.apiKey())).isEqualTo(live);

        ResponseEntity<Map<String, Object>> approved = post(secondAnalyst, "/api/v1/admin/rule-sets/" + version + "/approve", Map.of());
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(approved.getBody()).containsEntry("status", "ACTIVE").containsEntry("publishedBy", "api-key:analyst-1")
                .containsEntry("approvedBy", "api-key:analyst-2");
        assertThat(activeVersion(tenant.apiKey())).isEqualTo(version);
        assertThat(list(tenant.apiKey())).filteredOn(v -> version.equals(v.get("version")))
                .singleElement().satisfies(v -> assertThat(v).containsEntry("approvedBy", "api-key:analyst-2"));
        assertThat(post(secondAnalyst, "/api/v1/admin/rule-sets/" + version + "/approve", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void thresholdsStayWithinTheBoundsTheRulesDeclareAndOnlyAnAdminRaisesTheModelCap() {
        ResponseEntity<Map<String, Object>> tooHigh = put(tenant.apiKey(), "{\"maxAutoRefund\": 1000000}");
        assertThat(tooHigh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooHigh.getBody()).containsEntry("field", "maxAutoRefund");
        assertThat(tooHigh.getBody().get("detail")).asString().contains("[0, 10000]");
        assertThat(put(tenant.apiKey(), "{\"maxAutoRefund\": 10000}").getStatusCode()).isEqualTo(HttpStatus.OK);

        String analyst = stores.key(tenant, "analyst-cap", Role.ANALYST);
        assertThat(capTo(analyst, "0").getStatusCode()).as("lowering").isEqualTo(HttpStatus.OK);
        assertThat(capTo(analyst, "50").getStatusCode()).as("raising").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(capTo(analyst, "null").getStatusCode()).as("back to the deployment's cap").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(capTo(tenant.apiKey(), "50").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map<String, Object>> capTo(String apiKey, String cap) {
        return http.exchange("/api/v1/admin/intent/monthly-cap", HttpMethod.PUT, new HttpEntity<>("{\"monthlyCap\": " + cap + "}",
                headers(apiKey)), JSON);
    }

    private static Map<String, String> featuresFolder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.list(Path.of("features/policy"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".feature")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void decisionsMadeWhileVersionsAreSwappedEachComeWhollyFromOneVersion() throws Exception {
        Map<String, String> reworded = rulesFolder();
        reworded.put("risk-tiers.drl", reworded.get("risk-tiers.drl").replace("A write changes data: tier 2 WRITE",
                "A write changes data (reworded): tier 2 WRITE"));
        String original = activeVersion(tenant.apiKey());
        String other = (String) post(tenant.apiKey(), "/api/v1/admin/rule-sets", Map.of("files", reworded)).getBody().get("version");

        AtomicBoolean publishing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Map<String, Object>> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            callers.submit(() -> {
                while (publishing.get()) {
                    ResponseEntity<Map<String, Object>> answer = evaluate(tenant.apiKey(), CONTRACT_EXAMPLE);
                    if (answer.getStatusCode().is2xxSuccessful()) {
                        answers.add(answer.getBody());
                    } else {
                        refusals.add(answer.getStatusCode().value());
                    }
                }
            });
        }
        for (int i = 0; i < 3; i++) {
            post(tenant.apiKey(), "/api/v1/admin/rule-sets/" + original + "/restore", Map.of());
            post(tenant.apiKey(), "/api/v1/admin/rule-sets/" + other + "/restore", Map.of());
        }
        publishing.set(false);
        callers.shutdown();
        assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // on a slow machine the swaps take long enough for four callers to reach the key's rate limit: a 429 is the
        // only refusal allowed, and every answer given is checked
        assertThat(refusals).as("refusals other than the rate limit").allSatisfy(status -> assertThat(status).isEqualTo(429));
        assertThat(answers).extracting(a -> a.get("rulesVersion")).contains(original, other);
        assertThat(answers).allSatisfy(answer -> {
            boolean rewordedReason = ((List<?>) answer.get("reasons")).contains("A write changes data (reworded): tier 2 WRITE");
            assertThat(rewordedReason).isEqualTo(other.equals(answer.get("rulesVersion")));
        });
    }

    private String activeVersion(String apiKey) {
        return (String) get(apiKey, "/api/v1/admin/rule-sets").getBody().get("activeVersion");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String apiKey) {
        return (List<Map<String, Object>>) get(apiKey, "/api/v1/admin/rule-sets").getBody().get("versions");
    }

    private static Map<String, String> rulesFolder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.list(Path.of("rules"))) {
            for (Path file : walk.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    private int decisionsOf(String tenantId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE tenant_id = ?", Integer.class, tenantId);
    }

    private ResponseEntity<Map<String, Object>> evaluate(String apiKey, String body) {
        return http.exchange("/api/v1/decisions/evaluate", HttpMethod.POST, new HttpEntity<>(body, headers(apiKey)), JSON);
    }

    private ResponseEntity<Map<String, Object>> post(String apiKey, String path, Object body) {
        try {
            return http.exchange(path, HttpMethod.POST, new HttpEntity<>(mapper.writeValueAsString(body), headers(apiKey)), JSON);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<Map<String, Object>> put(String apiKey, String body) {
        return http.exchange("/api/v1/admin/thresholds", HttpMethod.PUT, new HttpEntity<>(body, headers(apiKey)), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String apiKey, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(apiKey)), JSON);
    }

    private static HttpHeaders headers(String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
