package io.commerceresolver.metrics.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.PlaybookMetrics;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.ticket.Tickets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The playbooks' figures as Micrometer meters, scraped at /actuator/prometheus. Every meter is tagged with the
 * tenant and the playbook; rates are left to Prometheus (automation rate = resolved automatically / finished,
 * handoff rate = handoffs / finished, approval rate = decided{outcome="APPROVED"} / decided).
 * A meter moves only when the transaction that made the change commits: a step that is rolled back and tried again
 * is counted once.
 */
@Component
class MicrometerPlaybookMetrics implements PlaybookMetrics {

    /** Bucket bounds of the two histograms: what a dashboard asks ("within a minute? within the day?"). */
    private static final Duration[] RESOLUTION_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4),
            Duration.ofDays(1), Duration.ofDays(3)};
    private static final Duration[] APPROVAL_BUCKETS = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(3)};

    private final MeterRegistry registry;
    private final Tickets tickets;

    MicrometerPlaybookMetrics(MeterRegistry registry, Tickets tickets) {
        this.registry = registry;
        this.tickets = tickets;
    }

    @Override
    public void runStarted(AgentRun run) {
        Counter counter = counter("resolver.runs.started", "Playbook runs started", run, "", "");
        afterCommit(counter::increment);
    }

    @Override
    public void runFinished(AgentRun run, boolean automated) {
        String status = run.status().name();
        Counter finished = counter("resolver.runs.finished", "Playbook runs finished, by final status", run, "status", status);
        Counter resolvedAutomatically = automated
                ? counter("resolver.runs.resolved.automatically", "Runs completed without a person (no approval asked for)", run, "", "")
                : null;
        // human_handoff runs are the tickets the rules gave to a person at triage; any other playbook's, ones it gave up on
        Counter handoff = run.status() == RunStatus.HANDED_OVER
                ? handoffs(run.tenantId(), run.playbook(), HandOver.HUMAN_HANDOFF.equals(run.playbook()) ? "triage" : "run") : null;
        // from the ticket's arrival, not the run's start: reading and triage are part of what the customer waits for
        Instant received = tickets.findById(run.tenantId(), run.ticketId()).map(ticket -> ticket.createdAt()).orElse(run.startedAt());
        Duration toResolution = Duration.between(received, run.endedAt() == null ? run.startedAt() : run.endedAt());
        Timer resolution = timer("resolver.time.to.resolution", "From ticket received to its run finished", run, "status", status,
                RESOLUTION_BUCKETS);
        afterCommit(() -> {
            finished.increment();
            if (resolvedAutomatically != null) {
                resolvedAutomatically.increment();
            }
            if (handoff != null) {
                handoff.increment();
            }
            resolution.record(toResolution);
        });
    }

    @Override
    public void approvalRequested(AgentRun run, int tier) {
        Counter counter = counter("resolver.approvals.requested", "Approvals asked for", run, "tier", String.valueOf(tier));
        afterCommit(counter::increment);
    }

    @Override
    public void approvalDecided(AgentRun run, String outcome, Duration waited) {
        Counter decided = counter("resolver.approvals.decided", "Approvals decided, by outcome", run, "outcome", outcome);
        Timer wait = timer("resolver.approval.wait", "From an approval asked for to its decision", run, "outcome", outcome,
                APPROVAL_BUCKETS);
        afterCommit(() -> {
            decided.increment();
            wait.record(waited);
        });
    }

    @Override
    public void toolCallFinished(AgentRun run, String tool, String connector, ToolCall.Status outcome) {
        Counter counter = Counter.builder("resolver.tool.calls")
                .description("Connector calls answered, by tool, connector and outcome (succeeded, rejected, failed)")
                .tags("tenant", run.tenantId(), "playbook", run.playbook(), "tool", tool, "connector", connector,
                        "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry);
        afterCommit(counter::increment);
    }

    /** Tickets handed to a person: at triage (the human_handoff playbook) or by a run that could not finish. */
    private Counter handoffs(String tenantId, String playbook, String at) {
        return Counter.builder("resolver.handoffs")
                .description("Tickets handed to a person, at triage or by their run")
                .tags("tenant", tenantId, "playbook", playbook, "at", at)
                .register(registry);
    }

    private Counter counter(String name, String description, AgentRun run, String tag, String value) {
        Counter.Builder builder = Counter.builder(name).description(description).tags("tenant", run.tenantId(), "playbook", run.playbook());
        return (tag.isEmpty() ? builder : builder.tag(tag, value)).register(registry);
    }

    /** A histogram with these bucket bounds, so Prometheus can tell the share within each (histogram_quantile). */
    private Timer timer(String name, String description, AgentRun run, String tag, String value, Duration[] buckets) {
        return Timer.builder(name).description(description).tags("tenant", run.tenantId(), "playbook", run.playbook(), tag, value)
                .serviceLevelObjectives(buckets).register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
