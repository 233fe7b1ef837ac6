package io.commerceresolver.ticket.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.ticket.TicketStatus;

@Mapper
public interface TicketMapper {

    int insertIfAbsent(TicketRow ticket);

    Optional<TicketRow> findById(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<TicketRow> findBySource(@Param("tenantId") String tenantId, @Param("source") String source,
                                     @Param("externalId") String externalId);

    void updateIntent(@Param("tenantId") String tenantId, @Param("id") String id, @Param("intent") String intent,
                      @Param("entities") String entities, @Param("confidence") BigDecimal confidence,
                      @Param("extractor") String extractor, @Param("orderId") String orderId, @Param("now") Instant now);

    void updateDecision(@Param("tenantId") String tenantId, @Param("id") String id, @Param("decisionId") String decisionId);

    void updateStatus(@Param("tenantId") String tenantId, @Param("id") String id, @Param("status") TicketStatus status,
                      @Param("detail") String detail, @Param("now") Instant now);

    int closeHandedOver(@Param("tenantId") String tenantId, @Param("id") String id, @Param("status") TicketStatus status,
                        @Param("detail") String detail, @Param("now") Instant now);

    void updateLanguage(@Param("tenantId") String tenantId, @Param("id") String id, @Param("language") String language);

    void updateAssignee(@Param("tenantId") String tenantId, @Param("id") String id, @Param("assignee") String assignee,
                        @Param("now") Instant now);

    int takeOver(@Param("tenantId") String tenantId, @Param("id") String id, @Param("from") String from, @Param("to") String to,
                 @Param("now") Instant now);

    List<AssigneeCount> openTicketsByAssignee(@Param("tenantId") String tenantId);

    record AssigneeCount(String assignee, long tickets) {
    }

    record TicketRow(String id, String tenantId, String source, String externalId, String customerEmail, String subject,
                     String text, TicketStatus status, String statusDetail, String intent, String entities,
                     BigDecimal confidence, String extractor, String decisionId, String correlationId, Instant createdAt,
                     Instant updatedAt, String submittedBy, String language, String assignee) {
    }
}
