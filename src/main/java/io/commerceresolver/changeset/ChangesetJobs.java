package io.commerceresolver.changeset;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.ProcessEngine;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptSealing;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * The changeset's work outside the process engine: writing its operations ({@link ChangesetWriter}), reading the
 * changed products back ({@link ChangesetReadBack}) and sealing its receipt ({@link ChangesetSeal}). Each phase is
 * one job ({@code changesetId:phase}); a phase that is not done by the end of a slice puts itself off to go on, and the
 * last slice completes the process step that waits for it, in the transaction that records its outcome. The store is
 * never called inside a transaction.
 */
public class ChangesetJobs implements JobHandler {

    static final String WRITE = "write";
    static final String VERIFY = "verify";
    static final String SEAL = "seal";

    /** One phase of the work; {@link #slice} runs outside any transaction, {@link #record} inside one. */
    interface Phase {

        /** Does the next part of the phase's remote work; what it found is kept until {@link Outcome#record}. */
        Outcome slice(Changeset changeset, AgentRun run) throws InterruptedException;
    }

    /**
     * The store cannot be reached for now: what the slice did before is recorded, the run is parked and the phase goes
     * on at {@code retryAt}.
     */
    record Unavailable(Outcome soFar, Instant retryAt, String why) implements Outcome {

        @Override
        public Map<String, Object> record(Changeset changeset, AgentRun run) {
            soFar.record(changeset, run);
            return null;
        }
    }

    /** What a slice did, recorded in one short transaction with the run locked. */
    interface Outcome {

        /** Records it; returns the step's outputs when the phase is over, null when there is more to do. */
        Map<String, Object> record(Changeset changeset, AgentRun run);
    }

    private final Changesets changesets;
    private final PlaybookRuns runs;
    private final ProcessEngine engine;
    private final WorkQueue work;
    private final Transactions transactions;
    private final Clock clock;
    private final Map<String, Phase> phases;
    private final ReceiptSealing sealing;

    public ChangesetJobs(Changesets changesets, PlaybookRuns runs, ProcessEngine engine, WorkQueue work, Transactions transactions,
                         Clock clock, ChangesetWriter writer, ChangesetReadBack readBack, ChangesetSeal seal, ReceiptSealing sealing) {
        this.sealing = sealing;
        this.changesets = changesets;
        this.runs = runs;
        this.engine = engine;
        this.work = work;
        this.transactions = transactions;
        this.clock = clock;
        this.phases = Map.of(WRITE, writer, VERIFY, readBack, SEAL, seal);
    }

    static String ref(String changesetId, String phase) {
        return changesetId + ":" + phase;
    }

    @Override
    public JobKind kind() {
        return JobKind.CHANGESET_STEP;
    }

    @Override
    public void handle(Job job) {
        String changesetId = job.ref().substring(0, job.ref().lastIndexOf(':'));
        String phaseName = job.ref().substring(job.ref().lastIndexOf(':') + 1);
        Phase phase = phases.get(phaseName);
        Changeset changeset = changesets.find(job.tenantId(), changesetId).orElse(null);
        AgentRun run = changeset == null || changeset.runId() == null ? null : runs.get(job.tenantId(), changeset.runId());
        if (phase == null || run == null) {
            transactions.inTransaction(() -> work.done(job));
            return;
        }
        if (run.status().isFinal()) {
            // an operator stopped the run between two slices: what was written stays, the rest is skipped, and sealed
            transactions.inTransaction(() -> {
                ended(changesets.find(job.tenantId(), changesetId).orElseThrow(), runs.lock(run.tenantId(), run.id()));
                work.done(job);
            });
            return;
        }
        Outcome outcome;
        try {
            outcome = phase.slice(changeset, run);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        transactions.inTransaction(() -> {
            // the run's lock first, as an operator's cancel takes it: one of the two sees the other's outcome
            AgentRun current = runs.lock(run.tenantId(), run.id());
            Changeset now = changesets.find(job.tenantId(), changesetId).orElseThrow();
            Map<String, Object> finished = outcome.record(now, current);
            if (current.status().isFinal()) {
                // stopped while this slice was out: its writes are recorded above, before the changeset is closed
                ended(changesets.find(job.tenantId(), changesetId).orElseThrow(), current);
                work.done(job);
                return;
            }
            if (outcome instanceof Unavailable unavailable) {
                runs.park(current);
                work.retryAt(job, unavailable.retryAt(), unavailable.why());
                return;
            }
            runs.resumeIfParked(current);
            if (finished == null) {
                work.later(job, clock.instant());
                return;
            }
            work.done(job);
            // only the step that waits for this phase: a job of an earlier phase, late after its lease ran out and done
            // by another worker meanwhile, must not move the process on from a later step
            changesets.waitingStep(job.tenantId(), changesetId, phaseName).ifPresent(step -> engine.completeStep(step, finished));
        });
    }

    /**
     * Closes a changeset whose run ended while it was being carried out (cancelled, failed): operations not written
     * are skipped, and it is sealed with what was written. Works in the caller's transaction, the run locked.
     */
    private void ended(Changeset changeset, AgentRun run) {
        if (changeset.status() == ChangesetStatus.WRITING) {
            ChangesetStatus to = run.status() == RunStatus.CANCELLED ? ChangesetStatus.CANCELLED : ChangesetStatus.FAILED;
            String why = run.state().getReasons().isEmpty() ? "Its run ended " + run.status().name().toLowerCase()
                    : String.join("; ", run.state().getReasons());
            changesets.moveTo(changeset.tenantId(), changeset.id(), ChangesetStatus.WRITING, to, why, clock.instant());
        }
        changesets.skipRest(changeset.tenantId(), changeset.id());
        changesets.countProgress(changeset.tenantId(), changeset.id(), clock.instant());
        if (changeset.receiptId() == null) {
            sealing.seal(changeset.tenantId(), ReceiptRecord.Kind.CHANGESET, changeset.id());
        }
    }

    @Override
    public void giveUp(Job job, String error) {
        String changesetId = job.ref().substring(0, job.ref().lastIndexOf(':'));
        changesets.find(job.tenantId(), changesetId).filter(changeset -> changeset.runId() != null).ifPresent(changeset -> {
            AgentRun run = runs.lock(job.tenantId(), changeset.runId());
            if (run.status() != RunStatus.CANCELLED) {
                runs.fail(run, "Changeset " + changesetId + ": the " + job.ref().substring(job.ref().lastIndexOf(':') + 1)
                        + " step failed on every attempt: " + error);
            }
            ended(changesets.find(job.tenantId(), changesetId).orElseThrow(), runs.get(job.tenantId(), changeset.runId()));
        });
    }

    static List<String> skus(List<ChangeOperation> operations) {
        return operations.stream().map(operation -> operation.asked().sku()).distinct().toList();
    }
}
