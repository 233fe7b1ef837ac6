-- voice_session and session_history_setting (V35) are tenant tables like the others of V10: each tenant sees and writes only its own.
ALTER TABLE voice_session ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON voice_session
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
ALTER TABLE session_history_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON session_history_setting
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
