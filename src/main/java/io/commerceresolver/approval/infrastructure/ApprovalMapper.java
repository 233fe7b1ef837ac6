package io.commerceresolver.approval.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;

@Mapper
public interface ApprovalMapper {

    int insertIfAbsent(Approval approval);

    Optional<Approval> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<Approval> findByRun(@Param("tenantId") String tenantId, @Param("runId") String runId);

    List<Approval> findByOutcome(@Param("tenantId") String tenantId, @Param("outcome") ApprovalOutcome outcome,
                                 @Param("after") String after, @Param("limit") int limit);

    int decide(@Param("tenantId") String tenantId, @Param("id") String id, @Param("outcome") ApprovalOutcome outcome,
               @Param("decidedBy") String decidedBy, @Param("reason") String reason, @Param("decidedAt") Instant decidedAt);

    int escalate(@Param("tenantId") String tenantId, @Param("id") String id, @Param("tier") int tier,
                 @Param("approverRole") String approverRole, @Param("dueAt") Instant dueAt, @Param("escalatedAt") Instant escalatedAt);
}
