package io.commerceresolver.console.workbench.infrastructure;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The manual's failed runs of the features, per tenant and version (V30). */
@Mapper
public interface ManualFailureMapper {

    Optional<FailureRow> find(@Param("tenantId") String tenantId, @Param("version") String version);

    int update(FailureRow row);

    void insert(FailureRow row);

    int delete(@Param("tenantId") String tenantId, @Param("version") String version);

    record FailureRow(String tenantId, String version, Instant failedAt, String error) {
    }
}
