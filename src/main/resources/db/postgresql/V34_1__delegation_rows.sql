-- delegation and delegation_use (V34) are tenant tables like the others of V10: each tenant sees and writes only its own.
ALTER TABLE delegation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON delegation
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
ALTER TABLE delegation_use ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON delegation_use
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');

-- A delegation, once issued, is a record: never changed or removed. Its uses are counted up (UPDATE), never removed.
REVOKE UPDATE, DELETE ON delegation FROM "${app_role}";
REVOKE DELETE ON delegation_use FROM "${app_role}";
