package io.commerceresolver.user.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {

    Optional<UserRow> find(@Param("tenantId") String tenantId, @Param("username") String username);

    List<UserRow> all(@Param("tenantId") String tenantId);

    void insert(UserRow user);

    int disable(@Param("tenantId") String tenantId, @Param("username") String username, @Param("at") Instant at);

    /** An app_user row; {@code roles} and {@code languages} are comma-separated codes. */
    record UserRow(String id, String tenantId, String username, String passwordHash, String roles, String createdBy,
                   Instant createdAt, Instant disabledAt, String languages) {
    }
}
