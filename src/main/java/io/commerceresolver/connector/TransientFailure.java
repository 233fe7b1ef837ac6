package io.commerceresolver.connector;

/** The vendor answered 5xx, timed out, or the connection was refused or reset: the same call may succeed later. */
public class TransientFailure extends ConnectorFailure {

    public TransientFailure(String message) {
        super(message);
    }

    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.TRANSIENT;
    }
}
