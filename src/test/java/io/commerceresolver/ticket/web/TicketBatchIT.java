package io.commerceresolver.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/** Tickets in batches over real HTTP: each accepted or rejected on its own, each stored once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class TicketBatchIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;

    TestStores.Store tenant;
    String intakeKey;

    @BeforeEach
    void newStore() {
        tenant = stores.newStore(Map.of());
        intakeKey = stores.key(tenant, "helpdesk export", Role.INTAKE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachTicketIsAcceptedOrRejectedOnItsOwnWithItsReason() {
        ResponseEntity<Map<String, Object>> answer = batch(intakeKey, """
                {"tickets": [
                  {"customerEmail": "ann@example.com", "text": "Where is order #1001?", "source": "export", "externalId": "A-1"},
                  {"customerEmail": "not an address", "text": "Refund please"},
                  {"customerEmail": "ravi@example.in", "text": "Cancel order 1003", "priority": "high"},
                  "just a string",
                  {"customerEmail": "maria@example.com", "text": "Change the address of order 1003 please", "source": "export", "externalId": "A-4"}
                ]}""");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("accepted", 2).containsEntry("rejected", 3);
        List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
        assertThat(results).extracting(r -> r.get("outcome")).containsExactly("ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "ACCEPTED");
        assertThat(results.get(1)).containsEntry("field", "tickets[1].customerEmail");
        assertThat(results.get(2)).containsEntry("field", "tickets[2].priority");
        assertThat(results.get(3)).containsEntry("field", "tickets[3]");
        assertThat(results.get(0)).containsEntry("status", "RECEIVED").containsKey("ticketId");
        assertThat(ticketsStored()).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchSentAgainIsStoredOncePerTicket() {
        String body = """
                {"tickets": [
                  {"customerEmail": "ann@example.com", "text": "Where is order #1001?", "source": "export", "externalId": "B-1"},
                  {"customerEmail": "maria@example.com", "text": "Where is order #1003?", "source": "export", "externalId": "B-2"}
                ]}""";

        Map<String, Object> first = batch(intakeKey, body).getBody();
        Map<String, Object> again = batch(intakeKey, body).getBody();

        assertThat(((List<Map<String, Object>>) again.get("results"))).extracting(r -> r.get("outcome")).containsOnly("DUPLICATE");
        assertThat(((List<Map<String, Object>>) again.get("results"))).extracting(r -> r.get("ticketId"))
                .isEqualTo(((List<Map<String, Object>>) first.get("results")).stream().map(r -> r.get("ticketId")).toList());
        assertThat(ticketsStored()).isEqualTo(2);
    }

    @Test
    void aBatchThatIsNotOneIsA400AndNothingIsStored() {
        String tooMany = IntStream.range(0, 501).mapToObj(i -> "{\"customerEmail\":\"a@example.com\",\"text\":\"t" + i + "\"}")
                .collect(Collectors.joining(",", "{\"tickets\":[", "]}"));

        for (String body : List.of("[]", "{\"tickets\": []}", "{\"tickets\": {}}", tooMany, "{\"tickets\": [], \"dryRun\": true}", "not json")) {
            ResponseEntity<Map<String, Object>> answer = batch(intakeKey, body);
            assertThat(answer.getStatusCode()).as(body.length() > 80 ? body.substring(0, 80) : body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(ticketsStored()).isZero();
    }

    @Test
    void aViewerMayNotSubmitTickets() {
        ResponseEntity<Map<String, Object>> answer = batch(stores.key(tenant, "reader", Role.VIEWER),
                "{\"tickets\": [{\"customerEmail\": \"ann@example.com\", \"text\": \"hi\"}]}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ticketsStored()).isZero();
    }

    private ResponseEntity<Map<String, Object>> batch(String apiKey, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/v1/tickets:batch", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private int ticketsStored() {
        return TenantScope.of(tenant.tenantId(), () -> jdbc.queryForObject("SELECT count(*) FROM ticket WHERE tenant_id = ?", Integer.class,
                tenant.tenantId()));
    }
}
