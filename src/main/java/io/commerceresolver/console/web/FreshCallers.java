package io.commerceresolver.console.web;


import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.UserSignIn;
import io.commerceresolver.security.web.CallerAuthentication;

/**
 * The session keeps who signed in; their roles and whether they may still sign in are read again on each request,
 * so that an admin's change to a user holds at once. A user no longer active is signed out. A person the OpenID Connect
 * provider signed in has no user row here: their session ends with the provider's ID token.
 */
final class FreshCallers implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final UserSignIn users;

    FreshCallers(UserSignIn users) {
        this.users = users;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext fresh;

            @Override
            public SecurityContext get() {
                if (fresh == null) {
                    fresh = refreshed(stored.get());
                }
                return fresh;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated() || get().getAuthentication() == null;
            }
        };
    }

    private SecurityContext refreshed(SecurityContext stored) {
        if (stored.getAuthentication() == null || !(stored.getAuthentication().getPrincipal() instanceof Caller signedIn)) {
            return stored;
        }
        if (stored.getAuthentication().getDetails() instanceof ConsoleProviderSignIn.ProviderSession session) {
            // no user row to read again: the provider's word holds until its ID token ends
            return session.over(Instant.now()) ? SecurityContextHolder.createEmptyContext() : stored;
        }
        return users.activeUser(signedIn.tenantId(), signedIn.name())
                .<SecurityContext>map(now -> new SecurityContextImpl(new CallerAuthentication(now)))
                .orElseGet(SecurityContextHolder::createEmptyContext);
    }

    @Override
    @SuppressWarnings("deprecation") // the interface still declares it; Spring Security 6 calls loadDeferredContext
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return refreshed(sessions.loadContext(holder));
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }
}
