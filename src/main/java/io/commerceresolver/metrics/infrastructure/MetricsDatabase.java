package io.commerceresolver.metrics.infrastructure;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Repository;

import io.commerceresolver.metrics.MetricsRecords;

/** {@link MetricsRecords} read from the agent_run, approval, tool_call and ticket tables. */
@Repository
class MetricsDatabase implements MetricsRecords {

    private final MetricsMapper mapper;

    MetricsDatabase(MetricsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<RunCount> runs(String tenantId, Instant from, Instant to) {
        return mapper.runs(tenantId, from, to);
    }

    @Override
    public List<OutcomeCount> approvals(String tenantId, Instant from, Instant to) {
        return mapper.approvals(tenantId, from, to);
    }

    @Override
    public List<Span> approvalWaits(String tenantId, Instant from, Instant to) {
        return mapper.approvalWaits(tenantId, from, to);
    }

    @Override
    public List<OutcomeCount> toolCalls(String tenantId, Instant from, Instant to) {
        return mapper.toolCalls(tenantId, from, to);
    }

    @Override
    public List<Span> resolutions(String tenantId, Instant from, Instant to) {
        return mapper.resolutions(tenantId, from, to);
    }

    @Override
    public Triage triage(String tenantId, Instant from, Instant to) {
        return mapper.triage(tenantId, from, to);
    }
}
