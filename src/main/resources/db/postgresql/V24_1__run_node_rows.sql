-- run_node (V24) is a tenant table like the others of V10: each tenant sees and writes only its own runs' trails.
ALTER TABLE run_node ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON run_node
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
