package io.commerceresolver.system;

/** The caller sent something we will not accept; {@code field} names what is wrong (a JSON path such as {@code customerEmail}). */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
