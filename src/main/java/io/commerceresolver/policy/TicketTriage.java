package io.commerceresolver.policy;

/** The fact a ticket contributes to triage: what the reader says it asks for, and how sure it is. */
public class TicketTriage {

    private final String intent;
    private final double confidence;
    private final String orderId;
    private final Verdict verdict;

    public TicketTriage(String intent, double confidence, String orderId) {
        this(intent, confidence, orderId, null);
    }

    private TicketTriage(String intent, double confidence, String orderId, Verdict verdict) {
        this.intent = intent;
        this.confidence = confidence;
        this.orderId = orderId;
        this.verdict = verdict;
    }

    /** The same ticket, carrying the verdict the triage rules write to (see {@link Operation#getVerdict()} for why). */
    public TicketTriage judgedBy(Verdict verdict) {
        return new TicketTriage(intent, confidence, orderId, verdict);
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getIntent() {
        return intent;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getOrderId() {
        return orderId;
    }

    public boolean isOrderNamed() {
        return orderId != null && !orderId.isBlank();
    }
}
