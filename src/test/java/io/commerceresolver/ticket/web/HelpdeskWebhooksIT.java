package io.commerceresolver.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

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

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.WebhookSignatures;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/** Tickets handed over by Zendesk and Gorgias over real HTTP, proven the helpdesks' way, stored once each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestStores.class, Settling.class})
class HelpdeskWebhooksIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String ZENDESK_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmc=";
    private static final String GORGIAS_TOKEN = "gorgias-shared-token-7f3a";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    Secrets secrets;
    @Autowired
    Settling settling;

    TestStores.Store tenant;

    @BeforeEach
    void storeWithHelpdeskSecrets() {
        tenant = stores.newStore(Map.of());
        TenantScope.of(tenant.tenantId(), () -> {
            secrets.put(tenant.tenantId(), "zendesk.webhook-secret", ZENDESK_SECRET, "test");
            secrets.put(tenant.tenantId(), "gorgias.webhook-token", GORGIAS_TOKEN, "test");
        });
    }

    @Test
    void aSignedZendeskTicketIsResolvedLikeAnyOtherAndStoredOnce() throws IOException {
        byte[] body = resource("vendors/zendesk/trigger-ticket-created.json");
        String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        ResponseEntity<Map<String, Object>> first = zendesk(body, zendeskSignature(timestamp, body, ZENDESK_SECRET), timestamp);
        ResponseEntity<Map<String, Object>> again = zendesk(body, zendeskSignature(timestamp, body, ZENDESK_SECRET), timestamp);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(first.getBody()).containsEntry("duplicate", false);
        assertThat(again.getBody()).containsEntry("duplicate", true).containsEntry("ticketId", first.getBody().get("ticketId"));
        TicketView ticket = settling.settled(tenant.tenantId(), (String) first.getBody().get("ticketId"));
        assertThat(ticket.ticket().source()).isEqualTo("zendesk");
        assertThat(ticket.ticket().externalId()).isEqualTo("35436");
        assertThat(ticket.ticket().customerEmail()).isEqualTo("ann@example.com");
        assertThat(ticket.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void aForgedStaleOrUnsignedZendeskDeliveryIsRefused() throws IOException {
        byte[] body = resource("vendors/zendesk/trigger-ticket-created.json");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String old = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString();

        ResponseEntity<Map<String, Object>> stale = zendesk(body, zendeskSignature(old, body, ZENDESK_SECRET), old);
        ResponseEntity<Map<String, Object>> forged = zendesk(body, zendeskSignature(now, body, "not the secret"), now);
        ResponseEntity<Map<String, Object>> movedTimestamp = zendesk(body, zendeskSignature(old, body, ZENDESK_SECRET), now);
        ResponseEntity<Map<String, Object>> unsigned = zendesk(body, null, now);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stale.getBody().get("detail")).asString().contains("replayed");
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(movedTimestamp.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aGorgiasTicketWithTheStoresTokenIsTakenInAndAWrongTokenIsRefused() throws IOException {
        byte[] body = resource("vendors/gorgias/http-integration-ticket-created.json");

        ResponseEntity<Map<String, Object>> wrong = gorgias(body, "gorgias-shared-token-7f3b");
        ResponseEntity<Map<String, Object>> right = gorgias(body, GORGIAS_TOKEN);

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        TicketView ticket = settling.settled(tenant.tenantId(), (String) right.getBody().get("ticketId"));
        assertThat(ticket.ticket().source()).isEqualTo("gorgias");
        assertThat(ticket.ticket().customerEmail()).isEqualTo("james.oconnor@example.com");
        assertThat(ticket.ticket().intent().intent().name()).isEqualTo("ORDER_STATUS");
    }

    @Test
    void aProvenDeliveryThatIsNotATicketIsA400NamingTheField() {
        byte[] body = "{\"ticket\": {\"id\": \"77\", \"subject\": \"hi\", \"customer\": {}, \"message\": {\"body_text\": \"hello\"}}}"
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map<String, Object>> answer = gorgias(body, GORGIAS_TOKEN);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).containsEntry("field", "ticket.customer.email");
    }

    private ResponseEntity<Map<String, Object>> zendesk(byte[] body, String signature, String timestamp) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Zendesk-Webhook-Signature", signature);
        }
        headers.set("X-Zendesk-Webhook-Signature-Timestamp", timestamp);
        headers.set("X-Zendesk-Webhook-Id", "01GQ8Z3Y4QW2C1R2M5J7K9");
        return http.exchange("/webhooks/zendesk/" + tenant.tenantId(), HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> gorgias(byte[] body, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Resolver-Webhook-Token", token);
        return http.exchange("/webhooks/gorgias/" + tenant.tenantId(), HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private static String zendeskSignature(String timestamp, byte[] body, String secret) {
        byte[] signed = (timestamp + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return WebhookSignatures.hmacBase64(signed, secret);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = HelpdeskWebhooksIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
