package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.support.ChannelIntakeTest;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;

/**
 * Tickets by mail against a real IMAP server (GreenMail, in process): the tenant's mailbox is configured over the
 * admin API, mail is delivered into it, and the service's own poller reads it.
 */
@ChannelIntakeTest
class MailIntakeIT {

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
    MailThreads threads;
    @Autowired
    RefusedMails refusals;

    private TestStores.Store store;
    private GreenMailbox mailbox;

    @BeforeEach
    void aStoreReadingItsMailbox() {
        store = stores.newStore(Map.of());
        mailbox = GreenMailbox.create(greenMail, "inbox-" + store.tenantId());
        ResponseEntity<String> set = call(HttpMethod.PUT, mailbox.channelJson("support@shop.example", 1));
        assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
    }

    @Test
    void theChannelIsShownWithoutItsPassword() {
        ResponseEntity<String> shown = call(HttpMethod.GET, null);

        assertThat(shown.getStatusCode().value()).isEqualTo(200);
        assertThat(shown.getBody()).contains("\"passwordSet\":true", "\"username\":\"" + mailbox.login() + "\"")
                .doesNotContain(mailbox.password());
    }

    @Test
    void aMailBecomesATicketAndAReplyInItsThreadJoinsIt() {
        mailbox.deliver("customer.eml");
        Ticket ticket = awaitTicket("<order-1@customer.example>");

        assertThat(ticket.source()).isEqualTo("email");
        assertThat(ticket.customerEmail()).isEqualTo("ana@customer.example");
        assertThat(ticket.subject()).isEqualTo("Where is my order?");
        assertThat(ticket.text()).contains("where is my order ORD-1001?");

        mailbox.deliver("reply.eml");
        await().atMost(PATIENCE).until(() -> asStore(() -> threads.thread(store.tenantId(), ticket.id())).size() == 2);

        assertThat(asStore(() -> tickets.findBySource(store.tenantId(), "email", "<order-1-reply@customer.example>"))).isEmpty();
        assertThat(story(ticket.id())).extracting(Event::type).contains("received", "mail_received", "customer_replied");
        assertThat(asStore(() -> threads.thread(store.tenantId(), ticket.id()))).last()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo("Any news about ORD-1001?"));
        await().atMost(PATIENCE).until(() -> mailbox.unseen() == 0);
    }

    @Test
    void aReplyToAResolvedTicketReopensItForAPerson() {
        mailbox.deliver("where-is-1004.eml");
        Ticket ticket = awaitTicket("<james-1@example.com>");
        await().atMost(PATIENCE).until(() -> status(ticket.id()) == TicketStatus.RESOLVED);

        mailbox.deliver("where-is-1004-reply.eml");

        await().atMost(PATIENCE).until(() -> status(ticket.id()) == TicketStatus.NEEDS_HUMAN);
        Ticket reopened = asStore(() -> tickets.findById(store.tenantId(), ticket.id())).orElseThrow();
        assertThat(reopened.statusDetail()).contains("The customer replied after the ticket was resolved");
        assertThat(story(ticket.id())).extracting(Event::type).containsSubsequence("customer_replied", "reopened");
        assertThat(asStore(() -> tickets.findBySource(store.tenantId(), "email", "<james-2@example.com>")))
                .as("the reply opens no ticket of its own").isEmpty();
    }

    @Test
    void anHtmlOnlyMailBecomesTextAndAttachmentsAreListed() {
        mailbox.deliver("html-only.eml");
        mailbox.deliver("attachments.eml");

        assertThat(awaitTicket("<html-1@customer.example>").text()).isEqualTo("Please refund order ORD-1002.\n\nCafé mug arrived broken.\nBob");
        Ticket withAttachments = awaitTicket("<attach-1@customer.example>");
        assertThat(asStore(() -> threads.thread(store.tenantId(), withAttachments.id()))).singleElement()
                .satisfies(mail -> assertThat(mail.attachments()).containsExactly(new MailAttachment("lamp.jpg", "image/jpeg", 51),
                        new MailAttachment("invoice.pdf", "application/pdf", 48)));
        assertThat(story(withAttachments.id())).filteredOn(e -> e.type().equals("mail_received")).singleElement()
                .satisfies(e -> assertThat(e.payload().toString()).contains("lamp.jpg", "invoice.pdf"));
    }

    @Test
    void autoRepliesBouncesLoopsAndUnreadableMailAreRecordedNotTicketed() {
        for (String sample : List.of("auto-reply.eml", "bounce.eml", "loop.eml", "bad-charset.eml", "no-from.eml")) {
            mailbox.deliver(sample);
        }

        await().atMost(PATIENCE).until(() -> asStore(() -> refusals.newest(store.tenantId(), 10)).size() == 5);
        assertThat(asStore(() -> refusals.newest(store.tenantId(), 10))).extracting(RefusedMail::kind)
                .containsExactlyInAnyOrder(MailVerdict.Kind.AUTO_REPLY, MailVerdict.Kind.BOUNCE, MailVerdict.Kind.LOOP,
                        MailVerdict.Kind.INVALID, MailVerdict.Kind.INVALID);
        for (String id : List.of("<ooo-1@customer.example>", "<bounce-1@mx.customer.example>", "<loop-1@customer.example>",
                "<charset-1@customer.example>", "<nofrom-1@customer.example>")) {
            assertThat(asStore(() -> tickets.findBySource(store.tenantId(), "email", id))).as(id).isEmpty();
        }
        // refused mail is marked seen like any other: it is not read again on every poll
        await().atMost(PATIENCE).until(() -> mailbox.unseen() == 0);
        ResponseEntity<String> listed = http.exchange("/api/v1/admin/intake/mail/refused", HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        assertThat(listed.getBody()).contains("x-no-such-charset-42", "Auto-Submitted: auto-replied", "delivery status report");
    }

    @Test
    void forgettingACustomerPurgesTheMailKeptWithTheirTicketsAndTheirRefusedMail() {
        mailbox.deliver("customer.eml");
        mailbox.deliver(("From: ana@customer.example\r\nSubject: Away\r\nMessage-ID: <ana-ooo@customer.example>\r\n"
                + "Auto-Submitted: auto-replied\r\n\r\nI am away.\r\n").getBytes());
        Ticket ticket = awaitTicket("<order-1@customer.example>");
        await().atMost(PATIENCE).until(() -> asStore(() -> refusals.newest(store.tenantId(), 10)).size() == 1);

        ResponseEntity<String> forgotten = http.exchange("/api/v1/admin/customers/ana@customer.example", HttpMethod.DELETE,
                new HttpEntity<>(headers()), String.class);

        assertThat(forgotten.getStatusCode().value()).as(forgotten.getBody()).isEqualTo(200);
        assertThat(asStore(() -> threads.thread(store.tenantId(), ticket.id()))).singleElement().satisfies(mail -> {
            assertThat(mail.text()).isEqualTo("[purged]");
            assertThat(mail.fromAddress()).startsWith("sha256:");
        });
        assertThat(asStore(() -> refusals.newest(store.tenantId(), 10))).singleElement().satisfies(refused -> {
            assertThat(refused.fromAddress()).startsWith("sha256:");
            assertThat(refused.subject()).isEqualTo("[purged]");
        });
    }

    @Test
    void aBadChannelIsRefusedNamingTheField() {
        ResponseEntity<String> refused = call(HttpMethod.PUT, """
                {"address": "support@shop.example", "imap": {"host": "imap.example/evil?x=", "port": 993, "username": "u", "password": "p"}}""");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody()).contains("imap.host");
    }

    private TicketStatus status(String ticketId) {
        return asStore(() -> tickets.findById(store.tenantId(), ticketId)).map(Ticket::status).orElse(null);
    }

    private Ticket awaitTicket(String messageId) {
        return await().atMost(PATIENCE).until(() -> asStore(() -> tickets.findBySource(store.tenantId(), "email", messageId)),
                Optional::isPresent).orElseThrow();
    }

    private List<Event> story(String ticketId) {
        return asStore(() -> events.story(store.tenantId(), ticketId));
    }

    private <T> T asStore(java.util.function.Supplier<T> work) {
        return TenantScope.of(store.tenantId(), work);
    }

    private ResponseEntity<String> call(HttpMethod method, String body) {
        return http.exchange("/api/v1/admin/intake/mail", method, new HttpEntity<>(body, headers()), String.class);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", store.apiKey());
        return headers;
    }
}
