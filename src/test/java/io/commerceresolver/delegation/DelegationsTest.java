package io.commerceresolver.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Money;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.system.Transactions;

/** The scoping without a database: what each component may do, what is refused, and that both are recorded. */
class DelegationsTest {

    static final String TENANT = "t-1";
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    final InMemoryRecords records = new InMemoryRecords();
    final CommerceConnector store = mock(CommerceConnector.class);
    final CommerceConnector readOnlyStore = mock(CommerceConnector.class);
    final MailOutbox outbox = mock(MailOutbox.class);
    final Clock clock = mock(Clock.class);
    Optional<CommerceConnector> narrower = Optional.empty();
    final Delegations delegations = new Delegations(records, store, (tenant, scope) -> scope == Scope.CATALOGUE_READ ? narrower : Optional.empty(),
            outbox, new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }, clock, Duration.ofHours(1));

    DelegationsTest() {
        when(clock.instant()).thenReturn(NOW);
    }

    @Test
    void aReaderMayReadTheCatalogueAndEachReadIsCounted() {
        Delegation reader = delegations.issue(TENANT, "run-1", Component.READER);
        CommerceConnector scoped = delegations.store(reader);

        scoped.getProduct(TENANT, "MUG-1");
        scoped.getProduct(TENANT, "MUG-2");
        scoped.getProducts(TENANT, Set.of("MUG-1"));

        verify(store).getProduct(TENANT, "MUG-2");
        verify(store).getProducts(TENANT, Set.of("MUG-1"));
        assertThat(reader.enforcedBy()).isEqualTo(Delegation.BY_SERVICE);
        assertThat(delegations.uses(TENANT, "run-1")).containsExactly(
                new DelegationUse(reader.exchangeId(), Component.READER, Scope.CATALOGUE_READ, "getProduct", true, 2, NOW, NOW, Delegation.BY_SERVICE),
                new DelegationUse(reader.exchangeId(), Component.READER, Scope.CATALOGUE_READ, "getProducts", true, 1, NOW, NOW, Delegation.BY_SERVICE));
    }

    @Test
    void aReaderAskingToWriteIsRefusedTheStoreIsNotCalledAndTheAttemptIsRecorded() {
        Delegation reader = delegations.issue(TENANT, "run-1", Component.READER);

        assertThatThrownBy(() -> delegations.store(reader).updatePrice(TENANT, "MUG-1", Money.of("9.90", "USD"), "k"))
                .isInstanceOfSatisfying(OutOfScope.class, refused -> {
                    assertThat(refused.component()).isEqualTo(Component.READER);
                    assertThat(refused.scope()).isEqualTo(Scope.CATALOGUE_READ);
                    assertThat(refused.verb()).isEqualTo("updatePrice");
                    assertThat(refused).hasMessageContaining("outside catalogue:read");
                });

        verifyNoInteractions(store);
        assertThat(delegations.uses(TENANT, "run-1")).containsExactly(
                new DelegationUse(reader.exchangeId(), Component.READER, Scope.CATALOGUE_READ, "updatePrice", false, 1, NOW, NOW, Delegation.BY_SERVICE));
    }

    /** Reading back what was written is the reader's: a writer's credential writes and nothing else. */
    @Test
    void aWriterMayWriteButNotReadNorTouchOrders() {
        Delegation writer = delegations.issue(TENANT, "run-1", Component.WRITER);
        CommerceConnector scoped = delegations.store(writer);

        scoped.updatePrice(TENANT, "MUG-1", Money.of("9.90", "USD"), "k1");
        scoped.setPromotion(TENANT, "MUG-1", null, "k2");

        verify(store).updatePrice(TENANT, "MUG-1", Money.of("9.90", "USD"), "k1");
        assertThatThrownBy(() -> scoped.getProducts(TENANT, Set.of("MUG-1"))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> scoped.issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k3")).isInstanceOf(OutOfScope.class);
        assertThat(delegations.uses(TENANT, "run-1")).extracting(DelegationUse::verb, DelegationUse::allowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("updatePrice", true), org.assertj.core.groups.Tuple.tuple("setPromotion", true),
                org.assertj.core.groups.Tuple.tuple("getProducts", false), org.assertj.core.groups.Tuple.tuple("issueRefund", false));
    }

    @Test
    void onlyTheNotifierSendsMailAndNobodySendsForAnotherTenant() {
        Delegation notifier = delegations.issue(TENANT, "run-1", Component.NOTIFIER);
        Delegation writer = delegations.issue(TENANT, "run-1", Component.WRITER);

        delegations.mail(notifier).send(TENANT, "k", "ann@example.com", "Done", "All written");

        verify(outbox).enqueue(TENANT, "k", "ann@example.com", "Done", "All written");
        assertThatThrownBy(() -> delegations.mail(writer).send(TENANT, "k2", "ann@example.com", "s", "b")).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> delegations.mail(notifier).send("t-2", "k3", "bob@example.com", "s", "b"))
                .isInstanceOf(OutOfScope.class).hasMessageContaining("another tenant");
        assertThatThrownBy(() -> delegations.store(notifier).getProduct(TENANT, "MUG-1")).isInstanceOf(OutOfScope.class);
        assertThat(delegations.uses(TENANT, "run-1")).extracting(DelegationUse::component, DelegationUse::verb, DelegationUse::allowed,
                DelegationUse::count).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Component.NOTIFIER, Verbs.SEND_MAIL, true, 1L),
                org.assertj.core.groups.Tuple.tuple(Component.WRITER, Verbs.SEND_MAIL, false, 1L),
                org.assertj.core.groups.Tuple.tuple(Component.NOTIFIER, Verbs.SEND_MAIL, false, 1L),
                org.assertj.core.groups.Tuple.tuple(Component.NOTIFIER, "getProduct", false, 1L));
    }

    @Test
    void issuingAgainReturnsTheSameExchangeUntilItExpiresThenANewOne() {
        Delegation first = delegations.issue(TENANT, "run-1", Component.WRITER);
        assertThat(delegations.issue(TENANT, "run-1", Component.WRITER)).isEqualTo(first);
        assertThat(delegations.issue(TENANT, "run-2", Component.WRITER).exchangeId()).isNotEqualTo(first.exchangeId());
        assertThat(delegations.issue(TENANT, "run-1", Component.READER).exchangeId()).isNotEqualTo(first.exchangeId());

        when(clock.instant()).thenReturn(NOW.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> delegations.store(first).updateInventory(TENANT, "MUG-1", 3, "k")).isInstanceOf(DelegationExpired.class);
        Delegation second = delegations.issue(TENANT, "run-1", Component.WRITER);

        assertThat(second.exchangeId()).isNotEqualTo(first.exchangeId());
        assertThat(second.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        verifyNoInteractions(store);
    }

    @Test
    void whereTheTenantStoredANarrowerReadCredentialTheReaderActsWithItAndSaysTheVendorEnforcesIt() {
        narrower = Optional.of(readOnlyStore);
        Delegation reader = delegations.issue(TENANT, "run-1", Component.READER);
        Delegation writer = delegations.issue(TENANT, "run-1", Component.WRITER);

        delegations.store(reader).getProduct(TENANT, "MUG-1");
        delegations.store(writer).updateInventory(TENANT, "MUG-1", 3, "k");

        assertThat(reader.enforcedBy()).isEqualTo(Delegation.BY_VENDOR);
        assertThat(writer.enforcedBy()).isEqualTo(Delegation.BY_SERVICE);
        verify(readOnlyStore).getProduct(TENANT, "MUG-1");
        verify(store).updateInventory(TENANT, "MUG-1", 3, "k");
        assertThatThrownBy(() -> delegations.store(reader).updatePrice(TENANT, "MUG-1", Money.of("1", "USD"), "k"))
                .as("the service still checks every verb").isInstanceOf(OutOfScope.class);
    }

    @Test
    void aVendorsFailureReachesTheCallerAsItIsAndTheUseStaysRecorded() {
        Delegation reader = delegations.issue(TENANT, "run-1", Component.READER);
        when(store.getProduct(anyString(), any())).thenThrow(new IllegalStateException("vendor down"));

        assertThatThrownBy(() -> delegations.store(reader).getProduct(TENANT, "MUG-1")).isInstanceOf(IllegalStateException.class)
                .hasMessage("vendor down");
        assertThat(delegations.uses(TENANT, "run-1")).extracting(DelegationUse::allowed).containsExactly(true);
    }

    /** Keeps what DelegationRecordsDatabase keeps, in the order the mapper reads it back. */
    static final class InMemoryRecords implements DelegationRecords {
        final List<Issued> issued = new ArrayList<>();
        final Map<List<Object>, DelegationUse> uses = new java.util.LinkedHashMap<>();

        @Override
        public Optional<Issued> latest(String tenantId, String runId, Component component) {
            return issued.stream().filter(i -> i.delegation().tenantId().equals(tenantId) && i.delegation().runId().equals(runId)
                    && i.delegation().component() == component).reduce((a, b) -> b);
        }

        @Override
        public boolean insertIfAbsent(Delegation delegation, int generation) {
            issued.add(new Issued(delegation, generation));
            return true;
        }

        @Override
        public void recordUse(String tenantId, String exchangeId, String verb, boolean allowed, Instant at) {
            Delegation delegation = issued.stream().map(Issued::delegation).filter(d -> d.exchangeId().equals(exchangeId)).findFirst().orElseThrow();
            uses.merge(List.of(tenantId, exchangeId, verb, allowed),
                    new DelegationUse(exchangeId, delegation.component(), delegation.scope(), verb, allowed, 1, at, at, delegation.enforcedBy()),
                    (was, one) -> new DelegationUse(exchangeId, was.component(), was.scope(), verb, allowed, was.count() + 1, was.firstAt(), at, was.enforcedBy()));
        }

        @Override
        public List<DelegationUse> uses(String tenantId, String runId) {
            return uses.entrySet().stream().filter(e -> e.getKey().get(0).equals(tenantId)).map(Map.Entry::getValue)
                    .filter(use -> issued.stream().anyMatch(i -> i.delegation().exchangeId().equals(use.exchangeId())
                            && i.delegation().runId().equals(runId))).toList();
        }
    }
}
