package io.commerceresolver.system;

/** The body is in a form the endpoint does not read (only JSON in UTF-8 is). */
public class UnsupportedMediaType extends RuntimeException {

    public UnsupportedMediaType(String detail) {
        super(detail);
    }
}
