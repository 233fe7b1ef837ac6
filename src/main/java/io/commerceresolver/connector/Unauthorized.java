package io.commerceresolver.connector;

/** The vendor answered 401 or 403: the tenant's credentials were refused, and retrying will not help. */
public class Unauthorized extends ConnectorFailure {

    public Unauthorized(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHORIZED;
    }
}
