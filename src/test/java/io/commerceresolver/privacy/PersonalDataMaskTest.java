package io.commerceresolver.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void anOrderAnswerKeepsWhatTheStoryNeedsAndMasksWhoTheCustomerIs() {
        Map<String, Object> address = new LinkedHashMap<>(Map.of("name", "Ravi Kumar", "line1", "12 MG Road", "city", "Bengaluru",
                "postalCode", "560001", "country", "IN"));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", "1002");
        order.put("customerEmail", "ravi.kumar@example.in");
        order.put("customerName", "Ravi Kumar");
        order.put("total", new BigDecimal("300.00"));
        order.put("shippingAddress", address);
        order.put("lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 2)));
        Map<String, Object> payload = Map.of("tool", "getOrder", "response", order, "phone", "+91 98450 12345");

        @SuppressWarnings("unchecked")
        Map<String, Object> masked = (Map<String, Object>) PersonalDataMask.masked(payload);

        @SuppressWarnings("unchecked")
        Map<String, Object> maskedOrder = (Map<String, Object>) masked.get("response");
        assertThat(maskedOrder).containsEntry("id", "1002").containsEntry("customerEmail", "r***@example.in")
                .containsEntry("customerName", "[masked]").containsEntry("total", new BigDecimal("300.00"))
                .containsEntry("lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 2)));
        assertThat(maskedOrder.get("shippingAddress")).isEqualTo(Map.of("name", "[masked]", "line1", "[masked]", "city", "Bengaluru",
                "postalCode", "[masked]", "country", "IN"));
        assertThat(masked).containsEntry("tool", "getOrder").containsEntry("phone", "***45");
        assertThat(order).as("the original is left alone").containsEntry("customerEmail", "ravi.kumar@example.in");
    }

    @Test
    void oddValuesAreMaskedWhole() {
        assertThat(PersonalDataMask.maskedEmail("not-an-address")).isEqualTo("[masked]");
        assertThat(PersonalDataMask.maskedEmail("@example.com")).isEqualTo("[masked]");
        assertThat(PersonalDataMask.masked(Map.of("phone", "123"))).isEqualTo(Map.of("phone", "[masked]"));
        assertThat(PersonalDataMask.masked("plain")).isEqualTo("plain");
    }
}
