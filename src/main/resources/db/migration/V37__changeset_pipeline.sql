-- Issue 14: a changeset goes on from being built. Confirmed by a person, it starts a run of processes/changeset.bpmn,
-- which waits for the approvals its tier needs, writes each operation through the catalogue connector, reads every
-- changed product back and seals a receipt. The changeset row says how far it got (counts, while the writer works,
-- so progress is visible) and which process step waits for the worker; each operation, what the store answered and
-- what it shows when read back.
ALTER TABLE changeset ADD COLUMN confirmed_by VARCHAR(320);
ALTER TABLE changeset ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
-- JSON: the process's work item that the writer (or the read-back, or the seal) completes when it is done, and which
-- of those phases it waits for: a job of another phase, late after its lease ran out, must not complete it
ALTER TABLE changeset ADD COLUMN waiting_step VARCHAR(400);
ALTER TABLE changeset ADD COLUMN waiting_phase VARCHAR(20);
ALTER TABLE changeset ADD COLUMN written_count INT DEFAULT 0 NOT NULL;
ALTER TABLE changeset ADD COLUMN failed_count INT DEFAULT 0 NOT NULL;
ALTER TABLE changeset ADD COLUMN skipped_count INT DEFAULT 0 NOT NULL;
ALTER TABLE changeset ADD COLUMN verified_count INT DEFAULT 0 NOT NULL;
ALTER TABLE changeset ADD COLUMN not_shown_count INT DEFAULT 0 NOT NULL;
-- why it stopped, when it did not end as asked
ALTER TABLE changeset ADD COLUMN outcome VARCHAR(2000);
ALTER TABLE changeset ADD COLUMN receipt_id VARCHAR(36);
CREATE INDEX ix_changeset_run ON changeset (tenant_id, run_id);

-- JSON: the store's answer to the write (the product as it came back) or why it was refused
ALTER TABLE changeset_operation ADD COLUMN result VARCHAR(2000);
ALTER TABLE changeset_operation ADD COLUMN written_at TIMESTAMP WITH TIME ZONE;
-- JSON: the product as read back after the writes; verified says whether it shows what the operation was to make
ALTER TABLE changeset_operation ADD COLUMN shown_state VARCHAR(1000);
ALTER TABLE changeset_operation ADD COLUMN verified BOOLEAN;
