package io.commerceresolver.playbook.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrderLockMapper {

    int insertIfAbsent(@Param("tenantId") String tenantId, @Param("orderId") String orderId);

    String lock(@Param("tenantId") String tenantId, @Param("orderId") String orderId);
}
