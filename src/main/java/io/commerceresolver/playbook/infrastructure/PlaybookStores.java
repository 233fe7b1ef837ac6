package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.Events;
import io.commerceresolver.playbook.Playbooks;
import io.commerceresolver.playbook.RunQuery;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.RunSummary;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.privacy.PersonalDataMask;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/**
 * The playbook feature's tables: runs, events and tool calls. A run's plan is read back as its playbook's own plan
 * type, and its state as {@link RunState}.
 */
@Component
class PlaybookStores implements Runs, Events, ToolCalls {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final RunMapper runs;
    private final EventMapper events;
    private final ToolCallMapper toolCalls;
    private final Playbooks playbooks;
    private final StoredJson json;
    private final DuplicateSafeInsert duplicateSafe;

    PlaybookStores(RunMapper runs, EventMapper events, ToolCallMapper toolCalls, Playbooks playbooks, StoredJson json,
                   DataSource dataSource) {
        this.runs = runs;
        this.events = events;
        this.toolCalls = toolCalls;
        this.playbooks = playbooks;
        this.json = json;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean insertIfAbsent(AgentRun run) {
        RunMapper.RunRow row = new RunMapper.RunRow(run.id(), run.tenantId(), run.ticketId(), run.processInstanceId(),
                run.playbook(), run.status(), run.tier(), run.decisionId(), run.correlationId(), json.write(run.plan()),
                json.write(run.state()), run.startedAt(), run.endedAt());
        boolean inserted = duplicateSafe.insertIfAbsent(() -> runs.insertIfAbsent(row));
        if (inserted && run.plan() != null && run.plan().orderId() != null && run.plan().orderId().length() <= 100) {
            runs.setOrderId(run.tenantId(), run.id(), run.plan().orderId());
        }
        return inserted;
    }

    @Override
    public Optional<AgentRun> lock(String tenantId, String runId) {
        return runs.lockById(tenantId, runId).map(this::run);
    }

    @Override
    public Optional<AgentRun> findById(String tenantId, String runId) {
        return runs.findById(tenantId, runId).map(this::run);
    }

    @Override
    public Optional<AgentRun> findByTicket(String tenantId, String ticketId) {
        return runs.findByTicket(tenantId, ticketId).map(this::run);
    }

    @Override
    public void attachProcess(String tenantId, String runId, String processInstanceId) {
        runs.attachProcess(tenantId, runId, processInstanceId);
    }

    @Override
    public void saveState(AgentRun run, RunState state) {
        runs.updateResult(run.tenantId(), run.id(), json.write(state));
    }

    @Override
    public void updateStatus(String tenantId, String runId, RunStatus status, Instant endedAt) {
        runs.updateStatus(tenantId, runId, status, endedAt);
    }

    @Override
    public List<RunSummary> list(String tenantId, RunQuery query) {
        return runs.list(tenantId, query);
    }

    @Override
    public void append(Event event) {
        // the story keeps a masked copy of what it says about people (PersonalDataMask); the records the work needs keep theirs
        events.insert(new EventMapper.EventRow(null, event.tenantId(), event.ticketId(), event.runId(), event.ts(), event.type(),
                event.step(), event.correlationId(), json.write(PersonalDataMask.masked(json.tree(event.payload())))));
    }

    @Override
    public List<Event> forTicket(String tenantId, String ticketId) {
        return events.findByTicket(tenantId, ticketId).stream()
                .map(row -> new Event(row.id(), row.tenantId(), row.ticketId(), row.runId(), row.ts(), row.type(), row.step(),
                        row.correlationId(), json.read(row.payload(), JSON_OBJECT)))
                .toList();
    }

    @Override
    public Optional<ToolCall> find(String tenantId, String idempotencyKey) {
        return toolCalls.find(tenantId, idempotencyKey);
    }

    @Override
    public boolean insertIfAbsent(ToolCall call) {
        return duplicateSafe.insertIfAbsent(() -> toolCalls.insertIfAbsent(call));
    }

    @Override
    public void update(ToolCall call) {
        toolCalls.update(call);
    }

    @Override
    public List<ToolCall> forRun(String tenantId, String runId) {
        return toolCalls.forRun(tenantId, runId);
    }

    private AgentRun run(RunMapper.RunRow row) {
        return new AgentRun(row.id(), row.tenantId(), row.ticketId(), row.processInstanceId(), row.playbook(), row.status(),
                row.tier(), row.decisionId(), row.correlationId(), json.read(row.plan(), playbooks.declaration(row.playbook()).planType()),
                row.result() == null ? new RunState() : json.read(row.result(), RunState.class), row.startedAt(), row.endedAt());
    }
}
