package io.commerceresolver.security.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jwt.JWTParser;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.UserSignIn;

/**
 * Bearer tokens for people. The service issues its own short-lived tokens to built-in users (HS256 with
 * {@code RESOLVER_TOKEN_SECRET}); a deployment may also accept an OpenID Connect provider's tokens
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri}), with the tenant and the
 * roles read from configurable claims. Which decoder applies is chosen by the token's issuer. Everything is
 * decided at run time, so the same build serves either setup.
 */
@Component
public class BearerTokens implements JwtDecoder, Converter<Jwt, AbstractAuthenticationToken> {

    static final String ISSUER = "commerce-resolver";
    private static final Logger log = LoggerFactory.getLogger(BearerTokens.class);

    private final UserSignIn users;
    private final Clock clock;
    private final Duration lifetime;
    private final NimbusJwtEncoder encoder;
    private final JwtDecoder own;
    private final JwtDecoder external;
    private final ProviderClaims claims;

    BearerTokens(UserSignIn users, Clock clock,
                 @Value("${resolver.auth.token-secret:}") String secret,
                 @Value("${resolver.auth.token-lifetime:PT15M}") Duration lifetime,
                 @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuerUri,
                 @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
                 @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> audiences,
                 ProviderClaims claims) {
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
        SecretKey key = new SecretKeySpec(secretBytes(secret), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder ownDecoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        ownDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        this.own = ownDecoder;
        this.external = !issuerUri.isBlank() ? new SupplierJwtDecoder(() -> checked(JwtDecoders.fromIssuerLocation(issuerUri), issuerUri, audiences))
                : !jwkSetUri.isBlank() ? checked(NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build(), null, audiences) : null;
        this.claims = claims;
    }

    /** A token for a signed-in user; the roles are looked up again on every request, so it carries none. */
    public IssuedToken issue(Caller user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(user.name()).claim("tenant", user.tenantId())
                .issuedAt(now).expiresAt(now.plus(lifetime)).id(UUID.randomUUID().toString()).build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
        return new IssuedToken(token, "Bearer", lifetime.toSeconds());
    }

    public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
    }

    @Override
    public Jwt decode(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException malformed) {
            throw new BadJwtException("The bearer token is not a JWT");
        }
        if (ISSUER.equals(issuer)) {
            return own.decode(token);
        }
        if (external == null) {
            throw new BadJwtException("Tokens of issuer '" + issuer + "' are not accepted by this deployment");
        }
        return external.decode(token);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        if (ISSUER.equals(jwt.getClaimAsString("iss"))) {
            Caller user = users.activeUser(jwt.getClaimAsString("tenant"), jwt.getSubject())
                    .orElseThrow(() -> new BadCredentialsException("The token's user is disabled or gone"));
            return new CallerAuthentication(user);
        }
        return new CallerAuthentication(claims.callerOf(jwt.getClaims()));
    }

    /**
     * A provider's tokens are checked for time, for their issuer when one is configured, and for being meant for this
     * service when audiences are configured: a token the same provider issued to another application is refused.
     */
    private static JwtDecoder checked(JwtDecoder decoder, String issuer, List<String> audiences) {
        if (decoder instanceof NimbusJwtDecoder nimbus) {
            List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
            validators.add(issuer == null ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
            List<String> accepted = audiences.stream().filter(a -> !a.isBlank()).toList();
            if (!accepted.isEmpty()) {
                validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(accepted::contains)));
            }
            nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        }
        return decoder;
    }

    private static byte[] secretBytes(String configured) {
        if (configured != null && configured.getBytes(StandardCharsets.UTF_8).length >= 32) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (configured != null && !configured.isBlank()) {
            throw new IllegalStateException("RESOLVER_TOKEN_SECRET must be at least 32 bytes");
        }
        log.warn("RESOLVER_TOKEN_SECRET is not set: sign-in tokens are signed with a key made at start, so they end with this "
                + "process and are not valid on other instances");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
