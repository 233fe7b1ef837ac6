-- A tenant's secrets, encrypted by the service (Tink AEAD, bound to tenant and name); the key is never stored here.
CREATE TABLE tenant_secret (
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    name         VARCHAR(100)  NOT NULL,
    ciphertext   VARCHAR(16000) NOT NULL,
    updated_by   VARCHAR(200)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
