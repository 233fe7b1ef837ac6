package io.commerceresolver.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.user.UserDirectory;

/**
 * The console's sessions over real HTTP, as a browser holds them: a cookie, a CSRF token in each form, a person who
 * stops being let in the moment they are disabled, and a sign-in through an OpenID Connect provider (a WireMock server
 * shaped as one: discovery document, JWK set, token endpoint) whose ID token names the tenant and roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestStores.class, ConsolePeople.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSignInIT {

    private static final WireMockServer PROVIDER = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final RSAKey PROVIDER_KEY;

    static {
        try {
            PROVIDER_KEY = new RSAKeyGenerator(2048).keyID("console-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        PROVIDER.start();
        PROVIDER.stubFor(get(urlEqualTo("/realms/staff/.well-known/openid-configuration")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"issuer": "%1$s/realms/staff",
                         "authorization_endpoint": "%1$s/realms/staff/auth",
                         "token_endpoint": "%1$s/realms/staff/token",
                         "jwks_uri": "%1$s/realms/staff/certs",
                         "response_types_supported": ["code"],
                         "subject_types_supported": ["public"],
                         "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(PROVIDER.baseUrl()))));
        PROVIDER.stubFor(get(urlEqualTo("/realms/staff/certs")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(new JWKSet(PROVIDER_KEY.toPublicJWK()).toString())));
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("resolver.console.oidc.issuer-uri", () -> PROVIDER.baseUrl() + "/realms/staff");
        properties.add("resolver.console.oidc.client-id", () -> "resolver-console");
        properties.add("resolver.console.oidc.client-secret", () -> "console-secret");
        properties.add("resolver.console.oidc.name", () -> "Staff SSO");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInPersonIsLetInUntilDisabledAndEveryFormNeedsItsToken() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        people.add(store, "nina", Role.AGENT);
        Session nina = new Session();

        assertThat(nina.get("/console").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
        HttpResponse<String> signIn = nina.get("/console/sign-in");
        assertThat(signIn.body()).contains("Sign in with Staff SSO");
        HttpResponse<String> signedIn = nina.post("/console/sign-in", csrf(signIn.body()),
                "tenant", store.tenantId(), "username", "nina", "password", ConsolePeople.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> home = nina.get("/console");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("nina").contains("agent");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class,
                store.tenantId() + "/user:nina")).as("the session is a row any instance reads, not memory of this one").isEqualTo(1);
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'"));

        HttpResponse<String> forged = nina.post("/console/sign-out", null);
        assertThat(forged.statusCode()).as("a form without the page's CSRF token").isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(forged.body()).contains("This form has expired");

        HttpResponse<String> missing = nina.get("/console/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such page in the console");
        HttpResponse<String> api = nina.get("/api/v1/no-such-endpoint");
        assertThat(api.headers().firstValue("Content-Type")).as("outside the console, errors stay problem+json")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        TenantScope.of(store.tenantId(), () -> users.disable(store.tenantId(), "nina"));
        assertThat(nina.get("/console").statusCode()).as("disabled: signed out at the next click").isEqualTo(302);
    }

    @Test
    void theProvidersIdTokenNamesTheTenantAndRolesOfASession() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        Session pat = new Session();
        HttpResponse<String> home = pat.signInAtProvider(Map.of("tenant", store.tenantId(), "roles", List.of("approver", "offline_access"),
                "preferred_username", "pat@staff.example"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("pat@staff.example").contains(store.tenantId()).contains("approver");

        Session noRole = new Session();
        HttpResponse<String> refused = noRole.signInAtProvider(Map.of("tenant", store.tenantId(), "preferred_username", "quinn"));
        assertThat(refused.body()).contains("names no tenant or no role");
        assertThat(noRole.get("/console").statusCode()).as("no session was made").isEqualTo(302);

        Session star = new Session();
        assertThat(star.signInAtProvider(Map.of("tenant", "*", "roles", List.of("admin"), "preferred_username", "eve")).body())
                .contains("names no tenant or no role");
    }

    @Test
    @Order(1)
    void onlyAPageOpenedByAPersonIsReturnedToAfterSigningIn() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        people.add(store, "omar", Role.OPERATIONS);
        Session poller = new Session();
        HttpResponse<String> fragment = poller.get("/console/processes/counts?period=24h", "HX-Request", "true");
        assertThat(fragment.statusCode()).as("htmx is told where to go, not sent a sign-in page to swap in").isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/console/sign-in");
        HttpResponse<String> form = poller.get("/console/sign-in");
        assertThat(poller.post("/console/sign-in", csrf(form.body()), "tenant", store.tenantId(), "username", "omar", "password",
                ConsolePeople.PASSWORD).headers().firstValue("Location")).as("not back to the fragment")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/console"));

        Session stale = new Session();
        String token = csrf(stale.get("/console/sign-in").body());
        assertThat(stale.post("/console/approvals/some-approval/decision", token, "decision", "approve", "reason", "typed before")
                .statusCode()).isEqualTo(302);
        assertThat(stale.post("/console/sign-in", token, "tenant", store.tenantId(), "username", "omar", "password", ConsolePeople.PASSWORD)
                .headers().firstValue("Location")).as("a form posted while signed out is never replayed after signing in")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/console"));

        Session reader = new Session();
        assertThat(reader.get("/console/tickets?tab=all").statusCode()).isEqualTo(302);
        HttpResponse<String> signIn = reader.get("/console/sign-in");
        assertThat(reader.post("/console/sign-in", csrf(signIn.body()), "tenant", store.tenantId(), "username", "omar", "password",
                ConsolePeople.PASSWORD).headers().firstValue("Location")).as("the page the person asked for")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/console/tickets?tab=all"));
    }

    /** Last: it spends this address's sign-in budget, shared with the API's token endpoint. */
    @Test
    @Order(Integer.MAX_VALUE)
    void guessingPasswordsOnTheFormIsSlowedLikeOnTheApi() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        people.add(store, "gina", Role.VIEWER);
        Session guesser = new Session();
        String token = csrf(guesser.get("/console/sign-in").body());
        HttpResponse<String> refused = null;
        for (int guess = 0; guess < 12 && refused == null; guess++) {
            HttpResponse<String> answer = guesser.post("/console/sign-in", token, "tenant", store.tenantId(), "username", "gina",
                    "password", "guess number " + guess + " of many");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in?failed"));
            }
        }
        assertThat(refused).as("refused within 10 sign-ins a minute from one address").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many sign-in attempts from this address");
    }

    private static String csrf(String page) {
        return ConsoleHttp.csrf(page);
    }

    /** One browser's cookies, and the provider's sign-in. */
    private final class Session extends ConsoleHttp {

        Session() {
            super(ConsoleSignInIT.this.port);
        }

        /** The authorization code flow, with the provider answering the code with an ID token of these claims. */
        HttpResponse<String> signInAtProvider(Map<String, Object> claims) throws Exception {
            String authorize = get("/console/sign-in/with/oidc").headers().firstValue("Location").orElseThrow();
            assertThat(authorize).startsWith(PROVIDER.baseUrl() + "/realms/staff/auth");
            Map<String, List<String>> query = UriComponentsBuilder.fromUriString(authorize).build(true).getQueryParams();
            String state = decode(query.get("state").get(0));
            String nonce = decode(query.get("nonce").get(0));
            String redirect = decode(query.get("redirect_uri").get(0));
            assertThat(redirect).isEqualTo("http://localhost:" + port + "/console/sign-in/returned");
            PROVIDER.stubFor(WireMock.post(urlPathEqualTo("/realms/staff/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid profile email\","
                            + "\"id_token\":\"" + idToken(nonce, claims) + "\"}")));
            HttpResponse<String> back = get(redirect + "?code=the-code&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
            assertThat(back.statusCode()).isEqualTo(302);
            return get(back.headers().firstValue("Location").orElseThrow());
        }
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String idToken(String nonce, Map<String, Object> claims) throws Exception {
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(PROVIDER.baseUrl() + "/realms/staff").subject("subject-1")
                .audience("resolver-console").claim("nonce", nonce).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(token::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(PROVIDER_KEY.getKeyID()).type(JOSEObjectType.JWT).build(),
                token.build());
        jwt.sign(new RSASSASigner(PROVIDER_KEY));
        return jwt.serialize();
    }
}
