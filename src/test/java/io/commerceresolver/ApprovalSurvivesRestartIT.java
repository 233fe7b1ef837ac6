package io.commerceresolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;

/**
 * Stops the whole service while a refund waits for approval and starts it again on the same database: the
 * approval, the process instance and its user task must all still be there, and deciding it must finish the run.
 */
class ApprovalSurvivesRestartIT {

    @TempDir
    Path databaseFolder;

    @Test
    void aWaitingApprovalSurvivesARestartAndDecidingItFinishesTheRun() {
        String tenantId;
        String ticketId;
        try (ConfigurableApplicationContext before = start()) {
            tenantId = before.getBean(TestStores.class).newStore(Map.of()).tenantId();
            ticketId = before.getBean(TicketIntake.class).accept(tenantId,
                    new NewTicket("email", "restart-1", "ravi.kumar@example.in", null, "Refund $250 for order 1002"), null, "api-key:test").ticketId();
            before.getBean(Settling.class).settled(tenantId, ticketId);
            assertThat(before.getBean(TicketQueries.class).view(tenantId, ticketId).ticket().status())
                    .isEqualTo(TicketStatus.WAITING_APPROVAL);
        }

        try (ConfigurableApplicationContext after = start()) {
            TicketQueries tickets = after.getBean(TicketQueries.class);
            String approvalId = tickets.view(tenantId, ticketId).approval().id();

            after.getBean(ApprovalInbox.class).decide(Caller.user(tenantId, "lead@store.example", Set.of(Role.SENIOR_APPROVER)), approvalId, true, "Checked after restart");
            after.getBean(Settling.class).settled(tenantId, ticketId);

            assertThat(tickets.view(tenantId, ticketId).ticket().status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(after.getBean(CommerceConnector.class).getOrder(tenantId, "1002").orElseThrow().refundedTotal())
                    .isEqualByComparingTo("250.00");
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
