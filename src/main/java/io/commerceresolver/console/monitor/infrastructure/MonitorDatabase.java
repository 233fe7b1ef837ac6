package io.commerceresolver.console.monitor.infrastructure;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.commerceresolver.console.monitor.DashboardQueries;
import io.commerceresolver.console.monitor.MonitorQueries;

@Component
class MonitorDatabase implements MonitorQueries, DashboardQueries {

    private final MonitorMapper mapper;

    MonitorDatabase(MonitorMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<StateCount> counts(String tenantId, Instant from, Instant to) {
        return mapper.counts(tenantId, from, to);
    }

    @Override
    public List<RunLine> runs(String tenantId, RunFilter filter) {
        return mapper.runs(tenantId, filter);
    }

    @Override
    public List<RunsInBucket> runs(String tenantId, Instant from, List<Instant> ends) {
        return mapper.runsByBucket(tenantId, from, ends.get(ends.size() - 1), ends);
    }

    @Override
    public List<CallsInBucket> toolCalls(String tenantId, Instant from, List<Instant> ends) {
        return mapper.toolCallsByBucket(tenantId, from, ends.get(ends.size() - 1), ends);
    }
}
