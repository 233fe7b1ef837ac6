package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.playbook.RunNode;

@Mapper
public interface RunNodeMapper {

    void insert(@Param("tenantId") String tenantId, @Param("runId") String runId, @Param("processId") String processId,
                @Param("nodeId") String nodeId, @Param("nodeInstanceId") String nodeInstanceId, @Param("nodeName") String nodeName,
                @Param("at") Instant at);

    void left(@Param("tenantId") String tenantId, @Param("nodeInstanceId") String nodeInstanceId, @Param("at") Instant at);

    List<RunNode> forRun(@Param("tenantId") String tenantId, @Param("runId") String runId);
}
