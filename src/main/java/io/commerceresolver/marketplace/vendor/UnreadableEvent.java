package io.commerceresolver.marketplace.vendor;

/**
 * A signed delivery whose body does not read as its topic says (not JSON, a field of the wrong type, a status the
 * vendor does not document). Trying again reads the same bytes, so it goes to the dead letters at once.
 */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
