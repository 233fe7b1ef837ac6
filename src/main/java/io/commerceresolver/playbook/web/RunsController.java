package io.commerceresolver.playbook.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunQuery;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.RunSummary;
import io.commerceresolver.playbook.SealedRuns;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/**
 * The tenant's playbook runs, newest first: {@code GET /api/v1/runs?status=&playbook=&from=&to=&limit=&before=}.
 * A page ends with {@code next}, the {@code before} of the next page, while there may be more. One run:
 * {@code GET /api/v1/runs/{runId}}, with its receipt's id once it is sealed in one.
 */
@RestController
public class RunsController {

    private static final int MAX_LIMIT = 200;
    private static final String PLAYBOOK = "[a-z][a-z0-9_]{0,59}";
    private static final String RUN_ID = "[A-Za-z0-9-]{1,36}";

    private final PlaybookRuns runs;
    private final SealedRuns sealed;

    public RunsController(PlaybookRuns runs, SealedRuns sealed) {
        this.runs = runs;
        this.sealed = sealed;
    }

    public record RunPage(List<RunSummary> runs, String next) {
    }

    /** {@code receiptId}: null while the run has no receipt (it wrote nothing, or it is not sealed yet). */
    public record RunJson(String runId, String ticketId, String playbook, RunStatus status, int tier, Instant startedAt, Instant endedAt,
                          String receiptId) {
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/runs/{runId}")
    public RunJson get(@AuthenticationPrincipal Caller caller, @PathVariable String runId) {
        if (!runId.matches(RUN_ID)) {
            throw new BadRequest("runId", "A run id is 1 to 36 letters, digits and dashes");
        }
        AgentRun run = runs.get(caller.tenantId(), runId);
        return new RunJson(run.id(), run.ticketId(), run.playbook(), run.status(), run.tier(), run.startedAt(), run.endedAt(),
                sealed.receiptId(caller.tenantId(), runId).orElse(null));
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/runs")
    public RunPage list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String playbook, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String before,
                        @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit", "Query parameter 'limit' must be between 1 and " + MAX_LIMIT);
        }
        if (playbook != null && !playbook.matches(PLAYBOOK)) {
            throw new BadRequest("playbook", "Query parameter 'playbook' must be a playbook name such as refund_order");
        }
        if (before != null && !before.matches(RUN_ID)) {
            throw new BadRequest("before", "Query parameter 'before' must be the runId that ended the previous page");
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadRequest("to", "Query parameter 'to' must be later than 'from'");
        }
        List<RunSummary> page = runs.list(caller.tenantId(), new RunQuery(status(status), playbook, start, end, before, limit));
        return new RunPage(page, page.size() == limit ? page.get(page.size() - 1).runId() : null);
    }

    private static RunStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return RunStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequest("status", "Query parameter 'status' must be one of " + Arrays.toString(RunStatus.values()));
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw new BadRequest(name, "Query parameter '" + name + "' must be an instant such as 2026-12-01T00:00:00Z");
        }
    }
}
