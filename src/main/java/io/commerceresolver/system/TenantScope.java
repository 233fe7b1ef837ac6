package io.commerceresolver.system;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which tenant's rows the current thread works on. On PostgreSQL every connection handed out is told this scope
 * (system.persistence.TenantScopedDataSource), and the row-level security policies show and accept only that tenant's
 * rows: a query that forgot its {@code WHERE tenant_id} still reads nothing of another tenant. Work with no scope sees
 * no tenant's rows at all.
 * <p>
 * The scope is set at the edges where the tenant becomes known — an authenticated request, a job a worker carries
 * out, a scheduled pass over one tenant — and before any transaction begins, since a connection is told the scope
 * when it is taken. A few system tasks must see every tenant (claiming due jobs, finding which tenant a presented key
 * belongs to, loading every tenant's rule set at start); they say so with {@link #acrossTenants}.
 */
public final class TenantScope {

    /** The scope of system work that spans tenants. No tenant id can be this (see {@link #isTenantId}). */
    public static final String ALL_TENANTS = "*";

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    /** Does {@code work} within one tenant: within no scope, the same tenant's, or (narrowing) system work's. */
    public static <T> T of(String tenantId, Supplier<T> work) {
        if (tenantId == null || tenantId.isBlank() || ALL_TENANTS.equals(tenantId)) {
            throw new IllegalArgumentException("A tenant scope needs a tenant id, not '" + tenantId + "'");
        }
        return within(tenantId, work);
    }

    public static void of(String tenantId, Runnable work) {
        of(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Does system work that reads or writes the rows of every tenant. Keep it to what must: each such call is a bypass. */
    public static <T> T acrossTenants(Supplier<T> work) {
        return within(ALL_TENANTS, work);
    }

    public static void acrossTenants(Runnable work) {
        acrossTenants(() -> {
            work.run();
            return null;
        });
    }

    /** What a tenant id looks like: 2 to 63 lower-case letters, digits and '-', starting with a letter or digit. */
    public static boolean isTenantId(String candidate) {
        return candidate != null && TENANT_ID.matcher(candidate).matches();
    }

    /** Whether {@link #of} may enter this tenant's scope from where the thread is now. */
    public static boolean mayEnter(String tenantId) {
        String outer = CURRENT.get();
        return outer == null || outer.equals(tenantId) || ALL_TENANTS.equals(outer);
    }

    /** The tenant id, {@link #ALL_TENANTS}, or empty outside any scope. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Hands the scope of the thread that submits a task to the thread that runs it. */
    public static Runnable carriedInto(Runnable task) {
        String scope = CURRENT.get();
        if (scope == null) {
            return task;
        }
        return () -> within(scope, () -> {
            task.run();
            return null;
        });
    }

    /**
     * A scope may narrow system work to one tenant (connections taken inside see that tenant's rows), never widen or
     * switch one tenant's work to another: a connection taken in the outer scope may still be in use, and its rows
     * would not be the ones asked for.
     */
    private static <T> T within(String scope, Supplier<T> work) {
        String outer = CURRENT.get();
        if (outer != null && !outer.equals(scope) && !ALL_TENANTS.equals(outer)) {
            throw new IllegalStateException("Cannot enter tenant scope '" + scope + "' within '" + outer + "'");
        }
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
