package io.commerceresolver.security.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.stereotype.Component;

import io.commerceresolver.security.ApiKeys;

/**
 * The deployment's metrics scrape token ({@code RESOLVER_METRICS_TOKEN}): what Prometheus sends as
 * {@code Authorization: Bearer <token>} (a scrape job's {@code authorization.credentials_file}) to read
 * /actuator/prometheus, and nothing else. The meters carry every tenant's figures, so no tenant's key or person reads
 * them; like the operator key it belongs to no tenant. Compared by hash in constant time. Without it configured the
 * endpoint refuses every request.
 */
@Component
public class ScrapeToken {

    static final String ROLE = "metrics_scraper";
    private static final String BEARER = "Bearer ";

    private final byte[] sha256;

    ScrapeToken(@Value("${resolver.metrics.scrape-token:}") String configured) {
        this.sha256 = configured == null || configured.isBlank() ? null
                : ApiKeys.sha256(configured.strip()).getBytes(StandardCharsets.US_ASCII);
    }

    public boolean configured() {
        return sha256 != null;
    }

    /** Reads the bearer token; a request without one goes on unauthenticated and meets the entry point's 401. */
    AuthenticationConverter converter() {
        return request -> {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
                return null;
            }
            return UsernamePasswordAuthenticationToken.unauthenticated(ROLE, header.substring(BEARER.length()));
        };
    }

    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication presented) {
                byte[] hash = ApiKeys.sha256(String.valueOf(presented.getCredentials()).strip()).getBytes(StandardCharsets.US_ASCII);
                if (sha256 == null || !MessageDigest.isEqual(sha256, hash)) {
                    throw new BadCredentialsException("The bearer token is not this deployment's metrics scrape token");
                }
                return UsernamePasswordAuthenticationToken.authenticated(ROLE, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    String missing() {
        return configured() ? "Scraping /actuator/prometheus needs the deployment's metrics token: Authorization: Bearer <token>"
                : "This deployment has no metrics scrape token (RESOLVER_METRICS_TOKEN): /actuator/prometheus is closed";
    }
}
