package io.commerceresolver.connector.infrastructure;

import java.util.List;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.ConnectorSettingsStore;
import io.commerceresolver.connector.ReturnShipping;
import io.commerceresolver.connector.Vendor;
import io.commerceresolver.connector.infrastructure.ConnectorSettingsMapper.SettingsRow;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/** The settings in {@code connector_setting}. Two admins saving the first settings of a capability at once both win in turn. */
class ConnectorSettingsDatabase implements ConnectorSettingsStore {

    private final ConnectorSettingsMapper mapper;
    private final DuplicateSafeInsert duplicateSafeInsert;
    private final StoredJson json;

    ConnectorSettingsDatabase(ConnectorSettingsMapper mapper, DuplicateSafeInsert duplicateSafeInsert, StoredJson json) {
        this.mapper = mapper;
        this.duplicateSafeInsert = duplicateSafeInsert;
        this.json = json;
    }

    @Override
    public List<ConnectorSettings> of(String tenantId) {
        return mapper.of(tenantId).stream().map(row -> new ConnectorSettings(row.tenantId(),
                Capability.named(row.capability()).orElseThrow(), Vendor.named(row.vendor()).orElseThrow(), row.baseUrl(),
                row.apiVersion(), row.locationId(), row.returnShipping() == null ? null : json.read(row.returnShipping(), ReturnShipping.class),
                row.updatedBy(), row.updatedAt())).toList();
    }

    @Override
    public void put(ConnectorSettings settings) {
        SettingsRow row = new SettingsRow(settings.tenantId(), settings.capability().key(), settings.vendor().key(), settings.baseUrl(),
                settings.apiVersion(), settings.locationId(), settings.returns() == null ? null : json.write(settings.returns()),
                settings.updatedBy(), settings.updatedAt());
        // the insert of a concurrent first save may win the key; then this one is the later change, and updates it
        if (mapper.update(row) == 0 && !duplicateSafeInsert.tryInsert(() -> mapper.insert(row))) {
            mapper.update(row);
        }
    }
}
