package io.commerceresolver.playbook.infrastructure;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.playbook.ToolCall;

@Mapper
public interface ToolCallMapper {

    Optional<ToolCall> find(@Param("tenantId") String tenantId, @Param("idempotencyKey") String idempotencyKey);

    int insertIfAbsent(ToolCall call);

    void update(ToolCall call);

    List<ToolCall> forRun(@Param("tenantId") String tenantId, @Param("runId") String runId);
}
