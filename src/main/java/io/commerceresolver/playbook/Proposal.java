package io.commerceresolver.playbook;

import io.commerceresolver.connector.Money;

/** The sum a tool call would move (null when it moves none), as put to the rules. */
public record Proposal(Money amount) {

    public static final Proposal NONE = new Proposal(null);
}
