package io.commerceresolver.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.commerceresolver.system.Unauthenticated;

class WebhookSignaturesTest {

    private static final byte[] BODY = "{\"id\":1,\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void anHmacOverTheExactBytesHoldsAndAnyChangeBreaksIt() {
        String signature = WebhookSignatures.hmacBase64(BODY, "secret");
        byte[] reencoded = "{\"id\":1, \"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);

        assertThatCode(() -> WebhookSignatures.verifyHmac(BODY, signature, "secret", "X-Sig")).doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookSignatures.verifyHmac(reencoded, signature, "secret", "X-Sig"))
                .as("the same JSON with other whitespace is another body").isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> WebhookSignatures.verifyHmac(BODY, signature, "other", "X-Sig")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> WebhookSignatures.verifyHmac(BODY, "%%%not base64", "secret", "X-Sig"))
                .isInstanceOf(Unauthenticated.class).hasMessageContaining("not a base64");
        assertThatThrownBy(() -> WebhookSignatures.verifyHmac(BODY, " ", "secret", "X-Sig"))
                .isInstanceOf(Unauthenticated.class).hasMessageContaining("X-Sig is missing");
    }

    @Test
    void zendeskSignsItsTimestampWithTheBodyAndAnOldOneIsAReplay() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        String stamp = "2026-12-03T09:59:00Z";
        String signature = WebhookSignatures.hmacBase64((stamp + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), "zs");

        assertThatCode(() -> WebhookSignatures.verifyZendesk(BODY, signature, stamp, "zs", now)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookSignatures.verifyZendesk(BODY, signature, "2026-12-03T09:59:01Z", "zs", now))
                .as("another timestamp breaks the signature").isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> WebhookSignatures.verifyZendesk(BODY, signature, stamp, "zs", now.plusSeconds(600)))
                .isInstanceOf(Unauthenticated.class).hasMessageContaining("replayed");
        assertThatThrownBy(() -> WebhookSignatures.verifyZendesk(BODY, signature, "yesterday", "zs", now))
                .isInstanceOf(Unauthenticated.class).hasMessageContaining("ISO 8601");
    }

    @Test
    void aSharedTokenMatchesOnlyItself() {
        assertThatCode(() -> WebhookSignatures.verifyToken("t0ken", "t0ken", "X-T")).doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookSignatures.verifyToken("t0ke", "t0ken", "X-T")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> WebhookSignatures.verifyToken(null, "t0ken", "X-T")).isInstanceOf(Unauthenticated.class);
    }
}
