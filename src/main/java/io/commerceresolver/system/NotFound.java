package io.commerceresolver.system;

/** No such thing for the caller's tenant. Another tenant's records are reported the same way: they do not exist for you. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("No " + what + " with id '" + id + "'");
    }

    /** For what has no id: the message says what is missing. */
    public NotFound(String message) {
        super(message);
    }
}
