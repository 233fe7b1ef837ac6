package io.commerceresolver.policy;

import java.math.BigDecimal;

/**
 * How the conversation behind the request is going, when a voice or chat channel reports it: the caller's
 * measured stress (0 to 1), how long the session has run, and whether the customer opted out of voice analysis.
 */
public class ConversationContext {

    private final BigDecimal stress;
    private final Integer sessionMinutes;
    private final boolean voiceOptOut;

    public ConversationContext(BigDecimal stress, Integer sessionMinutes, boolean voiceOptOut) {
        this.stress = stress;
        this.sessionMinutes = sessionMinutes;
        this.voiceOptOut = voiceOptOut;
    }

    public BigDecimal getStress() {
        return stress;
    }

    public Integer getSessionMinutes() {
        return sessionMinutes;
    }

    public boolean isVoiceOptOut() {
        return voiceOptOut;
    }

    public boolean isStressAbove(BigDecimal level) {
        return stress != null && stress.compareTo(level) > 0;
    }

    public boolean isLongerThan(int minutes) {
        return sessionMinutes != null && sessionMinutes > minutes;
    }
}
