package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/**
 * processes/refund_order.bpmn against a store that drops a refund twice: the one repair does not take either, so a
 * person takes the ticket over with the story of both read-backs, and the customer is not told it was refunded.
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

    @Test
    void aRefundStillNotShownAfterItsRepairGoesToAPerson() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, "ann@example.com", null,
                "The mug in order #1001 arrived broken. Please refund $49.99."), null, "api-key:test").ticketId();

        TicketView view = settling.settled(tenantId, ticketId);

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(view.run().status()).isEqualTo(RunStatus.HANDED_OVER);
        assertThat(view.events().stream().map(Event::type)).containsSubsequence("verify", "repair", "verify", "run_finished");
        assertThat(outbox.findByTenant(tenantId)).as("nobody tells the customer it was refunded").isEmpty();
        assertThat(view.run().state().getReasons()).anyMatch(reason -> reason.startsWith("The store does not show the refund"));
        assertThat(store.getOrder(tenantId, "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("0");
    }
}
