package io.commerceresolver.receipt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;

import io.commerceresolver.receipt.ReceiptSignatures;
import io.commerceresolver.receipt.ReceiptSignatures.Check;

class TinkReceiptSignaturesTest {

    private static final byte[] BODY = "{\"chain\":{\"previous\":\"00\",\"seq\":1,\"tenant\":\"t\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureIsTheBare64BytesAndVerifiesWithItsKeyOnly() throws Exception {
        ReceiptSignatures signatures = TinkReceiptSignatures.of(TinkReceiptSignatures.newKeyset());
        ReceiptSignatures.Signature signature = signatures.sign(BODY).orElseThrow();

        assertThat(signature.bytes()).hasSize(64);
        assertThat(signature.keyId()).isEqualTo(signatures.publicKey().orElseThrow().keyId());
        assertThat(signatures.verify(signature.keyId(), BODY, signature.bytes())).isEqualTo(Check.VALID);

        byte[] altered = BODY.clone();
        altered[10] ^= 1;
        assertThat(signatures.verify(signature.keyId(), altered, signature.bytes())).isEqualTo(Check.INVALID);
        assertThat(signatures.verify("12345", BODY, signature.bytes())).isEqualTo(Check.UNKNOWN_KEY);

        ReceiptSignatures other = TinkReceiptSignatures.of(TinkReceiptSignatures.newKeyset());
        assertThat(other.verify(other.publicKey().orElseThrow().keyId(), BODY, signature.bytes())).isEqualTo(Check.INVALID);
    }

    /** What an auditor outside does: the JDK's own Ed25519 with the published raw key, or Tink with the public keyset. */
    @Test
    void thePublishedKeyVerifiesOutsideTheService() throws Exception {
        ReceiptSignatures signatures = TinkReceiptSignatures.of(TinkReceiptSignatures.newKeyset());
        byte[] signature = signatures.sign(BODY).orElseThrow().bytes();
        ReceiptSignatures.PublicKey published = signatures.publicKey().orElseThrow();
        assertThat(published.raw()).hasSize(32);

        // an X.509 SubjectPublicKeyInfo is the raw key behind a fixed 12-byte header (RFC 8410)
        byte[] spki = new byte[44];
        System.arraycopy(new byte[] {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00}, 0, spki, 0, 12);
        System.arraycopy(published.raw(), 0, spki, 12, 32);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(key);
        jdk.update(BODY);
        assertThat(jdk.verify(signature)).isTrue();

        PublicKeyVerify tink = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(published.tinkKeyset())
                .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        tink.verify(signature, BODY);
        assertThat(published.tinkKeyset()).doesNotContain("privateKey").contains("Ed25519PublicKey", "\"RAW\"").endsWith("}");
    }

    @Test
    void signingIsOffWithoutAKeysetAndAKeysetFileIsMadeOnceAndKept(@TempDir Path folder) throws Exception {
        assertThat(TinkReceiptSignatures.configured("", "")).isSameAs(ReceiptSignatures.NONE);
        assertThat(ReceiptSignatures.NONE.sign(BODY)).isEmpty();

        Path file = folder.resolve("keys/receipts.json");
        ReceiptSignatures made = TinkReceiptSignatures.configured(null, file.toString());
        ReceiptSignatures loaded = TinkReceiptSignatures.configured(null, file.toString());
        ReceiptSignatures.Signature signature = made.sign(BODY).orElseThrow();
        assertThat(loaded.verify(signature.keyId(), BODY, signature.bytes())).isEqualTo(Check.VALID);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
        assertThat(folder.resolve("keys")).isDirectoryNotContaining("glob:**.tmp");

        String inline = Files.readString(file);
        ReceiptSignatures.PublicKey fromInline = TinkReceiptSignatures.configured(inline, null).publicKey().orElseThrow();
        assertThat(fromInline.keyId()).isEqualTo(made.publicKey().orElseThrow().keyId());
        assertThat(fromInline.raw()).isEqualTo(made.publicKey().orElseThrow().raw());
    }

    @Test
    void aKeyWhoseSignaturesCarryAPrefixIsRefused() throws Exception {
        SignatureConfig.register();
        KeysetHandle tinkPrefixed = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);

        assertThatThrownBy(() -> TinkReceiptSignatures.configured(
                TinkJsonProtoKeysetFormat.serializeKeyset(tinkPrefixed, InsecureSecretKeyAccess.get()), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NO_PREFIX");
    }
}
