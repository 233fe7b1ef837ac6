package io.commerceresolver.console.web;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.commerceresolver.security.web.RateLimits;

/**
 * Guessing passwords on the console's sign-in form is as slow as on the API's token endpoint: both draw on one
 * bucket per client address ({@link RateLimits}). Runs in the console's security chain, before the form is checked
 * (and its bcrypt paid for); not a bean, so the servlet container does not also run it for every request.
 */
final class SignInLimit extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ConsolePages pages;

    SignInLimit(RateLimits limits, ConsolePages pages) {
        this.limits = limits;
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean form = "POST".equals(request.getMethod()) && ConsoleSecurityConfiguration.SIGN_IN.equals(path);
        return !form && !path.startsWith(ConsoleProviderSignIn.CALLBACK);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = limits.refuseSignIn(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            pages.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many sign-in attempts from this address. Try again in " + wait.getAsLong() + " seconds.");
            return;
        }
        chain.doFilter(request, response);
    }
}
