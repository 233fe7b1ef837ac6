-- The metrics summary counts the tool calls of a tenant's runs (GET /api/v1/metrics/summary): by run, not by tool.
CREATE INDEX ix_tool_call_run ON tool_call (tenant_id, run_id);
