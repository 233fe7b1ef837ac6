package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.support.ChannelIntakeTest;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.Tickets;

/**
 * Tickets by Gmail against a stub of Google's Gmail API and token server (WireMock, {@link GmailStub}): the channel is
 * set over the admin API, mail is put unread in the account's inbox, and the service's own poller reads it raw, makes
 * tickets of it as of IMAP mail, and marks it read once kept.
 */
@ChannelIntakeTest
class GmailIntakeIT {

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
    @Autowired
    JdbcTemplate jdbc;

    private TestStores.Store store;
    private GmailMailbox gmail;

    @BeforeEach
    void aStoreReadingItsGmail() {
        store = stores.newStore(Map.of());
        gmail = GmailMailbox.create(store.tenantId());
    }

    @Test
    void theChannelIsShownWithoutItsCredentials() {
        connect();

        ResponseEntity<String> shown = call(HttpMethod.GET, null);

        assertThat(shown.getStatusCode().value()).isEqualTo(200);
        assertThat(shown.getBody()).contains("\"kind\":\"gmail\"", "\"clientIdSet\":true", "\"clientSecretSet\":true",
                        "\"refreshTokenSet\":true", "\"pollSeconds\":1")
                .doesNotContain(gmail.refreshToken(), "client-secret-", ".apps.googleusercontent.com");
    }

    @Test
    void aMailBecomesATicketAndAReplyInItsConversationJoinsIt() {
        connect();
        gmail.deliver("customer.eml", "thread-1");
        Ticket ticket = awaitTicket("<order-1@customer.example>");

        assertThat(ticket.source()).isEqualTo("email");
        assertThat(ticket.customerEmail()).isEqualTo("ana@customer.example");
        assertThat(ticket.subject()).isEqualTo("Where is my order?");
        assertThat(ticket.text()).contains("where is my order ORD-1001?");
        assertThat(asStore(() -> threads.thread(store.tenantId(), ticket.id()))).singleElement()
                .satisfies(mail -> assertThat(mail.channelThreadId()).isEqualTo("thread-1"));

        gmail.deliver("reply.eml", "thread-1");
        await().atMost(PATIENCE).until(() -> asStore(() -> threads.thread(store.tenantId(), ticket.id())).size() == 2);

        assertThat(asStore(() -> tickets.findBySource(store.tenantId(), "email", "<order-1-reply@customer.example>"))).isEmpty();
        assertThat(story(ticket.id())).extracting(Event::type).contains("received", "mail_received", "customer_replied");
        assertThat(story(ticket.id())).filteredOn(e -> e.type().equals("mail_received")).singleElement()
                .satisfies(e -> assertThat(e.payload().toString()).contains("origin=gmail"));
        await().atMost(PATIENCE).until(() -> gmail.unread().isEmpty());
    }

    @Test
    void anHtmlOnlyMailBecomesTextAndAttachmentsAreListed() {
        connect();
        gmail.deliver("html-only.eml", "thread-html");
        gmail.deliver("attachments.eml", "thread-attach");

        assertThat(awaitTicket("<html-1@customer.example>").text()).isEqualTo("Please refund order ORD-1002.\n\nCafé mug arrived broken.\nBob");
        Ticket withAttachments = awaitTicket("<attach-1@customer.example>");
        assertThat(asStore(() -> threads.thread(store.tenantId(), withAttachments.id()))).singleElement()
                .satisfies(mail -> assertThat(mail.attachments()).containsExactly(new MailAttachment("lamp.jpg", "image/jpeg", 51),
                        new MailAttachment("invoice.pdf", "application/pdf", 48)));
    }

