package io.commerceresolver.approval;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/**
 * Approvals that playbooks wait for. A decision is taken once: the first person to decide wins and a second
 * attempt is a conflict. Who decided is the verified caller; whoever asked for the action or handed in the ticket
 * may not approve it.
 */
public class ApprovalInbox {

    private static final int MAX_REASON = 2000;

    private final Approvals approvals;
    private final PausedPlaybooks playbooks;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditLog audit;
    private final Requested requested;

    /** Told of each approval once, when it is first asked for, in the transaction that stores it. */
    public interface Requested {
        void requested(Approval approval);
    }

    public ApprovalInbox(Approvals approvals, PausedPlaybooks playbooks, Transactions transactions, Clock clock, AuditLog audit,
                         Requested requested) {
        this.audit = audit;
        this.requested = requested;
        this.approvals = approvals;
        this.playbooks = playbooks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param processInstanceId the process instance whose task waits for the decision
     * @param deadline how long it may wait before it moves up a tier
     */
    public Approval request(String tenantId, String runId, int tier, String approverRole, String requestedBy, String summary,
                            Approval.Proposal proposal, String processInstanceId, Duration deadline) {
        Instant now = clock.instant();
        Approval approval = new Approval(Ids.newId(), tenantId, runId, tier, approverRole, requestedBy, summary, null,
                ApprovalOutcome.PENDING, null, now, null, processInstanceId, null, now.plus(deadline), null, proposal);
        boolean asked = approvals.insertIfAbsent(approval);
        Approval stored = approvals.findByRun(tenantId, runId).orElseThrow();
        if (asked) {
            // a retried step finds its request stored and tells nobody again
            requested.requested(stored);
        }
        return stored;
    }

    /** A page of the tenant's approvals with {@code outcome}, oldest first, after the approval {@code after} if given. */
    public List<Approval> withOutcome(String tenantId, ApprovalOutcome outcome, String after, int limit) {
        return approvals.findByOutcome(tenantId, outcome, after, limit);
    }

    public Approval get(String tenantId, String approvalId) {
        return approvals.findById(tenantId, approvalId).orElseThrow(() -> new NotFound("approval", approvalId));
    }

    public Optional<Approval> forRun(String tenantId, String runId) {
        return approvals.findByRun(tenantId, runId);
    }

    /**
     * Decides as the verified caller. The approval's role must be one of the caller's (a senior approver may decide
     * what an approver may), and nobody decides what they asked for or handed in, whatever roles they hold.
     */
    public Approval decide(Caller decider, String approvalId, Boolean approve, String reason) {
        if (approve == null) {
            throw new BadRequest("approved", "Field 'approved' is required: true to approve, false to reject");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BadRequest("reason", "Field 'reason' must be at most " + MAX_REASON + " characters");
        }
        String tenantId = decider.tenantId();
        Approval approval = get(tenantId, approvalId);
        if (approval.outcome() == ApprovalOutcome.EXPIRED) {
            throw new Conflict("Approval " + approvalId + " expired at " + approval.decidedAt() + "; a person has taken the ticket over");
        }
        if (approval.outcome() != ApprovalOutcome.PENDING) {
            throw new Conflict("Approval " + approvalId + " was already " + approval.outcome().name().toLowerCase()
                    + " by " + approval.decidedBy());
        }
        Set<String> roles = approverRoles(decider);
        if (!roles.contains(approval.approverRole())) {
            throw new Forbidden("This tier-" + approval.tier() + " approval needs the role '" + approval.approverRole()
                    + "'; " + decider.principal() + " has " + roles.stream().sorted().toList());
        }
        if (decider.principal().equals(approval.submittedBy())) {
            throw new Forbidden(decider.principal() + " handed in the ticket behind this approval: someone else must decide it");
        }
        if (decider.name().equalsIgnoreCase(approval.requestedBy())) {
            throw new Forbidden("The person who asked for this action cannot approve it");
        }
        ApprovalOutcome outcome = approve ? ApprovalOutcome.APPROVED : ApprovalOutcome.REJECTED;
        // the decision and the resumed playbook commit together: if the service stops half-way, the approval is
        // still pending and its task still open, and deciding again is all it takes
        transactions.inTransaction(() -> {
            playbooks.lockRun(tenantId, approval.runId());
            if (!approvals.decide(tenantId, approvalId, outcome, decider.principal(), reason, clock.instant())) {
                throw new Conflict("Approval " + approvalId + " was decided by someone else a moment ago");
            }
            audit.record(decider, "approval." + outcome.name().toLowerCase(Locale.ROOT), approvalId,
                    Map.of("outcome", approval.outcome().name(), "tier", approval.tier(), "runId", approval.runId()),
                    reason == null ? Map.of("outcome", outcome.name()) : Map.of("outcome", outcome.name(), "reason", reason));
            playbooks.resume(tenantId, approval.runId(), approval.processInstanceId(), approve, decider.principal(), roles);
        });
        return get(tenantId, approvalId);
    }

    /**
     * The run's approval waited past its deadline: it moves up to {@code tier} and {@code approverRole} and may wait
     * {@code finalDeadline} more. In the caller's transaction, with the process step that asked.
     *
     * @throws Conflict if it was decided in the meantime (the deadline is moot; the step is undone)
     */
    public Approval escalate(String tenantId, String runId, int tier, String approverRole, Duration finalDeadline) {
        Approval approval = forRun(tenantId, runId).orElseThrow(() -> new NotFound("approval of run", runId));
        Instant now = clock.instant();
        if (!approvals.escalate(tenantId, approval.id(), tier, approverRole, now.plus(finalDeadline), now)) {
            throw new Conflict("Approval " + approval.id() + " was decided before its deadline passed");
        }
        return get(tenantId, approval.id());
    }

    /**
     * The run's approval waited past its final deadline: it is closed as expired, by no one. In the caller's
     * transaction, with the process step that asked.
     *
     * @throws Conflict if it was decided in the meantime
     */
    public Approval expire(String tenantId, String runId) {
        Approval approval = forRun(tenantId, runId).orElseThrow(() -> new NotFound("approval of run", runId));
        String why = "Nobody decided it by its final deadline, " + approval.dueAt();
        if (!approvals.decide(tenantId, approval.id(), ApprovalOutcome.EXPIRED, null, why, clock.instant())) {
            throw new Conflict("Approval " + approval.id() + " was decided before its final deadline passed");
        }
        return get(tenantId, approval.id());
    }

    /** The approval roles the caller holds, as the rules and the process tasks name them. */
    public static Set<String> approverRoles(Caller caller) {
        Set<String> roles = new TreeSet<>();
        caller.roles().forEach(role -> roles.add(role.code()));
        if (caller.has(Role.SENIOR_APPROVER)) {
            roles.add(Role.APPROVER.code());
        }
        return roles;
    }
}
