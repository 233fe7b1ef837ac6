-- A run's calls in order: replays compare what a ticket's run did with what its shadow run would do.
CREATE INDEX ix_tool_call_run ON tool_call (tenant_id, run_id, created_at);
