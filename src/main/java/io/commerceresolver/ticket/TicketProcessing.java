package io.commerceresolver.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.Amount;
import io.commerceresolver.intent.TicketText;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunPlan;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.Tenant;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * What happens to a stored ticket: it is read, the rules pick a playbook for it, and the playbook runs. Only one
 * worker ever processes a ticket: it is claimed first, and a ticket that is no longer new is left alone.
 */
public class TicketProcessing {

    private final Tickets tickets;
    private final IntentExtractor extractor;
    private final PolicyService policy;
    private final PlaybookRuns runs;
    private final EventLog events;
    private final TenantDirectory tenants;
    private final Transactions transactions;

    public TicketProcessing(Tickets tickets, IntentExtractor extractor, PolicyService policy, PlaybookRuns runs, EventLog events,
                            TenantDirectory tenants, Transactions transactions) {
        this.tickets = tickets;
        this.extractor = extractor;
        this.policy = policy;
        this.runs = runs;
        this.events = events;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    /**
     * Picks up tickets that were stored but never read, as when the service stopped between answering 202 and
     * processing; and tickets a worker claimed but stopped on before their run began, which are released first.
     * The grace periods keep it clear of tickets whose processing is just about to start, or still under way.
     */
    public int processStalled(Instant now, Duration gracePeriod, Duration claimAbandonedAfter, int perTenant) {
        int picked = 0;
        for (String tenantId : tenants.allTenantIds()) {
            tickets.releaseClaimsWithoutRun(tenantId, now.minus(claimAbandonedAfter));
            for (String ticketId : tickets.findReceivedBefore(tenantId, now.minus(gracePeriod), perTenant)) {
                try {
                    process(tenantId, ticketId);
                } catch (RuntimeException failed) {
                    // recorded on the ticket by process(); the sweep goes on with the others
                }
                picked++;
            }
        }
        return picked;
    }

    public void process(String tenantId, String ticketId) {
        Ticket ticket = tickets.findById(tenantId, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
        if (!tickets.claim(tenantId, ticketId)) {
            return;
        }
        try {
            readDecideAndRun(ticket);
        } catch (RuntimeException failure) {
            // the ticket must not stay "in progress" for ever: it fails visibly, with the error in its story
            transactions.inTransaction(() -> {
                tickets.updateStatus(tenantId, ticketId, TicketStatus.FAILED, "Processing failed: " + failure.getMessage());
                events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "note",
                        Map.of("failed", "processing", "error", String.valueOf(failure.getMessage())));
            });
            throw failure;
        }
    }

    private void readDecideAndRun(Ticket ticket) {
        String tenantId = ticket.tenantId();
        String ticketId = ticket.id();
        ExtractedIntent intent = extractor.extract(new TicketText(tenantId, ticket.subject(), ticket.text()));
        Tenant tenant = tenants.find(tenantId).orElseThrow(() -> new NotFound("tenant", tenantId));
        Decision triage = transactions.inTransaction(() -> {
            tickets.recordIntent(tenantId, ticketId, intent);
            events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "intent", intentPayload(intent));
            Decision decision = policy.triage(tenantId, ticketId,
                    new TicketTriage(intent.intent().code(), intent.confidence(), intent.entities().orderId()), tenant.settings());
            tickets.recordDecision(tenantId, ticketId, decision.id());
            events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "decision", decision.asEventPayload());
            return decision;
        });
        String playbook = triage.playbook();
        if (playbook == null || !runs.isDeployed(playbook)) {
            String why = playbook == null ? String.join("; ", triage.reasons())
                    : "No playbook '" + playbook + "' is deployed yet; a person needs to handle this ticket";
            transactions.inTransaction(() -> {
                tickets.updateStatus(tenantId, ticketId, TicketStatus.NEEDS_HUMAN, why);
                events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "note", Map.of("handedTo", "human", "why", why));
            });
            return;
        }
        Amount asked = intent.entities().requestedAmount();
        RunPlan plan = new RunPlan(intent.entities().orderId(), asked == null ? null : asked.value(), asked == null ? null : asked.currency(),
                ticket.customerEmail(), ticket.correlationId(), runs.toolsOf(playbook));
        runs.start(new PlaybookRuns.StartRequest(tenantId, ticketId, playbook, triage.tier(), triage.id(), plan));
    }

    private static Map<String, Object> intentPayload(ExtractedIntent intent) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("intent", intent.intent().code());
        payload.put("entities", intent.entities());
        payload.put("confidence", intent.confidence());
        payload.put("extractor", intent.extractor());
        if (!intent.notes().isEmpty()) {
            payload.put("notes", intent.notes());
        }
        return payload;
    }
}
