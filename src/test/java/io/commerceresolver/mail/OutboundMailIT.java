package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

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

/** Replies leave through the tenant's SMTP server (GreenMail), threaded with the customer's mail, once, and late rather than never. */
@ChannelIntakeTest
class OutboundMailIT {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

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
    OutboxSending sending;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAnswerToAMailedTicketIsSentOnceInItsThreadAndTheCustomersAnswerJoinsTheTicket() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        GreenMailbox mailbox = GreenMailbox.create(greenMail, "inbox-" + store.tenantId());
        configure(store, mailbox.channelJson("support@shop.example", 1, greenMail.getSmtp().getPort()));

        mailbox.deliver("where-is-1004.eml");
        Ticket ticket = awaitTicket(store, "<james-1@example.com>");
        settling.settled(store.tenantId(), ticket.id());

        MimeMessage answer = await().atMost(PATIENCE).until(() -> sentTo("james.oconnor@example.com"), Optional::isPresent).orElseThrow();
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo("<james-1@example.com>");
        assertThat(answer.getHeader("References", null)).isEqualTo("<james-1@example.com>");
        assertThat(answer.getHeader("X-Loop", null)).isEqualTo("support@shop.example");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(answer.getFrom()[0].toString()).isEqualTo("support@shop.example");
        assertThat(String.valueOf(answer.getContent())).contains("1004");
        await().atMost(PATIENCE).until(() -> asStore(store, () -> outbox.findByTenant(store.tenantId())).stream()
                .allMatch(mail -> mail.status().equals("SENT")));
        assertThat(story(store, ticket.id())).extracting(Event::type).contains("mail_sent");

        // the customer answers our answer: it joins the same ticket, found by our Message-ID
        String ourId = answer.getMessageID();
        mailbox.deliver(("From: james.oconnor@example.com\r\nSubject: Re: Order 1004\r\nMessage-ID: <james-2@example.com>\r\n"
                + "In-Reply-To: " + ourId + "\r\nReferences: <james-1@example.com> " + ourId + "\r\n\r\nThanks, got it!\r\n").getBytes());
        await().atMost(PATIENCE).until(() -> story(store, ticket.id()).stream().anyMatch(e -> e.type().equals("customer_replied")));
        assertThat(asStore(store, () -> tickets.findBySource(store.tenantId(), "email", "<james-2@example.com>"))).isEmpty();

        // the sender's later passes send nothing again
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> sentAll("james.oconnor@example.com").size() == 1);
    }

    @Test
    void aMailIsSentOnceWhileSeveralInstancesDrainTheOutboxAtOnce() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String to = "once-" + i + "-" + store.tenantId() + "@customer.example";
            recipients.add(to);
            asStore(store, () -> outbox.enqueue(store.tenantId(), "once:" + to, to, "Hello", "Once only"));
        }
        configure(store, GreenMailbox.create(greenMail, "inbox-" + store.tenantId()).channelJson("support@shop.example", 60,
                greenMail.getSmtp().getPort()));

        // two more senders beside the service's own timer, as three instances on one database would run
        List<CompletableFuture<Void>> instances = List.of(CompletableFuture.runAsync(this::drainFor2s), CompletableFuture.runAsync(this::drainFor2s));
        instances.forEach(CompletableFuture::join);

        await().atMost(PATIENCE).until(() -> asStore(store, () -> outbox.findByTenant(store.tenantId())).stream()
                .allMatch(mail -> mail.status().equals("SENT")));
        for (String to : recipients) {
            assertThat(sentAll(to)).as(to).hasSize(1);
        }
    }

    @Test
    void whileTheSmtpServerIsDownTheMailWaitsAndLeavesOnceItIsBack() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        GreenMailbox mailbox = GreenMailbox.create(greenMail, "inbox-" + store.tenantId());
        String to = "late-" + store.tenantId() + "@customer.example";
        asStore(store, () -> outbox.enqueue(store.tenantId(), "late:" + to, to, "Hello", "Late, not lost"));

        configure(store, mailbox.channelJson("support@shop.example", 60, closedPort()));
        // tried again and again (each pause 1 s, then 2 s), never lost: still queued, with the error kept
        await().atMost(PATIENCE).until(() -> attempts(store) >= 2);
        assertThat(asStore(store, () -> outbox.findByTenant(store.tenantId()))).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo("QUEUED"));
        assertThat(asStore(store, () -> jdbc.queryForObject("SELECT last_error FROM mail_outbox WHERE tenant_id = ?", String.class,
                store.tenantId()))).startsWith("SMTP failed");
        assertThat(sentAll(to)).isEmpty();

        configure(store, mailbox.channelJson("support@shop.example", 60, greenMail.getSmtp().getPort()));
        await().atMost(PATIENCE).until(() -> sentAll(to).size() == 1);
        await().atMost(PATIENCE).until(() -> asStore(store, () -> outbox.findByTenant(store.tenantId())).stream()
                .map(OutboxMail::status).toList().equals(List.of("SENT")));
    }

    @Test
    void aTenantWithoutSmtpKeepsItsOutboxAsItIs() {
        TestStores.Store store = stores.newStore(Map.of());
        String to = "kept-" + store.tenantId() + "@customer.example";
        asStore(store, () -> outbox.enqueue(store.tenantId(), "kept:" + to, to, "Hello", "Stays in the outbox"));

        sending.sendDue();

        assertThat(asStore(store, () -> outbox.findByTenant(store.tenantId()))).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo("QUEUED"));
        assertThat(sentAll(to)).isEmpty();
    }

    private int attempts(TestStores.Store store) {
        return asStore(store, () -> jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE tenant_id = ?", Integer.class, store.tenantId()));
    }

    private void drainFor2s() {
        long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < end) {
            sending.sendDue();
        }
    }

    private void configure(TestStores.Store store, String channel) {
        var answer = MailChannelApi.put(http, store, channel);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    private Optional<MimeMessage> sentTo(String address) {
        return sentAll(address).stream().findFirst();
    }

    private List<MimeMessage> sentAll(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }

    private Ticket awaitTicket(TestStores.Store store, String messageId) {
        return await().atMost(PATIENCE).until(() -> asStore(store, () -> tickets.findBySource(store.tenantId(), "email", messageId)),
                Optional::isPresent).orElseThrow();
    }

    private List<Event> story(TestStores.Store store, String ticketId) {
        return asStore(store, () -> events.story(store.tenantId(), ticketId));
    }

    private static <T> T asStore(TestStores.Store store, Supplier<T> work) {
        return TenantScope.of(store.tenantId(), work);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
