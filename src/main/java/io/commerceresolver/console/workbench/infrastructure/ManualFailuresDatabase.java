package io.commerceresolver.console.workbench.infrastructure;

import java.util.Optional;

import io.commerceresolver.console.workbench.ManualCheckFailures;

/** The policy_manual_failure table (V30), one row per tenant and version. */
class ManualFailuresDatabase implements ManualCheckFailures {

    private static final int MAX_ERROR = 2000;

    private final ManualFailureMapper mapper;

    ManualFailuresDatabase(ManualFailureMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Failure> find(String tenantId, String version) {
        return mapper.find(tenantId, version).map(row -> new Failure(row.error(), row.failedAt()));
    }

    @Override
    public void keep(String tenantId, String version, Failure failure) {
        String error = failure.error().length() <= MAX_ERROR ? failure.error() : failure.error().substring(0, MAX_ERROR);
        ManualFailureMapper.FailureRow row = new ManualFailureMapper.FailureRow(tenantId, version, failure.failedAt(), error);
        if (mapper.update(row) == 0) {
            mapper.insert(row);
        }
    }

    @Override
    public void forget(String tenantId, String version) {
        mapper.delete(tenantId, version);
    }
}
