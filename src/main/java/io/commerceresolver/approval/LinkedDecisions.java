package io.commerceresolver.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/**
 * Opening and using a mailed approval link as the signed-in person. Opening only looks (mail scanners fetch links
 * ahead of the reader): it checks the token and shows the approval. Using it marks the link used and decides through
 * {@link ApprovalInbox#decide} in one transaction, so the role and four-eyes rules are the inbox's as always, and a
 * refused decision leaves the link unused. Every attempt is recorded; every refusal is audited too.
 */
public class LinkedDecisions {

    static final String OPEN = "open";
    static final String USE = "use";
    private static final int MAX_TOKEN = 2000;

    private final LinkTokens tokens;
    private final ApprovalLinkStore store;
    private final Approvals approvals;
    private final ApprovalInbox inbox;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public LinkedDecisions(LinkTokens tokens, ApprovalLinkStore store, Approvals approvals, ApprovalInbox inbox, AuditLog audit,
                           Transactions transactions, Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.approvals = approvals;
        this.inbox = inbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The approval the link is for, if {@code me} may open it now.
     *
     * @throws LinkRefused altered, foreign, expired, reused or decided (recorded)
     */
    public Approval open(Caller me, String token) {
        return recorded(me, OPEN, () -> transactions.inTransaction(() -> {
            LinkClaims claims = check(me, token);
            store.attempt(me.tenantId(), claims.nonce(), claims.approvalId(), OPEN, LinkOutcome.OK, me.principal(), clock.instant());
            return approvals.findById(me.tenantId(), claims.approvalId()).orElseThrow();
        }));
    }

    /**
     * Decides the link's approval as {@code me} and uses the link up, both or neither.
     *
     * @throws LinkRefused as {@link #open}, or reused when someone used it a moment ago (recorded)
     */
    public Approval decide(Caller me, String token, Boolean approve, String reason) {
        return recorded(me, USE, () -> transactions.inTransaction(() -> {
            LinkClaims claims = check(me, token);
            Instant now = clock.instant();
            if (!store.use(me.tenantId(), claims.nonce(), me.principal(), now)) {
                throw new LinkRefused(LinkOutcome.REUSED, claims, "This link was used a moment ago; each link decides once.");
            }
            Approval decided = inbox.decide(me, claims.approvalId(), approve, reason);
            store.attempt(me.tenantId(), claims.nonce(), claims.approvalId(), USE, LinkOutcome.OK, me.principal(), now);
            return decided;
        }));
    }

    private LinkClaims check(Caller me, String token) {
        LinkClaims claims = token == null || token.isBlank() || token.length() > MAX_TOKEN ? null : tokens.read(token.strip()).orElse(null);
        if (claims == null || claims.version() != LinkClaims.VERSION) {
            throw new LinkRefused(LinkOutcome.ALTERED, null, "This link is not one the service made, or it was changed on the way: "
                    + "open the approval from the inbox instead.");
        }
        if (!claims.tenantId().equals(me.tenantId()) || me.kind() != Caller.Kind.USER || !me.name().equals(claims.addressedTo())) {
            // the link's claims are only shown to the person they name
            throw new LinkRefused(LinkOutcome.FOREIGN, sameTenant(me, claims), "This link was mailed to someone else; " + me.principal()
                    + " may not use it. Sign in as the person it was sent to, or open the approval from the inbox.");
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw new LinkRefused(LinkOutcome.EXPIRED, claims, "This link expired at " + claims.expiresAt()
                    + ". The approval may still be waiting in the inbox.");
        }
        ApprovalLink link = store.find(me.tenantId(), claims.nonce())
                .filter(found -> found.approvalId().equals(claims.approvalId()) && found.addressedTo().equals(claims.addressedTo()))
                .orElseThrow(() -> new LinkRefused(LinkOutcome.ALTERED, claims, "The service has no record of this link."));
        if (link.used()) {
            throw new LinkRefused(LinkOutcome.REUSED, claims, "This link was used already, at " + link.usedAt() + " by " + link.usedBy()
                    + "; each link decides once.");
        }
        Approval approval = approvals.findById(me.tenantId(), claims.approvalId()).orElseThrow(() -> new NotFound("approval", claims.approvalId()));
        if (approval.outcome() != ApprovalOutcome.PENDING) {
            throw new LinkRefused(LinkOutcome.DECIDED, claims, "This approval is " + approval.outcome().name().toLowerCase(Locale.ROOT)
                    + (approval.decidedBy() == null ? "" : " by " + approval.decidedBy()) + " already; there is nothing left to decide.");
        }
        if (!LinkClaims.contentOf(approval).equals(claims.contentSha256()) || !link.contentSha256().equals(claims.contentSha256())) {
            throw new LinkRefused(LinkOutcome.ALTERED, claims, "The approval changed since this link was mailed: "
                    + "open it from the inbox to see what it asks now.");
        }
        return claims;
    }

    /** A link of another tenant names none of this tenant's rows. */
    private static LinkClaims sameTenant(Caller me, LinkClaims claims) {
        return claims.tenantId().equals(me.tenantId()) ? claims : null;
    }

    /** The refusal is recorded after its transaction is undone, in one of its own. */
    private <T> T recorded(Caller me, String action, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (LinkRefused refused) {
            transactions.inTransaction(() -> {
                Instant now = clock.instant();
                store.attempt(me.tenantId(), refused.nonce(), refused.approvalId(), action, refused.outcome(), me.principal(), now);
                Map<String, Object> what = new LinkedHashMap<>();
                what.put("action", action);
                what.put("outcome", refused.outcome().name().toLowerCase(Locale.ROOT));
                what.put("why", refused.getMessage());
                audit.record(me, "approval.link_refused", refused.approvalId() == null ? "approval-link" : refused.approvalId(), null, what);
            });
            throw refused;
        }
    }
}
