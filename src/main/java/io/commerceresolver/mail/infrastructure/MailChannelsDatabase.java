package io.commerceresolver.mail.infrastructure;

import java.util.List;
import java.util.Optional;

import io.commerceresolver.mail.MailChannel;
import io.commerceresolver.mail.MailChannels;

/** The {@code mail_channel} table: one row a tenant. */
class MailChannelsDatabase implements MailChannels {

    private final MailChannelMapper mapper;

    MailChannelsDatabase(MailChannelMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void save(MailChannel c) {
        MailChannel.Imap i = c.imap();
        MailChannel.Smtp s = c.smtp();
        MailChannelMapper.ChannelRow row = new MailChannelMapper.ChannelRow(c.tenantId(), c.address(),
                i == null ? null : i.host(), i == null ? null : i.port(), i == null ? null : i.ssl(), i == null ? null : i.username(),
                i == null ? null : i.folder(), i == null ? null : i.pollSeconds(),
                s == null ? null : s.host(), s == null ? null : s.port(), s == null ? null : s.security().name(),
                s == null ? null : s.username(), c.updatedBy(), c.updatedAt());
        // one admin at a time changes a tenant's channel; the primary key stops a second first insert
        if (mapper.update(row) == 0) {
            mapper.insert(row);
        }
    }

    @Override
    public Optional<MailChannel> find(String tenantId) {
        return mapper.find(tenantId).map(MailChannelsDatabase::channel);
    }

    @Override
    public List<MailChannel> withMailbox() {
        return mapper.withMailbox().stream().map(MailChannelsDatabase::channel).toList();
    }

    @Override
    public List<String> tenantsWithSmtp() {
        return mapper.tenantsWithSmtp();
    }

    private static MailChannel channel(MailChannelMapper.ChannelRow r) {
        MailChannel.Imap imap = r.imapHost() == null ? null
                : new MailChannel.Imap(r.imapHost(), r.imapPort(), Boolean.TRUE.equals(r.imapSsl()), r.imapUsername(), r.imapFolder(),
                r.pollSeconds());
        MailChannel.Smtp smtp = r.smtpHost() == null ? null
                : new MailChannel.Smtp(r.smtpHost(), r.smtpPort(), MailChannel.Security.valueOf(r.smtpSecurity()), r.smtpUsername());
        return new MailChannel(r.tenantId(), r.address(), imap, smtp, r.updatedBy(), r.updatedAt());
    }
}
