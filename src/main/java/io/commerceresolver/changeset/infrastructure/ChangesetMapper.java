package io.commerceresolver.changeset.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.changeset.Changeset;

/** The changeset and changeset_operation tables (V31): flat rows, the JSON columns as text. */
@Mapper
interface ChangesetMapper {

    record ChangesetRow(String id, String tenantId, String requestedBy, String note, String idempotencyKey, String status, int tier,
                        boolean allowed, boolean approvalRequired, String approverRole, String decisionId, String reasons,
                        String rulesVersion, int operationCount, int refusedCount, BigDecimal stress, Integer sessionMinutes,
                        Boolean voiceOptOut, String runId, String rollbackOf, Instant createdAt, Instant updatedAt, String confirmedBy,
                        Instant confirmedAt, int writtenCount, int failedCount, int skippedCount, int verifiedCount, int notShownCount,
                        String outcome, String receiptId) {
    }

    record OperationRow(String tenantId, String changesetId, int seq, String kind, String sku, String asked, String beforeState,
                        String afterState, String rollback, String problems, String decisionId, Integer tier, boolean allowed,
                        boolean approvalRequired, String reasons, String status, String result, Instant writtenAt, String shownState,
                        Boolean verified) {
    }

    /** How many operations ended in a status, and were (or were not, or not yet) shown when read back. */
    record OutcomeCount(String status, Boolean verified, int operations) {
    }

    void insert(ChangesetRow row);

    void insertOperations(@Param("rows") List<OperationRow> rows);

    Optional<ChangesetRow> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<ChangesetRow> findByIdempotencyKey(@Param("tenantId") String tenantId, @Param("idempotencyKey") String idempotencyKey);

    Optional<ChangesetRow> lock(@Param("tenantId") String tenantId, @Param("id") String id);

    List<OperationRow> operations(@Param("tenantId") String tenantId, @Param("changesetId") String changesetId, @Param("status") String status,
                                  @Param("unread") boolean unread, @Param("afterSeq") int afterSeq, @Param("limit") int limit);

    int confirm(@Param("tenantId") String tenantId, @Param("id") String id, @Param("by") String by, @Param("at") Instant at);

    void attachRun(@Param("tenantId") String tenantId, @Param("id") String id, @Param("runId") String runId);

    Optional<ChangesetRow> findByRun(@Param("tenantId") String tenantId, @Param("runId") String runId);

    int moveTo(@Param("tenantId") String tenantId, @Param("id") String id, @Param("from") String from, @Param("to") String to,
               @Param("outcome") String outcome, @Param("at") Instant at);

    void waitIn(@Param("tenantId") String tenantId, @Param("id") String id, @Param("phase") String phase, @Param("step") String step);

    String waitingStep(@Param("tenantId") String tenantId, @Param("id") String id, @Param("phase") String phase);

    void recordOutcome(@Param("r") OperationRow row, @Param("expected") String expected);

    int skipRest(@Param("tenantId") String tenantId, @Param("changesetId") String changesetId);

    List<OutcomeCount> countOutcomes(@Param("tenantId") String tenantId, @Param("changesetId") String changesetId);

    void keepProgress(@Param("tenantId") String tenantId, @Param("id") String id, @Param("p") Changeset.Progress progress,
                      @Param("at") Instant at);

    void sealed(@Param("tenantId") String tenantId, @Param("id") String id, @Param("receiptId") String receiptId);
}
