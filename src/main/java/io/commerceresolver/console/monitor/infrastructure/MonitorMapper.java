package io.commerceresolver.console.monitor.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.console.monitor.DashboardQueries;
import io.commerceresolver.console.monitor.MonitorQueries;

@Mapper
public interface MonitorMapper {

    List<MonitorQueries.StateCount> counts(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to);

    List<MonitorQueries.RunLine> runs(@Param("tenantId") String tenantId, @Param("filter") MonitorQueries.RunFilter filter);

    List<DashboardQueries.RunsInBucket> runsByBucket(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to,
                                                     @Param("ends") List<Instant> ends);

    List<DashboardQueries.CallsInBucket> toolCallsByBucket(@Param("tenantId") String tenantId, @Param("from") Instant from, @Param("to") Instant to,
                                                           @Param("ends") List<Instant> ends);
}
