package io.commerceresolver.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import io.commerceresolver.system.Ids;
import io.commerceresolver.system.Transactions;

/**
 * Seals records into each tenant's receipt chain. An append takes the tenant's head row FOR UPDATE, so appends of one
 * tenant follow one another (seq and previous hash come from the head) while other tenants' go on in parallel; the
 * unique (tenant, seq) and (tenant, previous hash) keys stand behind the lock. One receipt per subject: appending a
 * run or changeset again returns the receipt it already has.
 */
public class ReceiptChain {

    private final ReceiptStore store;
    private final CanonicalJson json;
    private final ReceiptSignatures signatures;
    private final Transactions transactions;
    private final Clock clock;

    public ReceiptChain(ReceiptStore store, CanonicalJson json, ReceiptSignatures signatures, Transactions transactions, Clock clock) {
        this.store = store;
        this.json = json;
        this.signatures = signatures;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Receipt append(String tenantId, ReceiptRecord record) {
        // canonicalised before the lock: a changeset of 10,000 operations takes a while to write, its hash does not
        String canonicalRecord = json.write(record);
        return transactions.inTransaction(() -> {
            ReceiptStore.Head head = store.lockHead(tenantId);
            Optional<Receipt> existing = store.findBySubject(tenantId, record.kind(), record.subjectId());
            if (existing.isPresent()) {
                return existing.get();
            }
            long seq = head.seq() + 1;
            Instant sealedAt = clock.instant();
            String body = SealedBody.text(new SealedBody.Chain(head.sha256(), seq, tenantId), canonicalRecord, sealedAt);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String sha256 = Sha256.hex(bytes);
            Optional<ReceiptSignatures.Signature> signature = signatures.sign(bytes);
            Receipt receipt = new Receipt(Ids.newId(), tenantId, record.kind(), record.subjectId(),
                    record.kind() == ReceiptRecord.Kind.RUN ? record.subjectId() : null, seq, body, sha256, head.sha256(),
                    signature.map(s -> Base64.getEncoder().encodeToString(s.bytes())).orElse(null),
                    signature.map(ReceiptSignatures.Signature::keyId).orElse(null), sealedAt);
            store.insert(receipt);
            store.advanceHead(tenantId, new ReceiptStore.Head(seq, sha256));
            return receipt;
        });
    }
}
