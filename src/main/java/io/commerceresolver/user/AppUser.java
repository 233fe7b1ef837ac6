package io.commerceresolver.user;

import java.time.Instant;
import java.util.Set;

import io.commerceresolver.security.Role;

/** A person of one tenant. {@code passwordHash} is the encoder's output ({bcrypt}...); it never leaves this package's adapters. */
public record AppUser(String id, String tenantId, String username, String passwordHash, Set<Role> roles, String createdBy,
                      Instant createdAt, Instant disabledAt) {

    public AppUser {
        roles = Set.copyOf(roles);
    }

    public boolean isActive() {
        return disabledAt == null;
    }

    /** Never the hash, even in a log line. */
    @Override
    public String toString() {
        return "AppUser[" + tenantId + "/" + username + " " + roles + (isActive() ? "" : " disabled") + "]";
    }
}
