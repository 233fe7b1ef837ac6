package io.commerceresolver.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where users are kept, per tenant. */
public interface Users {

    Optional<AppUser> find(String tenantId, String username);

    List<AppUser> all(String tenantId);

    void add(AppUser user);

    /** @return false when the tenant has no such active user */
    boolean disable(String tenantId, String username, Instant at);
}
