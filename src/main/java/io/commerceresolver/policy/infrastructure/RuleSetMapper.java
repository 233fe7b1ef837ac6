package io.commerceresolver.policy.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RuleSetMapper {

    Optional<RuleSetRow> find(@Param("tenantId") String tenantId, @Param("version") String version);

    Optional<RuleSetRow> findActive(@Param("tenantId") String tenantId);

    /** Every version the tenant published, newest first. */
    List<RuleSetRow> list(@Param("tenantId") String tenantId);

    /** Every version the tenant published, newest first, without the files' text. */
    List<VersionRow> listVersions(@Param("tenantId") String tenantId);

    /** Tenants (other than the shared rule set) with a version of their own serving. */
    List<RuleSetRow> allActive();

    void insert(RuleSetRow ruleSet);

    /** Marks every other version of the tenant's rule set as no longer serving. */
    void supersedeAllBut(@Param("tenantId") String tenantId, @Param("version") String version);

    void markActive(@Param("tenantId") String tenantId, @Param("version") String version, @Param("publishedBy") String publishedBy,
                    @Param("publishedAt") Instant publishedAt, @Param("previousVersion") String previousVersion,
                    @Param("approvedBy") String approvedBy);

    int markProposed(@Param("tenantId") String tenantId, @Param("version") String version, @Param("publishedBy") String publishedBy,
                     @Param("publishedAt") Instant publishedAt);

    int reject(@Param("tenantId") String tenantId, @Param("version") String version, @Param("rejectedBy") String rejectedBy);

    /** A version's metadata, for lists. */
    record VersionRow(String version, String status, String source, String publishedBy, Instant publishedAt, String previousVersion,
                      String approvedBy) {
    }

    /** JSON columns ({@code ruleFiles}, {@code featureFiles}) travel as text; the adapter owns their shape. */
    record RuleSetRow(String tenantId, String version, String sha256, String source, String publishedBy, Instant publishedAt,
                      String status, String ruleFiles, String featureFiles, String previousVersion, String approvedBy) {
    }
}
