package io.commerceresolver.receipt.infrastructure;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.receipt.Receipt;

/** Receipts are append-only: there is no update. */
@Mapper
public interface ReceiptMapper {

    void insert(Receipt receipt);

    /** The run's receipts, oldest first; the schema does not limit a run to one. */
    List<Receipt> findByRun(@Param("tenantId") String tenantId, @Param("runId") String runId);

    /** The tenant's newest receipt, whose hash the next receipt chains to. */
    Optional<Receipt> findLatest(@Param("tenantId") String tenantId);
}
