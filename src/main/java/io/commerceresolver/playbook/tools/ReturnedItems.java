package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;

/**
 * The goods a customer sends back: the order's lines whose SKUs the ticket names, or all of them when it names none,
 * and what they are worth at the prices the customer paid. A SKU the ticket names that is not on the order is not
 * one of them (see {@link #notOnOrder}).
 */
public record ReturnedItems(List<Order.OrderLine> lines, Money value) {

    /** A plan that names what is sent back (the SKUs the ticket names; none means the whole order) and what for. */
    public interface Asked {
        List<String> skus();

        Remedy remedy();
    }

    public static ReturnedItems of(Order order, List<String> named) {
        List<Order.OrderLine> lines = named.isEmpty() ? order.lines()
                : order.lines().stream().filter(line -> named.contains(line.sku())).toList();
        BigDecimal value = lines.stream().map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ReturnedItems(lines, new Money(value, order.currency()));
    }

    /** The SKUs the ticket names that the order does not have. */
    public static List<String> notOnOrder(Order order, List<String> named) {
        return named.stream().filter(sku -> order.lines().stream().noneMatch(line -> line.sku().equals(sku))).distinct().toList();
    }

    /** Each SKU as many times as it was ordered: how the store is asked for a replacement. */
    public List<String> skus() {
        List<String> skus = new ArrayList<>();
        lines.forEach(line -> skus.addAll(Collections.nCopies(line.quantity(), line.sku())));
        return skus;
    }

    public boolean isWholeOrder(Order order) {
        return lines.size() == order.lines().size();
    }
}
