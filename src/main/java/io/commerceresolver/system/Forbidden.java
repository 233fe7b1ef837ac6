package io.commerceresolver.system;

/**
 * The caller is known but may not do this: a role it lacks for this particular record (a tier-3 approval), or a
 * separation of duties (nobody approves what they asked for themselves).
 */
public class Forbidden extends RuntimeException {

    public Forbidden(String detail) {
        super(detail);
    }
}
