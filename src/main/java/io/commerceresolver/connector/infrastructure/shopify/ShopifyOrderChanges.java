package io.commerceresolver.connector.infrastructure.shopify;

import java.time.Duration;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.OrderCancelPayload;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.OrderUpdatePayload;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.ShopifyOrder;

/**
 * Cancelling an order and changing where it goes. Neither mutation takes an idempotency key; both are idempotent by
 * what they do: an order already cancelled is the answer to a repeated cancellation (the first may have been made
 * and its answer lost), and writing the same address twice leaves the same address.
 */
final class ShopifyOrderChanges {

    /** Shopify cancels in a background job; the answer waits a little for it, and the read-back checks it anyway. */
    private static final int JOB_POLLS = 5;
    private static final Duration JOB_POLL_PAUSE = Duration.ofMillis(200);

    private final ShopifyGraphQl shopify;
    private final ShopifyOrders orders;

    ShopifyOrderChanges(ShopifyGraphQl shopify, ShopifyOrders orders) {
        this.shopify = shopify;
        this.orders = orders;
    }

    /**
     * {@code orderCancel} returning the payment to the original payment methods ({@code refundMethod}, which replaced
     * the deprecated {@code refund: true} argument), restocking, without Shopify's own mail to the customer: the
     * resolver writes to the customer itself.
     */
    Order cancel(String orderId, String reason, String idempotencyKey) {
        ShopifyOrder order = orders.require(orderId);
        Order before = ShopifyOrders.toOrder(order);
        if (before.status() == OrderStatus.CANCELLED) {
            return before;
        }
        if (before.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_already_shipped", "Order " + orderId + " has already shipped and can no longer be cancelled");
        }
        OrderCancelPayload cancelled = shopify.execute("orderCancel", ShopifyQueries.ORDER_CANCEL,
                new ShopifyJson.CancelVariables(order.id(), "CUSTOMER", new ShopifyJson.RefundMethod(true), true, false,
                        ShopifyOrders.noteFor("", reason, idempotencyKey)), ShopifyJson.OrderCancelData.class).orderCancel();
        ShopifyGraphQl.requireNoUserErrors("orderCancel", cancelled.orderCancelUserErrors(), "cancel_refused");
        awaitJob(cancelled.job());
        return ShopifyOrders.toOrder(orders.require(orderId));
    }

    /** {@code orderUpdate} with the new shipping address; refused once the goods have left, as Shopify would ship them anyway. */
    Order updateAddress(String orderId, Address address) {
        ShopifyOrder order = orders.require(orderId);
        Order before = ShopifyOrders.toOrder(order);
        if (before.status() == OrderStatus.CANCELLED) {
            throw new ConnectorRejection("order_cancelled", "Order " + orderId + " is cancelled");
        }
        if (before.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_already_shipped", "Order " + orderId + " has already shipped; its address can no longer change");
        }
        if (address == null || blank(address.line1()) || blank(address.city()) || blank(address.postalCode()) || blank(address.country())) {
            throw new ConnectorRejection("invalid_address", "The new address is not usable: line1, city, postal code and country are required");
        }
        String[] names = names(address.name());
        ShopifyJson.AddressInput input = new ShopifyJson.AddressInput(names[0], names[1], address.line1(), address.line2(), address.city(),
                address.region(), address.postalCode(), address.country().toUpperCase(java.util.Locale.ROOT));
        OrderUpdatePayload updated = shopify.execute("orderUpdate", ShopifyQueries.ORDER_UPDATE,
                new ShopifyJson.OrderUpdateVariables(new ShopifyJson.OrderInput(order.id(), input)), ShopifyJson.OrderUpdateData.class)
                .orderUpdate();
        ShopifyGraphQl.requireNoUserErrors("orderUpdate", updated.userErrors(), "invalid_address");
        return ShopifyOrders.toOrder(updated.order() != null ? updated.order() : orders.require(orderId));
    }

    private void awaitJob(ShopifyJson.Job job) {
        if (job == null || job.done()) {
            return;
        }
        for (int poll = 0; poll < JOB_POLLS; poll++) {
            try {
                Thread.sleep(JOB_POLL_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            ShopifyJson.Job now = shopify.execute("job", ShopifyQueries.JOB, new ShopifyJson.IdVariables(job.id()), ShopifyJson.JobData.class).job();
            if (now == null || now.done()) {
                return;
            }
        }
    }

    /** Shopify keeps first and last names apart; a blank name keeps the one on the order (nulls are not sent). */
    private static String[] names(String name) {
        if (blank(name)) {
            return new String[] {null, null};
        }
        String full = name.strip();
        int space = full.lastIndexOf(' ');
        return space < 0 ? new String[] {null, full} : new String[] {full.substring(0, space), full.substring(space + 1)};
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
