package io.commerceresolver.security.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.commerceresolver.security.ApiKeys;

/**
 * A credential the deployment configures rather than a tenant (the operator key, the metrics scrape token): only its
 * SHA-256 is kept, and what is presented is compared by hash in constant time. Blank means not configured: nothing
 * matches it.
 */
final class DeploymentSecret {

    private final byte[] sha256;

    DeploymentSecret(String configured) {
        this.sha256 = configured == null || configured.isBlank() ? null : hash(configured);
    }

    boolean configured() {
        return sha256 != null;
    }

    /** The principal {@code name} with just {@code role}, or a refusal that says {@code refusal}. */
    Authentication authenticate(Object presented, String name, String role, String refusal) {
        if (sha256 == null || presented == null || !MessageDigest.isEqual(sha256, hash(presented.toString()))) {
            throw new BadCredentialsException(refusal);
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    private static byte[] hash(String secret) {
        return ApiKeys.sha256(secret.strip()).getBytes(StandardCharsets.US_ASCII);
    }
}
