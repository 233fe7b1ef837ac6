package io.commerceresolver.marketplace;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * body and refuses a signature more than {@link #STRIPE_TOLERANCE_SECONDS} old, so a captured delivery cannot be
 * replayed later.</li>
 * </ul>
 * Neither Shopify nor WooCommerce signs a time; a replay of one of their deliveries carries its delivery id, which is
 * stored once (see {@link MarketplaceWebhooks}).
 */
public final class WebhookSignatures {

    /** Stripe's own default tolerance, as its libraries apply it. */
    public static final long STRIPE_TOLERANCE_SECONDS = 300;

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
            Webhook.Signature.verifyHeader(payload, signatureHeader, secret, STRIPE_TOLERANCE_SECONDS);
        } catch (SignatureVerificationException refused) {
            // Stripe's reasons: no signatures found, none matching, or the timestamp outside the tolerance
            throw new Unauthenticated("Header Stripe-Signature was refused: " + refused.getMessage());
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
