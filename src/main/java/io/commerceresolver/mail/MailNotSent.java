package io.commerceresolver.mail;

/**
 * The SMTP server or Gmail did not take the mail. {@code permanent}: trying again will not help (the address is refused,
 * Google refuses the tenant's grant).
 */
public class MailNotSent extends RuntimeException {

    private final boolean permanent;

    public MailNotSent(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
