package io.commerceresolver.notify.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.notify.OutboxDelivery;

@Mapper
public interface OutboxDeliveryMapper {

    List<String> lockDue(@Param("tenantIds") Collection<String> tenantIds, @Param("now") Instant now, @Param("limit") int limit);

    void lease(@Param("ids") List<String> ids, @Param("owner") String owner, @Param("leaseUntil") Instant leaseUntil);

    List<OutboxDelivery> findByIds(@Param("ids") List<String> ids);

    int markSent(@Param("tenantId") String tenantId, @Param("id") String id, @Param("owner") String owner,
                 @Param("messageId") String messageId, @Param("at") Instant at);

    int release(@Param("tenantId") String tenantId, @Param("id") String id, @Param("owner") String owner,
                @Param("status") String status, @Param("retryAt") Instant retryAt, @Param("error") String error);
}
