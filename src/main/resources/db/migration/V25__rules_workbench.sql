-- The rules workbench (issue 13). A tenant's candidate rule set while analysts edit it: one draft per tenant, started
-- from the live version, with the problems its last check found. It is not a version until it is published.
CREATE TABLE rule_draft (
    tenant_id      VARCHAR(64)      NOT NULL PRIMARY KEY REFERENCES tenant (tenant_id),
    based_on       VARCHAR(80)      NOT NULL,
    rule_files     VARCHAR(1000000) NOT NULL,
    feature_files  VARCHAR(1000000) NOT NULL,
    version        VARCHAR(80),
    problems       VARCHAR(200000)  NOT NULL,
    updated_by     VARCHAR(320)     NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The last run of the policy features against a version, for a tenant: how many scenarios, how many passed, and each
-- failure by file and line. The policy manual marks every scenario with it.
CREATE TABLE policy_feature_check (
    tenant_id   VARCHAR(64)      NOT NULL REFERENCES tenant (tenant_id),
    version     VARCHAR(80)      NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    scenarios   INTEGER          NOT NULL,
    passed      INTEGER          NOT NULL,
    failures    VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (tenant_id, version)
);
