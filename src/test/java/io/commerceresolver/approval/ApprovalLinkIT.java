package io.commerceresolver.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.console.ConsoleHttp;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.mail.GreenMailbox;
import io.commerceresolver.mail.MailChannelApi;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.ChannelIntakeTest;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;
import io.commerceresolver.user.UserDirectory;

/**
 * An approval out of band (issue 14): a $250 refund waits for an approver, each approver is mailed a link of their own
 * (through the store's SMTP server, GreenMail here), and the one it was mailed to opens it after signing in, approves,
 * and the ticket resolves. The link then decides nothing more; an altered, expired or someone else's link is refused
 * with a page saying so, and every attempt is recorded. (Shares the channel tests' context, for their quick outbox.)
 */
@ChannelIntakeTest
class ApprovalLinkIT {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/console/approvals/link\\?token=([A-Za-z0-9%_.-]+))");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    UserDirectory users;
    @Autowired
    TicketIntake intake;
    @Autowired
    TicketQueries queries;
    @Autowired
    LinkTokens tokens;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApproverMailedTheLinkDecidesThroughItOnceAndNobodyElseCan() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        String tenantId = store.tenantId();
        GreenMailbox mailbox = GreenMailbox.create(greenMail, "inbox-" + tenantId);
        assertThat(MailChannelApi.put(http, store, mailbox.channelJson("support@shop.example", 60, greenMail.getSmtp().getPort()))
                .getStatusCode().value()).isEqualTo(200);
        String lead = person(tenantId, "lead-" + tenantId + "@staff.example", Role.APPROVER);
        String bo = person(tenantId, "bo-" + tenantId + "@staff.example", Role.APPROVER);
        String senior = person(tenantId, "sam-" + tenantId + "@staff.example", Role.SENIOR_APPROVER);
        person(tenantId, "vic-" + tenantId + "@staff.example", Role.VIEWER);
        // an approver who handed the ticket in may not decide it, so is sent no link
        String handedIn = person(tenantId, "desk-" + tenantId + "@staff.example", Role.AGENT, Role.APPROVER);

        String ticketId = asStore(tenantId, () -> intake.accept(tenantId, new NewTicket("email", null, "ravi.kumar@example.in", null,
                "Order 1002 arrived damaged, please refund $250.00"), null, "user:" + handedIn).ticketId());
        TicketView waiting = new Settling(queries).settled(tenantId, ticketId);
        assertThat(waiting.ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);
        String approvalId = waiting.approval().id();

        String leadsLink = linkMailedTo(lead);
        String bosLink = linkMailedTo(bo);
        assertThat(linkMailedTo(senior)).as("a senior approver may decide an approver's tier").isNotEqualTo(leadsLink);
        await().during(Duration.ofMillis(600)).atMost(PATIENCE).until(() -> links().size() == 3);
        assertThat(links()).as("one mail per person who may decide it").doesNotContain(handedIn);

        // bo follows lead's link: someone else's
        ConsoleHttp boBrowser = new ConsoleHttp(port);
        boBrowser.signIn(tenantId, bo);
        HttpResponse<String> foreign = boBrowser.get(leadsLink);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("mailed to someone else").contains("data-outcome=\"foreign\"");

        // lead opens the link before signing in, signs in and is brought back to it
        ConsoleHttp leadBrowser = new ConsoleHttp(port);
        assertThat(leadBrowser.get(leadsLink).statusCode()).isEqualTo(302);
        assertThat(leadBrowser.signIn(tenantId, lead).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(leadsLink));
        HttpResponse<String> altered = leadBrowser.get(leadsLink.replace("token=", "token=x"));
        assertThat(altered.statusCode()).isEqualTo(400);
        assertThat(altered.body()).contains("changed on the way");

        HttpResponse<String> shown = leadBrowser.get(leadsLink);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("250.00 USD").contains("id=\"by-link\"").contains("You may decide it.");
        assertThat(leadBrowser.get(leadsLink).statusCode()).as("opening uses nothing up").isEqualTo(200);
        HttpResponse<String> decided = leadBrowser.post("/console/approvals/link", ConsoleHttp.csrf(shown.body()), "token", token(leadsLink),
                "decision", "approve", "reason", "Damage confirmed on the photos");
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/approvals/" + approvalId));
        TicketView resolved = new Settling(queries).settled(tenantId, ticketId);
        assertThat(resolved.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.approval().decidedBy()).isEqualTo("user:" + lead);

        HttpResponse<String> reused = leadBrowser.get(leadsLink);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("used already").contains("user:" + lead);
        assertThat(leadBrowser.post("/console/approvals/link", ConsoleHttp.csrf(reused.body()), "token", token(leadsLink),
                "decision", "reject", "reason", "Second thoughts").statusCode()).as("the link decides once").isEqualTo(410);

        // bo's own link: the approval is decided already
        HttpResponse<String> late = boBrowser.get(bosLink);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("approved by user:" + lead);

        // a link past its expiry, signed with the service's own key
        LinkClaims mailed = tokens.read(token(bosLink)).orElseThrow();
        String expired = tokens.sign(new LinkClaims(mailed.version(), tenantId, approvalId, bo, mailed.nonce(), Instant.now().minusSeconds(1),
                mailed.contentSha256()));
        HttpResponse<String> tooLate = boBrowser.get("/console/approvals/link?token=" + expired);
        assertThat(tooLate.statusCode()).isEqualTo(410);
        assertThat(tooLate.body()).contains("expired");

        List<String> outcomes = asStore(tenantId, () -> jdbc.queryForList(
                "SELECT action || ' ' || outcome FROM approval_link_attempt WHERE tenant_id = ? ORDER BY attempted_at", String.class, tenantId));
        assertThat(outcomes).containsExactlyInAnyOrder("open foreign", "open altered", "open ok", "open ok", "use ok", "open reused",
                "use reused", "open decided", "open expired");
        assertThat(asStore(tenantId, () -> audit.newest(tenantId, null, 50))).filteredOn(e -> e.action().equals("approval.link_refused"))
                .hasSize(6);
    }

    private String person(String tenantId, String username, Role... roles) {
        asStore(tenantId, () -> users.create(tenantId, username, Set.of(roles), ConsolePeople.PASSWORD, "test"));
        return username;
    }

    /** The link in the mail GreenMail received for {@code address}: its path and query. */
    private String linkMailedTo(String address) {
        MimeMessage mail = await().atMost(PATIENCE).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> to(m).equalsIgnoreCase(address)).findFirst(), Optional::isPresent).orElseThrow();
        try {
            assertThat(mail.getSubject()).startsWith("Approval waiting for you: issue_refund 250.00 USD on order 1002");
            Matcher link = LINK.matcher(String.valueOf(mail.getContent()));
            assertThat(link.find()).as("the mail carries the link").isTrue();
            return link.group(1);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private List<String> links() {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Approval waiting for you");
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).map(ApprovalLinkIT::to).toList();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + "token=".length()), StandardCharsets.UTF_8);
    }

    private static <T> T asStore(String tenantId, Supplier<T> work) {
        return TenantScope.of(tenantId, work);
    }
}
