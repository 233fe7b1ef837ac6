package io.commerceresolver.metrics.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.metrics.MetricsSummaries;
import io.commerceresolver.metrics.MetricsSummary;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/**
 * The caller's tenant's figures for a dashboard: {@code GET /api/v1/metrics/summary?from=&to=}, each an instant
 * ({@code 2026-12-01T08:00:00Z}) or a date ({@code 2026-12-01}, its start in UTC); {@code to} is exclusive. By
 * default the last 24 hours.
 */
@RestController
public class MetricsController {

    private final MetricsSummaries summaries;

    public MetricsController(MetricsSummaries summaries) {
        this.summaries = summaries;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/metrics/summary")
    public MetricsSummary summary(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        return summaries.summary(caller.tenantId(), instant("from", from), instant("to", to));
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw new BadRequest(name, "Query parameter '" + name + "' must be an instant such as 2026-12-01T00:00:00Z or a date such as 2026-12-01");
        }
    }
}
