package io.commerceresolver.conversation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;

/**
 * What one request says about the conversation it comes from: the front end's session, the measured stress (0 to 1),
 * how long the session has run, and whether the person opted out of voice analysis. A request without a session id
 * cannot be told apart from other conversations, so it is not kept (see {@link SessionHistory#record}).
 */
public record SessionFigures(String sessionId, BigDecimal stress, Integer sessionMinutes, boolean voiceOptOut) {

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,64}");

    public SessionFigures {
        if (sessionId != null && !SESSION_ID.matcher(sessionId).matches()) {
            throw new BadRequest("context.sessionId", "Field 'context.sessionId' must be 1 to 64 letters, digits or _.:@-");
        }
        if (stress != null && (stress.signum() < 0 || stress.compareTo(BigDecimal.ONE) > 0)) {
            throw new BadRequest("context.stress", "Field 'context.stress' must be between 0 and 1, not " + stress.toPlainString());
        }
        if (sessionMinutes != null && sessionMinutes < 0) {
            throw new BadRequest("context.sessionMinutes", "Field 'context.sessionMinutes' must not be negative");
        }
    }

    /** Whether anything of this request may be kept: the person allowed voice analysis and the front end named the session. */
    boolean keepable() {
        return !voiceOptOut && sessionId != null;
    }
}
