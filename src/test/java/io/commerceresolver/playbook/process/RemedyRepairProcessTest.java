package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * processes/goodwill_discount.bpmn, processes/return_and_replace.bpmn and order_status's remedies against a store that acknowledges every write
 * the first time and drops it: the read-back catches what is missing, the repair sends exactly those writes again under
 * their keys, the store does them, and the second read-back shows each once, not twice.
 */
@SpringBootTest(properties = "resolver.sandbox.faults.lost-writes=1")
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class RemedyRepairProcessTest {

    private static final String MARIA = "maria.garcia@example.com";

    @Autowired
    TestStores stores;
    @Autowired
    PlaybookTickets tickets;
    @Autowired
    EventLog events;

    @Test
    void aGoodwillCreditTheStoreDroppedIsSentAgainAndThenVerified() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "My order 1003 is so late. Could I get a discount for the trouble?");

            assertThat(run.playbook()).isEqualTo("goodwill_discount");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(types(tenantId, run)).containsSubsequence("verify", "repair", "tool_result", "verify", "run_finished");
            assertThat(run.state().getVerification().passed()).isTrue();
            Order after = tickets.order(tenantId, "1003");
            assertThat(after.discounts()).as("credited once").singleElement()
                    .satisfies(credit -> assertThat(credit.id()).isEqualTo(run.state().getDiscount().id()));
            assertThat(after.refundedTotal()).isEqualByComparingTo("8.95");
            assertThat(run.state().getNotification()).as("the customer is told once it shows").isNotNull();
        });
    }

    @Test
    void aReplacementAndItsLabelBothDroppedAreEachSentAgainOnceAndThenVerified() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "The tee TEE-ORG-BLK-M in order 1030 arrived torn, please send me a replacement.");

            assertThat(run.playbook()).isEqualTo("return_and_replace");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            List<Event> story = events.story(tenantId, run.ticketId());
            assertThat(story).filteredOn(event -> event.type().equals("repair")).extracting(Event::step)
                    .as("the label and the replacement, not the refund nobody asked for")
                    .containsExactly("create_return_label", "create_replacement");
            assertThat(run.state().getVerification().passed()).isTrue();
            Order after = tickets.order(tenantId, "1030");
            assertThat(after.returnLabels()).as("one label").singleElement()
                    .satisfies(label -> assertThat(label.id()).isEqualTo(run.state().getReturnLabel().id()));
            assertThat(after.replacements()).as("one replacement").singleElement()
                    .satisfies(sent -> assertThat(sent.id()).isEqualTo(run.state().getReplacement().id()));
            assertThat(after.refundedTotal()).isZero();
        });
    }

    @Test
    void aReplacementForALostShipmentTheStoreDroppedIsSentAgainAndThenVerified() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "kwame.mensah@example.com", "Hi, where is my order #1032?");

            assertThat(run.playbook()).isEqualTo("order_status");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(types(tenantId, run)).containsSubsequence("verify", "repair", "tool_result", "verify", "run_finished");
            assertThat(tickets.order(tenantId, "1032").replacements()).as("sent once").singleElement()
                    .satisfies(sent -> assertThat(sent.id()).isEqualTo(run.state().getReplacement().id()));
        });
    }

    private List<String> types(String tenantId, AgentRun run) {
        return events.story(tenantId, run.ticketId()).stream().map(Event::type).toList();
    }
}
