package io.commerceresolver.security.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.stereotype.Component;

/**
 * The deployment's metrics scrape token ({@code RESOLVER_METRICS_TOKEN}): what Prometheus sends as
 * {@code Authorization: Bearer <token>} (a scrape job's {@code authorization.credentials_file}) to read
 * /actuator/prometheus, and nothing else. The meters carry every tenant's figures, so no tenant's key or person reads
 * them; like the operator key it belongs to no tenant ({@link DeploymentSecret}). Without it configured the endpoint
 * refuses every request.
 */
@Component
public class ScrapeToken {

    static final String ROLE = "metrics_scraper";
    private static final String BEARER = "Bearer ";

    private final DeploymentSecret token;

    ScrapeToken(@Value("${resolver.metrics.scrape-token:}") String configured) {
        this.token = new DeploymentSecret(configured);
    }

    public boolean configured() {
        return token.configured();
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
                return token.authenticate(presented.getCredentials(), ROLE, ROLE,
                        "The bearer token is not this deployment's metrics scrape token");
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
