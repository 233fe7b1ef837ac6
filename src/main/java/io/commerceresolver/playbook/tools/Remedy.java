package io.commerceresolver.playbook.tools;

/** What a customer wants for the goods they send back: the same goods again, or their money. */
public enum Remedy {
    REPLACEMENT("create_replacement"), REFUND("issue_refund");

    private final String operation;

    Remedy(String operation) {
        this.operation = operation;
    }

    /** The operation the rules are asked about for it. */
    public String operation() {
        return operation;
    }
}
