package io.commerceresolver.approval.infrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

import io.commerceresolver.approval.LinkClaims;
import io.commerceresolver.approval.LinkTokens;
import io.commerceresolver.system.KeysetFile;

/**
 * Approval link tokens: {@code base64url(claims JSON) "." base64url(HMAC-SHA256 tag)}, the tag over the first part as
 * sent. The key is a Tink keyset of its own, from {@code RESOLVER_LINKS_KEYSET} or a keyset file made on first use
 * (never the secrets keyset: a leaked link key decrypts nothing, a leaked secrets key signs no link). Tink's tag names
 * the key that made it, so a keyset with a new primary key still verifies links mailed before.
 */
class TinkLinkTokens implements LinkTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final ObjectMapper json = new ObjectMapper();
    private final String keysetJson;
    private final KeysetFile keysetFile;
    private volatile Mac mac;

    TinkLinkTokens(String keysetJson, String keysetFile) {
        try {
            MacConfig.register();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Tink's MAC could not be registered", impossible);
        }
        this.keysetJson = keysetJson == null || keysetJson.isBlank() ? null : keysetJson;
        this.keysetFile = keysetFile == null || keysetFile.isBlank() ? null : new KeysetFile(Path.of(keysetFile), "approval links");
    }

    @Override
    public boolean enabled() {
        return keysetJson != null || keysetFile != null;
    }

    @Override
    public String sign(LinkClaims claims) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("v", claims.version());
        payload.put("t", claims.tenantId());
        payload.put("a", claims.approvalId());
        payload.put("u", claims.addressedTo());
        payload.put("n", claims.nonce());
        payload.put("x", claims.expiresAt().getEpochSecond());
        payload.put("h", claims.contentSha256());
        try {
            String body = ENCODE.encodeToString(json.writeValueAsBytes(payload));
            return body + "." + ENCODE.encodeToString(mac().computeMac(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | java.io.IOException failed) {
            throw new IllegalStateException("An approval link could not be signed", failed);
        }
    }

    @Override
    public Optional<LinkClaims> read(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            mac().verifyMac(DECODE.decode(token.substring(dot + 1)), body.getBytes(StandardCharsets.US_ASCII));
            JsonNode claims = json.readTree(DECODE.decode(body));
            return Optional.of(new LinkClaims(claims.required("v").asInt(), text(claims, "t"), text(claims, "a"), text(claims, "u"),
                    text(claims, "n"), Instant.ofEpochSecond(claims.required("x").asLong()), text(claims, "h")));
        } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException notOurs) {
            // a changed byte, another key, not base64, not the claims: all the same to the person holding it
            return Optional.empty();
        }
    }

    private static String text(JsonNode claims, String field) {
        JsonNode value = claims.required(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("claim " + field + " is not text");
        }
        return value.asText();
    }

    private Mac mac() throws GeneralSecurityException {
        Mac loaded = mac;
        if (loaded == null) {
            synchronized (this) {
                if (mac == null) {
                    mac = load().getPrimitive(RegistryConfiguration.get(), Mac.class);
                }
                loaded = mac;
            }
        }
        return loaded;
    }

    private KeysetHandle load() throws GeneralSecurityException {
        if (keysetJson != null) {
            return TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
        }
        if (keysetFile == null) {
            throw new IllegalStateException("This deployment has no key for approval links: set RESOLVER_LINKS_KEYSET or RESOLVER_LINKS_KEYSET_FILE");
        }
        return keysetFile.readOrMake(PredefinedMacParameters.HMAC_SHA256_256BITTAG);
    }
}
