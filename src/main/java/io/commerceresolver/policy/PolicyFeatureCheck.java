package io.commerceresolver.policy;

import java.time.Instant;

/** The last run of the policy features against one version, for one tenant: kept so the policy manual can show it. */
public record PolicyFeatureCheck(String version, Instant checkedAt, PolicyFeaturesReport report) {
}
