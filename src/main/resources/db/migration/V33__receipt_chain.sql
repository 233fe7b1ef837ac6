-- Issue 14: receipts become a numbered chain per tenant, for a run or a changeset, with bodies of any size.
--
-- body: the canonical JSON (RFC 8785) exactly as hashed and signed. A changeset of 10,000 operations makes a body
-- of about 3 MB; TEXT holds it on both databases (PostgreSQL: up to 1 GB; H2 2.3 reads TEXT as CHARACTER VARYING
-- of up to 1,000,000,000 characters, kept in the row, no LOB handling; ReceiptChainIT stores 16 MB).
ALTER TABLE receipt ALTER COLUMN body SET DATA TYPE TEXT;
-- a changeset's receipt names no run; a run's still does (run_id = subject_id)
ALTER TABLE receipt ALTER COLUMN run_id DROP NOT NULL;
ALTER TABLE receipt ADD COLUMN kind VARCHAR(20);
ALTER TABLE receipt ADD COLUMN subject_id VARCHAR(64);
ALTER TABLE receipt ADD COLUMN seq BIGINT;
-- base64 of a raw 64-byte Ed25519 signature, and the Tink key id (unsigned 32-bit) that made it; null when unsigned
ALTER TABLE receipt ADD COLUMN signature VARCHAR(100);
ALTER TABLE receipt ADD COLUMN key_id VARCHAR(10);
-- the body's length in characters, so the chain verifier can size its pages without reading bodies (a page of a
-- thousand 3 MB receipts would not fit in memory); not part of what is verified
ALTER TABLE receipt ADD COLUMN body_length INT;

-- Nothing wrote receipts before this version; should a database hold some, they keep their order (created_at, id)
-- as seq. Their bodies are not the sealed form, and /api/v1/receipts/verify will say so.
UPDATE receipt SET kind = 'RUN', subject_id = run_id, body_length = CHAR_LENGTH(body),
    seq = (SELECT COUNT(*) FROM receipt earlier
            WHERE earlier.tenant_id = receipt.tenant_id
              AND (earlier.created_at < receipt.created_at OR (earlier.created_at = receipt.created_at AND earlier.id <= receipt.id)));
ALTER TABLE receipt ALTER COLUMN kind SET NOT NULL;
ALTER TABLE receipt ALTER COLUMN subject_id SET NOT NULL;
ALTER TABLE receipt ALTER COLUMN seq SET NOT NULL;
ALTER TABLE receipt ALTER COLUMN body_length SET NOT NULL;
ALTER TABLE receipt ADD CONSTRAINT ck_receipt_kind CHECK (kind IN ('RUN', 'CHANGESET'));
ALTER TABLE receipt ADD CONSTRAINT ck_receipt_seq CHECK (seq >= 1);
-- the chain verifier reads a tenant's receipts in pages by seq (keyset paging on this key)
ALTER TABLE receipt ADD CONSTRAINT uq_receipt_seq UNIQUE (tenant_id, seq);
-- one receipt per run or changeset: sealing again returns the receipt it has
ALTER TABLE receipt ADD CONSTRAINT uq_receipt_subject UNIQUE (tenant_id, kind, subject_id);

-- Each tenant's last receipt: the row appenders lock FOR UPDATE (one appender of a tenant at a time), and what the
-- verifier holds the chain's end against, so receipts cut off the end of the chain are noticed.
CREATE TABLE receipt_chain_head (
    tenant_id  VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES tenant (tenant_id),
    seq        BIGINT      NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    CONSTRAINT ck_receipt_chain_head_seq CHECK (seq >= 0)
);

INSERT INTO receipt_chain_head (tenant_id, seq, sha256)
SELECT r.tenant_id, r.seq, r.sha256 FROM receipt r
 WHERE r.seq = (SELECT MAX(later.seq) FROM receipt later WHERE later.tenant_id = r.tenant_id);
