package io.commerceresolver.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TableOwner;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * The receipt chain on the real database and over HTTP: appends racing for one tenant make one unbroken chain, a
 * subject is sealed once, a 16 MB body is stored whole, and /verify names the first broken link after a byte of a
 * body is changed or a receipt deleted with SQL (as the tables' owner: the service's own role may not, on PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class ReceiptChainIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ReceiptChain chain;
    @Autowired
    ReceiptStore receipts;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    TestStores stores;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DataSource dataSource;
    @Autowired
    TableOwner tableOwner;

    @Test
    void appendsRacingForOneTenantMakeOneUnbrokenChainAndSealEachSubjectOnce() throws Exception {
        String tenant = stores.newStore(Map.of()).tenantId();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<List<Receipt>>> appenders = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Callable<List<Receipt>> appender = () -> {
                List<Receipt> made = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    // every thread also seals the same changeset, early, while the others are busy too
                    String subject = i == 2 ? "cs-shared" : "cs-" + thread + "-" + i;
                    String request = "Raise SKU-" + i + " by 3 %";
                    made.add(TenantScope.of(tenant, () -> chain.append(tenant, record(subject, request))));
                }
                return made;
            };
            appenders.add(threads.submit(appender));
        }
        List<Receipt> made = new ArrayList<>();
        for (Future<List<Receipt>> appender : appenders) {
            made.addAll(appender.get());
        }
        threads.shutdown();

        assertThat(made.stream().filter(r -> r.subjectId().equals("cs-shared")).map(Receipt::id).distinct()).hasSize(1);
        List<Long> seqs = new JdbcTemplate(dataSource).queryForList("SELECT seq FROM receipt WHERE tenant_id = ? ORDER BY seq", Long.class, tenant);
        assertThat(seqs).hasSize(8 * 14 + 1).doesNotHaveDuplicates();
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(seqs.size());
        assertThat(TenantScope.of(tenant, () -> verifier.verifyChain(tenant))).isEqualTo(new ChainVerification(seqs.size(), true, null));
    }

    @Test
    void aReceiptIsReadWithTheExactBytesItsHashAndSignatureCover() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        Receipt first = TenantScope.of(store.tenantId(), () -> chain.append(store.tenantId(), record("cs-1", "Raise SKU-1 by 3 %")));
        Receipt second = TenantScope.of(store.tenantId(), () -> chain.append(store.tenantId(), record("cs-2", "Lower SKU-2 by 5 %")));
        String viewer = stores.key(store, "auditor", Role.VIEWER);

        ResponseEntity<String> raw = get(viewer, "/api/v1/receipts/" + second.id(), String.class);
        assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(raw.getBody()).as("the stored canonical body, not a re-serialisation of it").contains("\"body\":" + second.body());
        Map<String, Object> shown = get(viewer, "/api/v1/receipts/" + second.id(), JSON).getBody();
        assertThat(shown).containsEntry("seq", 2).containsEntry("kind", "changeset").containsEntry("subjectId", "cs-2")
                .containsEntry("previous", first.sha256()).containsEntry("sha256", Sha256.hex(second.body().getBytes(StandardCharsets.UTF_8)))
                .containsEntry("signature", second.signature()).containsEntry("keyId", second.keyId());

        Map<String, Object> key = get(viewer, "/api/v1/receipts/public-key", JSON).getBody();
        assertThat(key).containsEntry("keyId", second.keyId()).containsEntry("algorithm", "Ed25519");
        byte[] spki = new byte[44];
        System.arraycopy(new byte[] {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00}, 0, spki, 0, 12);
        System.arraycopy(Base64.getDecoder().decode((String) key.get("publicKey")), 0, spki, 12, 32);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
        ed25519.update(second.body().getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(Base64.getDecoder().decode(second.signature()))).isTrue();

        assertThat(get(viewer, "/api/v1/receipts/" + second.id() + "/verify", JSON).getBody()).containsEntry("ok", true)
                .containsEntry("signed", true).containsEntry("problems", List.of());
        assertThat(get(viewer, "/api/v1/receipts/verify", JSON).getBody()).containsEntry("checked", 2).containsEntry("ok", true)
                .containsEntry("firstBroken", null);

        TestStores.Store other = stores.newStore(Map.of());
        assertThat(get(other.apiKey(), "/api/v1/receipts/" + second.id(), JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(other.apiKey(), "/api/v1/receipts/verify", JSON).getBody()).containsEntry("checked", 0).containsEntry("ok", true);
    }

    @Test
    void verifyNamesTheReceiptWithAChangedByteAndTheGapADeletedOneLeaves() {
        TestStores.Store altered = storeWithFiveReceipts();
        Receipt third = TenantScope.of(altered.tenantId(), () -> receipts.findBySeq(altered.tenantId(), 3)).orElseThrow();
        asTableOwner("UPDATE receipt SET body = REPLACE(body, 'SKU-3', 'SKU-8') WHERE tenant_id = ? AND seq = 3", altered.tenantId());

        assertThat(get(altered.apiKey(), "/api/v1/receipts/verify", JSON).getBody()).containsEntry("checked", 3).containsEntry("ok", false)
                .containsEntry("firstBroken", Map.of("seq", 3, "id", third.id(), "problem", "The body does not match its sha256"));
        assertThat(get(altered.apiKey(), "/api/v1/receipts/" + third.id() + "/verify", JSON).getBody()).containsEntry("ok", false)
                .containsEntry("problems", List.of("The body does not match its sha256", "The signature does not verify"));

        TestStores.Store cut = storeWithFiveReceipts();
        Receipt fourth = TenantScope.of(cut.tenantId(), () -> receipts.findBySeq(cut.tenantId(), 4)).orElseThrow();
        asTableOwner("DELETE FROM receipt WHERE tenant_id = ? AND seq = 3", cut.tenantId());

        assertThat(get(cut.apiKey(), "/api/v1/receipts/verify", JSON).getBody()).containsEntry("ok", false)
                .containsEntry("firstBroken", Map.of("seq", 4, "id", fourth.id(), "problem", "Receipt 3 is missing: 4 follows 2"));
    }

    @Test
    void aBodyOfSixteenMegabytesIsStoredAndReadBackWhole() {
        String tenant = stores.newStore(Map.of()).tenantId();
        String text = "Raise every SKU by 3 %. ".repeat(16 * 1024 * 1024 / 24 + 1);

        Receipt sealed = TenantScope.of(tenant, () -> chain.append(tenant, record("cs-big", text)));
        Receipt read = TenantScope.of(tenant, () -> receipts.find(tenant, sealed.id())).orElseThrow();

        assertThat(read.body().length()).isGreaterThan(16 * 1024 * 1024);
        assertThat(read.body()).isEqualTo(sealed.body());
        assertThat(TenantScope.of(tenant, () -> verifier.verify(tenant, sealed.id())).ok()).isTrue();
    }

    private TestStores.Store storeWithFiveReceipts() {
        TestStores.Store store = stores.newStore(Map.of());
        for (int i = 1; i <= 5; i++) {
            int n = i;
            TenantScope.of(store.tenantId(), () -> chain.append(store.tenantId(), record("cs-" + n, "Raise SKU-" + n + " by 3 %")));
        }
        return store;
    }

    private void asTableOwner(String sql, String tenantId) {
        assertThat(tableOwner.update(sql, tenantId)).isEqualTo(1);
    }

    private <T> ResponseEntity<T> get(String apiKey, String path, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    private ResponseEntity<Map<String, Object>> get(String apiKey, String path, ParameterizedTypeReference<Map<String, Object>> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    static ReceiptRecord record(String changesetId, String request) {
        Instant at = Instant.parse("2026-12-03T11:00:00Z");
        return new ReceiptRecord(ReceiptRecord.Kind.CHANGESET, changesetId, new ReceiptRecord.Request("api", "mia", request, null, at),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "APPLIED", at, at);
    }
}
