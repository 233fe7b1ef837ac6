package io.commerceresolver.notify.infrastructure;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.notify.OutboxMail;

@Mapper
public interface MailOutboxMapper {

    Optional<OutboxMail> findByKey(@Param("tenantId") String tenantId, @Param("idempotencyKey") String idempotencyKey);

    List<OutboxMail> findByTenant(@Param("tenantId") String tenantId);

    void insert(@Param("mail") OutboxMail mail, @Param("idempotencyKey") String idempotencyKey);
}
