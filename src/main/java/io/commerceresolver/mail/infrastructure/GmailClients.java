package io.commerceresolver.mail.infrastructure;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.component.google.mail.GoogleMailClientFactory;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;

import io.commerceresolver.mail.MailChannelSettings;
import io.commerceresolver.secret.Secrets;

/**
 * Gmail API clients for tenants, made as camel-google-mail's {@link GoogleMailClientFactory} makes them (OAuth client id
 * and secret, a refresh token for offline access) but pointed at a configured API root and token server: Google's in
 * production, a local stub in tests. A tenant's client is kept while its credentials stay the same, so that its access
 * token (an hour's worth) is refreshed when it runs out rather than on every poll.
 */
class GmailClients implements GoogleMailClientFactory {

    static final String APPLICATION = "commerce-resolver";

    private final String rootUrl;
    private final String tokenUrl;
    private final Duration timeout;
    private final Secrets secrets;
    private final HttpTransport transport = new NetHttpTransport();
    private final JsonFactory json = GsonFactory.getDefaultInstance();
    private final Map<String, Kept> byTenant = new ConcurrentHashMap<>();

    private record Kept(int credentials, Gmail client) {
    }

    /** @param allowPlainHttp whether the API may be reached over plain http (a local stub); never in production */
    GmailClients(String rootUrl, String tokenUrl, Duration timeout, Secrets secrets, boolean allowPlainHttp) {
        for (String url : new String[] {rootUrl, tokenUrl}) {
            String scheme = URI.create(url).getScheme();
            if (!"https".equals(scheme) && !("http".equals(scheme) && allowPlainHttp)) {
                throw new IllegalStateException("Gmail is reached over https only (resolver.connectors.allow-plain-http is for local stubs): " + url);
            }
        }
        this.rootUrl = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
        this.tokenUrl = tokenUrl;
        this.timeout = timeout;
        this.secrets = secrets;
    }

    /** The tenant's client, from its stored credentials; called within the tenant's scope and no transaction. */
    Gmail forTenant(String tenantId) {
        String clientId = secret(tenantId, MailChannelSettings.GMAIL_CLIENT_ID);
        String clientSecret = secret(tenantId, MailChannelSettings.GMAIL_CLIENT_SECRET);
        String refreshToken = secret(tenantId, MailChannelSettings.GMAIL_REFRESH_TOKEN);
        int credentials = Objects.hash(clientId, clientSecret, refreshToken);
        return byTenant.compute(tenantId, (tenant, kept) -> kept != null && kept.credentials() == credentials ? kept
                : new Kept(credentials, makeClient(clientId, clientSecret, null, APPLICATION, refreshToken, null))).client();
    }

    @Override
    public Gmail makeClient(String clientId, String clientSecret, Collection<String> scopes, String applicationName,
                            String refreshToken, String accessToken) {
        HttpRequestInitializer bounded = this::bound;
        // the scopes were granted with the refresh token; a refresh asks for no others
        Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(transport)
                .setJsonFactory(json)
                .setTokenServerEncodedUrl(tokenUrl)
                .setClientAuthentication(new ClientParametersAuthentication(clientId, clientSecret))
                .setRequestInitializer(bounded)
                .build()
                .setRefreshToken(refreshToken)
                .setAccessToken(accessToken);
        return new Gmail.Builder(transport, json, request -> {
            credential.initialize(request);
            bound(request);
        }).setRootUrl(rootUrl).setApplicationName(applicationName).build();
    }

    /** Service accounts (domain-wide delegation) are not a channel kind here. */
    @Override
    public Gmail makeClient(CamelContext camelContext, String serviceAccountKey, Collection<String> scopes, String applicationName,
                            String delegate) {
        throw new UnsupportedOperationException("a Gmail channel is reached with the tenant's OAuth client, not a service account");
    }

    private void bound(HttpRequest request) {
        request.setConnectTimeout((int) timeout.toMillis());
        request.setReadTimeout((int) timeout.toMillis());
        // no back-off handler is set, so the client tries again only a 401 once the token is refreshed; the outbox and the
        // next poll retry the rest, with their own backoff, and keep each error
    }

    private String secret(String tenantId, String name) {
        return secrets.reveal(tenantId, name)
                .orElseThrow(() -> new IllegalStateException("tenant " + tenantId + " has no " + name + " stored"));
    }
}
