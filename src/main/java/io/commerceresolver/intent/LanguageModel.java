package io.commerceresolver.intent;

/**
 * A language model that reads a ticket (already masked) and answers in the reading's schema. Implementations
 * check the answer against the schema; what the answer claims about the tenant's data is checked by
 * {@link TicketReader}.
 */
public interface LanguageModel {

    /** For the record of who read a ticket, e.g. {@code openai:gpt-4o-mini}. */
    String name();

    /**
     * @throws ModelUnavailable when there is no usable answer: an error, a timeout, a refusal, a cut-off or an
     *                          answer outside the schema
     */
    ModelAnswer read(String subject, String text) throws ModelUnavailable;

    /** A reading that fits the schema, and what it cost. */
    record ModelAnswer(ExtractedIntent reading, long promptTokens, long completionTokens) {
    }

    /** Why the model gave no usable answer, in words safe to store (never the ticket's text), and what it cost. */
    class ModelUnavailable extends Exception {

        private final long tokensUsed;

        public ModelUnavailable(String reason, long tokensUsed) {
            super(reason);
            this.tokensUsed = tokensUsed;
        }

        public ModelUnavailable(String reason, Throwable cause) {
            super(reason, cause);
            this.tokensUsed = 0;
        }

        public long tokensUsed() {
            return tokensUsed;
        }
    }
}
