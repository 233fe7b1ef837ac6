package io.commerceresolver.policy.infrastructure;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The last policy-features run per tenant and version (V25). */
@Mapper
public interface PolicyFeatureCheckMapper {

    Optional<CheckRow> find(@Param("tenantId") String tenantId, @Param("version") String version);

    int update(CheckRow row);

    void insert(CheckRow row);

    /** {@code failures} is a JSON list of {file, line, message}; the adapter owns its shape. */
    record CheckRow(String tenantId, String version, Instant checkedAt, int scenarios, int passed, String failures) {
    }
}
