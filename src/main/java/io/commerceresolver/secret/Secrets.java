package io.commerceresolver.secret;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;

/**
 * Keeps a tenant's secrets encrypted. Each ciphertext is bound to "tenant/name", so a row copied to another tenant
 * or name does not decrypt. {@link #reencryptAll} moves every secret to the cipher's current primary key after a
 * rotation.
 */
public class Secrets {

    private static final String NAME = "[a-z0-9][a-z0-9._-]{0,99}";
    private static final int MAX_VALUE = 8192;

    private final StoredSecrets stored;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final Clock clock;

    public Secrets(StoredSecrets stored, SecretCipher cipher, Transactions transactions, Clock clock) {
        this.stored = stored;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A name and when it last changed; never the value. */
    public record Listed(String name, String updatedBy, Instant updatedAt) {
    }

    public Listed put(String tenantId, String name, String value, String actor) {
        if (name == null || !name.matches(NAME)) {
            throw new BadRequest("name", "A secret's name is 1 to 100 lower-case letters, digits and ._- (for example shopify.app-secret)");
        }
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE) {
            throw new BadRequest("value", "Field 'value' must be 1 to " + MAX_VALUE + " characters");
        }
        StoredSecret secret = new StoredSecret(tenantId, name, cipher.encrypt(value.getBytes(StandardCharsets.UTF_8), context(tenantId, name)),
                actor, clock.instant());
        transactions.inTransaction(() -> stored.put(secret));
        return new Listed(name, actor, secret.updatedAt());
    }

    /** For the service's own use (a connector signing a call); never for an API answer. */
    public Optional<String> reveal(String tenantId, String name) {
        return stored.find(tenantId, name)
                .map(secret -> new String(cipher.decrypt(secret.ciphertext(), context(tenantId, name)), StandardCharsets.UTF_8));
    }

    public List<Listed> list(String tenantId) {
        return stored.of(tenantId).stream().map(s -> new Listed(s.name(), s.updatedBy(), s.updatedAt())).toList();
    }

    public void delete(String tenantId, String name) {
        if (!stored.delete(tenantId, name)) {
            throw new NotFound("secret", name);
        }
    }

    /** Decrypts each secret with whichever key made it and encrypts it again with the primary one. @return how many */
    public int reencryptAll(String actor) {
        // the rotation command's: every tenant's secrets
        return TenantScope.acrossTenants(() -> reencryptEvery(actor));
    }

    private int reencryptEvery(String actor) {
        List<StoredSecret> all = stored.all();
        for (StoredSecret secret : all) {
            byte[] context = context(secret.tenantId(), secret.name());
            byte[] again = cipher.encrypt(cipher.decrypt(secret.ciphertext(), context), context);
            transactions.inTransaction(() -> stored.put(new StoredSecret(secret.tenantId(), secret.name(), again, actor, clock.instant())));
        }
        return all.size();
    }

    private static byte[] context(String tenantId, String name) {
        return (tenantId + "/" + name).getBytes(StandardCharsets.UTF_8);
    }
}
