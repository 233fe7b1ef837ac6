package io.commerceresolver.playbook.infrastructure;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.tenant.TenantDirectory;

/** What the sweep route (camel-routes/ticket-intake.yaml) calls to restart runs a stop cut short. */
@Component("playbookSweep")
public class PlaybookSweep {

    private static final int PER_TENANT = 50;

    private final PlaybookRuns runs;
    private final TenantDirectory tenants;
    private final Clock clock;

    public PlaybookSweep(PlaybookRuns runs, TenantDirectory tenants, Clock clock) {
        this.runs = runs;
        this.tenants = tenants;
        this.clock = clock;
    }

    public int restartInterrupted(int graceSeconds) {
        return runs.restartInterrupted(tenants.allTenantIds(), clock.instant(), Duration.ofSeconds(graceSeconds), PER_TENANT);
    }
}
