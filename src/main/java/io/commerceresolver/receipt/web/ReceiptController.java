package io.commerceresolver.receipt.web;

import java.time.Instant;
import java.util.Base64;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.commerceresolver.receipt.ChainVerification;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptSignatures;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.ReceiptVerification;
import io.commerceresolver.receipt.ReceiptVerifier;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.NotFound;

/**
 * A tenant's receipts, their checks, and the key they are signed with. Readers of the tenant's decisions and approvals
 * may read its receipts: they hold the same facts and no customer's personal data.
 */
@RestController
public class ReceiptController {

    private final ReceiptStore receipts;
    private final ReceiptVerifier verifier;
    private final ReceiptSignatures signatures;

    public ReceiptController(ReceiptStore receipts, ReceiptVerifier verifier, ReceiptSignatures signatures) {
        this.receipts = receipts;
        this.verifier = verifier;
        this.signatures = signatures;
    }

    /**
     * {@code body} is the stored canonical JSON as is (not re-serialised), so the bytes a client reads back are the
     * bytes whose SHA-256 and signature are given beside it.
     */
    public record ReceiptJson(String id, String kind, String subjectId, long seq, String sha256, String previous, String signature,
                              String keyId, Instant createdAt, @JsonRawValue String body) {

        static ReceiptJson of(Receipt receipt) {
            return new ReceiptJson(receipt.id(), receipt.kind().key(), receipt.subjectId(), receipt.seq(), receipt.sha256(),
                    receipt.prevSha256(), receipt.signature(), receipt.keyId(), receipt.createdAt(), receipt.body());
        }
    }

    /** {@code publicKey}: the raw 32-byte Ed25519 key in base64; {@code tinkKeyset}: the same as a Tink public keyset. */
    public record PublicKeyJson(String keyId, String algorithm, String publicKey, @JsonRawValue String tinkKeyset) {
    }

    @PreAuthorize(Access.READ_RECEIPTS)
    @GetMapping("/api/v1/receipts/verify")
    public ChainVerification verifyChain(@AuthenticationPrincipal Caller caller) {
        return verifier.verifyChain(caller.tenantId());
    }

    @PreAuthorize(Access.READ_RECEIPTS)
    @GetMapping("/api/v1/receipts/public-key")
    public PublicKeyJson publicKey() {
        ReceiptSignatures.PublicKey key = signatures.publicKey()
                .orElseThrow(() -> new NotFound("This service does not sign receipts (no resolver.receipts.signing-keyset)"));
        return new PublicKeyJson(key.keyId(), key.algorithm(), Base64.getEncoder().encodeToString(key.raw()), key.tinkKeyset());
    }

    @PreAuthorize(Access.READ_RECEIPTS)
    @GetMapping("/api/v1/receipts/{receiptId}")
    public ReceiptJson get(@AuthenticationPrincipal Caller caller, @PathVariable String receiptId) {
        return receipts.find(caller.tenantId(), receiptId).map(ReceiptJson::of).orElseThrow(() -> new NotFound("receipt", receiptId));
    }

    @PreAuthorize(Access.READ_RECEIPTS)
    @GetMapping("/api/v1/receipts/{receiptId}/verify")
    public ReceiptVerification verify(@AuthenticationPrincipal Caller caller, @PathVariable String receiptId) {
        return verifier.verify(caller.tenantId(), receiptId);
    }
}
