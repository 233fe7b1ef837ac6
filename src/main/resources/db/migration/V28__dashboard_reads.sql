-- The dashboard and /api/v1/metrics/summary read every run of a period (30 days: tens of thousands) with its ticket,
-- approval and store calls. agent_run, ticket and tool_call rows carry wide texts (plan, result, body, request,
-- response), so these indexes hold just the columns those reads use, and PostgreSQL answers them from the index alone.
-- Each replaces a narrower index it begins with.
CREATE INDEX ix_agent_run_started_outcome ON agent_run (tenant_id, started_at, id, playbook, status, ticket_id, ended_at);
DROP INDEX ix_agent_run_tenant_started;

CREATE INDEX ix_ticket_created_status ON ticket (tenant_id, created_at, id, status);
DROP INDEX ix_ticket_tenant_created;

CREATE INDEX ix_tool_call_created_outcome ON tool_call (tenant_id, created_at, run_id, tool, status);
