-- The policy pack: every published rule set version keeps its own text (rule files and the policy features it
-- passed), so any version can be restored or compared; the refund ledger and the what-if read by time.
ALTER TABLE rule_set ADD COLUMN rule_files VARCHAR(1000000);
ALTER TABLE rule_set ADD COLUMN feature_files VARCHAR(1000000);
ALTER TABLE rule_set ADD COLUMN previous_version VARCHAR(80);
CREATE INDEX ix_rule_set_tenant_published ON rule_set (tenant_id, published_at);

CREATE INDEX ix_decision_tenant_ts ON decision (tenant_id, ts);
CREATE INDEX ix_tool_call_tenant_tool_created ON tool_call (tenant_id, tool, created_at);
