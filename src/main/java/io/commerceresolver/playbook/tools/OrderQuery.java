package io.commerceresolver.playbook.tools;

/** A read about one order. */
public record OrderQuery(String orderId) {
}
