package io.commerceresolver.changeset.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.changeset.ChangeOperation;
import io.commerceresolver.changeset.Changeset;
import io.commerceresolver.changeset.ChangesetBuilder;
import io.commerceresolver.changeset.ChangesetProposals;
import io.commerceresolver.changeset.ChangesetRollbacks;
import io.commerceresolver.changeset.ChangesetRuns;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;

/**
 * {@code POST /api/v1/changesets} builds and decides a changeset (nothing is written); {@code GET} shows it, its
 * operations paged, with how far its writer got; {@code POST .../confirm} starts it; {@code POST .../rollback} builds
 * the changeset that undoes it.
 */
@RestController
class ChangesetController {

    private static final int MOST_PER_PAGE = 500;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final ChangesetBuilder builder;
    private final Changesets changesets;
    private final ChangesetRuns runs;
    private final ChangesetRollbacks rollbacks;
    private final ChangesetProposals proposals;

    ChangesetController(ChangesetBuilder builder, Changesets changesets, ChangesetRuns runs, ChangesetRollbacks rollbacks,
                        ChangesetProposals proposals) {
        this.proposals = proposals;
        this.builder = builder;
        this.changesets = changesets;
        this.runs = runs;
        this.rollbacks = rollbacks;
    }

    @PreAuthorize(Access.REQUEST_CHANGES)
    @PostMapping("/api/v1/changesets")
    ResponseEntity<ChangesetView> request(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) ChangesetJson body,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (body == null) {
            throw new BadRequest(null, "The request body must be a JSON object with 'operations'");
        }
        checkKey(idempotencyKey);
        Changeset changeset = builder.build(caller.tenantId(), caller.name(), idempotencyKey, body.toRequest());
        return ResponseEntity.created(URI.create("/api/v1/changesets/" + changeset.id())).body(page(changeset, 0, 100));
    }

    @PreAuthorize(Access.READ_CHANGES)
    @GetMapping("/api/v1/changesets/{changesetId}")
    ChangesetView get(@AuthenticationPrincipal Caller caller, @PathVariable String changesetId,
                      @RequestParam(defaultValue = "0") int after, @RequestParam(defaultValue = "100") int limit) {
        if (after < 0) {
            throw new BadRequest("after", "Query parameter 'after' must be an operation's number (0 for the first page)");
        }
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new BadRequest("limit", "Query parameter 'limit' must be 1 to " + MOST_PER_PAGE);
        }
        Changeset changeset = changesets.find(caller.tenantId(), changesetId).orElseThrow(() -> new NotFound("changeset", changesetId));
        return page(changeset, after, limit);
    }

    /** What a proposal is asked with: the sentence the ticket reader reads. */
    record ProposalJson(String text) {
    }

    /**
     * A sentence read by the ticket reader into a proposed changeset, built and decided like any other and written
     * only once the person who asked confirms it.
     */
    @PreAuthorize(Access.REQUEST_CHANGES)
    @PostMapping("/api/v1/changesets/proposals")
    ResponseEntity<ChangesetView> propose(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) ProposalJson body,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        checkKey(idempotencyKey);
        Changeset changeset = proposals.propose(caller.tenantId(), caller.name(), idempotencyKey, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/changesets/" + changeset.id())).body(page(changeset, 0, 100));
    }

    /**
     * The requester (or an administrator) confirms the changeset as built: its run starts, and waits for the approvals
     * its tier needs before anything is written. Sent again, it answers with the changeset as it now stands.
     */
    @PreAuthorize(Access.REQUEST_CHANGES)
    @PostMapping("/api/v1/changesets/{changesetId}/confirm")
    ChangesetView confirm(@AuthenticationPrincipal Caller caller, @PathVariable String changesetId) {
        return page(runs.confirm(caller.tenantId(), changesetId, caller.name(), caller.has(Role.ADMIN)), 0, 100);
    }

    /** Builds the changeset that undoes what this one wrote: decided, then confirmed and approved like any other. */
    @PreAuthorize(Access.REQUEST_CHANGES)
    @PostMapping("/api/v1/changesets/{changesetId}/rollback")
    ResponseEntity<ChangesetView> rollback(@AuthenticationPrincipal Caller caller, @PathVariable String changesetId) {
        Changeset rollback = rollbacks.rollback(caller.tenantId(), changesetId, caller.name());
        return ResponseEntity.created(URI.create("/api/v1/changesets/" + rollback.id())).body(page(rollback, 0, 100));
    }

    private static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new BadRequest("Idempotency-Key", "Header 'Idempotency-Key' must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        if (idempotencyKey != null && idempotencyKey.startsWith(ChangesetRollbacks.KEYS)) {
            throw new BadRequest("Idempotency-Key", "Header 'Idempotency-Key' may not begin with '" + ChangesetRollbacks.KEYS
                    + "': rollbacks are asked for with POST /api/v1/changesets/{id}/rollback");
        }
    }

    private ChangesetView page(Changeset changeset, int after, int limit) {
        List<ChangeOperation> page = changesets.operations(changeset.tenantId(), changeset.id(), after, limit);
        Integer next = page.size() == limit && page.get(page.size() - 1).seq() < changeset.operationCount()
                ? page.get(page.size() - 1).seq() : null;
        return ChangesetView.of(changeset, page, next);
    }
}
