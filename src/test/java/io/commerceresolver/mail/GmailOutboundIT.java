package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.support.ChannelIntakeTest;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.Tickets;

/**
 * Replies to Gmail tickets leave through Gmail's users.messages.send (the {@link GmailStub}), in the customer's Gmail
 * conversation and with the threading headers, once; late when Google is unavailable; failed, with why, when Google
 * refuses the tenant's grant.
 */
@ChannelIntakeTest
class GmailOutboundIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    Tickets tickets;
    @Autowired
    EventLog events;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Settling settling;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theAnswerToAGmailTicketIsSentOnceInItsConversationWithTheThreadingHeaders() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        GmailMailbox gmail = GmailMailbox.create(store.tenantId());
        configure(store, gmail);

        gmail.deliver("where-is-1004.eml", "thread-1004");
        Ticket ticket = await().atMost(PATIENCE).until(() -> asStore(store, () -> tickets.findBySource(store.tenantId(), "email",
                "<james-1@example.com>")), Optional::isPresent).orElseThrow();
        settling.settled(store.tenantId(), ticket.id());

        await().atMost(PATIENCE).until(() -> asStore(store, () -> outbox.findByTenant(store.tenantId())).stream()
                .anyMatch(mail -> mail.status().equals("SENT")));
        LoggedRequest send = gmail.sends().get(0);
        JsonNode body = json.readTree(send.getBodyAsString());
        assertThat(body.path("threadId").asText()).isEqualTo("thread-1004");
        MimeMessage answer = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(java.util.Base64.getUrlDecoder().decode(body.path("raw").asText())));
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo("<james-1@example.com>");
        assertThat(answer.getHeader("References", null)).isEqualTo("<james-1@example.com>");
        assertThat(answer.getHeader("X-Loop", null)).isEqualTo("support@shop.example");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(answer.getAllRecipients()[0].toString()).isEqualTo("james.oconnor@example.com");
        assertThat(String.valueOf(answer.getContent())).contains("1004");
        assertThat(story(store, ticket.id())).extracting(Event::type).contains("mail_sent");

        // the sender's later passes send nothing again
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> gmail.sends().size() == 1);
    }

    @Test
    void whileGmailAnswers503TheMailWaitsAndLeavesOnceItIsBack() {
        TestStores.Store store = stores.newStore(Map.of());
        GmailMailbox gmail = GmailMailbox.create(store.tenantId());
        gmail.unavailable(gmail::sending, 1);
        String to = "late-" + store.tenantId() + "@customer.example";
        asStore(store, () -> outbox.enqueue(store.tenantId(), "late:" + to, to, "Hello", "Late, not lost"));

        configure(store, gmail);

        await().atMost(PATIENCE).until(() -> asStore(store, () -> outbox.findByTenant(store.tenantId())).stream()
                .map(OutboxMail::status).toList().equals(List.of("SENT")));
        assertThat(gmail.sends()).hasSize(2);
        assertThat(attempts(store)).isEqualTo(2);
    }

    @Test
    void whenGoogleRefusesTheGrantTheMailFailsWithWhyAndNothingIsSent() {
        TestStores.Store store = stores.newStore(Map.of());
        GmailMailbox gmail = GmailMailbox.create(store.tenantId());
        gmail.grantRevoked();
        String to = "revoked-" + store.tenantId() + "@customer.example";
        asStore(store, () -> outbox.enqueue(store.tenantId(), "revoked:" + to, to, "Hello", "Never sent"));

        configure(store, gmail);

        await().atMost(PATIENCE).until(() -> asStore(store, () -> outbox.findByTenant(store.tenantId())).stream()
                .map(OutboxMail::status).toList().equals(List.of("FAILED")));
        assertThat(asStore(store, () -> jdbc.queryForObject("SELECT last_error FROM mail_outbox WHERE tenant_id = ?", String.class,
                store.tenantId()))).contains("invalid_grant", "connect the Gmail account again").doesNotContain(gmail.refreshToken());
        assertThat(attempts(store)).isEqualTo(1);
        assertThat(gmail.sends()).isEmpty();
    }

    private int attempts(TestStores.Store store) {
        return asStore(store, () -> jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE tenant_id = ?", Integer.class, store.tenantId()));
    }

    private void configure(TestStores.Store store, GmailMailbox gmail) {
        var answer = MailChannelApi.put(http, store, gmail.channelJson("support@shop.example", 1));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    private List<Event> story(TestStores.Store store, String ticketId) {
        return asStore(store, () -> events.story(store.tenantId(), ticketId));
    }

    private static <T> T asStore(TestStores.Store store, Supplier<T> work) {
        return TenantScope.of(store.tenantId(), work);
    }
}
