package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;
import io.commerceresolver.user.UserDirectory;

/**
 * processes/refund_order.bpmn against a store that drops a refund twice: the one repair does not take either, so a
 * person takes the ticket over with the story of both read-backs (human_handoff: the rules give it to an admin, who is
 * mailed the story), and the customer is not told it was refunded.
 */
@SpringBootTest(properties = "resolver.sandbox.faults.lost-writes=2")
@Import({TestStores.class, Settling.class})
class RefundHandOverAfterRepairProcessTest {

    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    TestStores stores;
    @Autowired
    CommerceConnector store;
    @Autowired
    MailOutbox outbox;
    @Autowired
    UserDirectory users;

    @Test
    void aRefundStillNotShownAfterItsRepairGoesToAPerson() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        users.create(tenantId, "ops@store.example", Set.of(Role.ADMIN), "a long enough password", "test");
        users.create(tenantId, "agent@store.example", Set.of(Role.AGENT), "a long enough password", "test");
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, "ann@example.com", null,
                "The mug in order #1001 arrived broken. Please refund $49.99."), null, "api-key:test").ticketId();

        TicketView view = settling.settled(tenantId, ticketId);

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(view.run().status()).isEqualTo(RunStatus.HANDED_OVER);
        assertThat(view.events().stream().map(Event::type)).containsSubsequence("verify", "repair", "verify", "handed_over", "run_finished");
        // rules/handoff.drl: a write the store does not show is for an admin, not the support agents
        assertThat(view.ticket().assignee()).isEqualTo("ops@store.example");
        assertThat(view.events()).filteredOn(event -> event.type().equals("handed_over")).singleElement()
                .satisfies(event -> assertThat(event.payload()).containsEntry("cause", "not_repaired").containsEntry("team", "admin"));
        assertThat(outbox.findByTenant(tenantId)).as("nobody tells the customer it was refunded")
                .noneMatch(mail -> mail.toAddress().equals("ann@example.com"));
        assertThat(outbox.findByTenant(tenantId)).singleElement().satisfies(mail -> {
            assertThat(mail.toAddress()).isEqualTo("ops@store.example");
            assertThat(mail.body()).contains("not_repaired", "The store does not show the refund", "repair", "/api/v1/tickets/" + ticketId);
        });
        assertThat(view.run().state().getReasons()).anyMatch(reason -> reason.startsWith("The store does not show the refund"));
        assertThat(store.getOrder(tenantId, "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("0");
    }
}
