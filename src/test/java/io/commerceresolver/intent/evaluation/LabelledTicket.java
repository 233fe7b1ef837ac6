package io.commerceresolver.intent.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.intent.Amount;
import io.commerceresolver.intent.Entities;
import io.commerceresolver.intent.Intent;
import io.commerceresolver.intent.PostalAddress;
import io.commerceresolver.intent.ProductFields;

/** One ticket of a labelled set (src/test/resources/intent/README.md): its words and what it really asks. */
public record LabelledTicket(String id, String lang, List<String> tags, String subject, String text, Intent intent,
                             List<Intent> also, Entities entities) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public boolean tagged(String tag) {
        return tags.contains(tag);
    }

    /** The set on the class path, e.g. {@code intent/eval-tickets.jsonl}. */
    public static List<LabelledTicket> load(String resource) {
        try (InputStream in = LabelledTicket.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No labelled set " + resource + " on the class path");
            }
            List<LabelledTicket> tickets = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    tickets.add(parse(JSON.readTree(line)));
                }
            }
            return tickets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledTicket parse(JsonNode node) {
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(t -> tags.add(t.asText()));
        List<Intent> also = new ArrayList<>();
        node.path("also").forEach(t -> also.add(Intent.fromCode(t.asText())));
        JsonNode e = node.get("entities");
        List<Amount> amounts = new ArrayList<>();
        e.path("amounts").forEach(a -> amounts.add(amount(a)));
        List<String> skus = new ArrayList<>();
        e.path("skus").forEach(s -> skus.add(s.asText()));
        JsonNode address = e.path("newAddress");
        JsonNode product = e.path("product");
        Entities entities = new Entities(text(e.path("orderId")), amounts, skus,
                address.isObject() ? new PostalAddress(text(address.path("line1")), text(address.path("line2")),
                        text(address.path("city")), text(address.path("region")), text(address.path("postalCode")),
                        text(address.path("country"))) : null,
                e.path("requestedPrice").isObject() ? amount(e.path("requestedPrice")) : null,
                text(e.path("requestedPercentage")) == null ? null : new BigDecimal(text(e.path("requestedPercentage"))),
                product.isObject() ? new ProductFields(text(product.path("title")), text(product.path("sku")),
                        product.path("price").isObject() ? amount(product.path("price")) : null,
                        product.path("quantity").isNumber() ? product.path("quantity").asInt() : null,
                        text(product.path("category"))) : null);
        return new LabelledTicket(node.get("id").asText(), node.path("lang").asText("en"), tags, text(node.path("subject")),
                text(node.path("text")), Intent.fromCode(node.get("intent").asText()), also, entities);
    }

    private static Amount amount(JsonNode node) {
        return new Amount(new BigDecimal(node.get("value").asText()), text(node.path("currency")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
