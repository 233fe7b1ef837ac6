package io.commerceresolver.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceresolver.intent.PiiMasker.Kind;
import io.commerceresolver.intent.PiiMasker.Masked;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What leaves for the external model. A miss leaks a customer's card or phone; an over-mask hides the order id or
 * amount the model needs to read the ticket. Both directions are pinned with exact outputs.
 */
class PiiMaskerTest {

    final PiiMasker masker = new PiiMasker();

    // ------------------------------------------------------------------------------------------------- cards

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005",
            "5555 5555 5555 4444", "4222222222222"})
    void masksACardNumberThatPassesLuhn(String card) {
        Masked masked = masker.mask("I paid with " + card + " yesterday", false);

        assertThat(masked.text()).isEqualTo("I paid with [CARD] yesterday");
        assertThat(masked.counts()).containsEntry(Kind.CARD, 1).containsEntry(Kind.PHONE, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I paid with 4111 1111 1111 1112 yesterday",        // fails Luhn
            "Tracking 1234567890123456 shows nothing",          // 16 digits, fails Luhn: a tracking number
            "Tracking 1Z999AA10123456784 shows nothing",         // UPS tracking id, digits glued to letters
            "paid with the card ending 4242",                    // the last four alone identify nobody
            "card ending in 1111, expiry 12/27"})
    void leavesNumbersThatAreNotCards(String text) {
        assertUnchanged(text);
    }

    @Test
    void passesLuhnOnlyForValidCheckDigits() {
        assertThat(PiiMasker.passesLuhn("4111111111111111")).isTrue();
        assertThat(PiiMasker.passesLuhn("378282246310005")).isTrue();
        assertThat(PiiMasker.passesLuhn("4111111111111112")).isFalse();
        assertThat(PiiMasker.passesLuhn("1234567890123456")).isFalse();
    }

    @Test
    void masksACardAsOneSpanNotAsAPhone() {
        Masked masked = masker.mask("call 98765 43210 4111 1111 1111 1111", false);

        assertThat(masked.text()).isEqualTo("call [PHONE] [CARD]");
        assertThat(masked.counts()).containsEntry(Kind.CARD, 1).containsEntry(Kind.PHONE, 1);
    }

    // ------------------------------------------------------------------------------------------------ phones

    @ParameterizedTest
    @ValueSource(strings = {"+91 98765 43210", "98765 43210", "098765-43210", "+1 (555) 013-4567", "555-013-4567",
            "(415) 555-0132", "+44 20 7946 0958", "9876543210", "+919876543210", "+91-98765-43210", "022 2634 5678",
            "1-800-555-0199", "+49 30 123456"})
    void masksAPhoneNumber(String phone) {
        Masked masked = masker.mask("call me on " + phone + " please", false);

        assertThat(masked.text()).isEqualTo("call me on [PHONE] please");
        assertThat(masked.counts()).containsEntry(Kind.PHONE, 1).containsEntry(Kind.CARD, 0);
    }

    @Test
    void masksOnlyThePhoneAndKeepsCountsAndExtensionWordsAroundIt() {
        assertThat(masker.mask("office +1 415 555 0132 ext. 23", false).text()).isEqualTo("office [PHONE] ext. 23");
        assertThat(masker.mask("qty 10 x 9876543210", false).text()).isEqualTo("qty 10 x [PHONE]");
        assertThat(masker.mask("+91 98765 43210 5 times", false).text()).isEqualTo("[PHONE] 5 times");
        assertThat(masker.mask("called (415) 555-0132 3 times", false).text()).isEqualTo("called [PHONE] 3 times");
        // libphonenumber alone finds nothing in "98765 43210 1005": the phone must still not leak
        assertThat(masker.mask("call 98765 43210 1005 times", false).text()).isEqualTo("call [PHONE] 1005 times");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "#1001", "order 20931", "ORD-77812", "A-2044",                             // order ids
            "$1,250.00", "₹49,999", "Rs. 1499/-", "5000", "₹1,00,000", "$12,345,678.90", // amounts
            "INR 2500000000", "Rs.1234567890",                                          // bulk amounts, no commas
            "400053", "94107",                                                         // PIN code, ZIP
            "2024-05-01", "12/03/2025", "2024-05-01 10:30", "12/03/2025 - 15/03/2025",   // dates
            "TEE-ORG-BLK-M", "PWR-BANK-20K",                                           // SKUs
            "qty 3", "2 x 500ml", "3 items, 2 returned",                               // quantities
            "order 9876543210", "order number: 9876543210", "ORD-9876543210", "#9876543210", // long order ids
            "tracking number 1234567890", "AWB 12345678901", "UTR 123456789012", "NEFT ref 123456789012",
            "Amazon order 403-1234567-1234567", "INV-2024-000123", "OD123456789012345678"})
    void leavesCommerceDataThatIsNotAPhone(String notAPhone) {
        assertUnchanged(notAPhone);
        assertUnchanged("Please check " + notAPhone + " for me.");
    }

    @Test
    void masksBothOfTwoPhonesWrittenSideBySide() {
        // libphonenumber reads the two as one over-long candidate and only finds the second; the first must not leak
        Masked masked = masker.mask("call 98765 43210 9876543211 or (415) 555-0132 9876543210", false);

        assertThat(masked.text()).isEqualTo("call [PHONE] [PHONE] or [PHONE] [PHONE]");
        assertThat(masked.counts()).containsEntry(Kind.PHONE, 4);
    }

    @Test
    void masksEachOfSeveralPhones() {
        Masked masked = masker.mask("try 98765 43210 or (415) 555-0132, else 9876543211/9876543212", false);

        assertThat(masked.text()).isEqualTo("try [PHONE] or [PHONE], else [PHONE]/[PHONE]");
        assertThat(masked.counts()).containsEntry(Kind.PHONE, 4);
    }

    // ------------------------------------------------------------------------------------------------ emails

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@example.com", "john.doe+orders@example.co.in", "a_b-c@mail.example.org",
            "RAHUL.SHARMA99@GMAIL.COM"})
    void masksAnEmailAddress(String email) {
        Masked masked = masker.mask("write to " + email + ". Thanks", false);

        assertThat(masked.text()).isEqualTo("write to [EMAIL]. Thanks");
        assertThat(masked.counts()).containsEntry(Kind.EMAIL, 1);
    }

    @Test
    void masksAnEmailWithDigitsAsAnEmailNotAPhone() {
        assertThat(masker.mask("mail 9876543210@example.com", false).text()).isEqualTo("mail [EMAIL]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@support please help", "meet @ 5pm", "name@localhost"})
    void leavesAtSignsThatAreNotEmails(String text) {
        assertUnchanged(text);
    }

    // --------------------------------------------------------------------------------------------- addresses

    @ParameterizedTest
    @ValueSource(strings = {
            "Flat 302, Shanti Apartments, Andheri West, Mumbai 400053",
            "221B Baker Street, London NW1 6XE",
            "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
            "H.No. 12-3-45, Banjara Hills, Hyderabad, Telangana 500034",
            "House No. 7, MG Road, Bengaluru 560001, India",
            "B-12, Sector 15, Noida 201301",
            "350 Fifth Avenue, New York, NY 10118-0110",
            "221B Baker Street, London",
            "12 Park Street Road, Kolkata"})
    void masksAStreetAddressAsOneSpan(String address) {
        Masked masked = masker.mask(address, false);

        assertThat(masked.text()).isEqualTo("[ADDRESS]");
        assertThat(masked.counts()).containsEntry(Kind.ADDRESS, 1);
    }

    @Test
    void masksAnAddressAfterACueAndKeepsTheCueAndTheRestOfTheTicket() {
        assertThat(masker.mask("new address: 14 Park Lane, Pune 411001", false).text())
                .isEqualTo("new address: [ADDRESS]");
        assertThat(masker.mask("mera naya pata hai: B-12, Sector 15, Noida 201301", false).text())
                .isEqualTo("mera naya pata hai: [ADDRESS]");
        assertThat(masker.mask("Please ship to Flat 302, Shanti Apartments, Mumbai 400053. Order #1001, thanks!", false)
                .text()).isEqualTo("Please ship to [ADDRESS]. Order #1001, thanks!");
        assertThat(masker.mask("deliver to 14 Park Lane please, not the old one", false).text())
                .isEqualTo("deliver to [ADDRESS] please, not the old one");
        assertThat(masker.mask("new address is 221B Baker Street, London NW1 6XE and phone 98765 43210", false).text())
                .isEqualTo("new address is [ADDRESS] and phone [PHONE]");
        assertThat(masker.mask("shipping address: 12, 3rd Cross, Indiranagar, Bangalore - 560038", false).text())
                .isEqualTo("shipping address: [ADDRESS]");
        assertThat(masker.mask("deliver at 55 Oak Ave, Springfield, IL 62704 please", false).text())
                .isEqualTo("deliver at [ADDRESS] please");
        assertThat(masker.mask("send it to 10 Downing Street, London SW1A 2AA asap", false).text())
                .isEqualTo("send it to [ADDRESS] asap");
        assertThat(masker.mask("I live at 14 Park Lane", false).text()).isEqualTo("I live at [ADDRESS]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I moved last week",
            "the street was wet",
            "deliver to my office tomorrow?",
            "ship to Park Road, Bandra",                   // no house number or postal code: finds nobody
            "mujhe pata nahi order kab aayega",
            "what is the shipping address on order #1001?",
            "I bought 2 hard drives and 3 cables",
            "Please deliver to Flat 302 by 5 pm",          // a flat number alone finds nobody
            "my address is wrong on order 20931",
            "the flat screen TV arrived broken",
            "Mumbai 400053"})
    void leavesOrdinarySentences(String text) {
        assertUnchanged(text);
    }

    @Test
    void doesNotReadItsOwnPlaceholderAsAnAddressCue() {
        assertUnchanged("my [ADDRESS] 12 Road");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "new address: 14 Park Lane, Pune 411001",
            "Flat 302, Shanti Apartments, Andheri West, Mumbai 400053",
            "1600 Amphitheatre Pkwy, Mountain View, CA 94043"})
    void keepsAddressesWhenTheTicketNeedsThem(String text) {
        Masked masked = masker.mask(text, true);

        assertThat(masked.text()).isEqualTo(text);
        assertThat(masked.counts()).containsEntry(Kind.ADDRESS, 0);
    }

    @Test
    void stillMasksCardsPhonesAndEmailsWhenKeepingAddresses() {
        String ticket = "Change address to Flat 302, Mumbai 400053, call 98765 43210 or a.b@example.com, "
                + "card 4111 1111 1111 1111";

        Masked masked = masker.mask(ticket, true);

        assertThat(masked.text()).isEqualTo(
                "Change address to Flat 302, Mumbai 400053, call [PHONE] or [EMAIL], card [CARD]");
        assertThat(masked.counts()).isEqualTo(Map.of(Kind.CARD, 1, Kind.PHONE, 1, Kind.EMAIL, 1, Kind.ADDRESS, 0));
    }

    // ---------------------------------------------------------------------------------------- whole tickets

    @Test
    void masksExactlyThePiiInAnEnglishTicket() {
        String ticket = """
                Hi, I paid for order #1001 ($1,250.00) with card 4111-1111-1111-1111 and was charged twice.
                Reach me at jane.doe@example.com or +1 (415) 555-0132.
                Please send the replacement TEE-ORG-BLK-M to 1600 Amphitheatre Pkwy, Mountain View, CA 94043.
                Tracking 1Z999AA10123456784 shows nothing since 2024-05-01.""";

        Masked masked = masker.mask(ticket, false);

        assertThat(masked.text()).isEqualTo("""
                Hi, I paid for order #1001 ($1,250.00) with card [CARD] and was charged twice.
                Reach me at [EMAIL] or [PHONE].
                Please send the replacement TEE-ORG-BLK-M to [ADDRESS].
                Tracking 1Z999AA10123456784 shows nothing since 2024-05-01.""");
        assertThat(masked.counts()).isEqualTo(Map.of(Kind.CARD, 1, Kind.PHONE, 1, Kind.EMAIL, 1, Kind.ADDRESS, 1));
    }

    @Test
    void masksExactlyThePiiInAHinglishTicket() {
        String ticket = "bhai mera number 98765 43210 hai, order #1004 ka refund ₹1,499 chahiye, "
                + "card 4111 1111 1111 1111 se pay kiya tha. naya pata hai: B-12, Sector 15, Noida 201301";

        Masked masked = masker.mask(ticket, false);

        assertThat(masked.text()).isEqualTo("bhai mera number [PHONE] hai, order #1004 ka refund ₹1,499 chahiye, "
                + "card [CARD] se pay kiya tha. naya pata hai: [ADDRESS]");
        assertThat(masked.text()).contains("#1004", "₹1,499");
        assertThat(masked.counts()).isEqualTo(Map.of(Kind.CARD, 1, Kind.PHONE, 1, Kind.EMAIL, 0, Kind.ADDRESS, 1));
    }

    @Test
    void treatsNullAsEmpty() {
        Masked masked = masker.mask(null, false);

        assertThat(masked.text()).isEmpty();
        assertThat(masked.counts()).isEqualTo(Map.of(Kind.CARD, 0, Kind.PHONE, 0, Kind.EMAIL, 0, Kind.ADDRESS, 0));
    }

    // ------------------------------------------------------------------------------------------- properties

    @Property
    void leavesTextWithoutDigitsOrAtSignsUnchanged(@ForAll("textWithoutDigitsOrAtSigns") String text,
            @ForAll boolean keepAddresses) {
        Masked masked = masker.mask(text, keepAddresses);

        assertThat(masked.text()).isEqualTo(text);
        assertThat(masked.counts().values()).containsOnly(0);
    }

    @Property
    void maskingMaskedTextChangesNothing(@ForAll("ticketLikeText") String text, @ForAll boolean keepAddresses) {
        String once = masker.mask(text, keepAddresses).text();

        Masked twice = masker.mask(once, keepAddresses);

        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.counts().values()).containsOnly(0);
    }

    @Provide
    Arbitrary<String> textWithoutDigitsOrAtSigns() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(120)
                .map(s -> s.codePoints()
                        .map(c -> Character.isDigit(c) || c == '@' ? 'x' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        // Address and phone vocabulary, so the cues are exercised and not only random characters.
        Arbitrary<String> cueWords = Arbitraries.of("ship to", "new address:", "pata hai", "Flat", "H.No.", "Street",
                        "Road", "Sector", "Baker St.", "Apartments", "Mumbai", "CA", "NW", "order", "#", "+", "(", ")",
                        "-", ",", ".", "\n", "[PHONE]", "[ADDRESS]", "ext.", "x", "Rs.", "₹", "deliver to")
                .list().ofMaxSize(25).map(words -> String.join(" ", words));
        return Arbitraries.oneOf(anyChars, cueWords);
    }

    @Provide
    Arbitrary<String> ticketLikeText() {
        Arbitrary<String> piiAndLookalikes = Arbitraries.of(
                "4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005", "4111 1111 1111 1112",
                "98765 43210", "+91 98765 43210", "(415) 555-0132", "555-013-4567", "+44 20 7946 0958", "9876543210",
                "jane.doe@example.com", "x@y.in", "@", "#1001", "order", "20931", "ORD-77812", "₹49,999", "$1,250.00",
                "400053", "94107", "2024-05-01", "12/03/2025", "TEE-ORG-BLK-M", "new address:", "ship to", "pata hai:",
                "Flat 302,", "H.No. 12-3-45,", "221B Baker Street,", "London NW1 6XE", "Mumbai 400053", "Sector 15,",
                "CA 94043", "Park Lane", "please", ".", ",", "-", "/", "\n", "and", "call", "1", "12", "123", "1234",
                "12345", "123456", "[PHONE]", "[ADDRESS]", "x", "ext.");
        Arbitrary<String> separators = Arbitraries.of(" ", "", " ", ", ", "\n", "-");
        return piiAndLookalikes.list().ofMaxSize(20)
                .flatMap(words -> separators.list().ofSize(words.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                }));
    }

    private void assertUnchanged(String text) {
        for (boolean keepAddresses : new boolean[] {false, true}) {
            Masked masked = masker.mask(text, keepAddresses);
            assertThat(masked.text()).as("masked with keepAddresses=%s", keepAddresses).isEqualTo(text);
            assertThat(masked.counts().values()).containsOnly(0);
        }
    }
}
