package io.commerceresolver.receipt;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as receipts write it: lower-case hex of the digest of the body's UTF-8 bytes. */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest().digest(bytes));
    }

    /** A fresh digest, for a loop that hashes many bodies (MessageDigest is not thread-safe). */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    static String hex(MessageDigest digest, byte[] bytes) {
        return HEX.formatHex(digest.digest(bytes));
    }
}
