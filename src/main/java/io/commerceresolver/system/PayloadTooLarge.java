package io.commerceresolver.system;

/** A request body over the limit for its endpoint; nothing of it is read further. */
public class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(String detail) {
        super(detail);
    }
}
