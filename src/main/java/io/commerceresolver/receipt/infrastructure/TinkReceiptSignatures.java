package io.commerceresolver.receipt.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.subtle.Ed25519Verify;

import io.commerceresolver.receipt.ReceiptSignatures;

/**
 * Ed25519 through Tink, variant NO_PREFIX: the signature is the bare 64 bytes RFC 8032 defines, which any Ed25519
 * library checks with the raw 32-byte public key. The keyset (private) comes from {@code resolver.receipts.signing-keyset}
 * (Tink JSON, as a secret store hands it over) or from {@code resolver.receipts.signing-keyset-file}, made with
 * owner-only permissions the first time. Each key of the keyset verifies the receipts it signed (by key id), so a
 * rotated keyset keeps older receipts checkable; the primary key signs.
 */
class TinkReceiptSignatures implements ReceiptSignatures {

    private static final Logger log = LoggerFactory.getLogger(TinkReceiptSignatures.class);

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
            return new TinkReceiptSignatures(fromFile(Path.of(keysetFile)));
        } catch (GeneralSecurityException | IOException failed) {
            throw new IllegalStateException("The receipt signing keyset could not be loaded: " + failed.getMessage(), failed);
        }
    }

    /** A fresh keyset of one NO_PREFIX Ed25519 key. */
    static KeysetHandle newKeyset() throws GeneralSecurityException {
        SignatureConfig.register();
        return KeysetHandle.generateNew(Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX));
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

    private static KeysetHandle fromFile(Path file) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        }
        KeysetHandle made = newKeyset();
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path next = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, "receipt-keyset", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "receipt-keyset", ".tmp");
        Files.writeString(next, TinkJsonProtoKeysetFormat.serializeKeyset(made, InsecureSecretKeyAccess.get()), StandardCharsets.UTF_8);
        try {
            // a link, not a move: it fails where a file is, and never replaces another process's new keyset (receipts
            // it signed would no longer verify); the whole file appears at once or not at all
            Files.createLink(file, next);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        } finally {
            Files.delete(next);
        }
        log.warn("Made a new receipt signing keyset in {}: keep it safe; publish its public key, never the file", file);
        return made;
    }
}
