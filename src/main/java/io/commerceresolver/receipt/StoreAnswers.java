package io.commerceresolver.receipt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.receipt.ReceiptRecord.Change;

/**
 * What a receipt keeps of the store's answers, by the answer's type (not the tool's name, so a new tool answering with
 * a known type is covered): the fields a write changed, before and after as the run's state shows them, and a short
 * result. Only what is not personal: ids, amounts, statuses, SKUs. An address, a customer's e-mail or name, a
 * recipient and the store's free-text messages are never copied, as receipts cannot be purged.
 */
final class StoreAnswers {

    private StoreAnswers() {
    }

    /** The fields the write changed; {@code state} holds what the run read before its writes and after them. */
    static List<Change> changes(Object answer, RunState state) {
        List<Change> changes = new ArrayList<>();
        Order before = state.getOrder();
        if (answer instanceof Refund refund) {
            money(changes, "refund", refund.amount());
            if (before != null && state.getOrderAfter() != null) {
                changes.add(Change.of("refundedTotal", before.refundedTotal(), state.getOrderAfter().refundedTotal()));
            }
        } else if (answer instanceof Discount credit) {
            money(changes, "goodwill", credit.amount());
        } else if (answer instanceof Order order && before != null) {
            if (before.status() != order.status()) {
                changes.add(new Change("status", String.valueOf(before.status()), String.valueOf(order.status())));
            }
            // an address change shows only as its operation: the addresses themselves are personal
            changed(changes, "refundedTotal", before.refundedTotal(), order.refundedTotal());
        } else if (answer instanceof Product product) {
            Product was = state.getProductBefore() == null ? null : state.getProductBefore().product();
            changed(changes, "price", was == null ? null : was.price(), product.price());
            changed(changes, "promoPercentOff", was == null ? null : was.promoPercentOff(), product.promoPercentOff());
            changed(changes, "stock", was == null ? null : BigDecimal.valueOf(was.stock()), BigDecimal.valueOf(product.stock()));
        } else if (answer instanceof ReturnLabel label) {
            changes.add(new Change("returnLabel", null, label.id()));
        } else if (answer instanceof Replacement replacement) {
            changes.add(new Change("replacementOrder", null, replacement.replacementOrderId()));
            changes.add(new Change("skus", null, String.join(",", replacement.skus())));
        }
        return changes;
    }

    /** A line on what the store answered; for a call that did not succeed, its status and the store's code only. */
    static String result(Object answer) {
        if (answer instanceof Refund refund) {
            return "refund " + refund.id() + " " + text(refund.amount());
        } else if (answer instanceof Discount credit) {
            return "credit " + credit.id() + " " + text(credit.amount());
        } else if (answer instanceof Order order) {
            return "order " + order.id() + " " + order.status();
        } else if (answer instanceof Product product) {
            return "SKU " + product.sku() + " price " + ReceiptRecord.decimal(product.price()) + " stock " + product.stock();
        } else if (answer instanceof ReturnLabel label) {
            return "return label " + label.id() + " " + label.carrier();
        } else if (answer instanceof Replacement replacement) {
            return "replacement order " + replacement.replacementOrderId();
        } else if (answer instanceof Tracking tracking) {
            return "order " + tracking.orderId() + " " + tracking.status();
        } else if (answer instanceof NotificationSent sent) {
            return "notification " + sent.id() + " by " + sent.channel();
        } else if (answer instanceof Map<?, ?> outcome) {
            // a rejection's code or a failure's kind; their messages may quote the store's text about the customer
            Object code = outcome.containsKey("code") ? outcome.get("code") : outcome.get("kind");
            return code == null ? null : String.valueOf(code);
        }
        return null;
    }

    private static void money(List<Change> changes, String field, Money amount) {
        changes.add(Change.of(field, null, amount.amount()));
        changes.add(new Change(field + "Currency", null, amount.currency()));
    }

    private static void changed(List<Change> changes, String field, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            changes.add(Change.of(field, before, after));
        }
    }

    private static String text(Money amount) {
        return ReceiptRecord.decimal(amount.amount()) + " " + Objects.requireNonNull(amount.currency());
    }
}
