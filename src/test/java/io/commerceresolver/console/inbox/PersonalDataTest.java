package io.commerceresolver.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.StoredJson;

/** Who reads the customer's data in the inbox, and what a reader whose work does not need it sees instead. */
class PersonalDataTest {

    private static final String WROTE = "Order 1002 arrived broken. Write to ann.lee@example.com or call +44 20 7946 0958, "
            + "I paid 250.00 on 2026-11-30.";

    @Test
    void whoeverWorksTicketsDecidesOrSteersSeesTheCustomer() {
        for (Role role : new Role[] {Role.AGENT, Role.APPROVER, Role.SENIOR_APPROVER, Role.ADMIN, Role.OPERATIONS}) {
            PersonalData seen = PersonalData.shownTo(caller(Role.VIEWER, role));
            assertThat(seen.masked()).as(role.code()).isFalse();
            assertThat(seen.email("ann.lee@example.com")).isEqualTo("ann.lee@example.com");
            assertThat(seen.text(WROTE)).isEqualTo(WROTE);
        }
    }

    @Test
    void aViewerOrAnAnalystReadsTheCustomersWordsWithAddressesAndPhonesMasked() {
        for (Role role : new Role[] {Role.VIEWER, Role.ANALYST}) {
            PersonalData seen = PersonalData.shownTo(caller(role));
            assertThat(seen.masked()).as(role.code()).isTrue();
            assertThat(seen.email("ann.lee@example.com")).isEqualTo("a***@example.com");
            assertThat(seen.name("Ann Lee")).isEqualTo("[masked]");
            assertThat(seen.text(WROTE)).isEqualTo("Order 1002 arrived broken. Write to a***@example.com or call ***58, "
                    + "I paid 250.00 on 2026-11-30.");
        }
    }

    @Test
    void aMaskedRecordKeepsOrderAndSumsButNotTheCustomersAddressNameOrPhone() {
        record Address(String line1, String city) {
        }
        record Entities(String orderId, String customerEmail, String customerName, String phone, Address shippingAddress,
                        List<BigDecimal> amounts, String note) {
        }
        Entities read = new Entities("1002", "ann.lee@example.com", "Ann Lee", "020 7946 0958", new Address("12 Baker Street", "London"),
                List.of(new BigDecimal("250.00")), "call me on 020 7946 0958");
        Facts facts = new Facts(new StoredJson(new ObjectMapper()));

        Map<String, String> masked = asMap(facts.of(read, PersonalData.shownTo(caller(Role.VIEWER))));
        assertThat(masked).containsEntry("Order id", "1002").containsEntry("Customer email", "a***@example.com")
                .containsEntry("Customer name", "[masked]").containsEntry("Phone", "***58")
                .as("a structured address keeps its city, as the story keeps it").containsEntry("Shipping address", "{\"line1\":\"[masked]\",\"city\":\"London\"}")
                .containsEntry("Note", "call me on ***58");
        assertThat(masked.get("Amounts")).contains("250");
        assertThat(String.join(" ", masked.values())).doesNotContain("Baker").doesNotContain("ann.lee").doesNotContain("7946");

        Map<String, String> shown = asMap(facts.of(read, PersonalData.shownTo(caller(Role.AGENT))));
        assertThat(shown).containsEntry("Customer email", "ann.lee@example.com").containsEntry("Customer name", "Ann Lee");
        assertThat(shown.get("Shipping address")).contains("12 Baker Street");
    }

    @Test
    void aMaskedEventPayloadKeepsItsShape() {
        Map<String, Object> payload = Map.of("to", "ann.lee@example.com", "summary", "refund for ann.lee@example.com", "amount", 250);

        assertThat(PersonalData.shownTo(caller(Role.VIEWER)).tree(payload)).isEqualTo(
                Map.of("to", "a***@example.com", "summary", "refund for a***@example.com", "amount", 250));
        assertThat(PersonalData.shownTo(caller(Role.AGENT)).tree(payload)).isSameAs(payload);
    }

    private static Map<String, String> asMap(List<Facts.Fact> facts) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        facts.forEach(fact -> map.put(fact.label(), fact.value()));
        return map;
    }

    static Caller caller(Role... roles) {
        return Caller.user("t1", "vera", java.util.Set.of(roles));
    }
}
