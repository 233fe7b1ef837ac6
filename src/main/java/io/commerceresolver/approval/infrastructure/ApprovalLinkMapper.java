package io.commerceresolver.approval.infrastructure;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.approval.ApprovalLink;

@Mapper
public interface ApprovalLinkMapper {

    int insertIfAbsent(ApprovalLink link);

    Optional<ApprovalLink> find(@Param("tenantId") String tenantId, @Param("nonce") String nonce);

    int use(@Param("tenantId") String tenantId, @Param("nonce") String nonce, @Param("usedBy") String usedBy, @Param("at") Instant at);

    int attempt(@Param("id") String id, @Param("tenantId") String tenantId, @Param("nonce") String nonce, @Param("approvalId") String approvalId,
                @Param("action") String action, @Param("outcome") String outcome, @Param("principal") String principal, @Param("at") Instant at);
}
