package io.commerceresolver.security.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.commerceresolver.system.web.ProblemResponses;
import io.commerceresolver.system.web.Problems;
import io.commerceresolver.tenant.TenantDirectory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/** Resolves {@code X-Api-Key} to a tenant for everything under /api, or answers 401 problem+json. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final TenantDirectory tenants;
    private final ProblemResponses problems;

    public ApiKeyAuthenticationFilter(TenantDirectory tenants, ProblemResponses problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            problems.write(response, Problems.unauthorized("Missing " + API_KEY_HEADER + " header: every /api request needs the tenant's API key"));
            return;
        }
        Optional<String> tenant = tenants.tenantForKey(key);
        if (tenant.isEmpty()) {
            problems.write(response, Problems.unauthorized("The " + API_KEY_HEADER + " is not a valid key for any tenant"));
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, new Caller(tenant.get()));
        chain.doFilter(new AuthenticatedRequest(request, tenant.get()), response);
    }

    /** Carries the verified tenant as a header for Camel routes, replacing whatever a client may have sent under that name. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final String tenantId;

        AuthenticatedRequest(HttpServletRequest request, String tenantId) {
            super(request);
            this.tenantId = tenantId;
        }

        @Override
        public String getHeader(String name) {
            return Caller.TENANT_HEADER.equalsIgnoreCase(name) ? tenantId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return Caller.TENANT_HEADER.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(tenantId))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(Caller.TENANT_HEADER::equalsIgnoreCase);
            names.add(Caller.TENANT_HEADER);
            return Collections.enumeration(names);
        }
    }
}
