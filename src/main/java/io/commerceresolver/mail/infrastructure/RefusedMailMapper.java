package io.commerceresolver.mail.infrastructure;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.mail.RefusedMail;

@Mapper
public interface RefusedMailMapper {

    int insertIfAbsent(RefusedMail refused);

    List<RefusedMail> newest(@Param("tenantId") String tenantId, @Param("limit") int limit);
}
