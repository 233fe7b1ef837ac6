package io.commerceresolver.console.inbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.ticket.TicketStatus;

/** How the inbox writes values for people: times in UTC, statuses as words with a badge colour, sums with their currency. */
public final class Shown {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** "NEEDS_HUMAN" → "Needs human", "issue_refund" → "Issue refund", "orderId" → "Order id". */
    public static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The badge class (console.css) of a ticket status. */
    public static String badge(TicketStatus status) {
        switch (status) {
            case RESOLVED:
                return "good";
            case NEEDS_HUMAN:
            case WAITING_APPROVAL:
                return "warn";
            case FAILED:
            case DECLINED:
                return "bad";
            default:
                return "info";
        }
    }

    public static String badge(ApprovalOutcome outcome) {
        switch (outcome) {
            case APPROVED:
                return "good";
            case PENDING:
                return "warn";
            default:
                return "bad";
        }
    }

    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + (currency == null ? "" : " " + currency);
    }

    /** A count taken up to {@code cap}: "1,000+" at the cap, since there may be more. */
    public static String count(int count, int cap) {
        return count >= cap ? String.format(Locale.ROOT, "%,d+", cap) : String.format(Locale.ROOT, "%,d", count);
    }

    /** A stretch of time as a person says it, to the minute: "2 d 3 h", "3 h 5 min", "4 min" (never "0 min"). */
    public static String span(Duration length) {
        Duration d = length.abs();
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }

    /** A reader's confidence 0..1 as a percentage. */
    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
