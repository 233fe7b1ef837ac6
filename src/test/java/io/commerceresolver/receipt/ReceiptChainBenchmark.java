package io.commerceresolver.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * How long checking receipts takes: 100,000 changeset receipts (three operations each, signed) in one tenant's chain
 * on H2, then one receipt of a 10,000-operation changeset; {@code GET /api/v1/receipts/verify} over the whole chain
 * and {@code GET /api/v1/receipts/{id}/verify} of the big one, over HTTP. Not part of the build (no *IT or *Test
 * suffix); run it with
 * {@code ./mvnw -o verify -Dtest=none -Dit.test=ReceiptChainBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}
 * ({@code -Dreceipts=10000} for a shorter chain) and read the figures it prints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class ReceiptChainBenchmark {

    private static final int RECEIPTS = Integer.getInteger("receipts", 100_000);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ReceiptChain chain;
    @Autowired
    TestStores stores;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHundredThousandReceiptsVerifyInUnderTenSecondsAndOneBigReceiptInUnderOne() {
        TestStores.Store store = stores.newStore(Map.of());
        String tenant = store.tenantId();
        long began = System.nanoTime();
        for (int i = 0; i < RECEIPTS; i++) {
            int n = i;
            TenantScope.of(tenant, () -> chain.append(tenant, changeset("cs-" + n, 3)));
        }
        long appendMs = (System.nanoTime() - began) / 1_000_000;
        began = System.nanoTime();
        Receipt big = TenantScope.of(tenant, () -> chain.append(tenant, changeset("cs-big", 10_000)));
        long bigAppendMs = (System.nanoTime() - began) / 1_000_000;
        Long averageBody = jdbc.queryForObject("SELECT AVG(LENGTH(body)) FROM receipt WHERE tenant_id = ? AND subject_id <> 'cs-big'",
                Long.class, tenant);

        List<Long> chainMs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            Map<String, Object> answer = get(store.apiKey(), "/api/v1/receipts/verify");
            chainMs.add((System.nanoTime() - start) / 1_000_000);
            assertThat(answer).containsEntry("ok", true).containsEntry("checked", RECEIPTS + 1);
        }
        List<Long> oneMs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            Map<String, Object> answer = get(store.apiKey(), "/api/v1/receipts/" + big.id() + "/verify");
            oneMs.add((System.nanoTime() - start) / 1_000_000);
            assertThat(answer).containsEntry("ok", true).containsEntry("signed", true);
        }

        System.out.printf("RECEIPT-BENCH appended %d receipts (average body %d bytes) in %d ms (%.0f per second)%n", RECEIPTS, averageBody,
                appendMs, RECEIPTS * 1000.0 / appendMs);
        System.out.printf("RECEIPT-BENCH appended one receipt of 10,000 operations (%d bytes) in %d ms%n", big.body().length(), bigAppendMs);
        System.out.printf("RECEIPT-BENCH GET /api/v1/receipts/verify, %d receipts: %s ms (first, then warm)%n", RECEIPTS + 1, chainMs);
        System.out.printf("RECEIPT-BENCH GET /api/v1/receipts/{id}/verify, 10,000 operations: %s ms (first, then warm)%n", oneMs);
        assertThat(chainMs.subList(1, chainMs.size())).allSatisfy(ms -> assertThat(ms).isLessThan(10_000));
        assertThat(oneMs.subList(1, oneMs.size())).allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
    }

    private Map<String, Object> get(String apiKey, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JSON).getBody();
    }

    /** A price changeset as a receipt will hold it: each operation with its diff, decision, call and read-back. */
    private static ReceiptRecord changeset(String id, int operations) {
        Instant at = Instant.parse("2026-12-03T11:00:00Z");
        List<ReceiptRecord.Operation> ops = new ArrayList<>();
        List<ReceiptRecord.ToolCallResult> calls = new ArrayList<>();
        List<ReceiptRecord.Check> checks = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            String sku = "SKU-" + (10_000 + i);
            BigDecimal before = new BigDecimal("49.90").add(BigDecimal.valueOf(i % 100));
            BigDecimal after = before.multiply(new BigDecimal("1.03")).setScale(2, java.math.RoundingMode.HALF_UP);
            ReceiptRecord.DecisionRecord decision = new ReceiptRecord.DecisionRecord("dec-" + id + "-" + i, 1, true, null,
                    List.of("A price change within 20 %"), List.of("Price change within the limit is tier 1"), "rules-v12");
            ops.add(new ReceiptRecord.Operation(i + 1, "update_price", sku, List.of(ReceiptRecord.Change.of("price", before, after)), decision,
                    "update_price " + sku + " " + before.toPlainString(), "SUCCEEDED"));
            calls.add(new ReceiptRecord.ToolCallResult("run-" + id + ":write:" + (i + 1) + ":update_price", "update_price", "SUCCEEDED",
                    "price " + after.toPlainString(), at));
            checks.add(new ReceiptRecord.Check("price " + sku, after.toPlainString(), after.toPlainString(), true));
        }
        return new ReceiptRecord(ReceiptRecord.Kind.CHANGESET, id,
                new ReceiptRecord.Request("api", "mia", "Raise " + operations + " SKUs by 3 %", null, at), ops, List.of(),
                List.of(new ReceiptRecord.Approval("appr-" + id, "sam", "senior_approver", true, "Checked the margins", at)),
                List.of(new ReceiptRecord.DelegationUse("writer", "catalogue:write", "x-" + id, "updatePrice", true, at, 1, at, "service")), calls, checks,
                "APPLIED", at, at.plusSeconds(40));
    }
}
