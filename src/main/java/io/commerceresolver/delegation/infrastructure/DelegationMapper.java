package io.commerceresolver.delegation.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.delegation.Component;
import io.commerceresolver.delegation.Delegation;
import io.commerceresolver.delegation.DelegationRecords;
import io.commerceresolver.delegation.DelegationUse;

@Mapper
public interface DelegationMapper {

    Optional<DelegationRecords.Issued> latest(@Param("tenantId") String tenantId, @Param("runId") String runId,
                                              @Param("component") Component component);

    int insertIfAbsent(@Param("d") Delegation delegation, @Param("generation") int generation);

    int countUse(@Param("tenantId") String tenantId, @Param("exchangeId") String exchangeId, @Param("verb") String verb,
                 @Param("allowed") boolean allowed, @Param("at") Instant at);

    int insertUseIfAbsent(@Param("tenantId") String tenantId, @Param("exchangeId") String exchangeId, @Param("verb") String verb,
                          @Param("allowed") boolean allowed, @Param("at") Instant at);

    List<DelegationUse> uses(@Param("tenantId") String tenantId, @Param("runId") String runId);
}
