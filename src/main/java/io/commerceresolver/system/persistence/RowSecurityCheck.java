package io.commerceresolver.system.persistence;

import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Before any work starts on PostgreSQL: proves that row-level security binds the role the service connects as. A
 * superuser, a role with BYPASSRLS, or one that owns (or inherits the owner of) a tenant table would read every tenant's
 * rows whatever the policies say, a tenant table without row-level security has no policy at all, and a view made by
 * the owner reads past the policies; each stops the start-up, naming what to change.
 */
class RowSecurityCheck implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RowSecurityCheck.class);

    private static final String ROLE = """
            SELECT rolname FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)""";

    /** Tenant tables (a tenant_id column) in the service's schema that its role owns or that have no row security. */
    private static final String UNPROTECTED_TABLES = """
            SELECT c.relname || CASE WHEN NOT c.relrowsecurity THEN ' (no row-level security)'
                                     ELSE ' (owned by ' || pg_get_userbyid(c.relowner) || ')' END
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'r' AND n.nspname = current_schema()
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
               AND (NOT c.relrowsecurity OR pg_has_role(current_user, c.relowner, 'USAGE'))
             ORDER BY c.relname""";

    /** Views read their tables with their owner's rights, past the policies, unless they run as the caller (PG 15+). */
    private static final String OWNER_RIGHTS_VIEWS = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('v', 'm') AND n.nspname = current_schema()
               AND NOT coalesce(c.reloptions @> ARRAY['security_invoker=true'], false)
             ORDER BY c.relname""";

    private static final String TENANT_TABLES = """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'r' AND n.nspname = current_schema()
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)""";

    private final DataSource dataSource;
    private final boolean onPostgres;
    private volatile boolean running;

    RowSecurityCheck(DataSource dataSource, boolean onPostgres) {
        this.dataSource = dataSource;
        this.onPostgres = onPostgres;
    }

    @Override
    public void start() {
        if (onPostgres) {
            verify(new JdbcTemplate(dataSource));
        }
        running = true;
    }

    private static void verify(JdbcTemplate database) {
        List<String> privileged = database.queryForList(ROLE, String.class);
        if (!privileged.isEmpty()) {
            throw new IllegalStateException("The service connects to PostgreSQL as '" + privileged.get(0) + "', a superuser or a role "
                    + "with BYPASSRLS, which row-level security does not bind. Connect as a role without either "
                    + "(RESOLVER_DB_USER; scripts/postgres.sh makes 'resolver_app').");
        }
        List<String> unprotected = database.queryForList(UNPROTECTED_TABLES, String.class);
        if (!unprotected.isEmpty()) {
            throw new IllegalStateException("Row-level security does not bind the service's role on " + String.join(", ", unprotected)
                    + ". The service must connect as a role that owns no table (RESOLVER_DB_USER), the migrations as the "
                    + "owner (RESOLVER_DB_OWNER), and every tenant table needs its policy (see db/postgresql).");
        }
        List<String> views = database.queryForList(OWNER_RIGHTS_VIEWS, String.class);
        if (!views.isEmpty()) {
            throw new IllegalStateException("The views " + String.join(", ", views) + " read their tables with their owner's rights, past "
                    + "row-level security: create them WITH (security_invoker = true), or drop them.");
        }
        Integer tenantTables = database.queryForObject(TENANT_TABLES, Integer.class);
        if (tenantTables == null || tenantTables == 0) {
            throw new IllegalStateException("No tenant tables in the schema the service's role works in: is it connected to the "
                    + "schema its migrations made?");
        }
        log.info("Row-level security binds the service's database role on all {} tenant tables", tenantTables);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** First of all: nothing (the job workers above all) touches a tenant's rows before this has passed. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
