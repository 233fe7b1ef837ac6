package io.commerceresolver.ticket;

import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.connector.Address;
import io.commerceresolver.intent.Amount;
import io.commerceresolver.intent.Entities;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.PostalAddress;
import io.commerceresolver.intent.ProductFields;
import io.commerceresolver.intent.TicketLanguage;
import io.commerceresolver.intent.TicketText;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.TicketFacts;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.Tenant;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * What happens to a stored ticket, as a queued job: it is read, and its language told (outside any transaction: the
 * reader may call a model), then one short transaction records the reading and the rules' triage, starts the playbook the rules chose
 * (which runs to its first queued tool call) and ends the job. A worker that dies half-way leaves the job to be
 * taken up again, with nothing of it recorded.
 */
public class TicketProcessing implements JobHandler {

    private final Tickets tickets;
    private final IntentExtractor extractor;
    private final TicketLanguage languages;
    private final PolicyService policy;
    private final PlaybookRuns runs;
    private final EventLog events;
    private final TenantDirectory tenants;
    private final WorkQueue work;
    private final Transactions transactions;

    public TicketProcessing(Tickets tickets, IntentExtractor extractor, TicketLanguage languages, PolicyService policy, PlaybookRuns runs,
                            EventLog events, TenantDirectory tenants, WorkQueue work, Transactions transactions) {
        this.tickets = tickets;
        this.extractor = extractor;
        this.languages = languages;
        this.policy = policy;
        this.runs = runs;
        this.events = events;
        this.tenants = tenants;
        this.work = work;
        this.transactions = transactions;
    }

    @Override
    public JobKind kind() {
        return JobKind.READ_TICKET;
    }

    @Override
    public void handle(Job job) {
        Ticket ticket = tickets.findById(job.tenantId(), job.ref()).orElseThrow(() -> new NotFound("ticket", job.ref()));
        if (ticket.status() != TicketStatus.RECEIVED) {
            transactions.inTransaction(() -> work.done(job));
            return;
        }
        TicketText text = new TicketText(ticket.tenantId(), ticket.subject(), ticket.text());
        ExtractedIntent intent = ticket.replayOf() != null ? originalReading(ticket)
                // a ticket the store's rules opened comes with their reading, which no reader's guess replaces
                : Ticket.STORE_SOURCE.equals(ticket.source()) && ticket.intent() != null ? ticket.intent()
                : extractor.extract(text);
        String language = languages.of(text);
        Tenant tenant = tenants.find(ticket.tenantId()).orElseThrow(() -> new NotFound("tenant", ticket.tenantId()));
        transactions.inTransaction(() -> {
            decideAndStart(ticket, intent, language, tenant);
            work.done(job);
        });
    }

    private void decideAndStart(Ticket ticket, ExtractedIntent intent, String language, Tenant tenant) {
        String tenantId = ticket.tenantId();
        String ticketId = ticket.id();
        tickets.recordIntent(tenantId, ticketId, intent);
        tickets.recordLanguage(tenantId, ticketId, language);
        events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "intent", intentPayload(intent, language));
        Decision triage = policy.triage(tenantId, ticketId,
                new TicketTriage(intent.intent().code(), intent.confidence(), intent.entities().orderId()), tenant.settings());
        tickets.recordDecision(tenantId, ticketId, triage.id());
        events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "decision", triage.asEventPayload());
        String playbook = triage.playbook();
        if (playbook == null || !runs.isDeployed(playbook)) {
            // rules that chose no playbook, or one not deployed: a person takes the ticket, whom the rules still name
            String why = playbook == null ? "The rules chose no playbook: " + String.join("; ", triage.reasons())
                    : "No playbook '" + playbook + "' is deployed, so a person handles this ticket";
            events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "note", Map.of("handedTo", "human", "why", why));
            playbook = HandOver.HUMAN_HANDOFF;
        }
        runs.start(new PlaybookRuns.StartRequest(tenantId, ticketId, playbook, triage.tier(), triage.id(), ticket.correlationId(),
                facts(intent, ticket.customerEmail()), ticket.replayOf() != null));
    }

    /** A replay is read as its original was: only the rules in force may make a difference. */
    private ExtractedIntent originalReading(Ticket replay) {
        return tickets.findById(replay.tenantId(), replay.replayOf()).map(Ticket::intent)
                .orElseThrow(() -> new NotFound("reading of the replayed ticket", replay.replayOf()));
    }

    /** What the reading names, as plans are made from it. */
    private static TicketFacts facts(ExtractedIntent intent, String writer) {
        Entities named = intent.entities();
        Amount asked = named.requestedAmount();
        PostalAddress address = named.newAddress();
        Amount price = named.requestedPrice();
        ProductFields product = named.product();
        return new TicketFacts(named.orderId(), asked == null ? null : asked.value(), asked == null ? null : asked.currency(),
                named.skus(), address == null ? null : new Address(null, address.line1(), address.line2(), address.city(),
                        address.region(), address.postalCode(), address.country()),
                writer, intent.intent().code(), price == null ? null : price.value(), price == null ? null : price.currency(),
                named.requestedPercentage(), product == null ? null : new TicketFacts.ProductAsk(product.sku(), product.title(),
                        product.price() == null ? null : product.price().value(), product.price() == null ? null : product.price().currency(),
                        product.quantity(), product.category()));
    }

    /** The ticket could not be read or started on any attempt: it fails visibly, with the error in its story. */
    @Override
    public void giveUp(Job job, String error) {
        tickets.findById(job.tenantId(), job.ref()).ifPresent(ticket -> {
            tickets.updateStatus(ticket.tenantId(), ticket.id(), TicketStatus.FAILED, "Processing failed: " + error);
            events.ticketEvent(ticket.tenantId(), ticket.id(), ticket.correlationId(), "note",
                    Map.of("failed", "processing", "error", error));
        });
    }

    private static Map<String, Object> intentPayload(ExtractedIntent intent, String language) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("intent", intent.intent().code());
        payload.put("language", language);
        payload.put("entities", intent.entities());
        payload.put("confidence", intent.confidence());
        payload.put("extractor", intent.extractor());
        if (!intent.notes().isEmpty()) {
            payload.put("notes", intent.notes());
        }
        return payload;
    }
}
