package io.commerceresolver.changeset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorFailure;
import io.commerceresolver.connector.ConnectorUnavailable;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Product;
import io.commerceresolver.delegation.Component;
import io.commerceresolver.delegation.Delegations;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.system.StoredJson;

/**
 * Writes a changeset's operations in order, a slice at a time, deterministically (no reader, no guess: each write is
 * the after-state the approved operation names). Before a slice it reads the slice's products again: one that no
 * longer shows what the operation was built on (someone changed it since) is not written, and the writer stops there,
 * as it does at the first write the store refuses; the operations after it are skipped and the changeset is PARTIAL,
 * its written operations ready to roll back. Each write carries its own idempotency key, so a slice made again after a
 * crash sends the same writes and the store answers with what it did the first time.
 */
public class ChangesetWriter implements ChangesetJobs.Phase {

    /** At most this many writes, and this long, per slice: well inside a job's 60-second lease. */
    static final int SLICE = 200;
    static final Duration SLICE_TIME = Duration.ofSeconds(20);
    /** Every this many writes the writer looks whether the run was stopped meanwhile. */
    static final int RUN_CHECK = 20;
    /** Characters of a vendor's refusal kept with the operation (its column holds 2,000 with the JSON around it). */
    static final int MOST_MESSAGE = 500;

    private final Changesets changesets;
    private final Delegations delegations;
    private final ConnectorCalls calls;
    private final WritePace pace;
    private final PlaybookRuns runs;
    private final EventLog events;
    private final StoredJson json;
    private final Clock clock;

