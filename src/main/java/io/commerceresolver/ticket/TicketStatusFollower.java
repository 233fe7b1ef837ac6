package io.commerceresolver.ticket;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunObserver;

/** The ticket follows its run, in the same transaction: in progress, waiting, resolved, declined, handed over, failed. */
public class TicketStatusFollower implements RunObserver {

    private final Tickets tickets;

    public TicketStatusFollower(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void runChanged(AgentRun run, String detail) {
        TicketStatus status = switch (run.status()) {
            case RUNNING, PARKED -> TicketStatus.IN_PROGRESS;
            case WAITING_APPROVAL -> TicketStatus.WAITING_APPROVAL;
            case COMPLETED -> TicketStatus.RESOLVED;
            case DECLINED -> TicketStatus.DECLINED;
            case HANDED_OVER, CANCELLED -> TicketStatus.NEEDS_HUMAN;
            case FAILED -> TicketStatus.FAILED;
            case SHADOWED -> TicketStatus.SHADOWED;
        };
        tickets.updateStatus(run.tenantId(), run.ticketId(), status, detail);
    }
}
