package io.commerceresolver.secret;

import java.util.List;
import java.util.Optional;

/** Where the ciphertexts are kept, per tenant. */
public interface StoredSecrets {

    void put(StoredSecret secret);

    Optional<StoredSecret> find(String tenantId, String name);

    List<StoredSecret> of(String tenantId);

    /** Every tenant's, for re-encrypting them all under a new key. */
    List<StoredSecret> all();

    boolean delete(String tenantId, String name);
}
