package io.commerceresolver.user.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
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

import io.commerceresolver.support.TestStores;

/**
 * People sign in: built-in users get a short-lived token for their password, and an OpenID Connect provider's tokens
 * (here a provider whose keys a local server publishes, as Keycloak or Entra would) are accepted with the tenant
 * and roles from their claims. Passwords are stored as adaptive hashes and never come back out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class PeopleSignInIT {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final WireMockServer PROVIDER = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final RSAKey PROVIDER_KEY;

    static {
        try {
            PROVIDER_KEY = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        PROVIDER.start();
        PROVIDER.stubFor(get(urlEqualTo("/realms/shop/protocol/openid-connect/certs")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(new JWKSet(PROVIDER_KEY.toPublicJWK()).toString())));
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> PROVIDER.baseUrl() + "/realms/shop/protocol/openid-connect/certs");
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "commerce-resolver");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBuiltInUserSignsInWorksWithinTheirRolesAndStopsWhenDisabled() {
        TestStores.Store store = stores.newStore(Map.of());
        ResponseEntity<Map<String, Object>> created = call(apiKey(store.apiKey()), HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"lena\",\"roles\":[\"approver\"],\"password\":\"correct horse battery\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("username", "lena").doesNotContainKey("password");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE tenant_id = ? AND username = 'lena'", String.class,
                store.tenantId())).startsWith("{bcrypt}").doesNotContain("correct horse");

        assertThat(signIn(store.tenantId(), "lena", "wrong horse battery").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(signIn(store.tenantId(), "nobody", "correct horse battery").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(signIn("t-other", "lena", "correct horse battery").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(apiKey(stores.newStore(Map.of()).apiKey()), HttpMethod.POST, "/api/v1/auth/token",
                "{\"tenant\":\"" + store.tenantId() + "\",\"username\":\"lena\",\"password\":\"correct horse battery\"}")
                .getStatusCode()).as("sent with another tenant's key").isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map<String, Object>> token = signIn(store.tenantId(), "lena", "correct horse battery");
        assertThat(token.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(token.getBody()).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900);
        String bearer = (String) token.getBody().get("accessToken");

        assertThat(status(bearer(bearer), HttpMethod.GET, "/api/v1/approvals")).isEqualTo(HttpStatus.OK);
        assertThat(call(bearer(bearer), HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"mallory\",\"roles\":[\"admin\"],\"password\":\"a long enough password\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(call(apiKey(store.apiKey()), HttpMethod.DELETE, "/api/v1/admin/users/lena", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(bearer(bearer), HttpMethod.GET, "/api/v1/approvals"))
                .as("a disabled user's token stops at once").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(signIn(store.tenantId(), "lena", "correct horse battery").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void weakPasswordsAndForgedTokensAreRefused() {
        TestStores.Store store = stores.newStore(Map.of());
        ResponseEntity<Map<String, Object>> weak = call(apiKey(store.apiKey()), HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"sam\",\"roles\":[\"agent\"],\"password\":\"short\"}");
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody()).containsEntry("field", "password");
        ResponseEntity<Map<String, Object>> unreadable = call(apiKey(store.apiKey()), HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"sam\",\"roles\":[\"agent\"],\"password\":\"a long enough password\",\"languages\":[\"Hindi\"]}");
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody()).containsEntry("field", "languages");
        ResponseEntity<Map<String, Object>> reader = call(apiKey(store.apiKey()), HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"sam\",\"roles\":[\"agent\"],\"password\":\"a long enough password\",\"languages\":[\"hi\",\"en\",\"hi\"]}");
        assertThat(reader.getStatusCode()).as("the refused one left nothing behind").isEqualTo(HttpStatus.CREATED);
        assertThat(reader.getBody()).containsEntry("languages", List.of("hi", "en"));

        String forged = token(store.tenantId(), List.of("admin"), "commerce-resolver", PROVIDER_KEY);
        assertThat(status(bearer(forged), HttpMethod.GET, "/api/v1/approvals")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(bearer("not.a.token"), HttpMethod.GET, "/api/v1/approvals")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anOpenIdConnectProvidersTokenCarriesTenantAndRolesFromItsClaims() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        String approverToken = token(store.tenantId(), List.of("approver", "offline_access"), "https://idp.example/realms/shop", PROVIDER_KEY);

        assertThat(status(bearer(approverToken), HttpMethod.GET, "/api/v1/approvals")).isEqualTo(HttpStatus.OK);
        assertThat(status(bearer(approverToken), HttpMethod.GET, "/api/v1/admin/api-keys")).isEqualTo(HttpStatus.FORBIDDEN);

        String forAnotherApp = token(store.tenantId(), List.of("approver"), "https://idp.example/realms/shop", PROVIDER_KEY, "crm");
        assertThat(status(bearer(forAnotherApp), HttpMethod.GET, "/api/v1/approvals")).as("meant for another application")
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        RSAKey strangerKey = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
        String signedByStranger = token(store.tenantId(), List.of("admin"), "https://idp.example/realms/shop", strangerKey);
        assertThat(status(bearer(signedByStranger), HttpMethod.GET, "/api/v1/approvals")).isEqualTo(HttpStatus.UNAUTHORIZED);

        for (String notATenant : List.of("*", "Acme Ltd", "t'1")) {
            String naming = token(notATenant, List.of("admin"), "https://idp.example/realms/shop", PROVIDER_KEY);
            assertThat(status(bearer(naming), HttpMethod.GET, "/api/v1/approvals")).as("a token naming tenant %s", notATenant)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private HttpStatus status(HttpHeaders headers, HttpMethod method, String path) {
        return HttpStatus.valueOf(http.exchange(path, method, new HttpEntity<>(headers), String.class).getStatusCode().value());
    }

    private static String token(String tenant, List<String> roles, String issuer, RSAKey key) {
        return token(tenant, roles, issuer, key, "commerce-resolver");
    }

    private static String token(String tenant, List<String> roles, String issuer, RSAKey key, String audience) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(UUID.randomUUID().toString())
                    .audience(audience).claim("preferred_username", "olga@shop.example").claim("tenant", tenant).claim("roles", roles)
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<Map<String, Object>> signIn(String tenant, String username, String password) {
        return call(new HttpHeaders(), HttpMethod.POST, "/api/v1/auth/token",
                "{\"tenant\":\"" + tenant + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private ResponseEntity<Map<String, Object>> call(HttpHeaders headers, HttpMethod method, String path, String body) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), OBJECT);
    }

    private static HttpHeaders apiKey(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return headers;
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
