package io.commerceresolver.delegation;

import java.util.Locale;

/** A part of a run that touches a system, each with the one scope it needs (a writer's read-back is the reader's). */
public enum Component {
    READER(Scope.CATALOGUE_READ),
    WRITER(Scope.CATALOGUE_WRITE),
    NOTIFIER(Scope.MAIL_SEND);

    private final Scope scope;

    Component(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** The component as receipts name it: {@code reader}, {@code writer}, {@code notifier}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
