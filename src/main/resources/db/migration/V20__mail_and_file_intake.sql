-- Issue 12: tickets by mail. A tenant's mail channel (its passwords are tenant secrets, never here), the mail kept
-- with tickets (a reply finds its ticket by Message-ID), and the mail that was refused, with why.
CREATE TABLE mail_channel (
    tenant_id      VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES tenant (tenant_id),
    address        VARCHAR(320)  NOT NULL,
    imap_host      VARCHAR(253),
    imap_port      INTEGER,
    imap_ssl       BOOLEAN,
    imap_username  VARCHAR(320),
    imap_folder    VARCHAR(100),
    poll_seconds   INTEGER,
    smtp_host      VARCHAR(253),
    smtp_port      INTEGER,
    smtp_security  VARCHAR(10),
    smtp_username  VARCHAR(320),
    updated_by     VARCHAR(200)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mail_message (
    tenant_id      VARCHAR(64)    NOT NULL REFERENCES tenant (tenant_id),
    message_id     VARCHAR(500)   NOT NULL,
    ticket_id      VARCHAR(36)    NOT NULL,
    direction      VARCHAR(3)     NOT NULL,
    in_reply_to    VARCHAR(500),
    reference_ids  VARCHAR(8000)  NOT NULL,
    from_address   VARCHAR(320)   NOT NULL,
    subject        VARCHAR(500),
    body           VARCHAR(20000) NOT NULL,
    attachments    VARCHAR(8000)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, message_id)
);
CREATE INDEX ix_mail_message_ticket ON mail_message (tenant_id, ticket_id, created_at);

CREATE TABLE mail_refusal (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)    NOT NULL REFERENCES tenant (tenant_id),
    origin         VARCHAR(20)    NOT NULL,
    message_id     VARCHAR(500),
    from_address   VARCHAR(320),
    subject        VARCHAR(500),
    kind           VARCHAR(20)    NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    refused_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_mail_refusal_tenant ON mail_refusal (tenant_id, refused_at);

-- The outbox is drained by the SMTP sender: a row is claimed with a lease (as jobs are), tried with backoff, and
-- marked SENT (or FAILED when the tries run out) with the Message-ID it went out under.
ALTER TABLE mail_outbox ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE mail_outbox ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN last_error VARCHAR(2000);
ALTER TABLE mail_outbox ADD COLUMN message_id VARCHAR(500);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, tenant_id, next_attempt_at);
