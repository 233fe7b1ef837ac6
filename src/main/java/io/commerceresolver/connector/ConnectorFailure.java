package io.commerceresolver.connector;

/**
 * Why a connector call failed, in the four kinds a caller treats differently: a business refusal is final, a
 * transient failure or a rate limit may be retried, refused credentials need a person.
 */
public abstract class ConnectorFailure extends RuntimeException {

    public enum Kind {
        /** The platform refused for a business reason; retrying will not help. */
        REJECTED,
        /** 5xx, timeout, connection refused or reset: the same call may succeed later. */
        TRANSIENT,
        /** 429: the vendor asks us to slow down, perhaps saying for how long. */
        RATE_LIMITED,
        /** 401/403: the tenant's credentials were refused; retrying will not help until someone fixes them. */
        UNAUTHORIZED
    }

    protected ConnectorFailure(String message) {
        super(message);
    }

    protected ConnectorFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract Kind kind();
}
