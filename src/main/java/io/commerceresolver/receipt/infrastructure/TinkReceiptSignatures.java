package io.commerceresolver.receipt.infrastructure;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.subtle.Ed25519Verify;

import io.commerceresolver.receipt.ReceiptSignatures;
import io.commerceresolver.system.KeysetFile;

/**
 * Ed25519 through Tink, variant NO_PREFIX: the signature is the bare 64 bytes RFC 8032 defines, which any Ed25519
 * library checks with the raw 32-byte public key. The keyset (private) comes from {@code resolver.receipts.signing-keyset}
 * (Tink JSON, as a secret store hands it over) or from {@code resolver.receipts.signing-keyset-file}, made with
 * owner-only permissions the first time. Each key of the keyset verifies the receipts it signed (by key id), so a
 * rotated keyset keeps older receipts checkable; the primary key signs.
 */
class TinkReceiptSignatures implements ReceiptSignatures {

    /** Raw 64-byte signatures with no Tink key-id prefix, which any Ed25519 verifier outside the service checks. */
    private static final Parameters NO_PREFIX_ED25519 = Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX);

    private final PublicKeySign signer;
    private final String primaryKeyId;
    private final Map<String, PublicKeyVerify> verifiers = new HashMap<>();
    private final PublicKey publicKey;

    private TinkReceiptSignatures(KeysetHandle keyset) throws GeneralSecurityException {
        this.signer = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        KeysetHandle publicKeyset = keyset.getPublicKeysetHandle();
        for (int i = 0; i < publicKeyset.size(); i++) {
            KeysetHandle.Entry entry = publicKeyset.getAt(i);
            if (!(entry.getKey() instanceof Ed25519PublicKey key) || key.getParameters().getVariant() != Ed25519Parameters.Variant.NO_PREFIX) {
                throw new GeneralSecurityException("Receipts are signed with Ed25519 keys of variant NO_PREFIX only; key " + keyId(entry.getId())
                        + " is " + entry.getKey().getParameters());
            }
            verifiers.put(keyId(entry.getId()), Ed25519Verify.create(key));
        }
        this.primaryKeyId = keyId(publicKeyset.getPrimary().getId());
        Ed25519PublicKey primary = (Ed25519PublicKey) publicKeyset.getPrimary().getKey();
        this.publicKey = new PublicKey(primaryKeyId, "Ed25519", primary.getPublicKeyBytes().toByteArray(),
                TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset).strip());
    }

    /** Signing as configured: off (NONE) when neither the keyset nor its file is set. */
    static ReceiptSignatures configured(String keysetJson, String keysetFile) {
        try {
            SignatureConfig.register();
            if (keysetJson != null && !keysetJson.isBlank()) {
                return new TinkReceiptSignatures(TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get()));
            }
            if (keysetFile == null || keysetFile.isBlank()) {
                return ReceiptSignatures.NONE;
            }
            return new TinkReceiptSignatures(new KeysetFile(Path.of(keysetFile), "receipt signing").readOrMake(NO_PREFIX_ED25519));
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("The receipt signing keyset could not be loaded: " + failed.getMessage(), failed);
        }
    }

    /** A fresh keyset of one NO_PREFIX Ed25519 key. */
    static KeysetHandle newKeyset() throws GeneralSecurityException {
        SignatureConfig.register();
        return KeysetHandle.generateNew(NO_PREFIX_ED25519);
    }

    static ReceiptSignatures of(KeysetHandle keyset) throws GeneralSecurityException {
        return new TinkReceiptSignatures(keyset);
    }

    @Override
    public Optional<Signature> sign(byte[] body) {
        try {
            return Optional.of(new Signature(primaryKeyId, signer.sign(body)));
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("A receipt could not be signed", failed);
        }
    }

    @Override
    public Check verify(String keyId, byte[] body, byte[] signature) {
        PublicKeyVerify verifier = keyId == null ? null : verifiers.get(keyId);
        if (verifier == null) {
            return Check.UNKNOWN_KEY;
        }
        try {
            verifier.verify(signature, body);
            return Check.VALID;
        } catch (GeneralSecurityException refused) {
            return Check.INVALID;
        }
    }

    @Override
    public Optional<PublicKey> publicKey() {
        return Optional.of(publicKey);
    }

    /** Tink's key ids are unsigned 32-bit numbers. */
    private static String keyId(int id) {
        return Integer.toUnsignedString(id);
    }
}
