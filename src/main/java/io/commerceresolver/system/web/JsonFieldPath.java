package io.commerceresolver.system.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Renders Jackson's path to a bad value the way a caller wrote it: {@code order.lines[2].sku}. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
