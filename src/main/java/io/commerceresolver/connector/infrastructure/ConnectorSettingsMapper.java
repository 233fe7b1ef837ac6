package io.commerceresolver.connector.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A tenant's connector settings, one row per capability; every statement names the tenant. */
@Mapper
public interface ConnectorSettingsMapper {

    /** {@code returnShipping} is the JSON of the settings' {@code ReturnShipping}, or null. */
    record SettingsRow(String tenantId, String capability, String vendor, String baseUrl, String apiVersion, String locationId,
                       String returnShipping, String updatedBy, Instant updatedAt) {
    }

    List<SettingsRow> of(@Param("tenantId") String tenantId);

    int update(SettingsRow row);

    void insert(SettingsRow row);
}
