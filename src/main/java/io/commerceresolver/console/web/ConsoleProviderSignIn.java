package io.commerceresolver.console.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import io.commerceresolver.security.web.CallerAuthentication;
import io.commerceresolver.security.web.ProviderClaims;

/**
 * Signing in to the console through the deployment's OpenID Connect provider (authorization code flow with PKCE and a
 * nonce, Spring Security's client). Off unless {@code resolver.console.oidc.issuer-uri} and a client id are set; read at
 * start, not when the jar is built, so the same jar serves either setup. The provider's ID token names the tenant, the
 * username and the roles in the claims the API reads from its bearer tokens ({@link ProviderClaims}); the console session
 * ends when that ID token does, so a role removed at the provider holds within its lifetime.
 */
@Component
class ConsoleProviderSignIn {

    static final String REGISTRATION = "oidc";
    static final String START = "/console/sign-in/with";
    static final String CALLBACK = "/console/sign-in/returned";

    private static final Logger log = LoggerFactory.getLogger(ConsoleProviderSignIn.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private final ProviderClaims claims;
    private volatile ClientRegistration registration;

    ConsoleProviderSignIn(@Value("${resolver.console.oidc.issuer-uri:}") String issuer,
                          @Value("${resolver.console.oidc.client-id:}") String clientId,
                          @Value("${resolver.console.oidc.client-secret:}") String clientSecret,
                          @Value("${resolver.console.oidc.name:your organisation's sign-in}") String name,
                          ProviderClaims claims) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.name = name;
        this.claims = claims;
    }

    boolean enabled() {
        return !issuer.isEmpty() && !clientId.isEmpty();
    }

    /** What the sign-in page offers: the provider's name, when one is configured. */
    String name() {
        return name;
    }

    /** A session for the person the provider signed in, as a {@code Caller}, or back to the sign-in page saying why not. */
    void apply(HttpSecurity http, SecurityContextRepository sessions) throws Exception {
        if (!enabled()) {
            return;
        }
        http.oauth2Login(login -> login
                .clientRegistrationRepository(this::registration)
                .loginPage(ConsoleSecurityConfiguration.SIGN_IN)
                .authorizationEndpoint(start -> start.baseUri(START))
                .redirectionEndpoint(callback -> callback.baseUri(CALLBACK))
                .successHandler((request, response, signedIn) -> signedIn(request, response, signedIn, sessions))
                .failureHandler(ConsoleProviderSignIn::refused));
    }

    /**
     * The provider's metadata is read on the first sign-in, not at start: a provider that is down then does not stop
     * the service, and the next attempt tries again.
     */
    private ClientRegistration registration(String registrationId) {
        if (!REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                            .clientId(clientId).clientSecret(clientSecret).scope("openid", "profile", "email")
                            .redirectUri("{baseUrl}" + CALLBACK).clientName(name).build();
                }
                known = registration;
            }
        }
        return known;
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication signedIn,
                          SecurityContextRepository sessions) throws java.io.IOException {
        OidcUser person = (OidcUser) signedIn.getPrincipal();
        CallerAuthentication caller;
        try {
            caller = new CallerAuthentication(claims.callerOf(person.getClaims()));
        } catch (AuthenticationException refused) {
            log.info("Console sign-in through the provider refused: {}", refused.getMessage());
            SecurityContextHolder.clearContext();
            sessions.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            response.sendRedirect(ConsoleSecurityConfiguration.SIGN_IN + "?provider-refused");
            return;
        }
        Instant expiry = person.getIdToken().getExpiresAt();
        caller.setDetails(new ProviderSession(expiry == null ? Instant.now() : expiry));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect("/console");
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws java.io.IOException {
        log.info("Console sign-in through the provider failed: {}", failure.getMessage());
        response.sendRedirect(ConsoleSecurityConfiguration.SIGN_IN + "?provider-failed");
    }

    /** A session that began at the provider: it lasts as long as the provider's ID token, and no user row backs it. */
    record ProviderSession(Instant endsAt) implements java.io.Serializable {
        boolean over(Instant now) {
            return !now.isBefore(endsAt);
        }
    }
}
