package io.commerceresolver.policy;

/**
 * The store-event rules failed on a change (a store's own rule that throws, or fires without end): the change is
 * still kept as a fact, and the failure said on its event, rather than the change being lost with the rule.
 */
public class StoreEventRulesFailed extends RuntimeException {

    public StoreEventRulesFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
