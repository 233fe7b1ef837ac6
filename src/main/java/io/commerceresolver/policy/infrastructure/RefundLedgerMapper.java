package io.commerceresolver.policy.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The refunds the resolver issued, read from its own tool-call log. */
@Mapper
public interface RefundLedgerMapper {

    /** Succeeded issue_refund calls of the tenant since {@code since}, but those of one run; the request JSON carries the refund. */
    List<IssuedRefund> refundsSince(@Param("tenantId") String tenantId, @Param("since") Instant since,
                                    @Param("excludingRunId") String excludingRunId);

    record IssuedRefund(String request, Instant createdAt) {
    }
}
