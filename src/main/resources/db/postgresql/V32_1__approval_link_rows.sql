-- approval_link and approval_link_attempt (V32) are tenant tables like the others of V10: each tenant sees and writes
-- only its own. Attempts are a record: the service may add to it, never change or remove it (as with audit_log).
ALTER TABLE approval_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON approval_link
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
ALTER TABLE approval_link_attempt ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON approval_link_attempt
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
REVOKE UPDATE, DELETE ON approval_link_attempt FROM "${app_role}";
