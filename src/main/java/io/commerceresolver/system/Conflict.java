package io.commerceresolver.system;

/** The request is well-formed but the record is not in a state that allows it (an approval already decided). */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
