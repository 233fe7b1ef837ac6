package io.commerceresolver.connector;

import java.util.List;

/** Where each tenant's connector settings are kept, one per capability. */
public interface ConnectorSettingsStore {

    List<ConnectorSettings> of(String tenantId);

    /** Replaces the tenant's settings for the capability, or adds them. */
    void put(ConnectorSettings settings);
}
