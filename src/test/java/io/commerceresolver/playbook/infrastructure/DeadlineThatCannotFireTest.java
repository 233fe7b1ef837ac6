package io.commerceresolver.playbook.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobKind;

/**
 * An approval deadline whose timer failed on every attempt: the work queue gives it up, and the run's story and its
 * ticket say so, while the approval keeps waiting for a person (nothing is decided for them).
 */
@SpringBootTest
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class DeadlineThatCannotFireTest {

    @Autowired
    TestStores stores;
    @Autowired
    PlaybookTickets tickets;
    @Autowired
    TicketQueries queries;
    @Autowired
    ProcessTimerMapper timers;
    @Autowired
    ProcessTimerJobs timerJobs;

    @Test
    void aDeadlineGivenUpIsToldToTheRunAndTheApprovalStillWaits() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "ravi.kumar@example.in", "Order 1002 arrived damaged, please refund $250.00");
            List<ProcessTimer> due = timers.findByTenant(tenantId);
            assertThat(due).as("the approval's deadline").hasSize(1);
            ProcessTimer deadline = due.get(0);

            timerJobs.giveUp(new Job("job-1", tenantId, JobKind.FIRE_TIMER, deadline.id(), deadline.fireAt(), 5),
                    "IllegalStateException: the mail server refused the escalation");

            TicketView view = queries.view(tenantId, run.ticketId());
            assertThat(view.ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);
            assertThat(view.ticket().statusDetail()).startsWith("A deadline due at " + deadline.fireAt() + " could not be acted on")
                    .contains("the mail server refused");
            assertThat(view.approval().outcome().name()).isEqualTo("PENDING");
            assertThat(view.events()).anySatisfy(event -> {
                assertThat(event.step()).isEqualTo("deadline");
                assertThat(event.payload()).containsEntry("failed", "deadline").containsEntry("timer", deadline.id());
            });
        });
    }
}
