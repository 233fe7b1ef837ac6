package io.commerceresolver.console.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.ticket.NewTicket;

/**
 * What the search box asks for, told apart the way a person types it: an e-mail address finds the customer's tickets,
 * one token with a digit in it ("1002", "#1002", "SO-77") the tickets about that order, anything else the tickets whose
 * subject or text holds every word. The first two are index look-ups; words are matched in the newest tickets only
 * (see {@link TicketInbox#WORD_SCAN}), as a LIKE over the whole table would not stay fast.
 */
public record TicketSearch(Kind kind, String text, List<String> words) {

    public enum Kind { NONE, EMAIL, ORDER, WORDS }

    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 5;
    private static final Pattern ORDER = Pattern.compile("#?[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");

    public static final TicketSearch NONE = new TicketSearch(Kind.NONE, "", List.of());

    public TicketSearch {
        words = List.copyOf(words);
    }

    public static TicketSearch parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        String q = typed.strip();
        if (q.length() > MAX_LENGTH) {
            throw new BadRequest("q", "A search is at most " + MAX_LENGTH + " characters");
        }
        if (q.indexOf('@') >= 0 && q.indexOf(' ') < 0) {
            if (!NewTicket.isEmail(q)) {
                throw new BadRequest("q", "'" + q + "' is not an e-mail address; search for a whole address, an order number or words");
            }
            return new TicketSearch(Kind.EMAIL, q, List.of());
        }
        if (ORDER.matcher(q).matches() && DIGIT.matcher(q).matches()) {
            return new TicketSearch(Kind.ORDER, q.startsWith("#") ? q.substring(1) : q, List.of());
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.size() > MAX_WORDS) {
            throw new BadRequest("q", "Search for at most " + MAX_WORDS + " words at a time");
        }
        return new TicketSearch(Kind.WORDS, q, new ArrayList<>(words));
    }

    /** The words as LIKE patterns ("%word%", escape character '\'), for a case-insensitive match. */
    public List<String> likePatterns() {
        return words.stream().map(word -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    /** The address as typed, and as the intake usually stores it (lower case). */
    public String emailLowerCase() {
        return kind == Kind.EMAIL ? text.toLowerCase(Locale.ROOT) : null;
    }

    public boolean isEmpty() {
        return kind == Kind.NONE;
    }

    /** What the page says it looked for. */
    public String described() {
        switch (kind) {
            case EMAIL:
                return "tickets from " + text;
            case ORDER:
                return "tickets about order " + text;
            case WORDS:
                return "tickets whose subject or text has " + String.join(", ", words.stream().map(w -> "\u201c" + w + "\u201d").toList());
            default:
                return "";
        }
    }
}
