package io.commerceresolver.audit.infrastructure;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.audit.AuditEntry;

@Mapper
public interface AuditMapper {

    void insert(AuditEntry entry);

    List<AuditEntry> newest(@Param("tenantId") String tenantId, @Param("beforeId") Long beforeId, @Param("limit") int limit);
}
