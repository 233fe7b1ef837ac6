package io.commerceresolver.mail;

/** A mail that cannot be made a ticket as it is: too large, malformed, in an unknown charset, from nobody. */
public class UnreadableMail extends RuntimeException {

    public UnreadableMail(String reason) {
        super(reason);
    }
}
