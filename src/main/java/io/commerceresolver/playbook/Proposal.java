package io.commerceresolver.playbook;

import io.commerceresolver.connector.Money;

/**
 * What a tool call would do, as put to the rules: the sum it moves (null when it moves none) and, for a write that
 * sets a price, the price change (null otherwise).
 */
public record Proposal(Money amount, PriceChange price) {

    public static final Proposal NONE = new Proposal(null, null);

    public Proposal(Money amount) {
        this(amount, null);
    }
}
