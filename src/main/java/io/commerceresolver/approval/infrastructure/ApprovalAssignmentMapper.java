package io.commerceresolver.approval.infrastructure;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ApprovalAssignmentMapper {

    int assign(@Param("tenantId") String tenantId, @Param("id") String approvalId, @Param("assignee") String assignee);

    Optional<String> assignee(@Param("tenantId") String tenantId, @Param("id") String approvalId);
}
