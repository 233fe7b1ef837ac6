package io.commerceresolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.PlaybookSettings;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;
import io.commerceresolver.user.UserDirectory;

/**
 * An approval nobody decides: past the tenant's first deadline it moves up to the senior approvers (who are told),
 * past the second it expires, the customer is told and a person takes the ticket over; the store is never touched.
 * The deadlines are BPMN timers kept in the database, so one that falls due while the service is down fires after
 * it starts again.
 */
class ApprovalDeadlineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @TempDir
    Path databaseFolder;

    @Test
    void anUndecidedApprovalIsEscalatedThenExpiresAndAPersonTakesTheTicket() {
        try (ConfigurableApplicationContext service = start()) {
            String tenantId = service.getBean(TestStores.class).newStore(Map.of(PlaybookSettings.APPROVAL_DEADLINE, "PT2S",
                    PlaybookSettings.APPROVAL_FINAL_DEADLINE, "PT3S")).tenantId();
            service.getBean(UserDirectory.class).create(tenantId, "lead@store.example", Set.of(Role.SENIOR_APPROVER),
                    "a long enough password", "test");
            String ticketId = refundNeedingApproval(service, tenantId, "deadline-1");
            TicketQueries tickets = service.getBean(TicketQueries.class);
            ApprovalInbox inbox = service.getBean(ApprovalInbox.class);
            String approvalId = tickets.view(tenantId, ticketId).approval().id();

            TicketView escalated = awaitView(service, tenantId, ticketId, view -> view.approval().escalatedAt() != null);
            assertThat(escalated.approval().approverRole()).isEqualTo("senior_approver");
            assertThat(escalated.approval().tier()).isEqualTo(3);
            assertThat(escalated.approval().outcome()).isEqualTo(ApprovalOutcome.PENDING);
            assertThat(escalated.ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);
            assertThat(types(escalated)).contains("approval_escalated");
            assertThat(service.getBean(MailOutbox.class).findByTenant(tenantId)).extracting(OutboxMail::toAddress)
                    .contains("lead@store.example");
            // an approver's tier is behind it now
            assertThatThrownBy(() -> inbox.decide(Caller.user(tenantId, "ann@store.example", Set.of(Role.APPROVER)), approvalId, true, null))
                    .isInstanceOf(Forbidden.class);

            TicketView expired = awaitView(service, tenantId, ticketId, view -> view.ticket().status() == TicketStatus.NEEDS_HUMAN);
            assertThat(expired.approval().outcome()).isEqualTo(ApprovalOutcome.EXPIRED);
            assertThat(expired.run().status()).isEqualTo(RunStatus.HANDED_OVER);
            assertThat(types(expired)).containsSubsequence("approval_requested", "approval_escalated", "approval_expired", "handed_over");
            // rules/handoff.drl: an approval nobody decided goes to a senior approver, who is mailed the story
            assertThat(expired.ticket().assignee()).isEqualTo("lead@store.example");
            assertThat(service.getBean(MailOutbox.class).findByTenant(tenantId))
                    .anyMatch(mail -> mail.toAddress().equals("lead@store.example") && mail.subject().startsWith("Ticket for you")
                            && mail.body().contains("approval_expired"));
            assertThat(service.getBean(MailOutbox.class).findByTenant(tenantId)).extracting(OutboxMail::body)
                    .anyMatch(body -> body.contains("was not given in time"));
            assertThat(service.getBean(CommerceConnector.class).getOrder(tenantId, "1002").orElseThrow().refundedTotal())
                    .isEqualByComparingTo("0");
        }
    }

    @Test
    void aDeadlineThatFallsDueWhileTheServiceIsDownFiresAfterTheRestart() throws InterruptedException {
        String tenantId;
        String ticketId;
        try (ConfigurableApplicationContext before = start()) {
            tenantId = before.getBean(TestStores.class).newStore(Map.of(PlaybookSettings.APPROVAL_DEADLINE, "PT4S",
                    PlaybookSettings.APPROVAL_FINAL_DEADLINE, "PT1H")).tenantId();
            ticketId = refundNeedingApproval(before, tenantId, "deadline-restart");
            assertThat(before.getBean(TicketQueries.class).view(tenantId, ticketId).approval().escalatedAt()).isNull();
        }
        Thread.sleep(5000); // the first deadline passes while nothing runs

        try (ConfigurableApplicationContext after = start()) {
            TicketView escalated = awaitView(after, tenantId, ticketId, view -> view.approval().escalatedAt() != null);
            assertThat(escalated.approval().approverRole()).isEqualTo("senior_approver");
            assertThat(types(escalated)).containsOnlyOnce("approval_escalated");

            after.getBean(ApprovalInbox.class).decide(Caller.user(tenantId, "lead@store.example", Set.of(Role.SENIOR_APPROVER)),
                    escalated.approval().id(), true, "Escalated to me after the restart");
            after.getBean(Settling.class).settled(tenantId, ticketId);
            assertThat(after.getBean(TicketQueries.class).view(tenantId, ticketId).ticket().status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(after.getBean(CommerceConnector.class).getOrder(tenantId, "1002").orElseThrow().refundedTotal())
                    .isEqualByComparingTo("250.00");
        }
    }

    private static String refundNeedingApproval(ConfigurableApplicationContext service, String tenantId, String externalId) {
        String ticketId = service.getBean(TicketIntake.class).accept(tenantId,
                new NewTicket("email", externalId, "ravi.kumar@example.in", null, "Refund $250 for order 1002"), null, "api-key:test").ticketId();
        service.getBean(Settling.class).settled(tenantId, ticketId);
        assertThat(service.getBean(TicketQueries.class).view(tenantId, ticketId).ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);
        return ticketId;
    }

    private static TicketView awaitView(ConfigurableApplicationContext service, String tenantId, String ticketId, Predicate<TicketView> until) {
        TicketQueries tickets = service.getBean(TicketQueries.class);
        Instant giveUp = Instant.now().plus(PATIENCE);
        TicketView view = tickets.view(tenantId, ticketId);
        while (!until.test(view)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Ticket " + ticketId + " did not get there within " + PATIENCE + ": " + view.ticket().status()
                        + ", approval " + view.approval() + ", events " + types(view));
            }
            sleep();
            view = tickets.view(tenantId, ticketId);
        }
        return view;
    }

    private static List<String> types(TicketView view) {
        return view.events().stream().map(Event::type).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--resolver.demo.enabled=false"));
        if (!String.valueOf(System.getProperty("spring.profiles.active")).contains("postgres")) {
            // a file database, so that what the first run wrote is there for the second
            args.add("--spring.datasource.url=jdbc:h2:file:" + databaseFolder.resolve("resolver").toAbsolutePath());
        }
        return new SpringApplicationBuilder(CommerceResolverApplication.class, TestStores.class, Settling.class).run(args.toArray(String[]::new));
    }
}
