package io.commerceresolver.console;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.user.UserDirectory;

/** People of a test store who sign in to the console; each has the password {@link #PASSWORD}. */
@Component
public class ConsolePeople {

    public static final String PASSWORD = "correct horse battery";

    private final UserDirectory users;

    public ConsolePeople(UserDirectory users) {
        this.users = users;
    }

    public String add(TestStores.Store store, String username, Role... roles) {
        TenantScope.of(store.tenantId(), () -> users.create(store.tenantId(), username, Set.of(roles), PASSWORD, "test"));
        return username;
    }
}
