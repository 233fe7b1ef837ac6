package io.commerceresolver.console.workbench.infrastructure;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RuleDraftMapper {

    Optional<DraftRow> find(@Param("tenantId") String tenantId);

    /** Writes {@code row} over the revision before it ({@code row.revision() - 1}); 0 when the stored one is another. */
    int update(DraftRow row);

    /** 0 when the tenant has a candidate already (or one that ended: see {@link #reopen}). */
    int insertIfAbsent(DraftRow row);

    /** Writes {@code row} over the tenant's ended candidate at the revision after its last; 0 when there is none. */
    int reopen(DraftRow row);

    /** Ends the candidate if it is still at {@code revision}; 0 otherwise. */
    int end(@Param("tenantId") String tenantId, @Param("revision") long revision);

    /** JSON columns (files by name, problems) travel as text; the adapter owns their shape. */
    record DraftRow(String tenantId, String basedOn, String ruleFiles, String featureFiles, String version, String problems,
                    String updatedBy, Instant updatedAt, long revision) {
    }
}
