package io.commerceresolver.approval;

/** What came of opening or using an approval link, as {@code approval_link_attempt} records it. */
public enum LinkOutcome {
    /** Shown, or decided through. */
    OK,
    /** Past the expiry its token carries. */
    EXPIRED,
    /** A decision was taken through it already. */
    REUSED,
    /** The token does not verify (a changed byte, another key, not a token), or the approval changed since it was made. */
    ALTERED,
    /** Addressed to someone else, or to another tenant's person. */
    FOREIGN,
    /** The approval was decided (or expired, or withdrawn) since the link was made. */
    DECIDED
}
