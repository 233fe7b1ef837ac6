-- A tenant's runs listed newest first (GET /api/v1/runs). Version 10 is PostgreSQL's own (db/postgresql).
CREATE INDEX ix_agent_run_tenant_started ON agent_run (tenant_id, started_at);
