package io.commerceresolver.receipt;

import java.util.Optional;

/**
 * Signs sealed bodies (Ed25519, a raw 64-byte signature over the body's UTF-8 bytes) so a receipt can be checked
 * outside the service with the published public key. A deployment without a signing key signs nothing.
 */
public interface ReceiptSignatures {

    /** Empty when signing is off. */
    Optional<Signature> sign(byte[] body);

    /** Whether {@code signature} is the key's signature of {@code body}; an unknown key is {@link Check#UNKNOWN_KEY}. */
    Check verify(String keyId, byte[] body, byte[] signature);

    /** The key new receipts are signed with, to publish; empty when signing is off. */
    Optional<PublicKey> publicKey();

    record Signature(String keyId, byte[] bytes) {
    }

    /** {@code raw}: the 32-byte Ed25519 public key; {@code tinkKeyset}: the public keyset as Tink JSON. */
    record PublicKey(String keyId, String algorithm, byte[] raw, String tinkKeyset) {
    }

    enum Check { VALID, INVALID, UNKNOWN_KEY }

    /** For deployments without a signing key. */
    ReceiptSignatures NONE = new ReceiptSignatures() {
        @Override
        public Optional<Signature> sign(byte[] body) {
            return Optional.empty();
        }

        @Override
        public Check verify(String keyId, byte[] body, byte[] signature) {
            return Check.UNKNOWN_KEY;
        }

        @Override
        public Optional<PublicKey> publicKey() {
            return Optional.empty();
        }
    };
}
