package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EventMapper {

    void insert(EventRow event);

    List<EventRow> findByTicket(@Param("tenantId") String tenantId, @Param("ticketId") String ticketId);

    record EventRow(Long id, String tenantId, String ticketId, String runId, Instant ts, String type, String step,
                    String correlationId, String payload) {
    }
}
