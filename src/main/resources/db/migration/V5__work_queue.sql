-- The runtime's work waits here, not in threads: a ticket to read or a playbook step to carry out is a row that a
-- worker of any instance claims for a lease (FOR UPDATE SKIP LOCKED), carries out in short transactions, and
-- deletes in the transaction that records its outcome. A worker that dies leaves its lease to run out.
CREATE TABLE job (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    kind         VARCHAR(20)   NOT NULL,
    ref          VARCHAR(200)  NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    owner        VARCHAR(64),
    lease_until  TIMESTAMP WITH TIME ZONE,
    attempts     INTEGER       NOT NULL,
    last_error   VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one job per ticket and per step: enqueueing the same work twice is a no-op
    CONSTRAINT uq_job_ref UNIQUE (tenant_id, kind, ref)
);
CREATE INDEX ix_job_due ON job (due_at);

-- A tool call is also the step that waits for it: the process instance and work item it completes.
ALTER TABLE tool_call ADD COLUMN step VARCHAR(60);
ALTER TABLE tool_call ADD COLUMN process_id VARCHAR(60);
ALTER TABLE tool_call ADD COLUMN process_instance_id VARCHAR(36);
ALTER TABLE tool_call ADD COLUMN work_item_id VARCHAR(36);
CREATE INDEX ix_tool_call_ledger ON tool_call (tenant_id, tool, created_at);

-- Writers to one order take its row lock, so that checking the guards (duplicate refund, refundable balance) and
-- recording the write they allow are one atomic step per order.
CREATE TABLE order_lock (
    tenant_id  VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    order_id   VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
);

-- A run's correlation id was kept inside its plan; plans are now typed per playbook, so it has its own column.
ALTER TABLE agent_run ADD COLUMN correlation_id VARCHAR(64);
-- The approval waits in a subprocess of its own (processes/authorise.bpmn): its instance holds the user task.
ALTER TABLE approval ADD COLUMN process_instance_id VARCHAR(36);
