package io.commerceresolver.approval;

/**
 * An approval link that may not be opened or used: the outcome recorded, a sentence for the person, and the link's
 * nonce and approval when its token could be read at all.
 */
public class LinkRefused extends RuntimeException {

    private final LinkOutcome outcome;
    private final transient LinkClaims claims;

    public LinkRefused(LinkOutcome outcome, LinkClaims claims, String message) {
        super(message);
        this.outcome = outcome;
        this.claims = claims;
    }

    public LinkOutcome outcome() {
        return outcome;
    }

    public String nonce() {
        return claims == null ? null : claims.nonce();
    }

    public String approvalId() {
        return claims == null ? null : claims.approvalId();
    }
}
