package io.commerceresolver.intent.infrastructure;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface IntentUsageMapper {

    int insertMonthIfAbsent(@Param("tenantId") String tenantId, @Param("month") String month);

    int countReadingUnder(@Param("tenantId") String tenantId, @Param("month") String month, @Param("cap") long cap);

    int addTokens(@Param("tenantId") String tenantId, @Param("month") String month, @Param("tokens") long tokens);

    Optional<UsageRow> find(@Param("tenantId") String tenantId, @Param("month") String month);

    record UsageRow(long readings, long tokens) {
    }
}
