-- changeset_operation (V31) is a tenant table like those of V10: each tenant sees and writes only its own rows.
ALTER TABLE changeset_operation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON changeset_operation
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
