-- The mail tables of V20 are tenant tables like the others of V10: each tenant sees and writes only its own rows.
ALTER TABLE mail_channel ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON mail_channel
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');

ALTER TABLE mail_message ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON mail_message
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');

ALTER TABLE mail_refusal ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON mail_refusal
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
