package io.commerceresolver.playbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;

/** GET /api/v1/runs: a tenant's runs newest first, filtered and paged, and nobody else's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestStores.class, Settling.class})
class RunsListIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    Settling settling;

    @Test
    void aTenantsRunsNewestFirstFilteredAndPaged() {
        TestStores.Store store = stores.newStore(Map.of());
        Instant before = Instant.now();
        String first = post(store, "Where is my order 1001?");
        String second = post(store, "Hi, the mug in order #1001 arrived broken. Please refund $20.");
        String third = post(store, "Where is my order 1002?");

        JsonNode all = get(store.apiKey(), "/api/v1/runs").getBody();
        assertThat(tickets(all)).containsExactly(third, second, first);
        assertThat(all.path("runs").get(1).path("playbook").asText()).isEqualTo("refund_order");
        assertThat(all.path("next").isNull()).as("the last page says so").isTrue();

        assertThat(tickets(get(store.apiKey(), "/api/v1/runs?playbook=order_status").getBody())).containsExactly(third, first);
        assertThat(tickets(get(store.apiKey(), "/api/v1/runs?status=completed&playbook=refund_order").getBody())).containsExactly(second);
        assertThat(tickets(get(store.apiKey(), "/api/v1/runs?from=" + before + "&to=" + Instant.now().plusSeconds(60)).getBody()))
                .hasSize(3);
        assertThat(get(store.apiKey(), "/api/v1/runs?to=" + before).getBody().path("runs")).isEmpty();

        JsonNode page1 = get(store.apiKey(), "/api/v1/runs?limit=2").getBody();
        assertThat(tickets(page1)).containsExactly(third, second);
        JsonNode page2 = get(store.apiKey(), "/api/v1/runs?limit=2&before=" + page1.path("next").asText()).getBody();
        assertThat(tickets(page2)).containsExactly(first);

        TestStores.Store other = stores.newStore(Map.of());
        assertThat(get(other.apiKey(), "/api/v1/runs").getBody().path("runs")).as("another tenant's list").isEmpty();
        assertThat(get(other.apiKey(), "/api/v1/runs?before=" + page1.path("next").asText()).getBody().path("runs"))
                .as("paged after another tenant's run").isEmpty();
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        TestStores.Store store = stores.newStore(Map.of());
        for (String[] bad : List.of(new String[] {"status=lost", "status"}, new String[] {"from=yesterday", "from"},
                new String[] {"limit=201", "limit"}, new String[] {"playbook=Refund-Order", "playbook"},
                new String[] {"from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to"}, new String[] {"before=a.b", "before"})) {
            ResponseEntity<JsonNode> answer = get(store.apiKey(), "/api/v1/runs?" + bad[0]);
            assertThat(answer.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(answer.getBody().toString()).as(bad[0]).contains("'" + bad[1] + "'");
        }
    }

    /** One ticket at a time, each settled before the next, so that the runs start in this order. */
    private String post(TestStores.Store store, String text) {
        HttpHeaders headers = headers(store.apiKey());
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = http.exchange("/api/v1/tickets", HttpMethod.POST,
                new HttpEntity<>("{\"customerEmail\":\"ann@example.com\",\"text\":\"" + text + "\"}", headers), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String ticketId = answer.getBody().path("ticketId").asText();
        settling.settled(store.tenantId(), ticketId);
        return ticketId;
    }

    private ResponseEntity<JsonNode> get(String key, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(key)), JsonNode.class);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return headers;
    }

    private static List<String> tickets(JsonNode page) {
        return StreamSupport.stream(page.path("runs").spliterator(), false).map(run -> run.path("ticketId").asText()).toList();
    }
}
