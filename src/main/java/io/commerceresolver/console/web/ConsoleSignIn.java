package io.commerceresolver.console.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import io.commerceresolver.security.UserSignIn;
import io.commerceresolver.security.web.CallerAuthentication;

/**
 * Checks the sign-in form's tenant, username and password against the tenant's built-in users, as the API's token
 * endpoint does: the same answer for an unknown tenant, an unknown user and a wrong password.
 */
final class ConsoleSignIn implements AuthenticationProvider {

    private final UserSignIn users;

    ConsoleSignIn(UserSignIn users) {
        this.users = users;
    }

    /** The tenant typed on the sign-in form, carried to the provider as the authentication's details (and kept in the session with it). */
    record Tenant(String id) implements java.io.Serializable {
        Tenant(HttpServletRequest request) {
            this(normalised(request.getParameter("tenant")));
        }

        private static String normalised(String typed) {
            return typed == null ? null : typed.strip().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String tenant = attempt.getDetails() instanceof Tenant typed ? typed.id() : null;
        String password = attempt.getCredentials() == null ? null : attempt.getCredentials().toString();
        return users.signIn(tenant, attempt.getName().strip(), password)
                .map(CallerAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("Unknown tenant, user or password"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
