package io.commerceresolver.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON the application writes into its own columns and reads back. Failing either way means a bug or a corrupted
 * row, never bad input (untrusted JSON is parsed where it arrives, with errors the caller can act on).
 */
public class StoredJson {

    private final ObjectMapper json;

    public StoredJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The value as a JSON tree of maps, lists and plain values, without writing it out as text first. */
    public Object tree(Object value) {
        return json.convertValue(value, Object.class);
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON no longer reads as " + type.getSimpleName(), e);
        }
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON no longer reads as " + type.getType(), e);
        }
    }
}
