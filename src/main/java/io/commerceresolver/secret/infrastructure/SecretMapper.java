package io.commerceresolver.secret.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SecretMapper {

    /** {@code ciphertext} is base64. */
    record SecretRow(String tenantId, String name, String ciphertext, String updatedBy, Instant updatedAt) {
    }

    int update(SecretRow row);

    void insert(SecretRow row);

    Optional<SecretRow> find(@Param("tenantId") String tenantId, @Param("name") String name);

    List<SecretRow> of(@Param("tenantId") String tenantId);

    List<SecretRow> all();

    int delete(@Param("tenantId") String tenantId, @Param("name") String name);
}
