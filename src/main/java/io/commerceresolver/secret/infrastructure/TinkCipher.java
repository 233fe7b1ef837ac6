package io.commerceresolver.secret.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import io.commerceresolver.secret.SecretCipher;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.KeysetFile;

/**
 * AES-256-GCM through Tink, with the keyset from {@code RESOLVER_SECRETS_KEYSET} (a Tink JSON keyset, as a KMS or
 * a secret store hands it to the process) or from a file ({@code resolver.secrets.keyset-file}, made with owner-only
 * permissions on first use; the embedded default keeps it under ./data/). Never from the database. Ciphertexts name
 * the key that made them, so after {@link #rotate} old secrets still decrypt until they are encrypted again.
 */
class TinkCipher implements SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(TinkCipher.class);

    private final String keysetJson;
    private final KeysetFile keysetFile;
    private volatile KeysetHandle keyset;

    TinkCipher(String keysetJson, String keysetFile) {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Tink's AEAD could not be registered", impossible);
        }
        this.keysetJson = keysetJson == null || keysetJson.isBlank() ? null : keysetJson;
        this.keysetFile = keysetFile == null || keysetFile.isBlank() ? null : new KeysetFile(Path.of(keysetFile), "secrets");
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] context) {
        try {
            return aead().encrypt(plaintext, context);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("A secret could not be encrypted", failed);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] context) {
        try {
            return aead().decrypt(ciphertext, context);
        } catch (GeneralSecurityException refused) {
            throw new IllegalStateException("A stored secret does not decrypt: altered, moved, or its key is no longer in the keyset");
        }
    }

    /** Adds a new key and makes it the one that encrypts; the old ones stay to decrypt. Only a keyset file can be rotated here. */
    synchronized void rotate() {
        if (keysetFile == null) {
            throw new IllegalStateException("The keyset comes from RESOLVER_SECRETS_KEYSET: rotate it with Tinkey or the KMS, set the new "
                    + "keyset, and run with --resolver.secrets.reencrypt=true");
        }
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(keyset())
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                    .build();
            keysetFile.write(rotated);
            keyset = rotated;
            log.info("Secrets keyset {} rotated: a new primary key encrypts from now on", keysetFile.file());
        } catch (GeneralSecurityException | IOException failed) {
            throw new IllegalStateException("The secrets keyset could not be rotated", failed);
        }
    }

    private Aead aead() throws GeneralSecurityException {
        return keyset().getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private KeysetHandle keyset() throws GeneralSecurityException {
        KeysetHandle loaded = keyset;
        if (loaded == null) {
            synchronized (this) {
                if (keyset == null) {
                    keyset = load();
                }
                loaded = keyset;
            }
        }
        return loaded;
    }

    private KeysetHandle load() throws GeneralSecurityException {
        if (keysetJson != null) {
            return TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
        }
        if (keysetFile == null) {
            throw new Conflict("This deployment has no key for secrets: set RESOLVER_SECRETS_KEYSET (a Tink JSON keyset) or "
                    + "RESOLVER_SECRETS_KEYSET_FILE");
        }
        return keysetFile.readOrMake(PredefinedAeadParameters.AES256_GCM);
    }
}
