package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.playbook.RunQuery;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.RunSummary;

@Mapper
public interface RunMapper {

    int insertIfAbsent(RunRow run);

    Optional<RunRow> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<RunRow> findByTicket(@Param("tenantId") String tenantId, @Param("ticketId") String ticketId);

    Optional<RunRow> lockById(@Param("tenantId") String tenantId, @Param("id") String id);

    void setOrderId(@Param("tenantId") String tenantId, @Param("id") String id, @Param("orderId") String orderId);

    void attachProcess(@Param("tenantId") String tenantId, @Param("id") String id, @Param("processInstanceId") String processInstanceId);

    void updateResult(@Param("tenantId") String tenantId, @Param("id") String id, @Param("result") String result);

    void updateStatus(@Param("tenantId") String tenantId, @Param("id") String id, @Param("status") RunStatus status,
                      @Param("endedAt") Instant endedAt);

    List<RunSummary> list(@Param("tenantId") String tenantId, @Param("query") RunQuery query);

    record RunRow(String id, String tenantId, String ticketId, String processInstanceId, String playbook, RunStatus status,
                  int tier, String decisionId, String correlationId, String plan, String result, Instant startedAt,
                  Instant endedAt) {
    }
}
