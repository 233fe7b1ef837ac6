-- Issue 14: a changeset gets a model. V1 kept its operations, diffs and rollback as JSON texts on the row, which nothing
-- ever wrote; a changeset may hold 10,000 operations, so each becomes a row of its own, with what the store showed
-- before, what it is to show after, its own decision and how to undo it. The changeset row keeps what the whole asks
-- for: who asked, its decision (the highest tier of its operations, and the rules on the batch as a whole).
DELETE FROM changeset;
ALTER TABLE changeset DROP COLUMN operations;
ALTER TABLE changeset DROP COLUMN diffs;
ALTER TABLE changeset DROP COLUMN rollback;
ALTER TABLE changeset ADD COLUMN requested_by VARCHAR(320) NOT NULL;
ALTER TABLE changeset ADD COLUMN note VARCHAR(2000);
-- the client's Idempotency-Key: the same request sent again is the same changeset
ALTER TABLE changeset ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE changeset ADD COLUMN tier INT NOT NULL;
ALTER TABLE changeset ADD COLUMN allowed BOOLEAN NOT NULL;
ALTER TABLE changeset ADD COLUMN approval_required BOOLEAN NOT NULL;
ALTER TABLE changeset ADD COLUMN approver_role VARCHAR(40);
ALTER TABLE changeset ADD COLUMN decision_id VARCHAR(36) REFERENCES decision (id);
ALTER TABLE changeset ADD COLUMN reasons VARCHAR(4000) NOT NULL;
ALTER TABLE changeset ADD COLUMN rules_version VARCHAR(80);
ALTER TABLE changeset ADD COLUMN operation_count INT NOT NULL;
ALTER TABLE changeset ADD COLUMN refused_count INT NOT NULL;
ALTER TABLE changeset ADD COLUMN stress NUMERIC(4, 3);
ALTER TABLE changeset ADD COLUMN session_minutes INT;
ALTER TABLE changeset ADD COLUMN voice_opt_out BOOLEAN;
ALTER TABLE changeset ADD COLUMN run_id VARCHAR(36);
ALTER TABLE changeset ADD COLUMN rollback_of VARCHAR(36);
ALTER TABLE changeset ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL;
ALTER TABLE changeset ADD CONSTRAINT uq_changeset_idempotency UNIQUE (tenant_id, idempotency_key);
CREATE INDEX ix_changeset_created ON changeset (tenant_id, created_at, id);

CREATE TABLE changeset_operation (
    tenant_id         VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    changeset_id      VARCHAR(36)   NOT NULL REFERENCES changeset (id),
    seq               INT           NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    sku               VARCHAR(100)  NOT NULL,
    -- JSON: what was asked, the product as the store showed it, as it is to show it after, and the asking that undoes it
    asked             VARCHAR(1000) NOT NULL,
    before_state      VARCHAR(1000),
    after_state       VARCHAR(1000),
    rollback          VARCHAR(1000),
    problems          VARCHAR(4000) NOT NULL,
    decision_id       VARCHAR(36)   REFERENCES decision (id),
    tier              INT,
    allowed           BOOLEAN       NOT NULL,
    approval_required BOOLEAN       NOT NULL,
    reasons           VARCHAR(4000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    PRIMARY KEY (tenant_id, changeset_id, seq)
);
