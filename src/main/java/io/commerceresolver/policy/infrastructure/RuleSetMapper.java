package io.commerceresolver.policy.infrastructure;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RuleSetMapper {

    Optional<RuleSetRow> find(@Param("tenantId") String tenantId, @Param("version") String version);

    void insert(RuleSetRow ruleSet);

    /** Marks every other version of the tenant's rule set as no longer serving. */
    void supersedeAllBut(@Param("tenantId") String tenantId, @Param("version") String version);

    void markActive(@Param("tenantId") String tenantId, @Param("version") String version);

    record RuleSetRow(String tenantId, String version, String sha256, String source, String publishedBy,
                      Instant publishedAt, String status) {
    }
}
