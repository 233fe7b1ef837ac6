-- Issue 14: an approval also goes out by mail, one signed, single-use, expiring link per person who may decide it
-- (approval/ApprovalLinks). The token carries its own claims and MAC; a row per link makes it single-use: a decision
-- through it sets used_at once (UPDATE ... WHERE used_at IS NULL), and a link whose row is used is refused as reused.
CREATE TABLE approval_link (
    tenant_id       VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    -- 128 random bits, base64url
    nonce           VARCHAR(32)  NOT NULL,
    approval_id     VARCHAR(36)  NOT NULL REFERENCES approval (id),
    addressed_to    VARCHAR(100) NOT NULL,
    -- SHA-256 of what is to be approved when the link was made: a changed approval no longer matches
    content_sha256  CHAR(64)     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    used_by         VARCHAR(200),
    PRIMARY KEY (tenant_id, nonce),
    -- one link per approval and person: asking again mails nobody twice
    CONSTRAINT uq_approval_link_person UNIQUE (tenant_id, approval_id, addressed_to)
);

-- Every time a link is opened or used, and what came of it (ok, expired, reused, altered, foreign, decided). Only ever
-- appended. The nonce is null when the token could not be read at all.
CREATE TABLE approval_link_attempt (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    nonce        VARCHAR(32),
    approval_id  VARCHAR(36),
    action       VARCHAR(10)  NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    principal    VARCHAR(200) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_approval_link_attempt ON approval_link_attempt (tenant_id, attempted_at);
