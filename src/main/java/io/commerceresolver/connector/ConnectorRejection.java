package io.commerceresolver.connector;

/**
 * The platform refused the call for a business reason (no such order, refund above the refundable
 * balance, order already shipped). Retrying will not help; the playbook records it and stops.
 */
public class ConnectorRejection extends ConnectorFailure {

    private final String code;

    public ConnectorRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.REJECTED;
    }

    /** A stable, machine-readable reason such as {@code order_not_found} or {@code exceeds_refundable_balance}. */
    public String code() {
        return code;
    }
}
