package io.commerceresolver.console.workbench.infrastructure;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RuleDraftMapper {

    Optional<DraftRow> find(@Param("tenantId") String tenantId);

    int update(DraftRow row);

    void insert(DraftRow row);

    void delete(@Param("tenantId") String tenantId);

    /** JSON columns (files by name, problems) travel as text; the adapter owns their shape. */
    record DraftRow(String tenantId, String basedOn, String ruleFiles, String featureFiles, String version, String problems,
                    String updatedBy, Instant updatedAt) {
    }
}
