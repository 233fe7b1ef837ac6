package io.commerceresolver.connector.infrastructure.shopify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.OrderRefund;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.RefundCreatePayload;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.ShopifyOrder;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.SuggestedRefund;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.SuggestedTransaction;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.TransactionInput;

/**
 * Money back to a customer through Shopify: {@code refundCreate}, calculated first.
 * <p>
 * Each refund goes as three moves: the order is read, and a refund it already shows under the caller's key is the
 * answer (a retry after a lost answer must not be refused as "exceeds the refundable balance", which it would be by
 * then); Shopify's {@code suggestedRefund} says how much may still be refunded and through which payments; then
 * {@code refundCreate} moves the sum against those payments, with the key in the {@code @idempotent} directive, so
 * that two concurrent retries still refund once.
 * <p>
 * Goodwill is a refund here too, noted as goodwill. A Shopify discount on an order already paid returns nothing to
 * the customer until it is refunded, so a "discount" would promise money the customer never sees; a refund of the
 * goodwill sum is what the customer gets, and it counts against what may still be refunded, as the sandbox's does.
 */
final class ShopifyRefunds {

    private final ShopifyGraphQl shopify;
    private final ShopifyOrders orders;

    ShopifyRefunds(ShopifyGraphQl shopify, ShopifyOrders orders) {
        this.shopify = shopify;
        this.orders = orders;
    }

    /** The refund made (or made earlier under the same key); {@code prefix} marks goodwill. */
    OrderRefund refund(String orderId, Money amount, String prefix, String reason, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("Every write to the store needs an idempotency key");
        }
        ShopifyOrder order = orders.require(orderId);
        Optional<OrderRefund> earlier = ShopifyOrders.refundMadeWith(order, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (amount == null || !amount.isPositive()) {
            throw new ConnectorRejection("invalid_amount", "A refund must be a positive amount");
        }
        if (!amount.currency().equalsIgnoreCase(order.currencyCode())) {
            throw new ConnectorRejection("currency_mismatch", "Order " + orderId + " is in " + order.currencyCode() + ", the refund in "
                    + amount.currency());
        }
        if (order.cancelledAt() != null) {
            throw new ConnectorRejection("order_cancelled", "Order " + orderId + " is cancelled");
        }
        SuggestedRefund suggested = shopify.execute("suggestedRefund", ShopifyQueries.SUGGESTED_REFUND,
                new ShopifyJson.IdVariables(order.id()), ShopifyJson.SuggestedRefundData.class).order().suggestedRefund();
        BigDecimal refundable = suggested.maximumRefundableSet() == null ? BigDecimal.ZERO : suggested.maximumRefundableSet().amount();
        if (amount.amount().compareTo(refundable) > 0) {
            throw new ConnectorRejection("exceeds_refundable_balance", "A refund of " + amount.amount() + " exceeds the "
                    + refundable + " Shopify can still refund on order " + orderId);
        }
        List<TransactionInput> transactions = allocate(order.id(), amount.amount(), suggested.suggestedTransactions());
        if (transactions.isEmpty()) {
            throw new ConnectorRejection("no_refundable_payment", "Shopify suggests no payment of order " + orderId + " to refund through");
        }
        ShopifyJson.RefundInput input = new ShopifyJson.RefundInput(order.id(), ShopifyOrders.noteFor(prefix, reason, idempotencyKey),
                false, transactions);
        RefundCreatePayload created = shopify.execute("refundCreate", ShopifyQueries.REFUND_CREATE,
                new ShopifyJson.RefundVariables(input, idempotencyKey), ShopifyJson.RefundCreateData.class).refundCreate();
        ShopifyGraphQl.requireNoUserErrors("refundCreate", created.userErrors(), "refund_refused");
        if (created.refund() == null) {
            throw new ConnectorRejection("refund_refused", "Shopify created no refund for order " + orderId + " and said nothing why");
        }
        return created.refund();
    }

    /**
     * Spreads the sum over the payments Shopify suggests, each up to what may still be refunded through it, in its
     * order: a customer who paid by gift card and card gets the money back as Shopify itself would return it.
     */
    static List<TransactionInput> allocate(String orderGid, BigDecimal amount, List<SuggestedTransaction> suggested) {
        List<TransactionInput> transactions = new ArrayList<>();
        BigDecimal left = amount;
        for (SuggestedTransaction payment : suggested) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal room = payment.maximumRefundableSet() != null ? payment.maximumRefundableSet().amount()
                    : payment.amountSet() == null ? null : payment.amountSet().amount();
            if (room == null || room.signum() <= 0 || payment.parentTransaction() == null) {
                continue;
            }
            BigDecimal part = left.min(room);
            transactions.add(new TransactionInput(orderGid, payment.parentTransaction().id(), payment.gateway(), "REFUND", part));
            left = left.subtract(part);
        }
        return left.signum() > 0 ? List.of() : transactions;
    }
}
