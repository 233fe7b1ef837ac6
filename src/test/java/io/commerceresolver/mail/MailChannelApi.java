package io.commerceresolver.mail;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.commerceresolver.support.TestStores;

/** The admin API of a store's mail channel, /api/v1/admin/intake/mail, as a store's admin calls it. */
public final class MailChannelApi {

    public static final String PATH = "/api/v1/admin/intake/mail";

    private MailChannelApi() {
    }

    public static ResponseEntity<String> call(TestRestTemplate http, TestStores.Store store, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", store.apiKey());
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    public static ResponseEntity<String> put(TestRestTemplate http, TestStores.Store store, String channel) {
        return call(http, store, HttpMethod.PUT, PATH, channel);
    }
}
