package io.commerceresolver.security.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.TenantScope;

/**
 * Who an OpenID Connect provider says a person is: the tenant, the username and the roles, read from the claims the
 * deployment names ({@code resolver.auth.oidc.*}). The same reading for a bearer token on the API and for a sign-in
 * to the console.
 */
@Component
public class ProviderClaims {

    private final String tenantClaim;
    private final String rolesClaim;
    private final String usernameClaim;

    ProviderClaims(@Value("${resolver.auth.oidc.tenant-claim:tenant}") String tenantClaim,
                   @Value("${resolver.auth.oidc.roles-claim:roles}") String rolesClaim,
                   @Value("${resolver.auth.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.tenantClaim = tenantClaim;
        this.rolesClaim = rolesClaim;
        this.usernameClaim = usernameClaim;
    }

    /** @throws BadCredentialsException when the claims name no tenant, user or known role, or no valid tenant id */
    public Caller callerOf(Map<String, Object> claims) {
        String tenant = text(claims.get(tenantClaim));
        String username = claims.containsKey(usernameClaim) ? text(claims.get(usernameClaim)) : text(claims.get("sub"));
        Set<Role> roles = rolesOf(claims.get(rolesClaim));
        if (tenant == null || tenant.isBlank() || username == null || username.isBlank() || roles.isEmpty()) {
            throw new BadCredentialsException("The token names no tenant ('" + tenantClaim + "'), user or role ('" + rolesClaim + "')");
        }
        if (!TenantScope.isTenantId(tenant)) {
            // '*' above all: the scope of system work across tenants is no tenant a token may name
            throw new BadCredentialsException("The token's tenant ('" + tenantClaim + "') is not a tenant id");
        }
        return Caller.user(tenant, username, roles);
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }

    /** A list of role names, or one space-separated string as some providers write it; unknown names grant nothing. */
    private static Set<Role> rolesOf(Object claim) {
        Collection<?> names = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.fromCode(String.valueOf(name)).ifPresent(roles::add));
        return roles;
    }
}
