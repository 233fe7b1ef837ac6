package io.commerceresolver.changeset.infrastructure;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.changeset.Changeset;

@Mapper
public interface ChangesetMapper {

    void insert(Changeset changeset);

    Optional<Changeset> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    /** @return rows changed: 0 when the tenant has no such changeset */
    int updateStatus(@Param("tenantId") String tenantId, @Param("id") String id, @Param("status") String status);
}
