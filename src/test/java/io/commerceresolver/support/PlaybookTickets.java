package io.commerceresolver.support;

import java.util.List;
import java.util.Set;

import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.auth.SecurityPolicy;
import org.springframework.stereotype.Component;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * What an in-process playbook test does around its process, as a store's customers and approvers would: a customer
 * writes, everything that follows settles, an approver decides, the store is read. Call within the tenant's scope.
 */
@Component
public class PlaybookTickets {

    public static final String APPROVER = "lead@store.example";

    private final TicketIntake intake;
    private final Settling settling;
    private final PlaybookRuns runs;
    private final ApprovalInbox approvals;
    private final CommerceConnector store;

    public PlaybookTickets(TicketIntake intake, Settling settling, PlaybookRuns runs, ApprovalInbox approvals, CommerceConnector store) {
        this.intake = intake;
        this.settling = settling;
        this.runs = runs;
        this.approvals = approvals;
        this.store = store;
    }

    /** The run of the ticket {@code customer} writes, once it waits or has ended. */
    public AgentRun runFor(String tenantId, String customer, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, customer, null, text), null, "api-key:test").ticketId();
        settling.settled(tenantId, ticketId);
        return runs.forTicket(tenantId, ticketId).orElseThrow();
    }

    /** The run's approval decided by {@link #APPROVER}, an approver, and what follows settled. */
    public void decide(String tenantId, AgentRun run, boolean approved, String reason) {
        approvals.decide(Caller.user(tenantId, APPROVER, Set.of(Role.APPROVER)), approvals.forRun(tenantId, run.id()).orElseThrow().id(),
                approved, reason);
        settling.settled(tenantId, run.ticketId());
    }

    public Approval approval(AgentRun run) {
        return approvals.forRun(run.tenantId(), run.id()).orElseThrow();
    }

    /** {@code who}, holding {@code role}, decides the run's approval; the run then settles. */
    public void decide(AgentRun run, String who, Role role, boolean approved, String reason) {
        approvals.decide(Caller.user(run.tenantId(), who, Set.of(role)), approval(run).id(), approved, reason);
        settling.settled(run.tenantId(), run.ticketId());
    }

    public AgentRun run(String tenantId, AgentRun run) {
        return runs.get(tenantId, run.id());
    }

    public Order order(String tenantId, String orderId) {
        return store.getOrder(tenantId, orderId).orElseThrow();
    }

    /** Someone with one role, as Kogito's user tasks see them. */
    public static SecurityPolicy as(String user, String role) {
        return SecurityPolicy.of(IdentityProviders.of(user, List.of(role)));
    }
}
