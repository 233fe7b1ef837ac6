-- Language-model readings per tenant and calendar month (UTC), counted before each call so a monthly cap holds
-- under concurrent tickets; tokens as the model reported them, for cost.
CREATE TABLE intent_usage (
    tenant_id  VARCHAR(64) NOT NULL REFERENCES tenant (tenant_id),
    usage_month CHAR(7)    NOT NULL,
    readings   BIGINT      NOT NULL,
    tokens     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, usage_month)
);
