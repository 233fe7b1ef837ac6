package io.commerceresolver.receipt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.SealedBody;
import io.commerceresolver.receipt.Sha256;

/** The canonical form receipts are hashed in: RFC 8785's own examples, its number edge cases, and what receipts add. */
class JcsCanonicalJsonTest {

    private final JcsCanonicalJson json = new JcsCanonicalJson();

    @Test
    void rfc8785sSampleIsCanonicalisedAsTheRfcPrintsIt() {
        // RFC 8785, section 3.2.2: white space goes, numbers take their shortest form, strings their one escaping
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";

        assertThat(json.canonicalize(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void keysAreSortedByUtf16CodeUnitsNotByCodePointsOrLocale() {
        // RFC 8785, section 3.2.3: the emoji (a surrogate pair, 0xD83D...) sorts before U+FB33, though its code point is higher
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";

        assertThat(json.canonicalize(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void numbersAreWrittenAsEcmaScriptWritesDoubles() {
        // RFC 8785, appendix B: the edge cases of ES6 number serialisation
        assertThat(json.canonicalize("[-0, 0.1, 1e21, 1e20, 1E-7, 0.000001, 9007199254740993, 1.0, 100, 5e-324]"))
                .isEqualTo("[0,0.1,1e+21,100000000000000000000,1e-7,0.000001,9007199254740992,1,100,5e-324]");
    }

    @Test
    void aReceiptWritesDecimalsAsStringsAndRefusesNumbersADoubleWouldChange() {
        ReceiptRecord.Change price = ReceiptRecord.Change.of("price", new BigDecimal("19.90"), new BigDecimal("1E+1"));
        assertThat(json.write(price)).isEqualTo("{\"after\":\"10\",\"before\":\"19.90\",\"field\":\"price\"}");

        record Loose(BigDecimal amount) {
        }
        record Huge(long count) {
        }
        assertThatThrownBy(() -> json.write(new Loose(new BigDecimal("0.1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.amount");
        assertThatThrownBy(() -> json.write(new Huge((1L << 53) + 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(json.write(new Huge(1L << 53))).isEqualTo("{\"count\":9007199254740992}");
    }

    @Test
    void aSealedBodyBuiltFromTheCanonicalRecordIsTheCanonicalFormOfTheWholeBody() {
        ReceiptRecord record = record();
        Instant sealedAt = Instant.parse("2026-12-03T14:00:00.123456Z");
        SealedBody.Chain chain = new SealedBody.Chain(Receipt.GENESIS, 1, "acme-shop");

        String whole = json.write(new SealedBody(chain, record, sealedAt));

        assertThat(SealedBody.text(chain, json.write(record), sealedAt)).isEqualTo(whole);
        assertThat(whole).startsWith(SealedBody.chainPrefix(Receipt.GENESIS, 1, "acme-shop"))
                .contains("\"kind\":\"changeset\"", "\"sealedAt\":\"2026-12-03T14:00:00.123456Z\"", "\"tier\":3")
                .doesNotContain("customerRef\":null");
        assertThat(json.canonicalize(whole)).as("a fixed point").isEqualTo(whole);
    }

    @Test
    void sha256IsOfTheUtf8Bytes() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("\u20ac".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(Sha256.hex("\u20ac".getBytes(StandardCharsets.UTF_16)));
    }

    static ReceiptRecord record() {
        Instant at = Instant.parse("2026-12-03T13:59:00Z");
        ReceiptRecord.DecisionRecord decision = new ReceiptRecord.DecisionRecord("d-1", 3, true, "senior_approver",
                List.of("A bulk price change is tier 3"), List.of("A bulk price change is tier 3"), "v7");
        return new ReceiptRecord(ReceiptRecord.Kind.CHANGESET, "cs-1",
                new ReceiptRecord.Request("api", "mia", "Raise SKU-1 by 3 %", null, at),
                List.of(new ReceiptRecord.Operation(1, "update_price", "SKU-1",
                        List.of(ReceiptRecord.Change.of("price", new BigDecimal("20.00"), new BigDecimal("20.60"))), decision,
                        "update_price SKU-1 20.00", "SUCCEEDED")),
                List.of(decision),
                List.of(new ReceiptRecord.Approval("a-1", "sam", "senior_approver", true, "ok", at)),
                List.of(new ReceiptRecord.DelegationUse("writer", "catalogue:write", "x-1", "updatePrice", true, at, 1, at, "service")),
                List.of(new ReceiptRecord.ToolCallResult("run:write:1:update_price", "update_price", "SUCCEEDED", "price 20.60", at)),
                List.of(new ReceiptRecord.Check("price SKU-1", "20.60", "20.60", true)),
                "APPLIED", at, at.plusSeconds(30));
    }
}
