package io.commerceresolver.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.commerceresolver.system.BadRequest;

/** How the inbox's search box reads what a person types, and how the inbox writes values back. */
class TicketSearchTest {

    @Test
    void anAddressFindsTheCustomersTicketsAsTypedAndInLowerCase() {
        TicketSearch search = TicketSearch.parse("  Ann@Example.com ");

        assertThat(search.kind()).isEqualTo(TicketSearch.Kind.EMAIL);
        assertThat(search.text()).isEqualTo("Ann@Example.com");
        assertThat(search.emailLowerCase()).isEqualTo("ann@example.com");
        assertThat(search.described()).isEqualTo("tickets from Ann@Example.com");
    }

    @Test
    void oneTokenWithADigitIsAnOrderNumberWithOrWithoutItsHash() {
        assertThat(TicketSearch.parse("1002")).extracting(TicketSearch::kind, TicketSearch::text).containsExactly(TicketSearch.Kind.ORDER, "1002");
        assertThat(TicketSearch.parse("#1002").text()).isEqualTo("1002");
        assertThat(TicketSearch.parse("SO-77/b").kind()).isEqualTo(TicketSearch.Kind.ORDER);
    }

    @Test
    void anythingElseIsWordsMatchedCaseInsensitivelyWithTheLikeWildcardsEscaped() {
        TicketSearch search = TicketSearch.parse("Broken  MUG broken 100%_off");

        assertThat(search.kind()).isEqualTo(TicketSearch.Kind.WORDS);
        assertThat(search.words()).containsExactly("broken", "mug", "100%_off");
        assertThat(search.likePatterns()).containsExactly("%broken%", "%mug%", "%100\\%\\_off%");
        assertThat(TicketSearch.parse("refund").kind()).as("a word without a digit").isEqualTo(TicketSearch.Kind.WORDS);
    }

    @Test
    void nothingTypedIsNoSearch() {
        assertThat(TicketSearch.parse(null).isEmpty()).isTrue();
        assertThat(TicketSearch.parse("   ").isEmpty()).isTrue();
        assertThat(TicketSearch.parse("").described()).isEmpty();
    }

    @Test
    void aSearchTooLongOrTooWideOrAHalfAddressIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TicketSearch.parse("x".repeat(201))).isInstanceOf(BadRequest.class).hasMessageContaining("200");
        assertThatThrownBy(() -> TicketSearch.parse("a b c d e f")).isInstanceOf(BadRequest.class).hasMessageContaining("5 words");
        assertThatThrownBy(() -> TicketSearch.parse("ann@")).isInstanceOf(BadRequest.class)
                .satisfies(error -> assertThat(((BadRequest) error).field()).isEqualTo("q"));
    }

    @Test
    void codesAreWrittenAsWords() {
        assertThat(Shown.words("NEEDS_HUMAN")).isEqualTo("Needs human");
        assertThat(Shown.words("issue_refund")).isEqualTo("Issue refund");
        assertThat(Shown.words("requesterEmail")).isEqualTo("Requester email");
        assertThat(Shown.words(null)).isEmpty();
        assertThat(Shown.percent(0.925)).isEqualTo("93 %");
        assertThat(Shown.money(new java.math.BigDecimal("250"), "USD")).isEqualTo("250.00 USD");
        assertThat(Shown.when(java.time.Instant.parse("2026-12-03T10:00:00Z"))).isEqualTo("2026-12-03 10:00:00 UTC");
    }

    @Test
    void aRecordIsReadAsFactsInItsOwnOrderLeavingOutWhatIsEmpty() {
        record Plan(String orderId, java.math.BigDecimal amount, java.util.List<String> skus, String note) {
        }
        Facts facts = new Facts(new io.commerceresolver.system.StoredJson(new com.fasterxml.jackson.databind.ObjectMapper()));

        PersonalData agent = PersonalData.shownTo(PersonalDataTest.caller(io.commerceresolver.security.Role.AGENT));

        assertThat(facts.of(new Plan("1002", new java.math.BigDecimal("250.00"), java.util.List.of(), null), agent))
                .containsExactly(new Facts.Fact("Order id", "1002"), new Facts.Fact("Amount", "250.00"));
        assertThat(facts.of(new Plan("1", null, java.util.List.of("A", "B"), "n"), agent))
                .contains(new Facts.Fact("Skus", "[\"A\",\"B\"]"));
    }
}
