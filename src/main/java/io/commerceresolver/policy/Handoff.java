package io.commerceresolver.policy;

/**
 * The fact a ticket contributes when it is handed to a person (rules/handoff.drl): why, what it asks for, what it is
 * written in, which playbook gave it up, and how sure the reading was against the least confidence the tenant accepts.
 * The rules write whom it goes to on its {@link #getRoute() route}.
 */
public class Handoff {

    /** Why a ticket is handed over; the rules route by these codes. */
    public static final String TRIAGE = "triage";
    public static final String STEP_REFUSED = "step_refused";
    public static final String NOT_REPAIRED = "not_repaired";
    public static final String APPROVAL_EXPIRED = "approval_expired";
    /** A ticket the store's own events opened (rules/store-events.drl) that no playbook takes. */
    public static final String STORE_EVENT = "store_event";

    /** The language of a ticket whose language could not be told (ISO 639-2's "undetermined"). */
    public static final String UNDETERMINED_LANGUAGE = "und";

    private final String cause;
    private final String intent;
    private final String language;
    private final String playbook;
    private final double confidence;
    private final boolean orderNamed;
    private final double minimumConfidence;
    private final HandoffRoute route;

    public Handoff(String cause, String intent, String language, String playbook, double confidence, boolean orderNamed) {
        this(cause, intent, language, playbook, confidence, orderNamed, 0, null);
    }

    private Handoff(String cause, String intent, String language, String playbook, double confidence, boolean orderNamed,
                    double minimumConfidence, HandoffRoute route) {
        this.cause = cause;
        this.intent = intent;
        this.language = language;
        this.playbook = playbook;
        this.confidence = confidence;
        this.orderNamed = orderNamed;
        this.minimumConfidence = minimumConfidence;
        this.route = route;
    }

    /** The same handoff under the tenant's thresholds, carrying the route the rules write to. */
    public Handoff routedBy(HandoffRoute route, Thresholds thresholds) {
        return new Handoff(cause, intent, language, playbook, confidence, orderNamed, thresholds.getMinIntentConfidence(), route);
    }

    public String getCause() {
        return cause;
    }

    public String getIntent() {
        return intent;
    }

    public String getLanguage() {
        return language;
    }

    public String getPlaybook() {
        return playbook;
    }

    public double getConfidence() {
        return confidence;
    }

    public boolean isOrderNamed() {
        return orderNamed;
    }

    public double getMinimumConfidence() {
        return minimumConfidence;
    }

    public HandoffRoute getRoute() {
        return route;
    }
}
