package io.commerceresolver.mail.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MailThreadMapper {

    int insertIfAbsent(MessageRow row);

    List<String> ticketsHolding(@Param("tenantId") String tenantId, @Param("messageIds") List<String> messageIds);

    List<MessageRow> thread(@Param("tenantId") String tenantId, @Param("ticketId") String ticketId);

    record MessageRow(String tenantId, String messageId, String ticketId, String direction, String inReplyTo, String referenceIds,
                      String fromAddress, String subject, String body, String attachments, Instant createdAt,
                      String channelThreadId) {
    }
}
