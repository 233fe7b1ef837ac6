package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProcessTimerMapper {

    void insert(ProcessTimer timer);

    Optional<ProcessTimer> find(@Param("tenantId") String tenantId, @Param("id") String id);

    /** The timer's row, whatever tenant it is for: Kogito cancels timers by id alone. */
    /** The tenant's pending timers, soonest first. */
    List<ProcessTimer> findByTenant(@Param("tenantId") String tenantId);

    Optional<ProcessTimer> findAnyTenant(@Param("id") String id);

    int reschedule(@Param("tenantId") String tenantId, @Param("id") String id, @Param("fireAt") Instant fireAt,
                   @Param("repeatsLeft") Integer repeatsLeft);

    int delete(@Param("tenantId") String tenantId, @Param("id") String id);

    /** The tenant whose run the process instance belongs to, when the timer was set outside a tenant's scope. */
    Optional<String> tenantOfRunProcess(@Param("processInstanceId") String processInstanceId);

    /** The run whose root process instance this is, within the tenant. */
    Optional<String> runOfProcess(@Param("tenantId") String tenantId, @Param("processInstanceId") String processInstanceId);
}
