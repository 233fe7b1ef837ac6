package io.commerceresolver.policy;

/**
 * The fact a ticket contributes to triage: what the reader says it asks for, how sure it is, and the least
 * confidence the tenant accepts before a playbook may act on a reading.
 */
public class TicketTriage {

    private final String intent;
    private final double confidence;
    private final String orderId;
    private final double minimumConfidence;
    private final Verdict verdict;

    public TicketTriage(String intent, double confidence, String orderId) {
        this(intent, confidence, orderId, 0, null);
    }

    private TicketTriage(String intent, double confidence, String orderId, double minimumConfidence, Verdict verdict) {
        this.intent = intent;
        this.confidence = confidence;
        this.orderId = orderId;
        this.minimumConfidence = minimumConfidence;
        this.verdict = verdict;
    }

    /**
     * The same ticket under the tenant's thresholds, carrying the verdict the triage rules write to (see
     * {@link Operation#getVerdict()} for why the verdict travels on the fact).
     */
    public TicketTriage judgedBy(Verdict verdict, Thresholds thresholds) {
        return new TicketTriage(intent, confidence, orderId, thresholds.getMinIntentConfidence(), verdict);
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

    public double getMinimumConfidence() {
        return minimumConfidence;
    }

    public String getOrderId() {
        return orderId;
    }

    public boolean isOrderNamed() {
        return orderId != null && !orderId.isBlank();
    }
}
