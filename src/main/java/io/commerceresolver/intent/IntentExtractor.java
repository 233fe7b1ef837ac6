package io.commerceresolver.intent;

/**
 * Reads a ticket and says what it asks for. It only reads: it never decides a tier, an amount to pay or an
 * action; whatever it returns is untrusted input to the policy.
 */
public interface IntentExtractor {

    ExtractedIntent extract(TicketText ticket);
}
