package io.commerceresolver.approval;

import java.time.Instant;

/**
 * One mailed link to decide an approval, addressed to one person: {@code nonce} names it, {@code contentSha256} is what
 * the approval asked when the link was made ({@link LinkClaims#contentOf}), and {@code usedAt} is set once, by the
 * decision taken through it.
 */
public record ApprovalLink(String tenantId, String nonce, String approvalId, String addressedTo, String contentSha256,
                           Instant createdAt, Instant expiresAt, Instant usedAt, String usedBy) {

    public boolean used() {
        return usedAt != null;
    }
}
