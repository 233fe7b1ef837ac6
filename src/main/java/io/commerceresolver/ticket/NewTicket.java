package io.commerceresolver.ticket;

import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;

/**
 * A ticket as a source submits it. {@code externalId} is the source's own id for it; a ticket delivered twice
 * under the same id is stored once.
 */
public record NewTicket(String source, String externalId, String customerEmail, String subject, String text) {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SUBJECT = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SOURCE = Pattern.compile("^[a-z][a-z0-9_-]{0,39}$");

    /** Rejects the first problem found, naming the field, before anything is written. */
    public NewTicket validated() {
        require("customerEmail", customerEmail);
        if (!isEmail(customerEmail)) {
            throw new BadRequest("customerEmail", "Field 'customerEmail' must be an email address");
        }
        require("text", text);
        if (text.length() > MAX_TEXT) {
            throw new BadRequest("text", "Field 'text' must be at most " + MAX_TEXT + " characters");
        }
        if (subject != null && subject.length() > MAX_SUBJECT) {
            throw new BadRequest("subject", "Field 'subject' must be at most " + MAX_SUBJECT + " characters");
        }
        if (source != null && !SOURCE.matcher(source).matches()) {
            throw new BadRequest("source", "Field 'source' must be a short lower-case name such as 'api' or 'email'");
        }
        if (externalId != null && (externalId.isBlank() || externalId.length() > 200)) {
            throw new BadRequest("externalId", "Field 'externalId' must be 1 to 200 characters when given");
        }
        return this;
    }

    /** Whether {@code address} would be accepted as a ticket's customer e-mail address. */
    public static boolean isEmail(String address) {
        return address != null && address.length() <= 320 && EMAIL.matcher(address.strip()).matches();
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(field, "Field '" + field + "' is required");
        }
    }
}
