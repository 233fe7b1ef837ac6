package io.commerceresolver.receipt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.approval.Approvals;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.Events;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.OperationClass;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.Tickets;

/**
 * Receipts of ticket runs that wrote: a finished run with at least one write the store made. It reads the stores, not
 * the services that drive runs (PlaybookRuns tells this feature of runs that end, so it cannot be asked in return).
 */
public class RunReceipts implements ReceiptSource {

    private final Runs runs;
    private final Tickets tickets;
    private final ToolCalls calls;
    private final Events events;
    private final Decisions decisions;
    private final Approvals approvals;
    private final Tools tools;
    private final StoredJson json;
    private final CustomerReferences customers;

    public RunReceipts(Runs runs, Tickets tickets, ToolCalls calls, Events events, Decisions decisions, Approvals approvals, Tools tools,
                       StoredJson json, CustomerReferences customers) {
        this.runs = runs;
        this.tickets = tickets;
        this.calls = calls;
        this.events = events;
        this.decisions = decisions;
        this.approvals = approvals;
        this.tools = tools;
        this.json = json;
        this.customers = customers;
    }

    /** A tool that changes the store, by its operation class (the one the rules and the order locks go by). */
    static boolean writes(String tool) {
        return OperationClass.of(tool).filter(c -> c == OperationClass.WRITE || c == OperationClass.BULK).isPresent();
    }

    /** Whether the store made one of the calls' writes: shadowed, refused and failed writes changed nothing. */
    static boolean wroteAny(List<ToolCall> calls) {
        return calls.stream().anyMatch(call -> call.status() == ToolCall.Status.SUCCEEDED && writes(call.tool()));
    }

    @Override
    public ReceiptRecord.Kind kind() {
        return ReceiptRecord.Kind.RUN;
    }

    @Override
    public Optional<ReceiptRecord> record(String tenantId, String runId) {
        AgentRun run = runs.findById(tenantId, runId).orElse(null);
        if (run == null || !run.status().isFinal()) {
            return Optional.empty();
        }
        List<ToolCall> made = calls.forRun(tenantId, runId);
        if (!wroteAny(made)) {
            return Optional.empty();
        }
        Ticket ticket = tickets.findById(tenantId, run.ticketId()).orElse(null);
        // the decisions taken for the run, and which let each call be made, as its story recorded them
        Map<String, String> decisionOfCall = new HashMap<>();
        Set<String> decisionIds = new LinkedHashSet<>();
        if (run.decisionId() != null) {
            decisionIds.add(run.decisionId());
        }
        for (Event event : events.forTicket(tenantId, run.ticketId())) {
            Object decisionId = event.payload() == null || !runId.equals(event.runId()) ? null : event.payload().get("decisionId");
            if (decisionId != null) {
                decisionIds.add(decisionId.toString());
                Object key = event.payload().get("idempotencyKey");
                if ("tool_call".equals(event.type()) && key != null) {
                    decisionOfCall.put(key.toString(), decisionId.toString());
                }
            }
        }
        List<RunFacts.Call> facts = new ArrayList<>();
        for (ToolCall call : made) {
            facts.add(new RunFacts.Call(call, writes(call.tool()), answer(call), decisionOfCall.get(call.idempotencyKey())));
        }
        String email = ticket != null && ticket.customerEmail() != null ? ticket.customerEmail() : run.plan().requesterEmail();
        return Optional.of(RunRecords.of(new RunFacts(run, ticket == null ? null : ticket.source(), ticket == null ? null : ticket.submittedBy(),
                ticket == null || ticket.intent() == null ? null : ticket.intent().intent().code(), customers.of(tenantId, email),
                ticket == null ? run.startedAt() : ticket.createdAt(), facts,
                List.copyOf(decisions.findByIds(tenantId, decisionIds).values()), approvals.findByRun(tenantId, runId).orElse(null))));
    }

    /** The store's answer typed as the tool's response for a call that succeeded; the recorded outcome's JSON values otherwise. */
    private Object answer(ToolCall call) {
        if (call.response() == null) {
            return null;
        }
        if (call.status() == ToolCall.Status.SUCCEEDED) {
            return tools.named(call.tool()).map(tool -> (Object) json.read(call.response(), tool.responseType())).orElse(null);
        }
        return json.read(call.response(), Object.class);
    }
}
