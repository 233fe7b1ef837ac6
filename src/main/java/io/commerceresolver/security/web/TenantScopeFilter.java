package io.commerceresolver.security.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.commerceresolver.security.Caller;
import io.commerceresolver.system.TenantScope;

/**
 * Runs the rest of an authenticated request within its caller's tenant (the database then shows only that tenant's
 * rows, see {@link TenantScope}). Registered after Spring Security's chain, so the caller is verified by then; a
 * request without a caller (sign-in, the operator API) goes on with no scope and names its tenant itself.
 */
@Component
class TenantScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantScope.of(caller.tenantId(), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException failed) {
                    throw new ChainFailure(failed);
                }
            });
        } catch (ChainFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    /** Carries a checked exception of the chain out through the scope's Runnable. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
