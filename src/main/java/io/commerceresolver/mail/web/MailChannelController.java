package io.commerceresolver.mail.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.mail.MailChannel;
import io.commerceresolver.mail.MailChannelRequest;
import io.commerceresolver.mail.MailChannelSettings;
import io.commerceresolver.mail.RefusedMail;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;

/**
 * The tenant's mail channel: its mailbox and SMTP server, or its Gmail account, and the mail it refused. Passwords and
 * Google credentials go in, never out.
 */
@RestController
public class MailChannelController {

    private final MailChannelSettings settings;
    private final AuditLog audit;

    public MailChannelController(MailChannelSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    public record ImapView(String host, int port, boolean ssl, String username, String folder, int pollSeconds, boolean passwordSet) {
    }

    public record SmtpView(String host, int port, String security, String username, boolean passwordSet) {
    }

    public record GmailView(int pollSeconds, boolean clientIdSet, boolean clientSecretSet, boolean refreshTokenSet) {
    }

    public record ChannelView(String kind, String address, ImapView imap, SmtpView smtp, GmailView gmail, String updatedBy,
                              Instant updatedAt) {

        static ChannelView of(MailChannelSettings.Shown shown) {
            MailChannel c = shown.channel();
            MailChannel.Imap i = c.imap();
            MailChannel.Smtp s = c.smtp();
            MailChannel.Gmail g = c.gmail();
            return new ChannelView(c.kind().name().toLowerCase(Locale.ROOT), c.address(),
                    i == null ? null : new ImapView(i.host(), i.port(), i.ssl(), i.username(), i.folder(), i.pollSeconds(),
                            shown.isSet(MailChannelSettings.IMAP_PASSWORD)),
                    s == null ? null : new SmtpView(s.host(), s.port(), s.security().name().toLowerCase(Locale.ROOT), s.username(),
                            shown.isSet(MailChannelSettings.SMTP_PASSWORD)),
                    g == null ? null : new GmailView(g.pollSeconds(), shown.isSet(MailChannelSettings.GMAIL_CLIENT_ID),
                            shown.isSet(MailChannelSettings.GMAIL_CLIENT_SECRET), shown.isSet(MailChannelSettings.GMAIL_REFRESH_TOKEN)),
                    c.updatedBy(), c.updatedAt());
        }
    }

    /**
     * Replaces the channel: {"address": ..., "imap": {host, port, ssl, username, password, folder, pollSeconds},
     * "smtp": {host, port, security, username, password}}, or {"kind": "gmail", "address": ..., "gmail": {clientId,
     * clientSecret, refreshToken, pollSeconds}}. The mailbox is read with the new settings at once.
     */
    @PreAuthorize(Access.ADMINISTER)
    @PutMapping("/api/v1/admin/intake/mail")
    public ChannelView put(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) MailChannelRequest body) {
        if (body == null) {
            throw new BadRequest("address", "The body must be {\"address\": \"support@shop.example\", \"imap\": {...}, \"smtp\": {...}}");
        }
        ChannelView before = settings.find(caller.tenantId()).map(ChannelView::of).orElse(null);
        MailChannelSettings.Shown saved = audit.recorded(caller, "mail.channel.set", () -> settings.save(caller.tenantId(), body, caller.principal()),
                done -> new AuditLog.Entry("mail", before, ChannelView.of(done)));
        settings.apply(caller.tenantId());
        return ChannelView.of(saved);
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/intake/mail")
    public ChannelView get(@AuthenticationPrincipal Caller caller) {
        return settings.find(caller.tenantId()).map(ChannelView::of).orElseThrow(() -> new NotFound("mail channel", caller.tenantId()));
    }

    /** The mail the channel did not make tickets of (auto-replies, bounces, loops, unreadable mail), newest first. */
    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/intake/mail/refused")
    public List<RefusedMail> refused(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "50") int limit) {
        return settings.refused(caller.tenantId(), limit);
    }
}
