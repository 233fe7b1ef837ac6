package io.commerceresolver.receipt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.commerceresolver.receipt.ChainVerification;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptChain;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptSignatures;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.ReceiptVerification;
import io.commerceresolver.receipt.ReceiptVerifier;
import io.commerceresolver.receipt.SealedBody;
import io.commerceresolver.receipt.Sha256;
import io.commerceresolver.system.Transactions;

/**
 * The chain and its verifier over a store in memory, with real canonical JSON and real signatures: every kind of
 * tampering someone with write access to the table could do, and the first broken link each is reported at.
 * (ReceiptChainIT does the same through the database and HTTP, and the concurrency.)
 */
class ReceiptChainTest {

    private static final String TENANT = "acme-shop";

    private final MemoryStore store = new MemoryStore();
    private ReceiptChain chain;
    private ReceiptVerifier verifier;

    @BeforeEach
    void chainOfFive() throws Exception {
        JcsCanonicalJson json = new JcsCanonicalJson();
        ReceiptSignatures signatures = TinkReceiptSignatures.of(TinkReceiptSignatures.newKeyset());
        Transactions inline = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        chain = new ReceiptChain(store, json, signatures, inline, Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
        verifier = new ReceiptVerifier(store, json, signatures);
        for (int i = 1; i <= 5; i++) {
            chain.append(TENANT, record("cs-" + i));
        }
    }

    @Test
    void anUntouchedChainHoldsAndEachReceiptPointsAtTheOneBefore() {
        assertThat(verifier.verifyChain(TENANT)).isEqualTo(new ChainVerification(5, true, null));
        assertThat(store.receipts.get(1L).prevSha256()).isEqualTo(Receipt.GENESIS);
        for (long seq = 2; seq <= 5; seq++) {
            assertThat(store.receipts.get(seq).prevSha256()).isEqualTo(store.receipts.get(seq - 1).sha256());
        }
        Receipt third = store.receipts.get(3L);
        assertThat(third.sha256()).isEqualTo(Sha256.hex(third.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(verifier.verify(TENANT, third.id())).isEqualTo(new ReceiptVerification(third.id(), 3, true, true, List.of()));
        assertThat(verifier.verifyChain("another-shop")).isEqualTo(new ChainVerification(0, true, null));
    }

    @Test
    void appendingASubjectAgainReturnsItsReceipt() {
        Receipt again = chain.append(TENANT, record("cs-2"));

        assertThat(again).isEqualTo(store.receipts.get(2L));
        assertThat(store.head).isEqualTo(new ReceiptStore.Head(5, store.receipts.get(5L).sha256()));
    }

    @Test
    void oneChangedByteIsFoundAtItsReceipt() {
        Receipt third = store.receipts.get(3L);
        store.receipts.put(3L, withBody(third, third.body().replace("Raise", "Raize"), third.sha256()));

        assertThat(verifier.verifyChain(TENANT)).isEqualTo(brokenAt(3, 3, "The body does not match its sha256"));
        assertThat(verifier.verify(TENANT, third.id()).problems())
                .containsExactly("The body does not match its sha256", "The signature does not verify");
    }

    @Test
    void aRemovedReceiptIsAGapInTheChain() {
        store.receipts.remove(3L);

        assertThat(verifier.verifyChain(TENANT)).isEqualTo(brokenAt(3, 4, "Receipt 3 is missing: 4 follows 2"));
        assertThat(verifier.verify(TENANT, store.receipts.get(4L).id()).problems()).containsExactly("Receipt 3, the one before, is missing");
    }

    @Test
    void receiptsCutOffTheEndAreFoundByTheHead() {
        store.receipts.remove(5L);
        store.receipts.remove(4L);

        ChainVerification found = verifier.verifyChain(TENANT);

        assertThat(found).isEqualTo(new ChainVerification(3, false, new ChainVerification.BrokenLink(5, null,
                "The head names receipt 5 as the last, but the chain ends at 3: receipts after 3 are missing")));
    }

    @Test
    void aRemovedHeadIsFound() {
        store.head = null;

        assertThat(verifier.verifyChain(TENANT)).isEqualTo(brokenAt(5, 5, "The chain has no head row: it may have been removed"));
    }

    /** The hashes and links were all made again from receipt 3 on: only the signatures, which need the key, give it away. */
    @Test
    void aRewrittenAndRehashedTailIsFoundByItsSignatures() {
        String previous = store.receipts.get(2L).sha256();
        for (long seq = 3; seq <= 5; seq++) {
            Receipt receipt = store.receipts.get(seq);
            String rest = receipt.body().substring(SealedBody.chainPrefix(receipt.prevSha256(), seq, TENANT).length());
            String body = SealedBody.chainPrefix(previous, seq, TENANT) + (seq == 3 ? rest.replace("Raise", "Lower") : rest);
            String sha = Sha256.hex(body.getBytes(StandardCharsets.UTF_8));
            store.receipts.put(seq, new Receipt(receipt.id(), TENANT, receipt.kind(), receipt.subjectId(), null, seq, body, sha, previous,
                    receipt.signature(), receipt.keyId(), receipt.createdAt()));
            previous = sha;
        }
        store.head = new ReceiptStore.Head(5, previous);

        assertThat(verifier.verifyChain(TENANT)).isEqualTo(brokenAt(5, 3,
                "The signature does not verify: this receipt, or an unsigned one before it, was rewritten"));
    }

    @Test
    void aBodyWhoseChainFieldsDisagreeWithItsColumnsIsFound() {
        Receipt second = store.receipts.get(2L);
        String body = second.body().replace("\"seq\":2,", "\"seq\":7,");
        store.receipts.put(2L, withBody(second, body, Sha256.hex(body.getBytes(StandardCharsets.UTF_8))));
        Receipt third = store.receipts.get(3L);
        store.receipts.put(3L, new Receipt(third.id(), TENANT, third.kind(), third.subjectId(), null, 3, third.body(), third.sha256(),
                store.receipts.get(2L).sha256(), third.signature(), third.keyId(), third.createdAt()));

        assertThat(verifier.verifyChain(TENANT)).isEqualTo(brokenAt(2, 2, "The body's chain (previous, seq, tenant) is not the one stored with it"));
    }

    private ChainVerification brokenAt(long checked, long seq, String problem) {
        return new ChainVerification(checked, false, new ChainVerification.BrokenLink(seq, store.receipts.get(seq).id(), problem));
    }

    private static Receipt withBody(Receipt receipt, String body, String sha256) {
        return new Receipt(receipt.id(), receipt.tenantId(), receipt.kind(), receipt.subjectId(), receipt.runId(), receipt.seq(), body, sha256,
                receipt.prevSha256(), receipt.signature(), receipt.keyId(), receipt.createdAt());
    }

    static ReceiptRecord record(String changesetId) {
        Instant at = Instant.parse("2026-12-03T11:00:00Z");
        return new ReceiptRecord(ReceiptRecord.Kind.CHANGESET, changesetId,
                new ReceiptRecord.Request("api", "mia", "Raise SKU-1 by 3 %", null, at), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), "APPLIED", at, at);
    }

    /** One tenant's receipts by seq, and its head; what the tests do to it is what a table owner could do with SQL. */
    static final class MemoryStore implements ReceiptStore {
        final TreeMap<Long, Receipt> receipts = new TreeMap<>();
        Head head;

        @Override
        public Head lockHead(String tenantId) {
            if (head == null) {
                head = new Head(0, Receipt.GENESIS);
            }
            return head;
        }

        @Override
        public Optional<Head> head(String tenantId) {
            return TENANT.equals(tenantId) ? Optional.ofNullable(head) : Optional.empty();
        }

        @Override
        public void insert(Receipt receipt) {
            receipts.put(receipt.seq(), receipt);
        }

        @Override
        public void advanceHead(String tenantId, Head next) {
            head = next;
        }

        @Override
        public Optional<Receipt> find(String tenantId, String id) {
            return receipts.values().stream().filter(r -> r.tenantId().equals(tenantId) && r.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Receipt> findBySeq(String tenantId, long seq) {
            return Optional.ofNullable(receipts.get(seq)).filter(r -> r.tenantId().equals(tenantId));
        }

        @Override
        public Optional<Receipt> findBySubject(String tenantId, ReceiptRecord.Kind kind, String subjectId) {
            return receipts.values().stream().filter(r -> r.tenantId().equals(tenantId) && r.kind() == kind && r.subjectId().equals(subjectId))
                    .findFirst();
        }

        @Override
        public List<Link> page(String tenantId, long afterSeq, int limit) {
            List<Link> page = new ArrayList<>();
            for (Receipt r : receipts.tailMap(afterSeq, false).values()) {
                if (page.size() == limit || !r.tenantId().equals(tenantId)) {
                    break;
                }
                page.add(new Link(r.id(), r.seq(), r.body(), r.sha256(), r.prevSha256(), r.signature(), r.keyId()));
            }
            return page;
        }
    }
}
