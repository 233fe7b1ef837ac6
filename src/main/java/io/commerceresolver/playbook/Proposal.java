package io.commerceresolver.playbook;

import io.commerceresolver.connector.Money;
import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.Requester;

/**
 * What a tool call would do, as put to the rules: the sum it moves (null when it moves none) and, for a write that
 * sets a price, the price change (null otherwise).
 */
public record Proposal(Money amount, PriceChange price) {

    public static final Proposal NONE = new Proposal(null, null);

    public Proposal(Money amount) {
        this(amount, null);
    }

    /** {@code operation} on one record, put to the rules with the sum and the price change this proposal names. */
    public OperationRequest asked(String operation, String orderId, String sku, Actor actor, OrderFacts order, Requester requester,
                                  History history, ConversationContext context) {
        return new OperationRequest(operation, amount == null ? null : amount.amount(), amount == null ? null : amount.currency(), 1,
                orderId, sku, price == null ? null : price.oldPrice(), price == null ? null : price.newPrice(),
                price == null ? null : price.cost(), actor, order, requester, history, context);
    }
}
