package io.commerceresolver.tenant.infrastructure;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.commerceresolver.security.Role;

/** Roles as they are stored: their codes, comma-separated, in a fixed order. */
final class RoleCodes {

    private RoleCodes() {
    }

    static String write(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
    }

    /** A code the service no longer knows grants nothing rather than failing the sign-in of everyone. */
    static Set<Role> read(String codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(codes.split(",")).map(Role::fromCode).flatMap(java.util.Optional::stream).forEach(roles::add);
        return roles;
    }
}
