package io.commerceresolver.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * 10,000 malformed and hostile requests over real HTTP, over every endpoint: wrong methods and types, huge numbers,
 * deep nesting, odd unicode, nulls, oversized bodies, wrong media types and charsets, bad keys and bad ids. None
 * may answer 5xx, every refusal must be problem+json, and nothing may be half-written: the rows the tenant has at
 * the end are exactly those the successful answers account for. The seed is fixed; a failure names the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resolver.limits.requests-per-minute=100000000", "resolver.limits.sign-ins-per-minute=100000000"})
@Import(TestStores.class)
class HostileRequestsIT {

    private static final int REQUESTS = 10_000;
    private static final long SEED = 20261202L;
    private static final Pattern TICKET_ID = Pattern.compile("\"ticketId\":\"([0-9a-f-]{36})\"");

    /** method, path (with {id} where an identifier goes), weight */
    private record Route(String method, String path, int weight) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/tickets", 12), new Route("GET", "/api/v1/tickets/{id}", 5),
            new Route("POST", "/api/v1/decisions/evaluate", 12), new Route("GET", "/api/v1/decisions/{id}", 4),
            new Route("GET", "/api/v1/orders/{id}", 4), new Route("GET", "/api/v1/approvals", 3),
            new Route("GET", "/api/v1/approvals/{id}", 3), new Route("POST", "/api/v1/approvals/{id}/decision", 6),
            new Route("GET", "/api/v1/admin/rule-sets", 2), new Route("GET", "/api/v1/admin/rule-sets/{id}", 3),
            new Route("POST", "/api/v1/admin/rule-sets", 6), new Route("POST", "/api/v1/admin/rule-sets/what-if", 4),
            new Route("POST", "/api/v1/admin/rule-sets/{id}/restore", 1), new Route("POST", "/api/v1/admin/rule-sets/{id}/approve", 1),
            new Route("POST", "/api/v1/admin/rule-sets/{id}/reject", 1), new Route("GET", "/api/v1/admin/thresholds", 2),
            new Route("PUT", "/api/v1/admin/thresholds", 8), new Route("GET", "/api/v1/intent/usage", 2),
            new Route("PUT", "/api/v1/admin/intent/monthly-cap", 5), new Route("POST", "/api/v1/admin/api-keys", 6),
            new Route("GET", "/api/v1/admin/api-keys", 2), new Route("DELETE", "/api/v1/admin/api-keys/{id}", 3),
            new Route("POST", "/api/v1/admin/users", 6), new Route("GET", "/api/v1/admin/users", 2),
            new Route("DELETE", "/api/v1/admin/users/{id}", 3), new Route("GET", "/api/v1/admin/audit", 3),
            new Route("POST", "/api/v1/auth/token", 6), new Route("POST", "/api/v1/operator/tenants", 3),
            new Route("GET", "/v3/api-docs", 1), new Route("PUT", "/api/v1/admin/retention", 3),
            new Route("DELETE", "/api/v1/admin/customers/{id}", 2), new Route("PUT", "/api/v1/admin/secrets/{id}", 3), new Route("GET", "/api/v1/{id}", 3));

    private static final String[] FIELDS = {"customerEmail", "text", "subject", "source", "externalId", "approved", "reason",
            "decidedBy", "files", "features", "last", "version", "monthlyCap", "maxAutoRefund", "bulkRecords", "name", "roles",
            "username", "password", "tenant", "id", "operation", "amount", "currency", "publishedBy", "requester", "order",
            "minIntentConfidence", "\u0000", "__proto__", "constructor"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json; charset=utf-8",
            "application/problem+json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=UTF-16",
            "a/b/c", "multipart/form-data; boundary=x", "application/json; charset=nonsense", "*/*", ""};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Random random;
    private int reconnects;
    private List<String> keys;

    @Test
    void tenThousandHostileRequestsGetNo5xxOnlyProblemsAndLeaveNothingHalfWritten() throws Exception {
        random = new Random(SEED);
        TestStores.Store store = stores.newStore(Map.of());
        keys = List.of(store.apiKey(), store.apiKey(), store.apiKey(), stores.key(store, "fuzz-agent", Role.AGENT),
                stores.key(store, "fuzz-approver", Role.APPROVER), stores.key(store, "fuzz-intake", Role.INTAKE),
                "cr_" + "A".repeat(43), "", "\u00e9\u00e9", "x".repeat(5000));
        int keysAtStart = count("api_key", store.tenantId());
        Set<String> acceptedTickets = new HashSet<>();
        int keysIssued = 0;
        int usersCreated = 0;
        List<String> wrong = new ArrayList<>();
        int[] byClass = new int[6];

        for (int i = 0; i < REQUESTS; i++) {
            Route route = pick();
            String method = random.nextInt(10) < 8 ? route.method() : METHODS[random.nextInt(METHODS.length)];
            String path = route.path().replace("{id}", identifier());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
            String key = keys.get(random.nextInt(keys.size()));
            if (!key.isEmpty() && random.nextInt(20) > 0) {
                header(request, "X-Api-Key", key);
            }
            String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            if (!contentType.isEmpty()) {
                header(request, "Content-Type", contentType);
            }
            if (random.nextInt(8) == 0) {
                header(request, "X-Correlation-Id", text(random.nextInt(3) == 0 ? 500 : 20));
            }
            if (random.nextInt(15) == 0) {
                header(request, "Authorization", "Bearer " + text(random.nextInt(200)));
            }
            byte[] body = method.equals("GET") || method.equals("DELETE") || method.equals("OPTIONS") ? new byte[0] : body();
            request.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<String> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException staleConnection) {
                // the client reused a kept-alive connection the server had just closed (after refusing a request
                // Tomcat would not read): nothing reached the service; send it again on a new connection
                reconnects++;
                answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            int status = answer.statusCode();
            byClass[status / 100]++;
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String shown = "#" + i + " " + method + " " + path + " [" + contentType + "] " + preview(body) + " -> " + status + " " + preview(answer.body());
            if (status >= 500) {
                wrong.add(shown);
            } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                wrong.add("not problem+json (" + type + "): " + shown);
            }
            if (status == 202 && path.equals("/api/v1/tickets")) {
                Matcher id = TICKET_ID.matcher(answer.body());
                assertThat(id.find()).as(shown).isTrue();
                acceptedTickets.add(id.group(1));
            }
            if (status == 201 && path.equals("/api/v1/admin/api-keys")) {
                keysIssued++;
            }
            if (status == 201 && path.equals("/api/v1/admin/users")) {
                usersCreated++;
            }
        }

        System.out.printf("HostileRequestsIT: %d requests, answers by class 2xx=%d 3xx=%d 4xx=%d 5xx=%d, %d sent again on a new connection%n",
                REQUESTS, byClass[2], byClass[3], byClass[4], byClass[5], reconnects);
        assertThat(wrong).as("seed " + SEED).isEmpty();
        assertThat(count("ticket", store.tenantId())).isEqualTo(acceptedTickets.size());
        assertThat(count("api_key", store.tenantId())).isEqualTo(keysAtStart + keysIssued);
        assertThat(count("app_user", store.tenantId())).isEqualTo(usersCreated);
        assertThat(byClass[4]).as("the fuzzer reaches past the front door").isGreaterThan(REQUESTS / 2);
    }

    /** A header value the HTTP client itself refuses to send (a control character) is left out. */
    private static void header(HttpRequest.Builder request, String name, String value) {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException refusedByTheClient) {
            // no request with it can reach the server
        }
    }

    private int count(String table, String tenantId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", Integer.class, tenantId);
    }

    private Route pick() {
        int total = ROUTES.stream().mapToInt(Route::weight).sum();
        int n = random.nextInt(total);
        for (Route route : ROUTES) {
            n -= route.weight();
            if (n < 0) {
                return route;
            }
        }
        throw new IllegalStateException();
    }

    private String identifier() {
        return switch (random.nextInt(8)) {
            case 0 -> java.util.UUID.randomUUID().toString();
            case 1 -> "1001";
            case 2 -> URLEncoder.encode(text(30), StandardCharsets.UTF_8);
            case 3 -> "..%2F..%2Fetc%2Fpasswd";
            case 4 -> "9".repeat(400);
            case 5 -> "%00";
            case 6 -> "a".repeat(3000);
            default -> "-1";
        };
    }

    private byte[] body() {
        return switch (random.nextInt(14)) {
            case 0 -> new byte[0];
            case 1 -> ("{\"text\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 2 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                byte[] noise = new byte[random.nextInt(2000)];
                random.nextBytes(noise);
                yield noise;
            }
            case 5 -> text(random.nextInt(400)).getBytes(StandardCharsets.UTF_8);
            case 6 -> text(50).getBytes(StandardCharsets.UTF_16);
            case 7 -> "{\"customerEmail\":\"ann@example.com\",\"text\":\"Refund order 1001 please\"".getBytes(StandardCharsets.UTF_8);
            default -> json(0).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A JSON value, mostly objects with the fields the API knows, holding values of every kind. */
    private String json(int depth) {
        int kind = depth > 4 ? 2 + random.nextInt(8) : random.nextInt(10);
        return switch (kind) {
            case 0, 1 -> {
                StringBuilder object = new StringBuilder("{");
                int fields = random.nextInt(6);
                for (int f = 0; f < fields; f++) {
                    object.append(f == 0 ? "" : ",").append(quote(random.nextInt(6) == 0 ? text(8) : FIELDS[random.nextInt(FIELDS.length)]))
                            .append(':').append(json(depth + 1));
                }
                yield object.append('}').toString();
            }
            case 2 -> "[" + (random.nextBoolean() ? json(depth + 1) + "," + json(depth + 1) : "") + "]";
            case 3 -> "null";
            case 4 -> random.nextBoolean() ? "true" : "false";
            case 5 -> switch (random.nextInt(7)) {
                case 0 -> "1e999999";
                case 1 -> "-0";
                case 2 -> "123456789012345678901234567890";
                case 3 -> "1.7976931348623157e308";
                case 4 -> "-1";
                case 5 -> "0.000000000000000000000001";
                default -> Integer.toString(random.nextInt(20_000));
            };
            case 6 -> quote(switch (random.nextInt(5)) {
                case 0 -> "ann@example.com";
                case 1 -> "order 1001 refund $" + random.nextInt(100_000);
                case 2 -> "a.drl";
                case 3 -> List.of("admin", "agent", "approver", "viewer", "root").get(random.nextInt(5));
                default -> "1002";
            });
            case 7 -> "{\"a.drl\":" + quote("package rules; rule \"x\" when then System.exit(1); end") + "}";
            default -> quote(text(random.nextInt(60)));
        };
    }

    /** Strings with the characters that break careless code: quotes, controls, RTL marks, emoji, lone surrogates. */
    private String text(int length) {
        String[] pieces = {"a", "Z", "0", " ", "\"", "\\", "'", "<script>", "\u202e", "\u0000", "\u0007", "\n", "\r\n", "\ud83d\ude00",
                "\ud800", "\u00e9", "\u4e2d", "%", "$", "{", "}", "${jndi:ldap://x}", "../", "' OR 1=1 --"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String preview(byte[] body) {
        return preview(new String(body, StandardCharsets.UTF_8));
    }

    private static String preview(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
