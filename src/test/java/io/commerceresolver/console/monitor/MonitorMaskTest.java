package io.commerceresolver.console.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonitorMaskTest {

    @Test
    void namedPersonalFieldsAreMaskedAndOrderFactsStay() {
        Object masked = MonitorMask.masked(Map.of("requesterEmail", "ravi.kumar@example.in", "orderId", "1002", "amount", 250.0,
                "customer", Map.of("name", "Ravi Kumar", "phone", "+91 98765 43210"),
                "newAddress", Map.of("line1", "12 MG Road", "city", "Bengaluru", "postcode", "560001")));

        assertThat(masked).isEqualTo(Map.of("requesterEmail", "r***@example.in", "orderId", "1002", "amount", 250.0,
                "customer", Map.of("name", "[masked]", "phone", "***10"),
                "newAddress", Map.of("line1", "[masked]", "city", "Bengaluru", "postcode", "[masked]")));
    }

    @Test
    void emailsAndPhoneNumbersInsideTextAreMaskedButOrderIdsAndSumsAreNot() {
        assertThat(MonitorMask.maskedText("Refund 250.00 on order 1002 requested by ravi.kumar@example.in, call +1 (555) 010-9999"))
                .isEqualTo("Refund 250.00 on order 1002 requested by r***@example.in, call ***99");
        assertThat(MonitorMask.maskedText("SKU TEE-ORG-BLK-M, order #100234, 2026-12-01")).isEqualTo("SKU TEE-ORG-BLK-M, order #100234, 2026-12-01");
        assertThat(MonitorMask.maskedText(null)).isNull();
    }

    @Test
    void anAddressWrittenAsOneLineIsMaskedWhereverItIs() {
        Object masked = MonitorMask.masked(Map.of("steps", List.of(Map.of("shippingAddress", "12 MG Road, Bengaluru 560001",
                "message", "Store said: ok"))));
        assertThat(masked).isEqualTo(Map.of("steps", List.of(Map.of("shippingAddress", "[masked]", "message", "Store said: ok"))));
    }
}
