package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/**
 * processes/refund_order.bpmn against a store that acknowledges every write the first time and drops it: the read-back
 * catches both the refund and the return label missing, each is sent once more under its own idempotency key, the
 * store does them, and the second read-back shows each once, not twice.
 */
@SpringBootTest(properties = "resolver.sandbox.faults.lost-writes=1")
@Import({TestStores.class, Settling.class})
class RefundRepairProcessTest {

    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    TestStores stores;
    @Autowired
    CommerceConnector store;

    @Test
    void aRefundTheStoreDroppedIsSentAgainUnderItsKeyAndThenVerified() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, "ann@example.com", null,
                "The mug in order #1001 arrived broken. Please refund $49.99."), null, "api-key:test").ticketId();

        TicketView view = settling.settled(tenantId, ticketId);

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(view.events().stream().map(Event::type)).containsSubsequence("tool_call", "tool_result", "verify", "repair",
                "tool_result", "verify", "run_finished");
        assertThat(view.run().state().getVerification().passed()).isTrue();
        assertThat(view.events()).filteredOn(event -> event.type().equals("repair")).extracting(event -> event.payload().get("tool"))
                .containsExactly("issue_refund", "create_return_label");
        Order order = store.getOrder(tenantId, "1001").orElseThrow();
        assertThat(order.refundedTotal()).as("refunded once").isEqualByComparingTo("49.99");
        assertThat(order.returnLabels()).as("one label, the run's").singleElement()
                .satisfies(label -> assertThat(label.id()).isEqualTo(view.run().state().getReturnLabel().id()));
    }
}
