package io.commerceresolver.mail.infrastructure;

import java.util.List;
import java.util.Locale;
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
        // a Gmail channel keeps how often it is read in the mailbox's poll_seconds: it has no other mailbox
        Integer pollSeconds = i != null ? Integer.valueOf(i.pollSeconds()) : c.gmail() != null ? Integer.valueOf(c.gmail().pollSeconds()) : null;
        MailChannelMapper.ChannelRow row = new MailChannelMapper.ChannelRow(c.tenantId(), c.kind().name().toLowerCase(Locale.ROOT),
                c.address(), i == null ? null : i.host(), i == null ? null : i.port(), i == null ? null : i.ssl(),
                i == null ? null : i.username(), i == null ? null : i.folder(), pollSeconds,
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
    public List<String> tenantsSending() {
        return mapper.tenantsSending();
    }

    private static MailChannel channel(MailChannelMapper.ChannelRow r) {
        MailChannel.Imap imap = r.imapHost() == null ? null
                : new MailChannel.Imap(r.imapHost(), r.imapPort(), Boolean.TRUE.equals(r.imapSsl()), r.imapUsername(), r.imapFolder(),
                r.pollSeconds());
        MailChannel.Smtp smtp = r.smtpHost() == null ? null
                : new MailChannel.Smtp(r.smtpHost(), r.smtpPort(), MailChannel.Security.valueOf(r.smtpSecurity()), r.smtpUsername());
        MailChannel.Kind kind = MailChannel.Kind.valueOf(r.kind().toUpperCase(Locale.ROOT));
        MailChannel.Gmail gmail = kind == MailChannel.Kind.GMAIL ? new MailChannel.Gmail(r.pollSeconds()) : null;
        return new MailChannel(r.tenantId(), kind, r.address(), imap, smtp, gmail, r.updatedBy(), r.updatedAt());
    }
}
