package io.commerceresolver.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.system.NotFound;

/**
 * Recomputes receipts from what is stored. The whole chain is read in pages by seq, each body hashed once and
 * dropped: per receipt its hash, the link to the one before, a gap in seq, and the chain fields at the start of its
 * body; at the end, the head row against the last receipt (receipts cut off the end leave the head pointing past it).
 * <p>
 * Signatures: every body names its predecessor's hash, so a valid signature on the last signed receipt vouches for
 * every body before it. The chain check verifies that one (an Ed25519 check costs about as much as hashing a few
 * hundred bodies); only when it fails does it look, by bisection, for the first receipt whose signature fails.
 */
public class ReceiptVerifier {

    static final int PAGE = 1_000;

    private final ReceiptStore store;
    private final CanonicalJson json;
    private final ReceiptSignatures signatures;

    public ReceiptVerifier(ReceiptStore store, CanonicalJson json, ReceiptSignatures signatures) {
        this.store = store;
        this.json = json;
        this.signatures = signatures;
    }

    public ChainVerification verifyChain(String tenantId) {
        // receipts appended while this runs lie beyond the head read here, and are left for the next check
        Optional<ReceiptStore.Head> head = store.head(tenantId);
        // without a head (removed?) every receipt there is is read, and then reported as headless
        long end = head.map(ReceiptStore.Head::seq).orElse(Long.MAX_VALUE);
        MessageDigest digest = Sha256.digest();
        String previous = Receipt.GENESIS;
        long expected = 1;
        long checked = 0;
        ReceiptStore.Link last = null;
        ReceiptStore.Link lastSigned = null;
        long after = 0;
        while (after < end) {
            List<ReceiptStore.Link> page = store.page(tenantId, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (ReceiptStore.Link link : page) {
                if (link.seq() > end) {
                    break;
                }
                checked++;
                String problem = problem(tenantId, link, expected, previous, digest);
                if (problem != null) {
                    return ChainVerification.brokenAt(checked, link.seq(), link.id(), problem);
                }
                previous = link.sha256();
                expected = link.seq() + 1;
                last = link;
                if (link.signature() != null) {
                    lastSigned = link;
                }
            }
            after = page.get(page.size() - 1).seq();
        }
        if (head.isEmpty() && last != null) {
            return ChainVerification.brokenAt(checked, last.seq(), last.id(), "The chain has no head row: it may have been removed");
        }
        if (head.isPresent()) {
            long lastSeq = last == null ? 0 : last.seq();
            if (lastSeq < end) {
                return ChainVerification.brokenAt(checked, end, null, "The head names receipt " + end + " as the last, but the chain ends at "
                        + lastSeq + ": receipts after " + lastSeq + " are missing");
            }
            if (!last.sha256().equals(head.get().sha256())) {
                return ChainVerification.brokenAt(checked, last.seq(), last.id(), "The head's hash is not this last receipt's");
            }
        }
        if (lastSigned != null && signatureProblem(lastSigned.keyId(), lastSigned.body(), lastSigned.signature()) != null) {
            return firstBadSignature(tenantId, checked, lastSigned.seq());
        }
        return ChainVerification.holds(checked);
    }

    public ReceiptVerification verify(String tenantId, String id) {
        Receipt receipt = store.find(tenantId, id).orElseThrow(() -> new NotFound("receipt", id));
        List<String> problems = new ArrayList<>();
        byte[] bytes = receipt.body().getBytes(StandardCharsets.UTF_8);
        if (!Sha256.hex(bytes).equals(receipt.sha256())) {
            problems.add("The body does not match its sha256");
        }
        if (!receipt.body().startsWith(SealedBody.chainPrefix(receipt.prevSha256(), receipt.seq(), tenantId))) {
            problems.add("The body's chain (previous, seq, tenant) is not the one stored with it");
        }
        if (!canonical(receipt.body())) {
            problems.add("The body is not canonical JSON");
        }
        if (receipt.seq() == 1) {
            if (!Receipt.GENESIS.equals(receipt.prevSha256())) {
                problems.add("The first receipt does not start the chain (its previous hash is not the genesis)");
            }
        } else {
            Optional<Receipt> before = store.findBySeq(tenantId, receipt.seq() - 1);
            if (before.isEmpty()) {
                problems.add("Receipt " + (receipt.seq() - 1) + ", the one before, is missing");
            } else if (!before.get().sha256().equals(receipt.prevSha256())) {
                problems.add("Its previous hash is not the hash of receipt " + (receipt.seq() - 1));
            }
        }
        store.findBySeq(tenantId, receipt.seq() + 1).filter(next -> !next.prevSha256().equals(receipt.sha256()))
                .ifPresent(next -> problems.add("Receipt " + next.seq() + ", the next one, does not point at this one"));
        boolean signed = false;
        if (receipt.signature() != null) {
            String problem = signatureProblem(receipt.keyId(), receipt.body(), receipt.signature());
            if (problem == null) {
                signed = true;
            } else {
                problems.add(problem);
            }
        }
        return new ReceiptVerification(receipt.id(), receipt.seq(), problems.isEmpty(), signed, List.copyOf(problems));
    }

    private static String problem(String tenantId, ReceiptStore.Link link, long expected, String previous, MessageDigest digest) {
        if (link.seq() != expected) {
            return "Receipt " + expected + (link.seq() == expected + 1 ? " is" : " to " + (link.seq() - 1) + " are") + " missing: "
                    + link.seq() + " follows " + (expected - 1);
        }
        if (!Sha256.hex(digest, link.body().getBytes(StandardCharsets.UTF_8)).equals(link.sha256())) {
            return "The body does not match its sha256";
        }
        if (!previous.equals(link.prevSha256())) {
            return expected == 1 ? "The first receipt does not start the chain (its previous hash is not the genesis)"
                    : "Its previous hash is not the hash of receipt " + (expected - 1);
        }
        if (!link.body().startsWith(SealedBody.chainPrefix(link.prevSha256(), link.seq(), tenantId))) {
            return "The body's chain (previous, seq, tenant) is not the one stored with it";
        }
        return null;
    }

    /**
     * The chain's links hold but its last signature does not: someone with write access rewrote a receipt and every
     * one after it. Signatures fail from there on, so bisection finds the first that fails (or, if that one was
     * unsigned, the first signed one after it).
     */
    private ChainVerification firstBadSignature(String tenantId, long checked, long lastSignedSeq) {
        long low = 1;
        long high = lastSignedSeq;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Receipt receipt = store.findBySeq(tenantId, middle).orElseThrow();
            boolean fails = receipt.signature() != null && signatureProblem(receipt.keyId(), receipt.body(), receipt.signature()) != null;
            if (fails) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        Receipt first = store.findBySeq(tenantId, low).orElseThrow();
        return ChainVerification.brokenAt(checked, first.seq(), first.id(),
                signatureProblem(first.keyId(), first.body(), first.signature()) + ": this receipt, or an unsigned one before it, was rewritten");
    }

    private String signatureProblem(String keyId, String body, String signature) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException garbled) {
            return "The signature is not base64";
        }
        switch (signatures.verify(keyId, body.getBytes(StandardCharsets.UTF_8), bytes)) {
            case VALID:
                return null;
            case UNKNOWN_KEY:
                return "Signed with key " + keyId + ", which this service does not know";
            default:
                return "The signature does not verify";
        }
    }

    private boolean canonical(String body) {
        try {
            return json.canonicalize(body).equals(body);
        } catch (IllegalArgumentException notJson) {
            return false;
        }
    }
}
