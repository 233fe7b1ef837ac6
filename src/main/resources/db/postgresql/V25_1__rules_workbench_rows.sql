-- rule_draft and policy_feature_check (V25) are tenant tables like the others of V10: each tenant sees and writes only its own.
ALTER TABLE rule_draft ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON rule_draft
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
ALTER TABLE policy_feature_check ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON policy_feature_check
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');
