package io.commerceresolver.changeset;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.changeset.process.ChangesetPlaybook;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.FeatureSteps;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.PlaybookSteps;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.StepRef;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * The steps of processes/changeset.bpmn (task type FeatureStep, feature {@code changeset}). Each works in the process
 * engine's transaction and makes no remote call: the writing, the read-back and the sealing are jobs
 * ({@link ChangesetJobs}) that complete their step when done; telling people is queued mail.
 */
public class ChangesetSteps implements FeatureSteps {

    /** The operation an approver is asked to allow, as the approval and the run's story name it. */
    static final String OPERATION = "write_catalogue";

    private final Changesets changesets;
    private final PlaybookRuns runs;
    private final WorkQueue work;
    private final EventLog events;
    private final ChangesetNotices notices;
    private final Clock clock;

    public ChangesetSteps(Changesets changesets, PlaybookRuns runs, WorkQueue work, EventLog events, ChangesetNotices notices, Clock clock) {
        this.clock = clock;
        this.changesets = changesets;
        this.runs = runs;
        this.work = work;
        this.events = events;
        this.notices = notices;
    }

    @Override
    public String feature() {
        return ChangesetPlaybook.NAME;
    }

    @Override
    public Map<String, Object> carryOut(String step, String tenantId, String runId, StepRef waiting) {
        RunContext run = runs.context(tenantId, runId);
        Changeset changeset = changeset(run);
        return switch (step) {
            case "decide" -> Map.of("route", decide(run, changeset));
            case "write" -> begin(run.run(), changeset, ChangesetJobs.WRITE, waiting);
            case "verify" -> begin(run.run(), changeset, ChangesetJobs.VERIFY, waiting);
            case "seal" -> begin(run.run(), changeset, ChangesetJobs.SEAL, waiting);
            case "notify" -> {
                notices.tell(changeset, run.run());
                yield Map.of();
            }
            default -> throw new IllegalStateException("processes/changeset.bpmn names a step '" + step + "' that the changeset feature does not have");
        };
    }

    /**
     * The run takes the changeset's decision as its own (made when it was built, operation by operation and on the
     * batch as a whole): the authorise subprocess then goes ahead, asks the approver it names, or declines.
     */
    private String decide(RunContext run, Changeset changeset) {
        OperationDecision decision = changeset.decision();
        RunState state = run.state();
        List<String> reasons = decision.reasons();
        boolean allowed = decision.allowed() && !state.isShadow();
        if (state.isShadow()) {
            // a shadow run writes nothing, and a changeset is nothing but its writes
            reasons = List.of("The tenant runs in shadow mode: a changeset is not written");
        }
        state.setAuthorisation(new RunState.Authorisation(OPERATION, decision.decisionId(), allowed, decision.approvalRequired(),
                decision.approverRole(), null, null, reasons, decision.tier(), null));
        if (!allowed) {
            state.addReasons(reasons);
        }
        runs.saveState(run.run());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("changesetId", changeset.id());
        payload.put("tier", decision.tier());
        payload.put("approverRole", decision.approverRole());
        payload.put("operations", changeset.toWrite());
        payload.put("reasons", reasons);
        events.runEvent(run.run(), "note", "decide", payload);
        return !allowed ? PlaybookSteps.DECLINED : decision.approvalRequired() ? PlaybookSteps.APPROVAL : PlaybookSteps.AUTO;
    }

    /** Leaves the step waiting for its job, which completes it. */
    private Map<String, Object> begin(AgentRun run, Changeset changeset, String phase, StepRef waiting) {
        if (ChangesetJobs.WRITE.equals(phase)) {
            changesets.moveTo(run.tenantId(), changeset.id(), ChangesetStatus.CONFIRMED, ChangesetStatus.WRITING, null, clock.instant());
        }
        changesets.waitIn(run.tenantId(), changeset.id(), phase, waiting);
        work.enqueue(run.tenantId(), JobKind.CHANGESET_STEP, ChangesetJobs.ref(changeset.id(), phase));
        return null;
    }

    private Changeset changeset(RunContext run) {
        String id = ((ChangesetPlaybook.ChangesetPlan) run.plan()).changesetId();
        return changesets.find(run.run().tenantId(), id).orElseThrow(() -> new NotFound("changeset", id));
    }
}
