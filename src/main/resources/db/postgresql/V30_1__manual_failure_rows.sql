-- policy_manual_failure (V30) is a tenant table like the others of V10: each tenant sees and writes only its own.
ALTER TABLE policy_manual_failure ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON policy_manual_failure
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
