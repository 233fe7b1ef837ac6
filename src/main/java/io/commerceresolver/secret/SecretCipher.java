package io.commerceresolver.secret;

/** Authenticated encryption (Tink's AEAD behind it); {@code context} is bound to the ciphertext, not hidden by it. */
public interface SecretCipher {

    byte[] encrypt(byte[] plaintext, byte[] context);

    /** @throws IllegalStateException if the ciphertext was altered, belongs to another context, or its key is gone */
    byte[] decrypt(byte[] ciphertext, byte[] context);
}
