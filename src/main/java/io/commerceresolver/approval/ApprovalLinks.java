package io.commerceresolver.approval;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.security.Caller;

/**
 * When an approval is asked for, each person who may decide it gets a mail with a link of their own: signed, for them
 * alone, used once, and valid for {@code validFor}. Who may decide is who {@link ApprovalInbox#decide} would let: the
 * approval's role (a senior approver counts as an approver), and never whoever asked for the action or handed the ticket
 * in. Staff mail goes to usernames that are addresses, as the deadline mails do; the others see it in the inbox.
 * Runs in the transaction that stores the approval: a request undone mails nobody.
 */
public class ApprovalLinks implements ApprovalInbox.Requested {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tenant's active people, with their roles. */
    public interface Staff {
        List<Caller> activePeople(String tenantId);
    }

    /** The mail's subject and body, from a template. */
    public interface Messages {
        Mail render(LinkMail model);
    }

    public record Mail(String subject, String body) {
    }

    /** What the link's mail says: the approval, whom it is for, where to open it and until when. */
    public record LinkMail(String approvalId, String summary, int tier, String approverRole, String addressedTo, String url,
                           String expiresAt, String dueAt) {
    }

    private final LinkTokens tokens;
    private final ApprovalLinkStore store;
    private final Staff staff;
    private final Messages messages;
    private final MailOutbox mail;
    private final Clock clock;
    private final String publicUrl;
    private final Duration validFor;

    public ApprovalLinks(LinkTokens tokens, ApprovalLinkStore store, Staff staff, Messages messages, MailOutbox mail, Clock clock,
                         String publicUrl, Duration validFor) {
        this.tokens = tokens;
        this.store = store;
        this.staff = staff;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.validFor = validFor;
    }

    @Override
    public void requested(Approval approval) {
        issue(approval);
    }

    /** Mails a link to each person who may decide the approval and has none for it yet; returns whom. */
    public List<String> issue(Approval approval) {
        List<String> mailed = new ArrayList<>();
        if (!tokens.enabled()) {
            return mailed;
        }
        Instant now = clock.instant();
        // whole seconds: the token carries epoch seconds, the row the same instant
        Instant expires = now.plus(validFor).truncatedTo(ChronoUnit.SECONDS);
        String content = LinkClaims.contentOf(approval);
        for (Caller person : staff.activePeople(approval.tenantId())) {
            if (!mayDecide(person, approval) || !person.name().contains("@")) {
                continue;
            }
            String nonce = nonce();
            ApprovalLink link = new ApprovalLink(approval.tenantId(), nonce, approval.id(), person.name(), content, now, expires, null, null);
            if (!store.insertIfAbsent(link)) {
                continue;
            }
            String token = tokens.sign(new LinkClaims(LinkClaims.VERSION, approval.tenantId(), approval.id(), person.name(), nonce, expires,
                    content));
            Mail message = messages.render(new LinkMail(approval.id(), approval.summary(), approval.tier(), approval.approverRole(),
                    person.name(), publicUrl + "/console/approvals/link?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                    expires.toString(), approval.dueAt() == null ? "" : approval.dueAt().toString()));
            mail.enqueue(approval.tenantId(), "approval-link:" + approval.id() + ":" + person.name(), person.name(), message.subject(),
                    message.body());
            mailed.add(person.name());
        }
        return mailed;
    }

    /** The checks of {@link ApprovalInbox#decide}, asked ahead: only someone it would let decide gets a link. */
    static boolean mayDecide(Caller person, Approval approval) {
        return person.kind() == Caller.Kind.USER && ApprovalInbox.approverRoles(person).contains(approval.approverRole())
                && !person.principal().equals(approval.submittedBy()) && !person.name().equalsIgnoreCase(approval.requestedBy());
    }

    private static String nonce() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}
