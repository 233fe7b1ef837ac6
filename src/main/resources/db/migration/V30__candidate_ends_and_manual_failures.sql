-- A published or discarded candidate is marked ended rather than deleted, and the tenant's next candidate goes on from
-- its last revision: revision numbers never repeat for a tenant, so a page left open on an earlier candidate can never
-- save over, publish or discard a later one that happens to reach the same number.
ALTER TABLE rule_draft ADD COLUMN ended BOOLEAN NOT NULL DEFAULT FALSE;

-- The policy manual's background run of the features against a version that failed on every attempt: the manual shows
-- the error instead of asking for the run again on every look; only "Run again" asks (and drops this row).
CREATE TABLE policy_manual_failure (
    tenant_id  VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    version    VARCHAR(80)   NOT NULL,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    error      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (tenant_id, version)
);
