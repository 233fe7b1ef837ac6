package io.commerceresolver.policy;

import java.math.BigDecimal;

/** A policy threshold in force for this evaluation: the tenant's override, or the rule set's default. */
public class Setting {

    private final String name;
    private final BigDecimal value;

    public Setting(String name, BigDecimal value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }
}
