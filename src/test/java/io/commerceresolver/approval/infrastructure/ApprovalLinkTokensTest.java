package io.commerceresolver.approval.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalLink;
import io.commerceresolver.approval.ApprovalLinkStore;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.approval.LinkClaims;
import io.commerceresolver.approval.LinkOutcome;
import io.commerceresolver.approval.LinkRefused;
import io.commerceresolver.approval.LinkedDecisions;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.Transactions;

/**
 * Approval link tokens: what one key signs, only that key verifies, and a changed byte anywhere is no token at all;
 * a verified token still opens nothing once expired or in the hands of another tenant's person.
 */
class ApprovalLinkTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(3600);

    @TempDir
    Path folder;

    private final TinkLinkTokens tokens = new TinkLinkTokens(newKeyset(), null);
    private final Approval approval = new Approval("approval-1", "t-one", "run-1", 2, "approver", "ravi@example.in",
            "issue_refund 250.00 USD on order 1002", null, ApprovalOutcome.PENDING, null, NOW, null, "pi-1", "api-key:helpdesk", EXPIRES, null,
            new Approval.Proposal("issue_refund", new BigDecimal("250.00"), "USD", "1002", "decision-1"));
    private final LinkClaims claims = new LinkClaims(LinkClaims.VERSION, "t-one", "approval-1", "lead@shop.example", "nonce-1", EXPIRES,
            LinkClaims.contentOf(approval));

    @Test
    void whatTheKeySignsItReadsBackUnchanged() {
        assertThat(tokens.read(tokens.sign(claims))).contains(claims);
    }

    @Test
    void aChangedByteInTheClaimsOrTheTagIsNoToken() {
        String token = tokens.sign(claims);
        int dot = token.indexOf('.');
        for (int at : new int[] {0, dot / 2, dot - 1, dot + 1, token.length() - 1}) {
            assertThat(tokens.read(flip(token, at))).as("byte %d changed", at).isEmpty();
        }
        assertThat(tokens.read(token.substring(0, dot))).as("no tag").isEmpty();
        assertThat(tokens.read("not a token")).isEmpty();
    }

    @Test
    void anotherKeyVerifiesNothingTheFirstSigned() {
        TinkLinkTokens other = new TinkLinkTokens(newKeyset(), null);
        assertThat(other.read(tokens.sign(claims))).isEmpty();
        assertThat(tokens.read(other.sign(claims))).isEmpty();
    }

    @Test
    void theKeysetFileIsMadeOwnerOnlyOnFirstUseAndKeptForTheNextStart() throws Exception {
        Path file = folder.resolve("links-keyset.json");
        String token = new TinkLinkTokens(null, file.toString()).sign(claims);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new TinkLinkTokens(null, file.toString()).read(token)).contains(claims);
        assertThat(new TinkLinkTokens(null, null).enabled()).as("no key, no links").isFalse();
    }

    @Test
    void aGoodTokenPastItsExpiryIsRefusedAsExpired() {
        Store store = new Store();
        String token = tokens.sign(claims);
        store.insertIfAbsent(new ApprovalLink("t-one", "nonce-1", "approval-1", "lead@shop.example", claims.contentSha256(), NOW, EXPIRES,
                null, null));
        Caller lead = Caller.user("t-one", "lead@shop.example", Set.of(Role.APPROVER));

        assertThat(decisions(store, EXPIRES.minusSeconds(1)).open(lead, token).id()).isEqualTo("approval-1");
        assertThatThrownBy(() -> decisions(store, EXPIRES).open(lead, token)).isInstanceOfSatisfying(LinkRefused.class,
                refused -> assertThat(refused.outcome()).isEqualTo(LinkOutcome.EXPIRED));
        assertThat(store.attempts).containsExactly("open ok lead@shop.example", "open expired lead@shop.example");
    }

    @Test
    void theSameNameInAnotherTenantIsSomeoneElse() {
        Store store = new Store();
        String token = tokens.sign(claims);
        Caller namesake = Caller.user("t-two", "lead@shop.example", Set.of(Role.APPROVER));

        assertThatThrownBy(() -> decisions(store, NOW).open(namesake, token)).isInstanceOfSatisfying(LinkRefused.class, refused -> {
            assertThat(refused.outcome()).isEqualTo(LinkOutcome.FOREIGN);
            assertThat(refused.approvalId()).as("another tenant's approval is named nowhere in this tenant").isNull();
        });
    }

    @Test
    void aChangedApprovalNoLongerMatchesItsLinks() {
        Approval changed = new Approval("approval-1", "t-one", "run-1", 2, "approver", "ravi@example.in",
                "issue_refund 2500.00 USD on order 1002", null, ApprovalOutcome.PENDING, null, NOW, null, "pi-1", "api-key:helpdesk", EXPIRES,
                null, new Approval.Proposal("issue_refund", new BigDecimal("2500.00"), "USD", "1002", "decision-1"));
        assertThat(LinkClaims.contentOf(changed)).isNotEqualTo(claims.contentSha256());
        Approval sameSum = new Approval("approval-1", "t-one", "run-1", 3, "senior_approver", "ravi@example.in",
                approval.summary(), null, ApprovalOutcome.PENDING, null, NOW, null, "pi-1", null, EXPIRES, NOW,
                new Approval.Proposal("issue_refund", new BigDecimal("250.0"), "USD", "1002", "decision-1"));
        assertThat(LinkClaims.contentOf(sameSum)).as("moved up a tier, the same sum written otherwise").isEqualTo(claims.contentSha256());
    }

    private LinkedDecisions decisions(Store store, Instant now) {
        // the links are read from the store; of the approvals, only the one the tokens name
        Approvals approvals = mock(Approvals.class);
        when(approvals.findById("t-one", approval.id())).thenReturn(Optional.of(approval));
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        return new LinkedDecisions(tokens, store, approvals, mock(ApprovalInbox.class), mock(AuditLog.class), transactions,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Another base64url letter whose highest bit differs: never one a decoder reads as the same bytes. */
    private static String flip(String token, int at) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char changed = alphabet.charAt(alphabet.indexOf(token.charAt(at)) ^ 32);
        return token.substring(0, at) + changed + token.substring(at + 1);
    }

    private static String newKeyset() {
        try {
            MacConfig.register();
            return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG),
                    InsecureSecretKeyAccess.get());
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final class Store implements ApprovalLinkStore {
        final Map<String, ApprovalLink> links = new HashMap<>();
        final List<String> attempts = new ArrayList<>();

        @Override
        public boolean insertIfAbsent(ApprovalLink link) {
            return links.putIfAbsent(link.tenantId() + "/" + link.nonce(), link) == null;
        }

        @Override
        public Optional<ApprovalLink> find(String tenantId, String nonce) {
            return Optional.ofNullable(links.get(tenantId + "/" + nonce));
        }

        @Override
        public boolean use(String tenantId, String nonce, String usedBy, Instant at) {
            ApprovalLink link = links.get(tenantId + "/" + nonce);
            if (link == null || link.used()) {
                return false;
            }
            links.put(tenantId + "/" + nonce, new ApprovalLink(link.tenantId(), link.nonce(), link.approvalId(), link.addressedTo(),
                    link.contentSha256(), link.createdAt(), link.expiresAt(), at, usedBy));
            return true;
        }

        @Override
        public void attempt(String tenantId, String nonce, String approvalId, String action, LinkOutcome outcome, String principal, Instant at) {
            attempts.add(action + " " + outcome.name().toLowerCase() + " " + principal.substring(principal.indexOf(':') + 1));
        }
    }
}
