-- Row-level security (PostgreSQL only; db/migration holds what both databases share, from V11 on: the versions are
-- one sequence across both folders).
--
-- The service connects as ${app_role}, a role that owns nothing; these migrations run as the tables' owner
-- (spring.flyway.user). Every table with a tenant_id column shows and accepts only the rows of the tenant named in the
-- session setting app.tenant, which the service sets on every connection it takes (TenantScopedDataSource):
--   a tenant id  that tenant's rows only;
--   '*'          every tenant's rows, for the few system tasks that span tenants (TenantScope.acrossTenants);
--   '' or unset  no rows at all.
-- The mapper filters stay as they are: a query that forgot its WHERE tenant_id still reads no other tenant's rows.
-- Table owners are not bound by these policies (no FORCE): migrations may rewrite data of every tenant.
DO $$
DECLARE
    app_role CONSTANT text := '${app_role}';
    tenant_table regclass;
BEGIN
    IF app_role = current_user THEN
        RAISE EXCEPTION 'The service must not connect as the tables'' owner (%): row-level security would not bind it', app_role
            USING HINT = 'Give spring.flyway.user the owner and spring.datasource.username another role (scripts/postgres.sh makes both)';
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    -- tables and sequences the owner makes later (Kogito's, the next migrations') are the service's to use as well
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', current_schema(), app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', current_schema(), app_role);
    -- the migration history is the owner's alone; receipts and the audit log are appended to, never changed
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE ON receipt, audit_log FROM %I', app_role);

    FOR tenant_table IN
        SELECT c.oid::regclass
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind = 'r'
           AND n.nspname = current_schema()
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
    LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format($policy$
            CREATE POLICY tenant_rows ON %s
                USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
                WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
            $policy$, tenant_table);
    END LOOP;
END
$$;

-- The shared rule set (tenant '*', loaded from rules/) serves every tenant: every tenant reads it; only system work
-- writes it (policies of one command are or-ed, and this one is for reading only).
CREATE POLICY shared_rule_set_readable ON rule_set FOR SELECT USING (tenant_id = '*');
