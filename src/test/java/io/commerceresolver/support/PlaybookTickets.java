package io.commerceresolver.support;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * What an in-process playbook test does with a ticket, as intake and the approval inbox would: hand it in and wait
 * for its run to settle, then decide its approval as someone and wait again. Call it within the store's tenant.
 */
@Component
public class PlaybookTickets {

    private final TicketIntake intake;
    private final Settling settling;
    private final PlaybookRuns runs;
    private final ApprovalInbox approvals;

    public PlaybookTickets(TicketIntake intake, Settling settling, PlaybookRuns runs, ApprovalInbox approvals) {
        this.intake = intake;
        this.settling = settling;
        this.runs = runs;
        this.approvals = approvals;
    }

    /** The run of a ticket {@code from} writes, once it has settled (ended, or waiting for a person). */
    public AgentRun runFor(String tenantId, String from, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, from, null, text), null, "api-key:test").ticketId();
        settling.settled(tenantId, ticketId);
        return runs.forTicket(tenantId, ticketId).orElseThrow();
    }

    public Approval approval(AgentRun run) {
        return approvals.forRun(run.tenantId(), run.id()).orElseThrow();
    }

    /** {@code who}, holding {@code role}, decides the run's approval; the run then settles. */
    public void decide(AgentRun run, String who, Role role, boolean approved, String reason) {
        approvals.decide(Caller.user(run.tenantId(), who, Set.of(role)), approval(run).id(), approved, reason);
        settling.settled(run.tenantId(), run.ticketId());
    }
}
