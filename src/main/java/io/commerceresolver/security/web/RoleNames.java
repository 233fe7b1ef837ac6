package io.commerceresolver.security.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.commerceresolver.security.Role;
import io.commerceresolver.system.BadRequest;

/** Roles as requests name them ({@code "roles": ["agent"]}) and as answers show them. */
public final class RoleNames {

    private RoleNames() {
    }

    /** At least one role, each known, or a 400 naming the field and the roles there are. */
    public static Set<Role> parse(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new BadRequest("roles", "Field 'roles' must name at least one of " + all());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : codes) {
            roles.add(Role.fromCode(code).orElseThrow(() -> new BadRequest("roles", "Unknown role '" + code + "'; the roles are " + all())));
        }
        return roles;
    }

    public static List<String> of(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).toList();
    }

    private static List<String> all() {
        return Arrays.stream(Role.values()).map(Role::code).toList();
    }
}
