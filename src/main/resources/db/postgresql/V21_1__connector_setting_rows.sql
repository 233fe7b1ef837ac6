-- connector_setting (V21) is a tenant table like the others of V10: each tenant sees and writes only its own settings.
ALTER TABLE connector_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON connector_setting
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
