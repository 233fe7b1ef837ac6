package io.commerceresolver.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * The whole access model over real HTTP: every endpoint under /api, called with a key of each single role, is
 * refused with 403 problem+json exactly where {@link Access} says, and let through (to its own validation) everywhere
 * else. Request bodies are invalid on purpose, so an allowed call stops at a 400 or 404 and changes nothing. A new
 * endpoint that is missing from the table, or that has no {@code @PreAuthorize}, fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRoleMatrixIT {

    private static final Set<Role> READERS = EnumSet.of(Role.VIEWER, Role.AGENT, Role.APPROVER, Role.SENIOR_APPROVER, Role.ANALYST,
            Role.OPERATIONS, Role.ADMIN);
    private static final Set<Role> POLICY = EnumSet.of(Role.ANALYST, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    record Endpoint(HttpMethod method, String pattern, String path, String body, Set<Role> allowed) {
        String name() {
            return method + " " + pattern;
        }
    }

    private static final List<Endpoint> MATRIX = List.of(
            new Endpoint(HttpMethod.POST, "/api/v1/tickets", "/api/v1/tickets", "{}", EnumSet.of(Role.INTAKE, Role.AGENT, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/tickets:batch", "/api/v1/tickets:batch", "{}", EnumSet.of(Role.INTAKE, Role.AGENT, Role.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/tickets/{ticketId}", "/api/v1/tickets/no-such-ticket", null, union(READERS, Role.INTAKE)),
            new Endpoint(HttpMethod.POST, "/api/v1/tickets/{ticketId}/replay", "/api/v1/tickets/no-such-ticket/replay", null,
                    EnumSet.of(Role.AGENT, Role.ANALYST, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/tickets/{ticketId}/resolution", "/api/v1/tickets/no-such-ticket/resolution",
                    "{\"outcome\":\"RESOLVED\"}", EnumSet.of(Role.AGENT, Role.APPROVER, Role.SENIOR_APPROVER, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/decisions/evaluate", "/api/v1/decisions/evaluate", "{}", EnumSet.of(Role.AGENT, Role.ANALYST, Role.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/decisions/{decisionId}", "/api/v1/decisions/no-such-decision", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/orders/{orderId}", "/api/v1/orders/no-such-order", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/products/{sku}", "/api/v1/products/NO-SUCH-SKU", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/runs", "/api/v1/runs?limit=0", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/runs/{runId}", "/api/v1/runs/no-such-run", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/metrics/summary", "/api/v1/metrics/summary?from=not-a-time", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/approvals", "/api/v1/approvals", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/playbook-settings", "/api/v1/admin/playbook-settings", null, READERS),
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/playbook-settings", "/api/v1/admin/playbook-settings", "{}", ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/approvals/{approvalId}", "/api/v1/approvals/no-such-approval", null, READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/approvals/{approvalId}/decision", "/api/v1/approvals/no-such-approval/decision",
                    "{\"approved\":true}", EnumSet.of(Role.APPROVER, Role.SENIOR_APPROVER)),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/rule-sets", "/api/v1/admin/rule-sets", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/rule-sets/{version}", "/api/v1/admin/rule-sets/no-such-version", null, READERS),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/rule-sets", "/api/v1/admin/rule-sets", "{}", POLICY),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/rule-sets/reload", "/api/v1/admin/rule-sets/reload",
                    "{\"publishedBy\":\"someone-else\"}", POLICY),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/rule-sets/{version}/restore", "/api/v1/admin/rule-sets/no-such-version/restore",
                    null, POLICY),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/rule-sets/{version}/approve", "/api/v1/admin/rule-sets/no-such-version/approve",
                    null, POLICY),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/rule-sets/{version}/reject", "/api/v1/admin/rule-sets/no-such-version/reject",
                    null, POLICY),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/rule-sets/what-if", "/api/v1/admin/rule-sets/what-if", "{}", POLICY),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/thresholds", "/api/v1/admin/thresholds", null, READERS),
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/thresholds", "/api/v1/admin/thresholds", "{}", POLICY),
            new Endpoint(HttpMethod.GET, "/api/v1/intent/usage", "/api/v1/intent/usage", null, READERS),
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/intent/monthly-cap", "/api/v1/admin/intent/monthly-cap", "{}", POLICY),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/api-keys", "/api/v1/admin/api-keys", "{}", ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/api-keys", "/api/v1/admin/api-keys", null, ADMIN),
            new Endpoint(HttpMethod.DELETE, "/api/v1/admin/api-keys/{keyId}", "/api/v1/admin/api-keys/no-such-key", null, ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/audit", "/api/v1/admin/audit", null, ADMIN),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/users", "/api/v1/admin/users", "{}", ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/users", "/api/v1/admin/users", null, ADMIN),
            new Endpoint(HttpMethod.DELETE, "/api/v1/admin/users/{username}", "/api/v1/admin/users/no-such-user", null, ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/retention", "/api/v1/admin/retention", null, ADMIN),
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/retention", "/api/v1/admin/retention", "{}", ADMIN),
            new Endpoint(HttpMethod.DELETE, "/api/v1/admin/customers/{email}", "/api/v1/admin/customers/nobody@example.com", null, ADMIN),
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/secrets/{name}", "/api/v1/admin/secrets/x", "{}", ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/secrets", "/api/v1/admin/secrets", null, ADMIN),
            new Endpoint(HttpMethod.DELETE, "/api/v1/admin/secrets/{name}", "/api/v1/admin/secrets/no-such-secret", null, ADMIN),
            // issue 12: marketplace events
            new Endpoint(HttpMethod.GET, "/api/v1/marketplace/events", "/api/v1/marketplace/events", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/marketplace/events/{id}", "/api/v1/marketplace/events/no-such-event", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/marketplace/facts", "/api/v1/marketplace/facts", null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/marketplace/facts/{platform}/{kind}/{ref}", "/api/v1/marketplace/facts/shopify/order/1",
                    null, READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/marketplace/dead-letters", "/api/v1/admin/marketplace/dead-letters", null, ADMIN),
            new Endpoint(HttpMethod.POST, "/api/v1/admin/marketplace/dead-letters/{id}/replay",
                    "/api/v1/admin/marketplace/dead-letters/no-such-letter/replay", null, ADMIN),
            // issue 12: connectors
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/connectors/{kind}", "/api/v1/admin/connectors/orders", "{}", ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/connectors", "/api/v1/admin/connectors", null, ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/connectors/{kind}", "/api/v1/admin/connectors/orders", null, ADMIN),
            // issue 12: mail and file intake
            new Endpoint(HttpMethod.PUT, "/api/v1/admin/intake/mail", "/api/v1/admin/intake/mail", "{}", ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/intake/mail", "/api/v1/admin/intake/mail", null, ADMIN),
            new Endpoint(HttpMethod.GET, "/api/v1/admin/intake/mail/refused", "/api/v1/admin/intake/mail/refused?limit=0", null, ADMIN),
            // issue 13: process monitor
            new Endpoint(HttpMethod.POST, "/api/v1/runs/{runId}/retry", "/api/v1/runs/no-such-run/retry", null,
                    EnumSet.of(Role.OPERATIONS, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/runs/{runId}/cancel", "/api/v1/runs/no-such-run/cancel", null,
                    EnumSet.of(Role.OPERATIONS, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/approvals/{approvalId}/reassign", "/api/v1/approvals/no-such-approval/reassign",
                    "{\"assignee\":\"nobody\"}", EnumSet.of(Role.OPERATIONS, Role.ADMIN)),
            // issue 14: changesets
            new Endpoint(HttpMethod.POST, "/api/v1/changesets", "/api/v1/changesets", "{}", EnumSet.of(Role.MERCHANDISER, Role.AGENT, Role.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/v1/changesets/{changesetId}", "/api/v1/changesets/no-such-changeset", null,
                    union(READERS, Role.MERCHANDISER)),
            new Endpoint(HttpMethod.POST, "/api/v1/changesets/proposals", "/api/v1/changesets/proposals", "{}",
                    EnumSet.of(Role.MERCHANDISER, Role.AGENT, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/changesets/{changesetId}/confirm", "/api/v1/changesets/no-such-changeset/confirm", null,
                    EnumSet.of(Role.MERCHANDISER, Role.AGENT, Role.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/v1/changesets/{changesetId}/rollback", "/api/v1/changesets/no-such-changeset/rollback", null,
                    EnumSet.of(Role.MERCHANDISER, Role.AGENT, Role.ADMIN)),
            // issue 14: receipts (the tenant's readers and merchandisers; no customer's personal data is in them)
            new Endpoint(HttpMethod.GET, "/api/v1/receipts/verify", "/api/v1/receipts/verify", null, union(READERS, Role.MERCHANDISER)),
            new Endpoint(HttpMethod.GET, "/api/v1/receipts/public-key", "/api/v1/receipts/public-key", null, union(READERS, Role.MERCHANDISER)),
            new Endpoint(HttpMethod.GET, "/api/v1/receipts/{receiptId}", "/api/v1/receipts/no-such-receipt", null,
                    union(READERS, Role.MERCHANDISER)),
            new Endpoint(HttpMethod.GET, "/api/v1/receipts/{receiptId}/verify", "/api/v1/receipts/no-such-receipt/verify", null,
                    union(READERS, Role.MERCHANDISER)),
            // issue 14: one's own session history (every role, for itself; DELETE of nothing answers 204) and the escalation report
            new Endpoint(HttpMethod.GET, "/api/v1/me/session-history", "/api/v1/me/session-history?limit=0", null, EnumSet.allOf(Role.class)),
            new Endpoint(HttpMethod.PUT, "/api/v1/me/session-history", "/api/v1/me/session-history", "{}", EnumSet.allOf(Role.class)),
            new Endpoint(HttpMethod.DELETE, "/api/v1/me/session-history", "/api/v1/me/session-history", null, EnumSet.allOf(Role.class)),
            new Endpoint(HttpMethod.GET, "/api/v1/reports/escalations", "/api/v1/reports/escalations", null,
                    EnumSet.of(Role.ANALYST, Role.OPERATIONS, Role.ADMIN)));

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, String> keys = new EnumMap<>(Role.class);

    @BeforeAll
    void oneKeyPerRole() {
        TestStores.Store store = stores.newStore(Map.of());
        for (Role role : Role.values()) {
            keys.put(role, stores.key(store, "only-" + role.code(), role));
        }
    }

    @Test
    void everyEndpointAcceptsExactlyItsRolesAndRefusesTheRestWith403() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            for (Role role : Role.values()) {
                ResponseEntity<String> answer = call(endpoint, keys.get(role));
                int status = answer.getStatusCode().value();
                boolean refused = status == 403;
                if (refused == endpoint.allowed().contains(role) || status == 401 || status >= 500
                        || !(isProblemOrJson(answer) || status == 204 && answer.getBody() == null)) {
                    wrong.add(endpoint.name() + " as " + role.code() + ": " + status + " " + answer.getBody());
                }
            }
            ResponseEntity<String> anonymous = call(endpoint, null);
            if (anonymous.getStatusCode().value() != 401) {
                wrong.add(endpoint.name() + " without a key: " + anonymous.getStatusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTableNamesEveryEndpointAndEveryEndpointNamesItsRoles() {
        Set<String> served = new TreeSet<>();
        List<String> unguarded = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
            for (String pattern : info.getPatternValues()) {
                // OperatorApiIT: no tenant key reaches the operator API; signing in needs no credentials (PeopleSignInIT)
                if (!pattern.startsWith("/api/") || pattern.startsWith("/api/v1/operator/") || pattern.equals("/api/v1/auth/token")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method -> served.add(method + " " + pattern));
                if (!handler.hasMethodAnnotation(PreAuthorize.class)) {
                    unguarded.add(handler.getShortLogMessage());
                }
            }
        });
        Set<String> tabled = new TreeSet<>();
        MATRIX.forEach(endpoint -> tabled.add(endpoint.name()));
        tabled.remove("POST /api/v1/tickets"); // Camel routes, not controllers; their bean methods carry the annotation
        tabled.remove("POST /api/v1/tickets:batch");

        assertThat(unguarded).as("controller methods without @PreAuthorize").isEmpty();
        assertThat(tabled).as("the matrix against the endpoints the service serves").isEqualTo(served);
    }

    @Test
    void withoutAnOperatorKeyConfiguredTheOperatorApiDoesNotExist() {
        Endpoint createTenant = new Endpoint(HttpMethod.POST, "/api/v1/operator/tenants", "/api/v1/operator/tenants",
                "{\"id\":\"mallory\",\"name\":\"Mallory\"}", Set.of());
        for (String key : new String[] {keys.get(Role.ADMIN), null}) {
            assertThat(call(createTenant, key).getStatusCode().value()).isEqualTo(404);
        }
    }

    /** The meters hold every tenant's figures: no tenant's key of any role reads them, only the deployment's scrape token. */
    @Test
    void thePrometheusScrapeTakesTheScrapeTokenAndNoTenantsKey() {
        Endpoint scrape = new Endpoint(HttpMethod.GET, "/actuator/prometheus", "/actuator/prometheus", null, Set.of());
        for (Role role : Role.values()) {
            assertThat(call(scrape, keys.get(role)).getStatusCode().value()).as(role.code()).isEqualTo(401);
        }
        assertThat(call(scrape, null).getStatusCode().value()).isEqualTo(401);
        HttpHeaders token = new HttpHeaders();
        token.setBearerAuth("test-scrape-token"); // application-test.properties
        assertThat(http.exchange(scrape.path(), HttpMethod.GET, new HttpEntity<>(token), String.class).getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> call(Endpoint endpoint, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("X-Api-Key", key);
        }
        return http.exchange(endpoint.path(), endpoint.method(), new HttpEntity<>(endpoint.body(), headers), String.class);
    }

    private static boolean isProblemOrJson(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        return type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static Set<Role> union(Set<Role> roles, Role extra) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }
}
