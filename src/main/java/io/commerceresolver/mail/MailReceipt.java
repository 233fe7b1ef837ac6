package io.commerceresolver.mail;

/** What became of one received mail. {@code ticketId} is null when it was refused; {@code reason} only then. */
public record MailReceipt(Outcome outcome, String ticketId, MailVerdict.Kind refusedAs, String reason) {

    public enum Outcome { NEW_TICKET, ADDED_TO_TICKET, ALREADY_RECEIVED, REFUSED }

    static MailReceipt refused(MailVerdict.Kind kind, String reason) {
        return new MailReceipt(Outcome.REFUSED, null, kind, reason);
    }

    static MailReceipt of(Outcome outcome, String ticketId) {
        return new MailReceipt(outcome, ticketId, null, null);
    }
}
