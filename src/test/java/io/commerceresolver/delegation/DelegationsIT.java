package io.commerceresolver.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.connector.Money;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;

/**
 * Delegations on the real database: uses racing on one verb are all counted in one row, issuing at once gives one
 * exchange, and a refusal stays recorded when the caller's transaction rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class DelegationsIT {

    static final String SKU = "TEE-ORG-BLK-M";

    @Autowired
    Delegations delegations;
    @Autowired
    Transactions transactions;
    @Autowired
    TestStores stores;

    @Test
    void usesRacingOnOneVerbAreEachCountedInOneRow() throws Exception {
        String tenant = stores.newStore(Map.of()).tenantId();
        Delegation reader = TenantScope.of(tenant, () -> delegations.issue(tenant, "run-race", Component.READER));

        List<Future<Void>> readers = race(4, () -> {
            for (int i = 0; i < 50; i++) {
                assertThat(delegations.store(reader).getProduct(tenant, SKU)).isPresent();
            }
            return null;
        }, tenant);
        for (Future<Void> done : readers) {
            done.get();
        }

        List<DelegationUse> uses = TenantScope.of(tenant, () -> delegations.uses(tenant, "run-race"));
        assertThat(uses).singleElement().satisfies(use -> {
            assertThat(use.exchangeId()).isEqualTo(reader.exchangeId());
            assertThat(use.verb()).isEqualTo("getProduct");
            assertThat(use.allowed()).isTrue();
            assertThat(use.count()).isEqualTo(200);
            assertThat(use.firstAt()).isBeforeOrEqualTo(use.lastAt());
        });
    }

    @Test
    void issuingAtOnceGivesOneExchangeAndTheSameCallAgainReturnsIt() throws Exception {
        String tenant = stores.newStore(Map.of()).tenantId();

        Set<String> exchanges = new HashSet<>();
        for (Future<String> issued : race(4, () -> delegations.issue(tenant, "run-issue", Component.WRITER).exchangeId(), tenant)) {
            exchanges.add(issued.get());
        }
        Delegation again = TenantScope.of(tenant, () -> delegations.issue(tenant, "run-issue", Component.WRITER));

        assertThat(exchanges).containsExactly(again.exchangeId());
        assertThat(again.scope()).isEqualTo(Scope.CATALOGUE_WRITE);
        assertThat(again.enforcedBy()).as("the sandbox has no vendor credential to narrow").isEqualTo(Delegation.BY_SERVICE);
    }

    @Test
    void aRefusalStaysRecordedWhenTheCallersTransactionRollsBackAndUsesComeInTheOrderFirstMade() {
        String tenant = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenant, () -> {
            // issued and used in one transaction: the use is recorded beside it without waiting on the uncommitted row
            transactions.inTransaction(() -> delegations.store(delegations.issue(tenant, "run-tx", Component.READER)).getProduct(tenant, SKU));
            Delegation reader = delegations.issue(tenant, "run-tx", Component.READER);
            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                delegations.store(reader).updatePrice(tenant, SKU, Money.of("1.00", "USD"), "k");
            })).isInstanceOf(OutOfScope.class);
            Delegation notifier = delegations.issue(tenant, "run-tx", Component.NOTIFIER);
            delegations.mail(notifier).send(tenant, "run-tx:summary", "ann@example.com", "Done", "Written and verified");

            assertThat(delegations.uses(tenant, "run-tx")).extracting(DelegationUse::component, DelegationUse::verb, DelegationUse::allowed,
                    DelegationUse::count).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Component.READER, "getProduct", true, 1L),
                    org.assertj.core.groups.Tuple.tuple(Component.READER, "updatePrice", false, 1L),
                    org.assertj.core.groups.Tuple.tuple(Component.NOTIFIER, Verbs.SEND_MAIL, true, 1L));
            assertThat(delegations.uses(tenant, "another-run")).isEmpty();
            return null;
        });
    }

    private static <T> List<Future<T>> race(int threads, Callable<T> work, String tenant) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                started.add(pool.submit(() -> TenantScope.of(tenant, () -> {
                    try {
                        return work.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            return started;
        } finally {
            pool.shutdown();
        }
    }
}
