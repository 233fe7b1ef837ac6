-- Issue 14: the delegation chain. Each component of a run (reader, writer, notifier) is issued a credential scoped to
-- what it does (delegation/Delegations); each use of it, and each refused attempt, is counted for the run's receipt.

-- One row per credential issued. generation counts the ones issued to the same run and component: a run that
-- outlasts its delegation is issued the next one, and the unique key lets two callers asking at once get the same.
-- enforced_by: 'service' when the component acts with the tenant's one vendor credential and only the service holds
-- it to its scope; 'vendor' when the tenant stored a narrower vendor credential for the scope and it acts with that.
CREATE TABLE delegation (
    tenant_id    VARCHAR(64) NOT NULL REFERENCES tenant (tenant_id),
    exchange_id  VARCHAR(36) NOT NULL,
    run_id       VARCHAR(64) NOT NULL,
    component    VARCHAR(20) NOT NULL,
    generation   INT         NOT NULL,
    scope        VARCHAR(20) NOT NULL,
    enforced_by  VARCHAR(10) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, exchange_id),
    CONSTRAINT uq_delegation_generation UNIQUE (tenant_id, run_id, component, generation),
    CONSTRAINT ck_delegation_component CHECK (component IN ('READER', 'WRITER', 'NOTIFIER')),
    CONSTRAINT ck_delegation_scope CHECK (scope IN ('CATALOGUE_READ', 'CATALOGUE_WRITE', 'MAIL_SEND')),
    CONSTRAINT ck_delegation_enforced_by CHECK (enforced_by IN ('service', 'vendor')),
    CONSTRAINT ck_delegation_generation CHECK (generation >= 1)
);

-- How often a delegation was used for a verb, allowed or refused: a count, not a row per use, so a changeset of
-- 10,000 writes adds one row. Recorders add 1 to the row (UPDATE), or insert it when it is not there yet; the key
-- settles two first recorders. No foreign key to delegation: a use is recorded in a transaction of its own, which on
-- PostgreSQL would wait on a delegation the caller's transaction issued and has not committed.
CREATE TABLE delegation_use (
    tenant_id    VARCHAR(64) NOT NULL REFERENCES tenant (tenant_id),
    exchange_id  VARCHAR(36) NOT NULL,
    verb         VARCHAR(40) NOT NULL,
    allowed      BOOLEAN     NOT NULL,
    use_count    BIGINT      NOT NULL,
    first_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, exchange_id, verb, allowed),
    CONSTRAINT ck_delegation_use_count CHECK (use_count >= 1)
);
