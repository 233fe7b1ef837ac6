package io.commerceresolver.changeset;

import java.math.BigDecimal;

import io.commerceresolver.conversation.SessionFigures;
import io.commerceresolver.policy.ConversationContext;

/**
 * How the session behind a request was going, when a voice front end reports it (stress 0 to 1, minutes so far,
 * whether the person opted out of voice analysis, and the front end's session id): the rules escalate on it. Only
 * these figures are kept with the changeset; the caller's session history folds them into its session's aggregate.
 */
public record Conversation(BigDecimal stress, Integer sessionMinutes, Boolean voiceOptOut, String sessionId) {

    public Conversation {
        // checked as the policy API checks them: the same fields, the same answers
        new SessionFigures(sessionId, stress, sessionMinutes, Boolean.TRUE.equals(voiceOptOut));
    }

    public ConversationContext facts() {
        return new ConversationContext(stress, sessionMinutes, Boolean.TRUE.equals(voiceOptOut));
    }

    public SessionFigures figures() {
        return new SessionFigures(sessionId, stress, sessionMinutes, Boolean.TRUE.equals(voiceOptOut));
    }
}
