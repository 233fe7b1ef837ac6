package io.commerceresolver.changeset.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The changeset and changeset_operation tables (V31): flat rows, the JSON columns as text. */
@Mapper
interface ChangesetMapper {

    record ChangesetRow(String id, String tenantId, String requestedBy, String note, String idempotencyKey, String status, int tier,
                        boolean allowed, boolean approvalRequired, String approverRole, String decisionId, String reasons,
                        String rulesVersion, int operationCount, int refusedCount, BigDecimal stress, Integer sessionMinutes,
                        Boolean voiceOptOut, String runId, String rollbackOf, Instant createdAt, Instant updatedAt) {
    }

    record OperationRow(String tenantId, String changesetId, int seq, String kind, String sku, String asked, String beforeState,
                        String afterState, String rollback, String problems, String decisionId, Integer tier, boolean allowed,
                        boolean approvalRequired, String reasons, String status) {
    }

    void insert(ChangesetRow row);

    void insertOperations(@Param("rows") List<OperationRow> rows);

    Optional<ChangesetRow> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<ChangesetRow> findByIdempotencyKey(@Param("tenantId") String tenantId, @Param("idempotencyKey") String idempotencyKey);

    List<OperationRow> operations(@Param("tenantId") String tenantId, @Param("changesetId") String changesetId,
                                  @Param("afterSeq") int afterSeq, @Param("limit") int limit);
}
