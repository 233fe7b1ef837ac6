package io.commerceresolver.secret;

import java.time.Instant;

/** A secret as stored: only its ciphertext. */
public record StoredSecret(String tenantId, String name, byte[] ciphertext, String updatedBy, Instant updatedAt) {

    @Override
    public String toString() {
        return "StoredSecret[" + tenantId + "/" + name + ", updated " + updatedAt + " by " + updatedBy + "]";
    }
}
