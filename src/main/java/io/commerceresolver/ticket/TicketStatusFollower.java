package io.commerceresolver.ticket;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunObserver;

/** The ticket follows its run: in progress, waiting for approval, resolved, declined or failed. */
public class TicketStatusFollower implements RunObserver {

    private final Tickets tickets;

    public TicketStatusFollower(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void runChanged(AgentRun run) {
        TicketStatus status = switch (run.status()) {
            case RUNNING -> TicketStatus.IN_PROGRESS;
            case WAITING_APPROVAL -> TicketStatus.WAITING_APPROVAL;
            case COMPLETED -> TicketStatus.RESOLVED;
            case DECLINED -> TicketStatus.DECLINED;
            case HANDED_OVER -> TicketStatus.NEEDS_HUMAN;
            case FAILED -> TicketStatus.FAILED;
        };
        tickets.updateStatus(run.tenantId(), run.ticketId(), status, "Run " + run.status().name().toLowerCase() + " (" + run.playbook() + ")");
    }
}
