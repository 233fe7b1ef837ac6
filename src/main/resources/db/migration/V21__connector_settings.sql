-- Which vendor serves each capability of a tenant (orders, payments, shipping, catalogue, messaging) and where to reach
-- it (issue 12). A capability without a row is served by the sandbox store, or follows the orders connector. The
-- credentials are not here: they are the tenant's encrypted secrets (tenant_secret), named after the vendor.
CREATE TABLE connector_setting (
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    capability   VARCHAR(20)   NOT NULL,
    vendor       VARCHAR(20)   NOT NULL,
    base_url     VARCHAR(500),
    api_version  VARCHAR(20),
    location_id  VARCHAR(100),
    updated_by   VARCHAR(200)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, capability)
);
