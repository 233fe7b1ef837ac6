package io.commerceresolver.playbook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.connector.Money;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.privacy.PersonalDataMask;

/**
 * Every kind of step a playbook's BPMN can name, for every playbook: a tool call, a question to the rules, an approval
 * asked for and recorded, the run's end (checks of what the store shows are {@link PlaybookChecks}). One generic task handler calls these;
 * what a step does comes from the BPMN's inputs and the run's typed state, never from a per-playbook class.
 */
public class PlaybookSteps {

    /** Routes out of a {@link #decide} step. */
    public static final String AUTO = "auto";
    public static final String APPROVAL = "approval";
    public static final String DECLINED = "declined";

    private final PlaybookRuns runs;
    private final Playbooks playbooks;
    private final ToolExecutor tools;
    private final RunPolicy policy;
    private final ApprovalInbox approvals;
    private final EventLog events;
    private final PlaybookSettings settings;
    private final PlaybookMetrics metrics;

    public PlaybookSteps(PlaybookRuns runs, Playbooks playbooks, ToolExecutor tools, RunPolicy policy, ApprovalInbox approvals,
                         EventLog events, PlaybookSettings settings, PlaybookMetrics metrics) {
        this.runs = runs;
        this.playbooks = playbooks;
        this.tools = tools;
        this.policy = policy;
        this.approvals = approvals;
        this.events = events;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** A tool step: its outcome now, or null while its call is queued (see {@link ToolExecutor#begin}). */
    public String tool(String tenantId, String runId, String step, String tool, String template, StepRef waiting) {
        return tools.begin(runs.context(tenantId, runId), step, tool, template, waiting);
    }

    /** A repair step: the write of step {@code step} sent again under its key; null while it is queued. */
    public String repair(String tenantId, String runId, String step, String tool, StepRef waiting) {
        return tools.resend(runs.context(tenantId, runId), step, tool, waiting);
    }

    /** Asks the rules whether the run may do {@code operation}, and who must approve it; returns the route. */
    public String decide(String tenantId, String runId, String operation) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        if (state.getOrder() == null && declaration(run).readsAnOrder()) {
            state.setAuthorisation(new RunState.Authorisation(operation, null, false, false, null, null, null, state.getReasons()));
            runs.saveState(run.run());
            return DECLINED;
        }
        List<String> problems = problems(run, operation);
        if (!problems.isEmpty()) {
            state.addReasons(problems);
            state.setAuthorisation(new RunState.Authorisation(operation, null, false, false, null, null, null, problems));
            runs.saveState(run.run());
            events.runEvent(run.run(), "note", "decide_" + operation, Map.of("refused", operation, "why", problems));
            return DECLINED;
        }
        Proposal proposal = proposal(run, operation);
        Money amount = proposal.amount();
        Decision decision = policy.decide(run, "decide_" + operation, operation, proposal);
        state.setAuthorisation(new RunState.Authorisation(operation, decision.id(), decision.allowed(), decision.approvalRequired(),
                decision.approverRole(), amount == null ? null : amount.amount(), amount == null ? null : amount.currency(),
                decision.reasons(), decision.tier(), proposal.price()));
        if (!decision.allowed()) {
            state.addReasons(decision.reasons());
        }
        runs.saveState(run.run());
        if (decision.allowed() && decision.approvalRequired() && state.isShadow()) {
            // nobody is asked in shadow mode: the run records whom it would have asked and plans on as if they agreed
            events.runEvent(run.run(), "note", "decide_" + operation, Map.of("shadow", "would ask the '" + decision.approverRole()
                    + "' role to approve " + operation + ", and plans on as if they agreed", "decisionId", decision.id()));
            return AUTO;
        }
        return !decision.allowed() ? DECLINED : decision.approvalRequired() ? APPROVAL : AUTO;
    }

    /** The write the run's plan asks for, for a Decide step that names none (see {@link PlaybookDeclaration#plannedOperation}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String plannedOperation(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        PlaybookDeclaration declaration = declaration(run);
        return declaration.plannedOperation(run.plan());
    }

    private PlaybookDeclaration<?> declaration(RunContext run) {
        return playbooks.declaration(run.run().playbook());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String> problems(RunContext run, String operation) {
        PlaybookDeclaration declaration = declaration(run);
        return declaration.problems(operation, run.plan(), run.state());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Proposal proposal(RunContext run, String operation) {
        PlaybookDeclaration declaration = declaration(run);
        return declaration.propose(operation, run.plan(), run.state(), policy.thresholds(run));
    }

    /** Who may decide a run's approval, and how long it may wait for them before it moves up a tier. */
    public record ApprovalWait(String approverRole, Duration deadline) {
    }

    /** Puts the run's proposal in the approval inbox, with the tenant's deadline. */
    public ApprovalWait requestApproval(String tenantId, String runId, String processInstanceId) {
        RunContext run = runs.context(tenantId, runId);
        RunState.Authorisation proposal = run.state().getAuthorisation();
        String requester = run.plan().requesterEmail();
        String what = proposal.operation() + (proposal.amount() == null ? "" : " " + proposal.amount() + " " + proposal.currency())
                + " on " + run.plan().subject() + (proposal.price() == null ? "" : ", price " + proposal.price().described())
                + " requested by ";
        // the decision's tier, which may be above the ticket's (a large price change is tier 3)
        int tier = proposal.tier() == null ? run.run().tier() : Math.max(proposal.tier(), run.run().tier());
        Duration deadline = settings.approvalDeadline(tenantId);
        Approval.Proposal asked = new Approval.Proposal(proposal.operation(), proposal.amount(), proposal.currency(), run.plan().orderId(),
                proposal.decisionId());
        Approval approval = approvals.request(tenantId, runId, tier, proposal.approverRole(), requester, what + requester,
                asked, processInstanceId, deadline);
        // the approver sees who asked; the story, a masked address
        events.runEvent(run.run(), "approval_requested", "approval", Map.of("approvalId", approval.id(),
                "approverRole", proposal.approverRole(), "summary", what + PersonalDataMask.maskedEmail(String.valueOf(requester)),
                "dueAt", approval.dueAt()));
        runs.waitForApproval(run.run());
        metrics.approvalRequested(run.run(), approval.tier());
        return new ApprovalWait(approval.approverRole(), Duration.between(approval.requestedAt(), approval.dueAt()));
    }

    /** Records who decided the approval and how; returns whether the run may go on. */
    public boolean recordApproval(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        Approval approval = approvals.forRun(tenantId, runId).orElseThrow();
        RunState state = run.state();
        state.setApproval(new RunState.ApprovalRecord(approval.id(), approval.outcome().name(), approval.decidedBy(), approval.reason()));
        boolean approved = approval.outcome() == ApprovalOutcome.APPROVED;
        if (!approved) {
            state.addReasons(List.of("Not approved by " + approval.decidedBy() + (approval.reason() == null ? "" : ": " + approval.reason())));
        }
        runs.saveState(run.run());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("approvalId", approval.id());
        payload.put("outcome", approval.outcome().name());
        payload.put("decidedBy", approval.decidedBy());
        payload.put("reason", approval.reason());
        events.runEvent(run.run(), "approval", "approval", payload);
        if (approval.decidedAt() != null) {
            metrics.approvalDecided(run.run(), approval.outcome().name(), Duration.between(approval.requestedAt(), approval.decidedAt()));
        }
        runs.resume(runs.get(tenantId, runId));
        return approved;
    }

    public void finish(String tenantId, String runId, String status) {
        runs.finish(runs.get(tenantId, runId), RunStatus.valueOf(status));
    }
}
