package io.commerceresolver.intent;

/** What a reader is given: the words of one ticket, and the tenant it came to (usage and orders are per tenant). */
public record TicketText(String tenantId, String subject, String text) {

    /** Subject and body as one text, the way a person reads them. */
    public String whole() {
        return (subject == null ? "" : subject) + "\n" + (text == null ? "" : text);
    }
}
