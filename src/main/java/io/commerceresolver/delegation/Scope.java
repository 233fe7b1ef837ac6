package io.commerceresolver.delegation;

import io.commerceresolver.connector.Capability;

/** What a delegated credential lets its holder do: one kind of access to one capability, nothing more. */
public enum Scope {
    CATALOGUE_READ("catalogue:read", Capability.CATALOGUE, Access.READ),
    CATALOGUE_WRITE("catalogue:write", Capability.CATALOGUE, Access.WRITE),
    // the service's mail outbox is the messaging of every store (ConnectorRegistry), so sending mail is messaging's
    MAIL_SEND("mail:send", Capability.MESSAGING, Access.SEND);

    /** Reading changes nothing; writing changes a record; sending reaches a person and cannot be taken back. */
    public enum Access {
        READ, WRITE, SEND
    }

    private final String key;
    private final Capability capability;
    private final Access access;

    Scope(String key, Capability capability, Access access) {
        this.key = key;
        this.capability = capability;
        this.access = access;
    }

    /** The scope as receipts name it: {@code catalogue:read}, {@code catalogue:write}, {@code mail:send}. */
    public String key() {
        return key;
    }

    /** Whether a verb that needs this access to this capability lies within the scope. */
    public boolean covers(Capability needed, Access neededAccess) {
        return capability == needed && access == neededAccess;
    }
}
