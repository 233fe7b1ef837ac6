-- Marketplace events (issue 12): what Shopify, WooCommerce and Stripe tell a tenant about its store.
-- A delivery is stored once per vendor delivery id, in the transaction that queues it to be applied; the answer to
-- the vendor goes out after that commit, so an event acknowledged is an event kept.
CREATE TABLE marketplace_event (
    id           VARCHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)      NOT NULL REFERENCES tenant (tenant_id),
    platform     VARCHAR(20)      NOT NULL,
    delivery_id  VARCHAR(200)     NOT NULL,
    topic        VARCHAR(100)     NOT NULL,
    -- the body exactly as signed (webhooks are refused above 1,000,000 bytes)
    payload      VARCHAR(1000000) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- RECEIVED, APPLIED, IGNORED (nothing the resolver keeps), DEAD (failed on every attempt; see marketplace_dead_letter)
    status       VARCHAR(20)      NOT NULL,
    outcome      VARCHAR(2000),
    applied_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_marketplace_delivery UNIQUE (tenant_id, platform, delivery_id)
);
CREATE INDEX ix_marketplace_event_received ON marketplace_event (tenant_id, received_at, id);

-- Events that failed on every attempt, with the error, until a person replays them.
CREATE TABLE marketplace_dead_letter (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    event_id     VARCHAR(36)   NOT NULL REFERENCES marketplace_event (id),
    error        VARCHAR(2000) NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    replayed_at  TIMESTAMP WITH TIME ZONE,
    replayed_by  VARCHAR(200)
);
CREATE INDEX ix_marketplace_dead_letter ON marketplace_dead_letter (tenant_id, replayed_at, failed_at);

-- The tenant's view of its store, one row per thing the platforms told about (an order, a product, an inventory
-- level, a refund, a dispute), as of the vendor's own time of the change: an older delivery arriving late never
-- overwrites a newer one.
CREATE TABLE store_fact (
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    platform     VARCHAR(20)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    ref          VARCHAR(200)  NOT NULL,
    state        VARCHAR(1000000) NOT NULL,
    as_of        TIMESTAMP WITH TIME ZONE NOT NULL,
    event_id     VARCHAR(36)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, platform, kind, ref)
);

-- Camel's JDBC idempotent repository (camel-sql's JdbcMessageIdRepository, its own column names): the delivery keys
-- the webhook routes have seen, "platform/tenant/delivery id", so a redelivery is acknowledged without being stored
-- again. It holds no tenant data beyond the key; the unique delivery above stays the guarantee.
CREATE TABLE CAMEL_MESSAGEPROCESSED (
    processorName VARCHAR(255) NOT NULL,
    messageId     VARCHAR(400) NOT NULL,
    createdAt     TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
