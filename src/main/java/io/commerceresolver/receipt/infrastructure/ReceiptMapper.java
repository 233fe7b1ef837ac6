package io.commerceresolver.receipt.infrastructure;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptStore;

/** Receipts are append-only: there is no update or delete. The head row moves forward only. */
@Mapper
public interface ReceiptMapper {

    void insert(@Param("receipt") Receipt receipt, @Param("bodyLength") int bodyLength);

    Optional<Receipt> find(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<Receipt> findBySeq(@Param("tenantId") String tenantId, @Param("seq") long seq);

    Optional<Receipt> findBySubject(@Param("tenantId") String tenantId, @Param("kind") ReceiptRecord.Kind kind, @Param("subjectId") String subjectId);

    /** The next receipts' seq and body length, by seq; no bodies. */
    List<Extent> extents(@Param("tenantId") String tenantId, @Param("afterSeq") long afterSeq, @Param("limit") int limit);

    /** The receipts after {@code afterSeq} up to {@code lastSeq}, by seq, with what verifying them needs. */
    List<ReceiptStore.Link> links(@Param("tenantId") String tenantId, @Param("afterSeq") long afterSeq, @Param("lastSeq") long lastSeq);

    int insertHeadIfAbsent(@Param("tenantId") String tenantId, @Param("genesis") String genesis);

    ReceiptStore.Head lockHead(@Param("tenantId") String tenantId);

    Optional<ReceiptStore.Head> head(@Param("tenantId") String tenantId);

    /** Only forward by one, from the head it was read as: anything else is a bug the caller should hear of (0 rows). */
    int advanceHead(@Param("tenantId") String tenantId, @Param("seq") long seq, @Param("sha256") String sha256);

    record Extent(long seq, int bodyLength) {
    }
}
