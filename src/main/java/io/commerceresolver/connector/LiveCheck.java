package io.commerceresolver.connector;

import java.time.Instant;

/** What the vendor said to a cheap authenticated read with the tenant's credentials, just now. */
public record LiveCheck(Status status, String message, Instant checkedAt) {

    public enum Status {
        /** The vendor answered and accepted the credentials. */
        OK,
        /** The vendor refused the credentials (401/403). */
        UNAUTHORIZED,
        /** The vendor could not be reached, did not answer in time, or answered with an error of its own. */
        UNREACHABLE
    }
}
