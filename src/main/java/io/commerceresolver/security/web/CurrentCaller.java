package io.commerceresolver.security.web;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.commerceresolver.security.Caller;

/** The verified caller of the current request, for code that Spring MVC does not call (Camel routes' beans). */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Caller get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new AuthenticationCredentialsNotFoundException("No verified caller on this request");
    }
}
