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
import org.springframework.stereotype.Component;

import io.commerceresolver.security.ApiKeys;

/**
 * The deployment operator's key ({@code RESOLVER_OPERATOR_API_KEY}): it creates tenants and nothing else, and
 * belongs to no tenant. Compared by hash in constant time. Without it configured there is no operator API.
 */
@Component
public class OperatorKey {

    static final String ROLE = "operator";

    private final byte[] sha256;

    OperatorKey(@Value("${resolver.operator.api-key:}") String configured) {
        this.sha256 = configured == null || configured.isBlank() ? null
                : ApiKeys.sha256(configured.strip()).getBytes(StandardCharsets.US_ASCII);
    }

    public boolean configured() {
        return sha256 != null;
    }

    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication presented) {
                String key = (String) presented.getCredentials();
                byte[] hash = ApiKeys.sha256(key.strip()).getBytes(StandardCharsets.US_ASCII);
                if (sha256 == null || !MessageDigest.isEqual(sha256, hash)) {
                    throw new BadCredentialsException("The " + ApiKeyAuthentication.HEADER + " is not this deployment's operator key");
                }
                return UsernamePasswordAuthenticationToken.authenticated("operator", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
            }

            @Override
            public boolean supports(Class<?> type) {
                return ApiKeyAuthentication.Presented.class.isAssignableFrom(type);
            }
        };
    }
}
