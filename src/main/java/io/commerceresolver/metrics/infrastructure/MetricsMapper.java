package io.commerceresolver.metrics.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.metrics.MetricsRecords.OutcomeCount;
import io.commerceresolver.metrics.MetricsRecords.RunCount;
import io.commerceresolver.metrics.MetricsRecords.Span;
import io.commerceresolver.metrics.MetricsRecords.Triage;

/** The summary's reads: each filtered by tenant, over the runs started in [from, to) (agent_run's (tenant_id, started_at)). */
@Mapper
public interface MetricsMapper {

    List<RunCount> runs(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);

    List<OutcomeCount> approvals(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);

    List<Span> approvalWaits(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);

    List<OutcomeCount> toolCalls(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);

    List<Span> resolutions(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);

    Triage triage(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);
}
