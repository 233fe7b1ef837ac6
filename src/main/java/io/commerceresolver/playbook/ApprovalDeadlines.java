package io.commerceresolver.playbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.security.Role;
import io.commerceresolver.user.AppUser;
import io.commerceresolver.user.UserDirectory;

/**
 * What an approval's deadlines do when a person has not decided in time (processes/authorise.bpmn's timer path).
 * The first moves it up to the senior approvers and tells them; the second closes it as expired, and the process
 * then tells the customer and hands the ticket to a person. Both run in the transaction of the timer that fired.
 */
public class ApprovalDeadlines {

    /** Where an approval goes when its first deadline passes: the top tier of the policy (rules/approvals.drl). */
    private static final int SENIOR_TIER = 3;

    private final PlaybookRuns runs;
    private final ApprovalInbox approvals;
    private final PlaybookSettings settings;
    private final UserDirectory users;
    private final MailOutbox staffMail;
    private final EventLog events;
    private final PlaybookMetrics metrics;

    public ApprovalDeadlines(PlaybookRuns runs, ApprovalInbox approvals, PlaybookSettings settings, UserDirectory users,
                             MailOutbox staffMail, EventLog events, PlaybookMetrics metrics) {
        this.metrics = metrics;
        this.runs = runs;
        this.approvals = approvals;
        this.settings = settings;
        this.users = users;
        this.staffMail = staffMail;
        this.events = events;
    }

    /** The role the escalated approval now waits for, and how long it may wait for it. */
    public record Escalated(String approverRole, Duration finalDeadline) {
    }

    public Escalated escalate(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Approval before = approvals.forRun(tenantId, runId).orElseThrow();
        Duration finalDeadline = settings.approvalFinalDeadline(tenantId);
        String seniors = Role.SENIOR_APPROVER.code();
        Approval after = approvals.escalate(tenantId, runId, Math.max(before.tier(), SENIOR_TIER), seniors, finalDeadline);
        List<String> told = tellSeniors(tenantId, after);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("approvalId", after.id());
        payload.put("fromRole", before.approverRole());
        payload.put("toRole", after.approverRole());
        payload.put("tier", after.tier());
        payload.put("expiresAt", after.dueAt());
        payload.put("seniorsTold", told.size());
        events.runEvent(run, "approval_escalated", "approval", payload);
        return new Escalated(seniors, finalDeadline);
    }

    public void expire(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        Approval expired = approvals.expire(tenantId, runId);
        RunState state = run.state();
        state.setApproval(new RunState.ApprovalRecord(expired.id(), expired.outcome().name(), null, expired.reason()));
        state.addReasons(List.of("No approver decided in time, so a member of the team will take your request from here"));
        runs.saveState(run.run());
        events.runEvent(run.run(), "approval_expired", "approval", Map.of("approvalId", expired.id(), "why", expired.reason()));
        metrics.approvalDecided(run.run(), expired.outcome().name(), Duration.between(expired.requestedAt(), expired.decidedAt()));
    }

    /** One mail per active senior approver whose user name is an address; the inbox shows it to the others. */
    private List<String> tellSeniors(String tenantId, Approval approval) {
        List<String> told = new ArrayList<>();
        for (AppUser user : users.all(tenantId)) {
            if (user.isActive() && user.roles().contains(Role.SENIOR_APPROVER) && user.username().contains("@")) {
                staffMail.enqueue(tenantId, "escalated:" + approval.id() + ":" + user.username(), user.username(),
                        "Approval waiting for you: " + approval.summary(),
                        "An approval was not decided in time and now needs a senior approver.\n\n" + approval.summary()
                                + "\n\nIt expires at " + approval.dueAt() + ". Approval " + approval.id() + " in the inbox.");
                told.add(user.username());
            }
        }
        return told;
    }
}
