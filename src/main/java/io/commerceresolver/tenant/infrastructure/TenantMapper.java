package io.commerceresolver.tenant.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface TenantMapper {

    Optional<TenantRow> findById(@Param("tenantId") String tenantId);

    void insert(TenantRow tenant);

    void updateSettings(@Param("tenantId") String tenantId, @Param("settings") String settings);

    List<String> allIds();

    Optional<KeyRow> findActiveKeyBySha256(@Param("sha256") String sha256);

    Optional<KeyRow> findKeyByName(@Param("tenantId") String tenantId, @Param("name") String name);

    void insertKey(KeyRow key);

    List<KeyRow> keys(@Param("tenantId") String tenantId);

    int revokeKey(@Param("tenantId") String tenantId, @Param("id") String id, @Param("at") Instant at);

    void updateKeySecret(@Param("tenantId") String tenantId, @Param("id") String id, @Param("prefix") String prefix, @Param("sha256") String sha256);

    record TenantRow(String tenantId, String name, String settings, Instant createdAt) {
    }

    /** An api_key row; {@code roles} is the comma-separated role codes. */
    record KeyRow(String id, String tenantId, String name, String prefix, String sha256, String roles, String createdBy,
                  Instant createdAt, Instant revokedAt) {
    }
}
