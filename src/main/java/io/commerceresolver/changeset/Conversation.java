package io.commerceresolver.changeset;

import java.math.BigDecimal;

import io.commerceresolver.policy.ConversationContext;

/**
 * How the session behind a request was going, when a voice front end reports it (stress 0 to 1, minutes so far,
 * whether the person opted out of voice analysis): the rules escalate on it. Only these figures are kept.
 */
public record Conversation(BigDecimal stress, Integer sessionMinutes, Boolean voiceOptOut) {

    public ConversationContext facts() {
        return new ConversationContext(stress, sessionMinutes, Boolean.TRUE.equals(voiceOptOut));
    }
}
