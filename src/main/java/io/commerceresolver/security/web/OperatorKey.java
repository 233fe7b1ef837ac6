package io.commerceresolver.security.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The deployment operator's key ({@code RESOLVER_OPERATOR_API_KEY}): it creates tenants and nothing else, and
 * belongs to no tenant. Compared by hash in constant time. Without it configured there is no operator API.
 */
@Component
public class OperatorKey {

    static final String ROLE = "operator";

    private final DeploymentSecret key;

    OperatorKey(@Value("${resolver.operator.api-key:}") String configured) {
        this.key = new DeploymentSecret(configured);
    }

    public boolean configured() {
        return key.configured();
    }

    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication presented) {
                return key.authenticate(presented.getCredentials(), "operator", ROLE,
                        "The " + ApiKeyAuthentication.HEADER + " is not this deployment's operator key");
            }

            @Override
            public boolean supports(Class<?> type) {
                return ApiKeyAuthentication.Presented.class.isAssignableFrom(type);
            }
        };
    }
}
