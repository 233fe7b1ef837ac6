package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.WebhookSignatures;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Unauthenticated;
import io.commerceresolver.ticket.HelpdeskTickets;
import io.commerceresolver.ticket.HelpdeskTickets.Helpdesk;
import io.commerceresolver.ticket.HelpdeskTickets.Proof;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Helpdesks handing tickets over, proven the way each helpdesk proves itself. */
public class HelpdeskSteps {

    private static final String ZENDESK_SECRET = "zendesk-feature-secret";
    private static final String GORGIAS_TOKEN = "gorgias-feature-token";

    @Autowired
    TestStores stores;
    @Autowired
    Secrets secrets;
    @Autowired
    HelpdeskTickets helpdesks;
    @Autowired
    Tickets tickets;
    @Autowired
    Settling settling;

    private String tenantId;
    private String ticketId;
    private Unauthenticated refused;

    @Given("a store that keeps its Zendesk secret and its Gorgias token")
    public void aStoreWithHelpdeskSecrets() {
        tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            secrets.put(tenantId, Helpdesk.ZENDESK.secretName(), ZENDESK_SECRET, "test");
            secrets.put(tenantId, Helpdesk.GORGIAS.secretName(), GORGIAS_TOKEN, "test");
        });
    }

    @When("Zendesk sends ticket {string} from {string} saying {string} twice")
    public void zendeskSendsTwice(String id, String email, String text) {
        for (int i = 0; i < 2; i++) {
            ticketId = zendesk(zendeskBody(id, email, text), Instant.now()).ticketId();
        }
    }

    @When("Zendesk sends ticket {string} signed an hour ago")
    public void zendeskSendsStale(String id) {
        refused = refusal(
                () -> zendesk(zendeskBody(id, "ann@example.com", "Where is order 1001?"), Instant.now().minusSeconds(3600)));
    }

    @When("Gorgias sends ticket {string} with the token {string}")
    public void gorgiasSends(String id, String token) {
        byte[] body = ("{\"ticket\": {\"id\": \"" + id + "\", \"subject\": \"Where is my order?\", \"customer\": {\"email\": "
                + "\"james.oconnor@example.com\"}, \"message\": {\"body_text\": \"Where is my order #1004?\"}}}").getBytes(StandardCharsets.UTF_8);
        refused = refusal(
                () -> helpdesks.accept(Helpdesk.GORGIAS, tenantId, body, new Proof(null, null, token)));
    }

    @Then("there is one ticket from zendesk {string}")
    public void thereIsOneTicket(String externalId) {
        assertThat(TenantScope.of(tenantId, () -> tickets.findBySource(tenantId, "zendesk", externalId)))
                .hasValueSatisfying(ticket -> assertThat(ticket.id()).isEqualTo(ticketId));
    }

    @Then("that ticket is resolved")
    public void thatTicketIsResolved() {
        assertThat(settling.settled(tenantId, ticketId).ticket().status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Then("the helpdesk delivery is refused because {string}")
    public void theDeliveryIsRefused(String because) {
        assertThat(refused).as("the delivery was refused").isNotNull();
        assertThat(refused.getMessage()).contains(because);
    }

    private TicketIntake.Accepted zendesk(byte[] body, Instant signedAt) {
        String timestamp = signedAt.truncatedTo(ChronoUnit.SECONDS).toString();
        byte[] signed = (timestamp + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return helpdesks.accept(Helpdesk.ZENDESK, tenantId, body,
                new Proof(WebhookSignatures.hmacBase64(signed, ZENDESK_SECRET), timestamp, null));
    }

    private static byte[] zendeskBody(String id, String email, String text) {
        return ("{\"ticket\": {\"id\": \"" + id + "\", \"subject\": \"From the helpdesk\", \"description\": \"" + text
                + "\", \"requester\": {\"email\": \"" + email + "\"}}}").getBytes(StandardCharsets.UTF_8);
    }

    private static Unauthenticated refusal(ThrowingCallable delivery) {
        return catchThrowableOfType(delivery, Unauthenticated.class);
    }
}
