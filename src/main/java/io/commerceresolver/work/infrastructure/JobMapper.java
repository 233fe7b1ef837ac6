package io.commerceresolver.work.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.work.Job;

@Mapper
interface JobMapper {

    record JobRow(String id, String tenantId, String kind, String ref, Instant dueAt, String owner, Instant leaseUntil,
                  int attempts, Instant createdAt) {
    }

    int insertIfAbsent(JobRow row);

    /** Due jobs nobody holds, locked for this transaction; rows another worker is claiming right now are skipped. */
    List<String> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    int lease(@Param("ids") List<String> ids, @Param("owner") String owner, @Param("leaseUntil") Instant leaseUntil);

    List<Job> findByIds(@Param("ids") List<String> ids);

    Job find(@Param("tenantId") String tenantId, @Param("kind") String kind, @Param("ref") String ref);

    int delete(@Param("id") String id);

    int deleteByRef(@Param("tenantId") String tenantId, @Param("kind") String kind, @Param("ref") String ref);

    int release(@Param("id") String id, @Param("dueAt") Instant dueAt, @Param("lastError") String lastError);

    /** Like {@link #release}, and the claim being released is not counted as an attempt. */
    int postpone(@Param("id") String id, @Param("dueAt") Instant dueAt);

    int countAll();
}
