package io.commerceresolver.security.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

import io.commerceresolver.security.KeyDirectory;

import jakarta.servlet.http.HttpServletRequest;

/** {@code X-Api-Key}: read from the request, checked against the tenants' stored key hashes. */
final class ApiKeyAuthentication {

    static final String HEADER = "X-Api-Key";

    private ApiKeyAuthentication() {
    }

    /** A presented, not yet verified key. Its {@code toString} never shows the key. */
    static final class Presented extends AbstractAuthenticationToken {

        private final String key;

        Presented(String key) {
            super(List.of());
            this.key = key;
        }

        @Override
        public Object getCredentials() {
            return key;
        }

        @Override
        public Object getPrincipal() {
            return "api-key";
        }

        @Override
        public String toString() {
            return "ApiKeyAuthentication.Presented[key hidden]";
        }
    }

    static AuthenticationConverter converter() {
        return (HttpServletRequest request) -> {
            String key = request.getHeader(HEADER);
            return key == null || key.isBlank() ? null : new Presented(key);
        };
    }

    static AuthenticationProvider provider(KeyDirectory keys) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String key = (String) authentication.getCredentials();
                return keys.callerForKey(key).map(CallerAuthentication::new)
                        .orElseThrow(() -> new BadCredentialsException("The " + HEADER + " is not a valid key for any tenant"));
            }

            @Override
            public boolean supports(Class<?> type) {
                return Presented.class.isAssignableFrom(type);
            }
        };
    }
}
