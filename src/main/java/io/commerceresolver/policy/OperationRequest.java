package io.commerceresolver.policy;

import java.math.BigDecimal;

/**
 * One operation put to the rules, with everything known around it. Only {@code type} and {@code actor} are always
 * present; the order, requester, history and conversation context are null when unknown, and the rules treat an
 * unknown the safe way (no auto-approval, no escalation).
 */
public record OperationRequest(String type,
                               BigDecimal amount,
                               String currency,
                               int affectedRecords,
                               String orderId,
                               String sku,
                               BigDecimal oldPrice,
                               BigDecimal newPrice,
                               BigDecimal cost,
                               Actor actor,
                               OrderFacts order,
                               Requester requester,
                               History history,
                               ConversationContext context) {

    /** A single-record operation on an order, as a playbook proposes it. */
    public static OperationRequest onOrder(String type, BigDecimal amount, String currency, Actor actor, OrderFacts order,
                                           Requester requester, History history) {
        return new OperationRequest(type, amount, currency, 1, order.getId(), null, null, null, null, actor, order, requester,
                history, null);
    }

    public OperationRequest withOrder(OrderFacts knownOrder) {
        return new OperationRequest(type, amount, currency, affectedRecords, orderId, sku, oldPrice, newPrice, cost, actor,
                knownOrder, requester, history, context);
    }

    public OperationRequest withHistory(History knownHistory) {
        return new OperationRequest(type, amount, currency, affectedRecords, orderId, sku, oldPrice, newPrice, cost, actor, order,
                requester, knownHistory, context);
    }
}
