package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * processes/goodwill_discount.bpmn against a store that drops a credit twice: the one repair does not take either, so
 * a person takes the ticket over with the story of both read-backs, and the customer is not told of a credit.
 */
@SpringBootTest(properties = "resolver.sandbox.faults.lost-writes=2")
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class GoodwillHandOverAfterRepairProcessTest {

    @Autowired
    TestStores stores;
    @Autowired
    PlaybookTickets tickets;
    @Autowired
    EventLog events;
    @Autowired
    MailOutbox outbox;

    @Test
    void aCreditStillNotShownAfterItsRepairGoesToAPerson() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "maria.garcia@example.com", "My order 1003 is so late. Could I get a discount for the trouble?");

            assertThat(run.status()).isEqualTo(RunStatus.HANDED_OVER);
            assertThat(events.story(tenantId, run.ticketId()).stream().map(Event::type))
                    .containsSubsequence("verify", "repair", "verify", "run_finished");
            assertThat(run.state().getReasons()).anyMatch(reason -> reason.startsWith("The store does not show the goodwill credit"));
            assertThat(outbox.findByTenant(tenantId)).as("nobody tells the customer of a credit").isEmpty();
            assertThat(tickets.order(tenantId, "1003").discounts()).isEmpty();
        });
    }
}
