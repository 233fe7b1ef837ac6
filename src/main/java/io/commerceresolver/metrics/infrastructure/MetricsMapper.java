package io.commerceresolver.metrics.infrastructure;

import org.apache.ibatis.annotations.Mapper;

import io.commerceresolver.metrics.MetricsRecords;

/**
 * {@link MetricsRecords} read from the agent_run, approval, tool_call and ticket tables (MetricsMapper.xml): each
 * read filtered by tenant, over the runs started in [from, to) (agent_run's (tenant_id, started_at) index). The
 * statements name the methods' own parameters (the build compiles with {@code -parameters}).
 */
@Mapper
public interface MetricsMapper extends MetricsRecords {
}
