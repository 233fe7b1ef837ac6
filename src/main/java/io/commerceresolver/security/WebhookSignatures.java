package io.commerceresolver.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;

import io.commerceresolver.system.Unauthenticated;

/**
 * The vendors' webhook signatures, checked exactly as each documents them, over the raw bytes received.
 * <ul>
 * <li>Shopify ({@code X-Shopify-Hmac-SHA256}) and WooCommerce ({@code X-WC-Webhook-Signature}): the base64 of an
 * HMAC-SHA256 of the body, keyed with the shared secret. The comparison takes the same time whatever bytes differ.</li>
 * <li>Stripe ({@code Stripe-Signature: t=...,v1=...}): checked by Stripe's own SDK, which signs the timestamp with the
 * body and refuses a signature more than {@link #TOLERANCE_SECONDS} old, so a captured delivery cannot be
 * replayed later.</li>
 * <li>Zendesk ({@code X-Zendesk-Webhook-Signature}, {@code X-Zendesk-Webhook-Signature-Timestamp}): the base64 of an
 * HMAC-SHA256 of the timestamp followed by the body; a timestamp further than the tolerance from now is refused.</li>
 * <li>Gorgias: its HTTP integrations cannot compute a signature, only send the headers their owner sets; a shared
 * token in a header is all there is, compared in constant time (over HTTPS only, as Gorgias calls out).</li>
 * </ul>
 * Neither Shopify nor WooCommerce signs a time; a replay of one of their deliveries carries its delivery id, which is
 * stored once (marketplace.MarketplaceWebhooks).
 */
public final class WebhookSignatures {

    /** How old a signed timestamp may be: Stripe's own default, as its libraries apply it; Zendesk's are held to the same. */
    public static final long TOLERANCE_SECONDS = 300;

    private WebhookSignatures() {
    }

    /** Shopify's and WooCommerce's construction. */
    public static void verifyHmac(byte[] body, String signatureHeader, String secret, String headerName) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new Unauthenticated("The delivery is not signed: header " + headerName + " is missing");
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signatureHeader.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new Unauthenticated("Header " + headerName + " is not a base64 signature");
        }
        if (!MessageDigest.isEqual(hmacSha256(body, secret), presented)) {
            throw new Unauthenticated("Header " + headerName + " does not match the body: the signature is forged, or signed with another secret");
        }
    }

    /** Stripe's construction, over the body as text (Stripe signs its UTF-8 JSON as sent). */
    public static void verifyStripe(String payload, String signatureHeader, String secret) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new Unauthenticated("The delivery is not signed: header Stripe-Signature is missing");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, secret, TOLERANCE_SECONDS);
        } catch (SignatureVerificationException refused) {
            // Stripe's reasons: no signatures found, none matching, or the timestamp outside the tolerance
            throw new Unauthenticated("Header Stripe-Signature was refused: " + refused.getMessage());
        }
    }

    /** Zendesk's construction: the timestamp is signed with the body, and must be recent. */
    public static void verifyZendesk(byte[] body, String signatureHeader, String timestampHeader, String secret, Instant now) {
        if (timestampHeader == null || timestampHeader.isBlank()) {
            throw new Unauthenticated("The delivery is not signed: header X-Zendesk-Webhook-Signature-Timestamp is missing");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(timestampHeader.strip());
        } catch (DateTimeParseException notATime) {
            throw new Unauthenticated("Header X-Zendesk-Webhook-Signature-Timestamp is not an ISO 8601 time");
        }
        byte[] timestamp = timestampHeader.strip().getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[timestamp.length + body.length];
        System.arraycopy(timestamp, 0, signed, 0, timestamp.length);
        System.arraycopy(body, 0, signed, timestamp.length, body.length);
        verifyHmac(signed, signatureHeader, secret, "X-Zendesk-Webhook-Signature");
        // after the signature: a forged timestamp is refused as forged, a genuine old one as a replay
        if (Duration.between(signedAt, now).abs().getSeconds() > TOLERANCE_SECONDS) {
            throw new Unauthenticated("The signature was made at " + signedAt + ", outside the tolerance of " + TOLERANCE_SECONDS
                    + " s: a replayed delivery");
        }
    }

    /**
     * A shared token presented as it is (Gorgias). Both sides are hashed first, so that the comparison takes the same
     * time whatever their lengths.
     */
    public static void verifyToken(String presented, String expected, String headerName) {
        if (presented == null || presented.isBlank()) {
            throw new Unauthenticated("The delivery carries no token: header " + headerName + " is missing");
        }
        if (!MessageDigest.isEqual(ApiKeys.sha256(presented.strip()).getBytes(StandardCharsets.US_ASCII),
                ApiKeys.sha256(expected).getBytes(StandardCharsets.US_ASCII))) {
            throw new Unauthenticated("Header " + headerName + " is not this store's token");
        }
    }

    /** The base64 HMAC-SHA256 a vendor would send for this body; tests and the README's examples sign with it. */
    public static String hmacBase64(byte[] body, String secret) {
        return Base64.getEncoder().encodeToString(hmacSha256(body, secret));
    }

    private static byte[] hmacSha256(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
