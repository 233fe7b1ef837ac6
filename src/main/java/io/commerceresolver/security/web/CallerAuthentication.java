package io.commerceresolver.security.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.commerceresolver.security.Caller;

/** A verified principal, however it signed in (API key, the service's own token, an OpenID Connect token). */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    /** Nothing secret is kept once the caller is known. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return caller.tenantId() + "/" + caller.principal();
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        return caller.roles().stream().sorted().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.code())).toList();
    }
}
