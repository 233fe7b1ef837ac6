/**
 * Metrics: the playbooks' figures for a dashboard ({@code GET /api/v1/metrics/summary}), computed from a tenant's
 * records, and the same figures as meters for Prometheus (infrastructure, through the playbook feature's
 * {@link io.commerceresolver.playbook.PlaybookMetrics} port). It reads other features' records and no feature
 * depends on it.
 */
package io.commerceresolver.metrics;
