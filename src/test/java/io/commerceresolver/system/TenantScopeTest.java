package io.commerceresolver.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.commerceresolver.support.OutsideAnyTenantScope;

@OutsideAnyTenantScope
class TenantScopeTest {

    @Test
    void aScopeHoldsForItsWorkOnlyAndNestsWithinTheSameTenant() {
        assertThat(TenantScope.current()).isEmpty();
        String seen = TenantScope.of("acme", () -> TenantScope.of("acme", () -> TenantScope.current().orElseThrow()));
        assertThat(seen).isEqualTo("acme");
        assertThat(TenantScope.current()).isEmpty();
    }

    @Test
    void anotherTenantCannotBeEnteredWithinAScope() {
        assertThatThrownBy(() -> TenantScope.of("acme", () -> TenantScope.of("globex", () -> "rows")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("globex").hasMessageContaining("acme");
        assertThatThrownBy(() -> TenantScope.of("acme", () -> TenantScope.acrossTenants(() -> "rows")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(TenantScope.current()).as("left as it was after the refusal").isEmpty();
    }

    @Test
    void systemWorkMayNarrowToOneTenantAndIsItselfAgainAfter() {
        String seen = TenantScope.acrossTenants(() -> TenantScope.of("acme", () -> TenantScope.current().orElseThrow())
                + "," + TenantScope.current().orElseThrow());
        assertThat(seen).isEqualTo("acme,*");
        assertThat(TenantScope.current()).isEmpty();
    }

    @Test
    void whereAScopeMayBeEntered() {
        assertThat(TenantScope.mayEnter("acme")).isTrue();
        assertThat(TenantScope.of("acme", () -> TenantScope.mayEnter("acme"))).isTrue();
        assertThat(TenantScope.of("acme", () -> TenantScope.mayEnter("globex"))).isFalse();
        assertThat(TenantScope.acrossTenants(() -> TenantScope.mayEnter("globex"))).isTrue();
    }

    @Test
    void theAllTenantsMarkAndBlankIdsAreNotTenants() {
        assertThatThrownBy(() -> TenantScope.of(TenantScope.ALL_TENANTS, () -> "rows")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantScope.of(" ", () -> "rows")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantScope.of((String) null, () -> "rows")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TenantScope.acrossTenants(() -> TenantScope.current().orElseThrow())).isEqualTo(TenantScope.ALL_TENANTS);
    }

    @Test
    void aFailingTaskLeavesNoScopeBehind() {
        assertThatThrownBy(() -> TenantScope.of("acme", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantScope.current()).isEmpty();
    }

    @Test
    void aTaskCarriesTheScopeOfTheThreadThatMadeItToTheThreadThatRunsIt() throws InterruptedException {
        AtomicReference<String> seen = new AtomicReference<>("none");
        Runnable task = TenantScope.of("acme", () -> TenantScope.carriedInto(() -> seen.set(TenantScope.current().orElse("no scope"))));
        Thread runner = new Thread(task);
        runner.start();
        runner.join();
        assertThat(seen.get()).isEqualTo("acme");

        Runnable unscoped = TenantScope.carriedInto(() -> seen.set(TenantScope.current().orElse("no scope")));
        TenantScope.of("globex", unscoped);
        assertThat(seen.get()).as("a task made outside any scope runs in its runner's").isEqualTo("globex");
    }
}
