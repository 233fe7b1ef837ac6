package io.commerceresolver.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of change an operation makes, by tool. The list is the tools the resolver knows how to perform, so it
 * lives with the code that performs them; what each class costs in friction is the rules' business (rules/).
 */
public enum OperationClass {
    READ, NOTIFY, WRITE, BULK;

    /** Computed once: rules read it for every operation. */
    private final String ruleName = name().toLowerCase(Locale.ROOT);

    private static final Map<String, OperationClass> BY_TYPE = Map.ofEntries(
            Map.entry("get_order", READ),
            Map.entry("get_tracking", READ),
            Map.entry("get_products", READ),
            Map.entry("get_product", READ),
            Map.entry("get_pricing", READ),
            Map.entry("get_inventory", READ),
            Map.entry("get_launch_schedule", READ),
            Map.entry("get_customer", READ),
            Map.entry("send_notification", NOTIFY),
            Map.entry("issue_refund", WRITE),
            Map.entry("cancel_order", WRITE),
            Map.entry("update_address", WRITE),
            Map.entry("create_return_label", WRITE),
            Map.entry("create_replacement", WRITE),
            Map.entry("apply_discount", WRITE),
            Map.entry("update_price", WRITE),
            Map.entry("set_promo_status", WRITE),
            Map.entry("update_inventory", WRITE),
            Map.entry("create_product", WRITE),
            Map.entry("bulk_price_change", BULK));

    public static Optional<OperationClass> of(String operationType) {
        return Optional.ofNullable(operationType).map(BY_TYPE::get);
    }

    public static Set<String> knownTypes() {
        return BY_TYPE.keySet();
    }

    /** The name rules compare against: "read", "notify", "write", "bulk". */
    public String ruleName() {
        return ruleName;
    }
}