    public ChangesetWriter(Changesets changesets, Delegations delegations, ConnectorCalls calls, WritePace pace, PlaybookRuns runs,
                           EventLog events, StoredJson json, Clock clock) {
        this.changesets = changesets;
        this.delegations = delegations;
        this.calls = calls;
        this.pace = pace;
        this.runs = runs;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ChangesetJobs.Outcome slice(Changeset changeset, AgentRun run) throws InterruptedException {
        String tenantId = changeset.tenantId();
        List<ChangeOperation> slice = changesets.operations(tenantId, changeset.id(), ChangeOperation.Status.PROPOSED, 0, SLICE);
        if (slice.isEmpty()) {
            return (now, current) -> finish(now, current, null);
        }
        // the drift check reads with the changeset's read-only reader; only the writer's delegation may write
        CommerceConnector reader = delegations.store(delegations.issue(tenantId, changeset.id(), Component.READER));
        CommerceConnector writer = delegations.store(delegations.issue(tenantId, changeset.id(), Component.WRITER));
        WritePace.Turns turns = pace.turns(tenantId);
        List<ChangeOperation> done = new ArrayList<>();
        String stoppedAt = null;
        Instant sliceEnds = clock.instant().plus(SLICE_TIME);
        try {
            Map<String, Product> shown = calls.call(tenantId, Capability.CATALOGUE.key(),
                    () -> reader.getProducts(tenantId, ChangesetJobs.skus(slice)), (attempt, kind, message, wait) -> { });
            for (ChangeOperation operation : slice) {
                String drift = drift(operation, shown.get(operation.asked().sku()));
                if (drift != null) {
                    done.add(failed(operation, drift));
                    stoppedAt = stop(operation, drift);
                    break;
                }
                turns.await();
                try {
                    Product answer = calls.call(tenantId, Capability.CATALOGUE.key(), () -> write(writer, tenantId, changeset, operation),
                            (attempt, kind, message, wait) -> { });
                    done.add(written(operation, answer));
                } catch (ConnectorFailure refused) {
                    done.add(failed(operation, refused.getMessage()));
                    stoppedAt = stop(operation, refused.getMessage());
                    break;
                }
                if (clock.instant().isAfter(sliceEnds) || done.size() % RUN_CHECK == 0 && runs.get(tenantId, run.id()).status().isFinal()) {
                    // the slice's time is up, or an operator stopped the run: what was written is recorded next
                    break;
                }
            }
        } catch (ConnectorUnavailable unavailable) {
            return new ChangesetJobs.Unavailable((now, current) -> {
                changesets.recordOutcomes(tenantId, changeset.id(), done, ChangeOperation.Status.PROPOSED);
                changesets.countProgress(tenantId, changeset.id(), clock.instant());
                return null;
            }, unavailable.retryAt(), unavailable.reason());
        }
        String stop = stoppedAt;
        return (now, current) -> {
            changesets.recordOutcomes(tenantId, changeset.id(), done, ChangeOperation.Status.PROPOSED);
            return stop == null ? progress(now, current) : finish(now, current, stop);
        };
    }

    private Map<String, Object> progress(Changeset changeset, AgentRun run) {
        Changeset.Progress progress = changesets.countProgress(changeset.tenantId(), changeset.id(), clock.instant());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("changesetId", changeset.id());
        payload.put("written", progress.written());
        payload.put("of", changeset.toWrite());
        events.runEvent(run, "changeset_progress", "write", payload);
        return null;
    }

    /** The writer is done: all written, or stopped at {@code stop} with the rest skipped. */
    private Map<String, Object> finish(Changeset changeset, AgentRun run, String stop) {
        String tenantId = changeset.tenantId();
        if (stop != null) {
            changesets.skipRest(tenantId, changeset.id());
        }
        Changeset.Progress progress = changesets.countProgress(tenantId, changeset.id(), clock.instant());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("changesetId", changeset.id());
        payload.put("written", progress.written());
        payload.put("failed", progress.failed());
        payload.put("skipped", progress.skipped());
        if (stop != null) {
            String why = stop + "; " + progress.written() + " written before it, " + progress.skipped()
                    + " not written. POST /api/v1/changesets/" + changeset.id() + "/rollback undoes what was written";
            changesets.moveTo(tenantId, changeset.id(), ChangesetStatus.WRITING, ChangesetStatus.PARTIAL, why, clock.instant());
            run.state().addReasons(List.of(why));
            runs.saveState(run);
            payload.put("stoppedAt", stop);
        }
        events.runEvent(run, "changeset_written", "write", payload);
        return Map.of("outcome", stop == null ? "written" : "partial");
    }

    private static Product write(CommerceConnector store, String tenantId, Changeset changeset, ChangeOperation operation) {
        String key = "changeset:" + changeset.id() + ":" + operation.seq();
        String sku = operation.asked().sku();
        ProductState after = operation.after();
        return switch (operation.asked().kind()) {
            case PRICE -> store.updatePrice(tenantId, sku, new Money(after.price(), after.currency()), key);
            case PROMOTION -> store.setPromotion(tenantId, sku, after.promoPercentOff(), key);
            case STOCK -> store.updateInventory(tenantId, sku, after.stock(), key);
        };
    }

    /**
     * Why the product no longer is what the operation was built on, or null. A product already showing the
     * operation's after-state was written by an earlier attempt of this slice (the write is sent again under its key).
     */
    static String drift(ChangeOperation operation, Product current) {
        if (current == null) {
            return "SKU " + operation.asked().sku() + " is no longer in the catalogue";
        }
        ProductState now = ProductState.of(current);
        if (sameField(operation.asked().kind(), now, operation.before()) || sameField(operation.asked().kind(), now, operation.after())) {
            return null;
        }
        return "SKU " + operation.asked().sku() + " changed since the changeset was built: its " + operation.asked().kind().code()
                + " is " + field(operation.asked().kind(), now) + ", not " + field(operation.asked().kind(), operation.before());
    }

    static boolean sameField(OperationKind kind, ProductState one, ProductState other) {
        Object a = field(kind, one);
        Object b = field(kind, other);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object field(OperationKind kind, ProductState state) {
        return switch (kind) {
            case PRICE -> state.price();
            case PROMOTION -> state.promoPercentOff();
            case STOCK -> state.stock();
        };
    }

    private ChangeOperation written(ChangeOperation operation, Product answer) {
        return with(operation, ChangeOperation.Status.WRITTEN, json.write(ProductState.of(answer)));
    }

    private ChangeOperation failed(ChangeOperation operation, String why) {
        return with(operation, ChangeOperation.Status.FAILED, json.write(Map.of("refused", shortened(String.valueOf(why)))));
    }

    private ChangeOperation with(ChangeOperation operation, ChangeOperation.Status status, String result) {
        return new ChangeOperation(operation.seq(), operation.asked(), operation.before(), operation.after(), operation.rollback(),
                operation.problems(), operation.decision(), status, new ChangeOperation.Written(result, clock.instant(), null, null));
    }

    private static String stop(ChangeOperation operation, String why) {
        return "Operation " + operation.seq() + " (" + operation.asked().kind().code() + " of SKU " + operation.asked().sku()
                + ") was not written: " + shortened(why);
    }

    /** A vendor's message as kept: its start, however long the vendor wrote it. */
    private static String shortened(String why) {
        return why == null || why.length() <= MOST_MESSAGE ? why : why.substring(0, MOST_MESSAGE) + "…";
    }
}
