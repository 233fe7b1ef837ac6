package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.Events;
import io.commerceresolver.playbook.RunPlan;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.ToolCalls;

/** The playbook feature's tables: runs, events and tool calls, with their JSON columns read and written here. */
@Component
class PlaybookStores implements Runs, Events, ToolCalls {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final RunMapper runs;
    private final EventMapper events;
    private final ToolCallMapper toolCalls;
    private final StoredJson json;
    private final DuplicateSafeInsert duplicateSafe;

    PlaybookStores(RunMapper runs, EventMapper events, ToolCallMapper toolCalls, StoredJson json, DataSource dataSource) {
        this.runs = runs;
        this.events = events;
        this.toolCalls = toolCalls;
        this.json = json;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean insertIfAbsent(AgentRun run) {
        RunMapper.RunRow row = new RunMapper.RunRow(run.id(), run.tenantId(), run.ticketId(), run.processInstanceId(),
                run.playbook(), run.status(), run.tier(), run.decisionId(), json.write(run.plan()), json.write(run.result()),
                run.startedAt(), run.endedAt());
        return duplicateSafe.insertIfAbsent(() -> runs.insertIfAbsent(row));
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
    public List<AgentRun> findRunningStartedBefore(String tenantId, Instant cutoff, int limit) {
        return runs.findRunningStartedBefore(tenantId, cutoff, limit).stream().map(this::run).toList();
    }

    @Override
    public void attachProcess(String tenantId, String runId, String processInstanceId) {
        runs.attachProcess(tenantId, runId, processInstanceId);
    }

    @Override
    public void saveResult(AgentRun run) {
        runs.updateResult(run.tenantId(), run.id(), json.write(run.result()));
    }

    @Override
    public void updateStatus(String tenantId, String runId, RunStatus status, Instant endedAt) {
        runs.updateStatus(tenantId, runId, status, endedAt);
    }

    @Override
    public void append(Event event) {
        events.insert(new EventMapper.EventRow(null, event.tenantId(), event.ticketId(), event.runId(), event.ts(), event.type(),
                event.step(), event.correlationId(), json.write(event.payload())));
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
    public void insert(ToolCall call) {
        toolCalls.insert(call);
    }

    @Override
    public void update(ToolCall call) {
        toolCalls.update(call);
    }

    private AgentRun run(RunMapper.RunRow row) {
        return new AgentRun(row.id(), row.tenantId(), row.ticketId(), row.processInstanceId(), row.playbook(), row.status(),
                row.tier(), row.decisionId(), json.read(row.plan(), RunPlan.class),
                row.result() == null ? Map.of() : json.read(row.result(), JSON_OBJECT), row.startedAt(), row.endedAt());
    }
}