    @Test
    void autoRepliesBouncesAndLoopsAreRecordedNotTicketedAndMarkedRead() {
        connect();
        gmail.deliver("auto-reply.eml", "thread-ooo");
        gmail.deliver("bounce.eml", "thread-bounce");
        gmail.deliver("loop.eml", "thread-loop");

        await().atMost(PATIENCE).until(() -> asStore(() -> refusals.newest(store.tenantId(), 10)).size() == 3);
        assertThat(asStore(() -> refusals.newest(store.tenantId(), 10))).extracting(RefusedMail::kind, RefusedMail::origin)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(MailVerdict.Kind.AUTO_REPLY, "gmail"),
                        org.assertj.core.groups.Tuple.tuple(MailVerdict.Kind.BOUNCE, "gmail"),
                        org.assertj.core.groups.Tuple.tuple(MailVerdict.Kind.LOOP, "gmail"));
        for (String id : List.of("<ooo-1@customer.example>", "<bounce-1@mx.customer.example>", "<loop-1@customer.example>")) {
            assertThat(asStore(() -> tickets.findBySource(store.tenantId(), "email", id))).as(id).isEmpty();
        }
        // refused mail is marked read like any other: it is not fetched again on every poll
        await().atMost(PATIENCE).until(() -> gmail.unread().isEmpty());
    }

    @Test
    void aMailIsMarkedReadOnlyOnceItsTicketIsKeptAndAFailedMarkingReadsItAgainIntoTheSameTicket() {
        List<Boolean> keptWhenMarked = new CopyOnWriteArrayList<>();
        gmail.whenMarkedRead(id -> keptWhenMarked.add(asStore(() -> tickets.findBySource(store.tenantId(), "email",
                "<order-1@customer.example>")).isPresent()));
        // Google fails the first marking as the service would fail just after its commit: the mail stays unread
        String id = gmail.deliver("customer.eml", "thread-1");
        gmail.unavailable(() -> gmail.markingRead(id), 1);
        connect();

        await().atMost(PATIENCE).until(() -> gmail.unread().isEmpty());

        assertThat(keptWhenMarked).containsExactly(true);
        assertThat(gmail.fetches(id)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(asStore(() -> tickets.findBySource(store.tenantId(), "email", "<order-1@customer.example>"))).isPresent();
        assertThat(ticketCount()).isEqualTo(1);
    }

    @Test
    void whileGmailAnswers503TheMailWaitsAndIsReadOnceItIsBack() {
        String id = gmail.deliver("customer.eml", "thread-1");
        gmail.unavailable(() -> gmail.fetchOf(id), 2);
        connect();

        Ticket ticket = awaitTicket("<order-1@customer.example>");

        assertThat(gmail.fetches(id)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ticket.customerEmail()).isEqualTo("ana@customer.example");
        await().atMost(PATIENCE).until(() -> gmail.unread().isEmpty());
        assertThat(ticketCount()).isEqualTo(1);
    }

    @Test
    void aBadGmailChannelIsRefusedNamingTheField() {
        ResponseEntity<String> badClient = call(HttpMethod.PUT, """
                {"kind": "gmail", "address": "support@shop.example", "gmail": {"clientId": "x y", "clientSecret": "s", "refreshToken": "r"}}""");
        ResponseEntity<String> noToken = call(HttpMethod.PUT, """
                {"kind": "gmail", "address": "support@shop.example", "gmail": {"clientId": "1-a.apps.googleusercontent.com", "clientSecret": "s"}}""");
        ResponseEntity<String> unknownKind = call(HttpMethod.PUT, """
                {"kind": "pop3", "address": "support@shop.example"}""");
        ResponseEntity<String> withImap = call(HttpMethod.PUT, """
                {"kind": "gmail", "address": "support@shop.example", "imap": {"host": "imap.example", "port": 993}, "gmail": {}}""");

        assertThat(List.of(badClient, noToken, unknownKind, withImap)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        });
        assertThat(badClient.getBody()).contains("gmail.clientId").doesNotContain("\"s\"");
        assertThat(noToken.getBody()).contains("gmail.refreshToken");
        assertThat(unknownKind.getBody()).contains("'kind'");
        assertThat(withImap.getBody()).contains("'imap'");
    }

    private void connect() {
        ResponseEntity<String> set = call(HttpMethod.PUT, gmail.channelJson("support@shop.example", 1));
        assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
    }

    private int ticketCount() {
        return asStore(() -> jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE tenant_id = ?", Integer.class, store.tenantId()));
    }

    private Ticket awaitTicket(String messageId) {
        return await().atMost(PATIENCE).until(() -> asStore(() -> tickets.findBySource(store.tenantId(), "email", messageId)),
                Optional::isPresent).orElseThrow();
    }

    private List<Event> story(String ticketId) {
        return asStore(() -> events.story(store.tenantId(), ticketId));
    }

    private <T> T asStore(Supplier<T> work) {
        return TenantScope.of(store.tenantId(), work);
    }

    private ResponseEntity<String> call(HttpMethod method, String body) {
        return MailChannelApi.call(http, store, method, MailChannelApi.PATH, body);
    }
}
