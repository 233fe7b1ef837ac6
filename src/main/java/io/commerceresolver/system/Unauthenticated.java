package io.commerceresolver.system;

/**
 * The sender could not be told apart from anyone else: a webhook whose signature is missing, forged or too old. The
 * message says which, never what the right signature would have been.
 */
public class Unauthenticated extends RuntimeException {

    public Unauthenticated(String detail) {
        super(detail);
    }
}
