package io.commerceresolver.delegation;

/** A component asked for something its delegation does not cover; the attempt was recorded before this was thrown. */
public class OutOfScope extends RuntimeException {

    private final Component component;
    private final Scope scope;
    private final String verb;

    public OutOfScope(Delegation delegation, String verb, String reason) {
        super("The " + delegation.component().key() + " (" + delegation.scope().key() + ", exchange " + delegation.exchangeId()
                + ") may not " + verb + ": " + reason);
        this.component = delegation.component();
        this.scope = delegation.scope();
        this.verb = verb;
    }

    public Component component() {
        return component;
    }

    public Scope scope() {
        return scope;
    }

    public String verb() {
        return verb;
    }
}
