package io.commerceresolver.approval;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/**
 * What an operator may do to a waiting approval: hand it to a named person of the tenant who holds its role, or
 * withdraw it when its run is cancelled. Handing it over decides nothing: whoever decides is checked at decision time
 * as always ({@link ApprovalInbox#decide}: the role, and never the person who asked for it or handed the ticket in).
 */
public class ApprovalOperations {

    /** Usernames as the user directory spells them. */
    private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@+-]{1,99}";

    /** Is {@code username} an active person of the tenant, and with which roles (as the approval's role names them)? */
    public interface People {
        Optional<Caller> activePerson(String tenantId, String username);
    }

    public record Reassigned(Approval approval, String assignee, boolean changed) {
    }

    private final Approvals approvals;
    private final ApprovalAssignments assignments;
    private final People people;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ApprovalOperations(Approvals approvals, ApprovalAssignments assignments, People people, AuditLog audit,
                              Transactions transactions, Clock clock) {
        this.approvals = approvals;
        this.assignments = assignments;
        this.people = people;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Hands a pending approval to {@code assignee}. Idempotent: handing it to whom it is handed to already changes
     * nothing and records nothing.
     *
     * @throws BadRequest if nobody of that name can decide it (unknown, disabled, without the role, or the requester)
     * @throws Conflict   if it is not pending any more
     */
    public Reassigned reassign(Caller operator, String approvalId, String assignee) {
        if (assignee == null || !assignee.matches(USERNAME)) {
            throw new BadRequest("assignee", "Field 'assignee' must be the username of a person of your tenant");
        }
        String tenantId = operator.tenantId();
        return transactions.inTransaction(() -> {
            Approval approval = approvals.findById(tenantId, approvalId).orElseThrow(() -> new NotFound("approval", approvalId));
            if (approval.outcome() != ApprovalOutcome.PENDING) {
                throw new Conflict("Approval " + approvalId + " is " + approval.outcome().name().toLowerCase()
                        + " already; only a waiting approval can be handed to someone else");
            }
            Caller person = people.activePerson(tenantId, assignee).orElseThrow(() -> new BadRequest("assignee",
                    "There is no active person '" + assignee + "' in your tenant"));
            Set<String> roles = ApprovalInbox.approverRoles(person);
            if (!roles.contains(approval.approverRole())) {
                throw new BadRequest("assignee", person.name() + " does not hold the role '" + approval.approverRole()
                        + "' this tier-" + approval.tier() + " approval needs");
            }
            if (person.principal().equals(approval.submittedBy()) || person.name().equalsIgnoreCase(approval.requestedBy())) {
                throw new BadRequest("assignee", person.name() + " asked for this action or handed in its ticket, and may not decide it");
            }
            Optional<String> before = assignments.assignee(tenantId, approvalId);
            if (before.filter(person.name()::equals).isPresent()) {
                return new Reassigned(approval, person.name(), false);
            }
            if (!assignments.assign(tenantId, approvalId, person.name())) {
                throw new Conflict("Approval " + approvalId + " was decided a moment ago");
            }
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("assignee", before.orElse(null));
            was.put("approverRole", approval.approverRole());
            audit.record(operator, "approval.reassign", approvalId, was, Map.of("assignee", person.name(), "runId", approval.runId()));
            return new Reassigned(approval, person.name(), true);
        });
    }

    public Optional<String> assignee(String tenantId, String approvalId) {
        return assignments.assignee(tenantId, approvalId);
    }

    /**
     * Closes the run's pending approval, by no one, because the run was cancelled: deciding it later is a conflict. In
     * the caller's transaction. Returns the process instance of the approval's subprocess, if one was pending.
     */
    public Optional<String> withdraw(String tenantId, String runId, String why) {
        Optional<Approval> pending = approvals.findByRun(tenantId, runId).filter(approval -> approval.outcome() == ApprovalOutcome.PENDING);
        pending.ifPresent(approval -> {
            if (!approvals.decide(tenantId, approval.id(), ApprovalOutcome.EXPIRED, null, why, clock.instant())) {
                // decided by an approver a moment ago: the cancel must not go on as if nobody had
                throw new Conflict("Approval " + approval.id() + " was decided while the run was being cancelled; look at the run again");
            }
        });
        return pending.map(Approval::processInstanceId);
    }
}
