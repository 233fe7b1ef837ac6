package io.commerceresolver.approval;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What an approval link's token says, under its MAC: version, tenant, approval, the person it is addressed to, its
 * nonce (128 random bits), when it expires (whole seconds), and the SHA-256 of what the approval asks
 * ({@link #contentOf}), so that a link made for one proposal never decides a changed one.
 */
public record LinkClaims(int version, String tenantId, String approvalId, String addressedTo, String nonce, Instant expiresAt,
                         String contentSha256) {

    public static final int VERSION = 1;

    /**
     * The hash of what a person is asked to allow: the operation, the sum, the order, the decision behind it and the
     * summary they read. Not the tier or role: a deadline moving the approval up a tier changes who may decide (which
     * {@link ApprovalInbox#decide} checks), not what is decided.
     */
    public static String contentOf(Approval approval) {
        Approval.Proposal p = approval.proposal();
        BigDecimal amount = p == null ? null : p.amount();
        String text = String.join("\u001f", approval.id(), approval.tenantId(), approval.runId(), Objects.toString(approval.summary(), ""),
                p == null ? "" : Objects.toString(p.operation(), ""),
                // 250.00 and 250.0 are the same sum, whichever way the database hands it back
                amount == null ? "" : amount.stripTrailingZeros().toPlainString(),
                p == null ? "" : Objects.toString(p.currency(), ""), p == null ? "" : Objects.toString(p.orderId(), ""),
                p == null ? "" : Objects.toString(p.decisionId(), ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
