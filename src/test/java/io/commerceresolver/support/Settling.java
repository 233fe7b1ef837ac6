package io.commerceresolver.support;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/**
 * Tickets are worked on by the service's workers, after intake has answered; a test waits here until the ticket
 * has settled: ended, or waiting for a person.
 */
@Component
public class Settling {

    private static final Set<TicketStatus> UNSETTLED = EnumSet.of(TicketStatus.RECEIVED, TicketStatus.IN_PROGRESS);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TicketQueries tickets;

    public Settling(TicketQueries tickets) {
        this.tickets = tickets;
    }

    public TicketView settled(String tenantId, String ticketId) {
        return settled(tenantId, ticketId, PATIENCE);
    }

    /** With more patience: for work that waits out a vendor's outage (a parked call is tried again 30 s later). */
    public TicketView settled(String tenantId, String ticketId, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            TicketView view = TenantScope.of(tenantId, () -> tickets.view(tenantId, ticketId));
            if (!UNSETTLED.contains(view.ticket().status())) {
                return view;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Ticket " + ticketId + " did not settle within " + patience + ": " + view.ticket().status()
                        + " (" + view.ticket().statusDetail() + ")");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", interrupted);
            }
        }
    }
}
