package io.commerceresolver.mail.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MailChannelMapper {

    int update(ChannelRow row);

    void insert(ChannelRow row);

    Optional<ChannelRow> find(@Param("tenantId") String tenantId);

    List<ChannelRow> withMailbox();

    List<String> tenantsSending();

    record ChannelRow(String tenantId, String kind, String address, String imapHost, Integer imapPort, Boolean imapSsl, String imapUsername,
                      String imapFolder, Integer pollSeconds, String smtpHost, Integer smtpPort, String smtpSecurity,
                      String smtpUsername, String updatedBy, Instant updatedAt) {
    }
}
