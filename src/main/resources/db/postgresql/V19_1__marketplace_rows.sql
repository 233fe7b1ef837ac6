-- The marketplace tables of V19 are tenant tables like those of V10: each tenant sees and writes only its own rows.
ALTER TABLE marketplace_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON marketplace_event
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
ALTER TABLE marketplace_dead_letter ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON marketplace_dead_letter
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
ALTER TABLE store_fact ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON store_fact
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
