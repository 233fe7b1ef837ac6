package io.commerceresolver.playbook.web;

import java.time.Instant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunOperations;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/**
 * An operator steers a stuck run: {@code POST /api/v1/runs/{runId}/retry} sends its failed step again,
 * {@code POST /api/v1/runs/{runId}/cancel} (body optional: {@code {"reason": "..."}}) stops it. Both answer the run's
 * status and whether this request changed it; what does not apply is a 409 with the reason.
 */
@RestController
public class RunOperationsController {

    private final RunOperations operations;

    public RunOperationsController(RunOperations operations) {
        this.operations = operations;
    }

    public record CancelRequest(String reason) {
    }

    public record OperationResult(String runId, String playbook, RunStatus status, Instant endedAt, boolean changed, String detail) {

        static OperationResult of(RunOperations.Outcome outcome) {
            AgentRun run = outcome.run();
            return new OperationResult(run.id(), run.playbook(), run.status(), run.endedAt(), outcome.changed(), outcome.detail());
        }
    }

    @PreAuthorize(Access.OPERATE_RUNS)
    @PostMapping("/api/v1/runs/{runId}/retry")
    public OperationResult retry(@AuthenticationPrincipal Caller caller, @PathVariable String runId) {
        return OperationResult.of(operations.retry(caller, runId));
    }

    @PreAuthorize(Access.OPERATE_RUNS)
    @PostMapping("/api/v1/runs/{runId}/cancel")
    public OperationResult cancel(@AuthenticationPrincipal Caller caller, @PathVariable String runId,
                                  @RequestBody(required = false) CancelRequest request) {
        return OperationResult.of(operations.cancel(caller, runId, request == null ? null : request.reason()));
    }
}
