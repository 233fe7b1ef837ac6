-- A run's calls in order: replays compare what a ticket's run did with what its shadow run would do, and the
-- metrics summary counts the tool calls of a tenant's runs by run.
CREATE INDEX ix_tool_call_run ON tool_call (tenant_id, run_id, created_at);
