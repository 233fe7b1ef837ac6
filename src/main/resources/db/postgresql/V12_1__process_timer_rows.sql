-- process_timer (V12) is a tenant table like the others of V10: each tenant sees and writes only its own timers.
ALTER TABLE process_timer ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON process_timer
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
