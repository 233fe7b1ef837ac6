package io.commerceresolver.policy.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DecisionMapper {

    void insert(DecisionRow decision);


    void insertAll(@Param("rows") List<DecisionRow> rows);

    Optional<DecisionRow> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    List<DecisionRow> findByIds(@Param("tenantId") String tenantId, @Param("ids") List<String> ids);

    /** The tenant's most recent decisions, newest first. */
    List<DecisionRow> latest(@Param("tenantId") String tenantId, @Param("limit") int limit);

    /** JSON columns travel as text; the adapter owns their shape. */
    record DecisionRow(String id, String tenantId, String subject, String input, String playbook, int tier, boolean allowed,
                       boolean approvalRequired, String approverRole, String reasons, String firedRules,
                       String rulesVersion, Instant ts) {
    }
}
