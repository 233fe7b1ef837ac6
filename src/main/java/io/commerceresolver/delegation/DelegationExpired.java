package io.commerceresolver.delegation;

/** The delegation's time ran out: nothing is within its scope any more; issuing again for the run gives a new one. */
public class DelegationExpired extends OutOfScope {

    public DelegationExpired(Delegation delegation, String verb) {
        super(delegation, verb, "its delegation expired at " + delegation.expiresAt());
    }
}
