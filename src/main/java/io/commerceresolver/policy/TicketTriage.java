package io.commerceresolver.policy;

/** The fact a ticket contributes to triage: what the reader says it asks for, and how sure it is. */
public class TicketTriage {

    private final String intent;
    private final double confidence;
    private final String orderId;

    public TicketTriage(String intent, double confidence, String orderId) {
        this.intent = intent;
        this.confidence = confidence;
        this.orderId = orderId;
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
