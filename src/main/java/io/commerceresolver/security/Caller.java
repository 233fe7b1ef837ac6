package io.commerceresolver.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling, once their credentials are verified: the tenant they belong to, a principal name that is
 * unique within the tenant ({@code api-key:checkout-widget}, {@code user:alice}) and their roles. It is what is
 * recorded as having done something, and never anything a request body says. Serializable because a console session,
 * kept in the database, holds it.
 */
public record Caller(String tenantId, String principal, Kind kind, Set<Role> roles) implements Serializable {

    public enum Kind { API_KEY, USER }

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller apiKey(String tenantId, String keyName, Set<Role> roles) {
        return new Caller(tenantId, "api-key:" + keyName, Kind.API_KEY, roles);
    }

    public static Caller user(String tenantId, String username, Set<Role> roles) {
        return new Caller(tenantId, "user:" + username, Kind.USER, roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The name without its kind: the key's name or the username. */
    public String name() {
        return principal.substring(principal.indexOf(':') + 1);
    }

    /** Only a channel's key: it sees the tickets it submitted and their status, nothing else of the tenant. */
    public boolean isIntakeOnly() {
        return roles.equals(Set.of(Role.INTAKE));
    }
}
