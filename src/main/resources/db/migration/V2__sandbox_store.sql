-- The sandbox commerce store: the default connector's own data, a realistic stand-in for a
-- Shopify-like platform. Writes through the connector are idempotent by the caller's key.

CREATE TABLE sandbox_customer (
    tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    id          VARCHAR(40)  NOT NULL,
    email       VARCHAR(320) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    phone       VARCHAR(40),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE sandbox_product (
    tenant_id   VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    sku         VARCHAR(60)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    price       NUMERIC(12, 2) NOT NULL,
    cost        NUMERIC(12, 2) NOT NULL,
    currency    VARCHAR(3)    NOT NULL,
    stock       INTEGER       NOT NULL,
    PRIMARY KEY (tenant_id, sku)
);

CREATE TABLE sandbox_order (
    tenant_id        VARCHAR(64)    NOT NULL REFERENCES tenant (tenant_id),
    id               VARCHAR(40)    NOT NULL,
    customer_id      VARCHAR(40)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    total            NUMERIC(12, 2) NOT NULL,
    refunded_total   NUMERIC(12, 2) NOT NULL,
    placed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    shipped_at       TIMESTAMP WITH TIME ZONE,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    carrier          VARCHAR(40),
    tracking_number  VARCHAR(60),
    ship_name        VARCHAR(200)   NOT NULL,
    ship_line1       VARCHAR(300)   NOT NULL,
    ship_line2       VARCHAR(300),
    ship_city        VARCHAR(120)   NOT NULL,
    ship_region      VARCHAR(120),
    ship_postal_code VARCHAR(20)    NOT NULL,
    ship_country     VARCHAR(2)     NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES sandbox_customer (tenant_id, id)
);

CREATE TABLE sandbox_order_line (
    tenant_id   VARCHAR(64)    NOT NULL,
    order_id    VARCHAR(40)    NOT NULL,
    line_no     INTEGER        NOT NULL,
    sku         VARCHAR(60)    NOT NULL,
    quantity    INTEGER        NOT NULL,
    unit_price  NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (tenant_id, order_id, line_no),
    FOREIGN KEY (tenant_id, order_id) REFERENCES sandbox_order (tenant_id, id)
);

-- Every write the connector performs, with the caller's idempotency key: a repeated key returns the
-- first result and changes nothing.
CREATE TABLE sandbox_operation (
    tenant_id        VARCHAR(64)    NOT NULL REFERENCES tenant (tenant_id),
    idempotency_key  VARCHAR(200)   NOT NULL,
    id               VARCHAR(40)    NOT NULL,
    kind             VARCHAR(40)    NOT NULL,
    order_id         VARCHAR(40),
    amount           NUMERIC(12, 2),
    detail           VARCHAR(20000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, idempotency_key),
    CONSTRAINT uq_sandbox_operation_id UNIQUE (tenant_id, id)
);
