package io.commerceresolver.changeset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorUnavailable;
import io.commerceresolver.connector.Product;
import io.commerceresolver.delegation.Component;
import io.commerceresolver.delegation.Delegations;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;

/**
 * Reads every product the writer changed back from the store, a page of SKUs per read, and checks that it shows what
 * its operation was to make (the field the operation changes, as the after-state names it). A product that does not is
 * NOT_SHOWN: a person looks, with the rollback ready.
 */
public class ChangesetReadBack implements ChangesetJobs.Phase {

    static final int PAGE = 500;

    private final Changesets changesets;
    private final Delegations delegations;
    private final ConnectorCalls calls;
    private final PlaybookRuns runs;
    private final EventLog events;
    private final Clock clock;

    public ChangesetReadBack(Changesets changesets, Delegations delegations, ConnectorCalls calls, PlaybookRuns runs, EventLog events,
                             Clock clock) {
        this.changesets = changesets;
        this.delegations = delegations;
        this.calls = calls;
        this.runs = runs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ChangesetJobs.Outcome slice(Changeset changeset, AgentRun run) {
        String tenantId = changeset.tenantId();
        CommerceConnector reader = delegations.store(delegations.issue(tenantId, changeset.id(), Component.READER));
        List<ChangeOperation> read = new ArrayList<>();
        Instant sliceEnds = clock.instant().plus(ChangesetWriter.SLICE_TIME);
        int after = 0;
        boolean allRead = false;
        try {
            while (!allRead && !clock.instant().isAfter(sliceEnds)) {
                List<ChangeOperation> page = changesets.unread(tenantId, changeset.id(), after, PAGE);
                allRead = page.isEmpty();
                if (!allRead) {
                    Map<String, Product> shown = calls.call(tenantId, Capability.CATALOGUE.key(),
                            () -> reader.getProducts(tenantId, ChangesetJobs.skus(page)), (attempt, kind, message, wait) -> { });
                    page.forEach(operation -> read.add(readBack(operation, shown.get(operation.asked().sku()))));
                    after = page.get(page.size() - 1).seq();
                }
            }
        } catch (ConnectorUnavailable unavailable) {
            return new ChangesetJobs.Unavailable((now, current) -> {
                changesets.recordOutcomes(tenantId, changeset.id(), read, ChangeOperation.Status.WRITTEN);
                return null;
            }, unavailable.retryAt(), unavailable.reason());
        }
        boolean finished = allRead;
        return (now, current) -> {
            changesets.recordOutcomes(tenantId, changeset.id(), read, ChangeOperation.Status.WRITTEN);
            if (!finished) {
                // a store that reads slowly: the next slice goes on from the first product not read back yet
                return null;
            }
            Changeset.Progress progress = changesets.countProgress(tenantId, changeset.id(), clock.instant());
            boolean allShown = progress.notShown() == 0;
            if (!allShown) {
                String why = progress.notShown() + " of the " + progress.written() + " written products do not show what was written"
                        + " when read back. POST /api/v1/changesets/" + changeset.id() + "/rollback undoes what was written";
                changesets.moveTo(tenantId, changeset.id(), ChangesetStatus.WRITING, ChangesetStatus.NOT_SHOWN, why, clock.instant());
                current.state().addReasons(List.of(why));
                runs.saveState(current);
            } else {
                changesets.moveTo(tenantId, changeset.id(), ChangesetStatus.WRITING, ChangesetStatus.VERIFIED, null, clock.instant());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("changesetId", changeset.id());
            payload.put("readBack", progress.written());
            payload.put("shown", progress.verified());
            payload.put("notShown", progress.notShown());
            events.runEvent(current, "changeset_verified", "verify", payload);
            return Map.of("outcome", allShown ? "verified" : "not_shown");
        };
    }

    private ChangeOperation readBack(ChangeOperation operation, Product product) {
        ProductState shown = ProductState.of(product);
        boolean verified = shown != null && ChangesetWriter.sameField(operation.asked().kind(), shown, operation.after());
        ChangeOperation.Written written = operation.written();
        return new ChangeOperation(operation.seq(), operation.asked(), operation.before(), operation.after(), operation.rollback(),
                operation.problems(), operation.decision(), operation.status(),
                new ChangeOperation.Written(written == null ? null : written.result(), written == null ? null : written.at(), shown, verified));
    }
}
