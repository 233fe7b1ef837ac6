package io.commerceresolver.connector.infrastructure.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The Shopify GraphQL endpoint as WireMock stubs: one POST URL, told apart by the operation named in the document.
 * The answers are the files under {@code src/test/resources/vendors/shopify/} (see its README for their sources).
 */
public final class ShopifyStubs {

    public static final String API_VERSION = "2026-01";
    public static final String PATH = "/admin/api/" + API_VERSION + "/graphql.json";
    public static final String TOKEN = "shpat_test_0123456789abcdef";

    private ShopifyStubs() {
    }

    /** A request for the named GraphQL operation ({@code query OrderByName}, {@code mutation RefundCreate}, ...). */
    public static MappingBuilder operation(String kind, String name) {
        return post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.query", containing(kind + " " + name)));
    }

    public static ResponseDefinitionBuilder answer(String file) {
        return answer(file, Map.of());
    }

    /** The file's JSON with its {@code ${...}} values filled in: dates relative to now unless given. */
    public static ResponseDefinitionBuilder answer(String file, Map<String, String> values) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(file(file, values));
    }

    public static String file(String file, Map<String, String> values) {
        try (InputStream in = ShopifyStubs.class.getResourceAsStream("/vendors/shopify/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No stub vendors/shopify/" + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Map<String, String> defaults = Map.of("placedAt", now.minus(12, ChronoUnit.DAYS).toString(),
                    "shippedAt", now.minus(9, ChronoUnit.DAYS).toString(), "deliveredAt", now.minus(5, ChronoUnit.DAYS).toString(),
                    "refundedAt", now.toString(), "refundNote", "Ticket 42");
            for (Map.Entry<String, String> value : defaults.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", values.getOrDefault(value.getKey(), value.getValue()));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
