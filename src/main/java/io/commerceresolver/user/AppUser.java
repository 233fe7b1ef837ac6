package io.commerceresolver.user;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.commerceresolver.security.Role;

/**
 * A person of one tenant. {@code passwordHash} is the encoder's output ({bcrypt}...); it never leaves this package's
 * adapters. {@code languages} are the ISO 639-1 codes of what they read, for handing them tickets (rules/handoff.drl).
 */
public record AppUser(String id, String tenantId, String username, String passwordHash, Set<Role> roles, String createdBy,
                      Instant createdAt, Instant disabledAt, List<String> languages) {

    public AppUser {
        roles = Set.copyOf(roles);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean reads(String language) {
        return languages.contains(language);
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
