package io.commerceresolver.mail;

/** What intake makes of a mail: a ticket (or a reply to one), or a refusal of a kind, with the reason recorded. */
public record MailVerdict(Kind kind, String reason) {

    public enum Kind {
        CUSTOMER_MAIL, AUTO_REPLY, BOUNCE, LOOP, INVALID;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static MailVerdict customerMail() {
        return new MailVerdict(Kind.CUSTOMER_MAIL, null);
    }

    public boolean isCustomerMail() {
        return kind == Kind.CUSTOMER_MAIL;
    }
}
