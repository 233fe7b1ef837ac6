package io.commerceresolver.receipt.infrastructure;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Iterator;

import org.erdtman.jcs.JsonCanonicalizer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.commerceresolver.receipt.CanonicalJson;

/**
 * RFC 8785 with java-json-canonicalization; values become JSON through a mapper of its own, so what a receipt looks
 * like never follows the application's JSON settings: instants as ISO-8601 text, enums by their {@code toString()},
 * absent (null) members left out.
 */
class JcsCanonicalJson implements CanonicalJson {

    private static final BigInteger EXACT_LIMIT = BigInteger.TWO.pow(53);

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    @Override
    public String write(Object value) {
        JsonNode tree = mapper.valueToTree(value);
        refuseInexactNumbers(tree, "$");
        try {
            return canonicalize(mapper.writeValueAsString(tree));
        } catch (IOException impossible) {
            throw new IllegalStateException("A JSON tree could not be written", impossible);
        }
    }

    @Override
    public String canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException notJson) {
            throw new IllegalArgumentException("Not JSON that can be canonicalised: " + notJson.getMessage(), notJson);
        }
    }

    private static void refuseInexactNumbers(JsonNode node, String path) {
        if (node.isNumber()) {
            if (!node.isIntegralNumber() || node.bigIntegerValue().abs().compareTo(EXACT_LIMIT) > 0) {
                throw new IllegalArgumentException("A receipt keeps " + path + " = " + node + " as a string: canonical JSON's numbers are doubles");
            }
        } else if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                refuseInexactNumbers(node.get(name), path + "." + name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseInexactNumbers(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
