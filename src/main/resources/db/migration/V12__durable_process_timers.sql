-- BPMN timers (an approval's deadline) are kept here instead of in Kogito's in-memory job service, which forgets them
-- on a stop. A timer is a row with the process instance and node it wakes, plus a job (kind FIRE_TIMER, ref = the
-- timer's id) due when it fires: the workers of any instance claim it like any other work, so it fires once, after
-- a restart too, and the process state it changes commits with the job's removal.
CREATE TABLE process_timer (
    id                        VARCHAR(100)  NOT NULL PRIMARY KEY,
    tenant_id                 VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    process_id                VARCHAR(100)  NOT NULL,
    process_instance_id       VARCHAR(36)   NOT NULL,
    root_process_id           VARCHAR(100),
    root_process_instance_id  VARCHAR(36),
    node_instance_id          VARCHAR(36),
    timer_id                  VARCHAR(100),
    fire_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    repeat_interval_ms        BIGINT,
    repeats_left              INTEGER,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_process_timer_instance ON process_timer (tenant_id, process_instance_id);

-- An approval waits until its deadline; past it, it moves up a tier once (escalated_at), and past the second, expires.
ALTER TABLE approval ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE approval ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
-- What the approver is asked to allow, as the inbox lists it: the operation, its sum and order, and the decision
-- whose reasons say why a person must look.
ALTER TABLE approval ADD COLUMN operation VARCHAR(60);
ALTER TABLE approval ADD COLUMN amount DECIMAL(19, 2);
ALTER TABLE approval ADD COLUMN currency VARCHAR(3);
ALTER TABLE approval ADD COLUMN order_id VARCHAR(100);
ALTER TABLE approval ADD COLUMN decision_id VARCHAR(36);
