package io.commerceresolver.changeset;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.ProcessEngine;
import io.commerceresolver.playbook.RunStatus;
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

    public ChangesetJobs(Changesets changesets, PlaybookRuns runs, ProcessEngine engine, WorkQueue work, Transactions transactions,
                         Clock clock, ChangesetWriter writer, ChangesetReadBack readBack, ChangesetSeal seal) {
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
        Phase phase = phases.get(job.ref().substring(job.ref().lastIndexOf(':') + 1));
        Changeset changeset = changesets.find(job.tenantId(), changesetId).orElse(null);
        AgentRun run = changeset == null || changeset.runId() == null ? null : runs.get(job.tenantId(), changeset.runId());
        if (phase == null || run == null || run.status().isFinal()) {
            // an operator stopped the run meanwhile (its follower records that), or the job names nothing there is
            transactions.inTransaction(() -> work.done(job));
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
            if (current.status() == RunStatus.CANCELLED) {
                work.done(job);
                return;
            }
            if (outcome instanceof ChangesetWriter.Unavailable unavailable) {
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
            engine.completeStep(changesets.waitingStep(job.tenantId(), changesetId).orElseThrow(), finished);
        });
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
        });
    }

    static List<String> skus(List<ChangeOperation> operations) {
        return operations.stream().map(operation -> operation.asked().sku()).distinct().toList();
    }
}
