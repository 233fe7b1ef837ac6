package io.commerceresolver.ticket;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.RunActions;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;

/**
 * Runs a finished ticket again in shadow mode under the rules in force now, and shows what would differ: how an
 * analyst sees what a rule change does to real tickets before or after publishing it. The store never changes.
 */
public class TicketReplays {

    private static final Set<TicketStatus> FINISHED = EnumSet.of(TicketStatus.RESOLVED, TicketStatus.DECLINED, TicketStatus.NEEDS_HUMAN,
            TicketStatus.FAILED, TicketStatus.SHADOWED);
    private static final Set<TicketStatus> UNSETTLED = EnumSet.of(TicketStatus.RECEIVED, TicketStatus.IN_PROGRESS);

    private final Tickets tickets;
    private final TicketIntake intake;
    private final TicketQueries queries;
    private final RunActions actions;

    public TicketReplays(Tickets tickets, TicketIntake intake, TicketQueries queries, RunActions actions) {
        this.tickets = tickets;
        this.intake = intake;
        this.queries = queries;
        this.actions = actions;
    }

    /** Queues the replay; its ticket shows the comparison once it has settled. */
    public TicketIntake.Accepted replay(String tenantId, String ticketId, String submittedBy) {
        Ticket original = tickets.findById(tenantId, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
        if (original.replayOf() != null) {
            throw new Conflict("Ticket " + ticketId + " is a replay of " + original.replayOf() + ": replay that ticket instead");
        }
        if (!FINISHED.contains(original.status())) {
            throw new Conflict("Ticket " + ticketId + " is " + original.status() + ": only a finished ticket can be replayed");
        }
        if (original.intent() == null) {
            throw new Conflict("Ticket " + ticketId + " was never read, so there is no reading to replay");
        }
        return intake.acceptReplay(original, submittedBy);
    }

    /** The comparison, once the replay has settled; empty for a ticket that is no replay or is still running. */
    public Optional<ReplayComparison> comparison(TicketView replay) {
        String originalId = replay.ticket().replayOf();
        if (originalId == null || UNSETTLED.contains(replay.ticket().status())) {
            return Optional.empty();
        }
        TicketView original = queries.view(replay.ticket().tenantId(), originalId);
        return Optional.of(ReplayComparison.of(originalId, replay.ticket().id(), outcome(original), outcome(replay)));
    }

    private ReplayComparison.Outcome outcome(TicketView view) {
        Decision triage = view.decision();
        Decision decided = view.runDecision();
        AgentRun run = view.run();
        List<String> fired = new ArrayList<>();
        if (triage != null) {
            fired.addAll(triage.firedRules());
        }
        if (decided != null) {
            fired.addAll(decided.firedRules());
        }
        // before human_handoff, a ticket the rules gave to a person had no run: the same outcome as a human_handoff run
        String playbook = triage == null ? null : triage.playbook() == null && run == null ? HandOver.HUMAN_HANDOFF : triage.playbook();
        return new ReplayComparison.Outcome(triage == null ? null : triage.rulesVersion(), playbook,
                triage == null ? 0 : triage.tier(), decided == null ? null : decided.allowed(),
                decided == null ? null : decided.approvalRequired(), decided == null ? null : decided.approverRole(), ending(run),
                run == null ? List.of() : writes(run), fired);
    }

    private static String ending(AgentRun run) {
        if (run == null) {
            return RunStatus.HANDED_OVER.name();
        }
        if (run.status() == RunStatus.SHADOWED && run.state().getWouldEnd() != null) {
            return run.state().getWouldEnd();
        }
        return run.status().name();
    }

    private List<String> writes(AgentRun run) {
        return actions.of(run.tenantId(), run.id()).stream()
                .map(action -> action.amount() == null ? action.tool()
                        : action.tool() + " " + action.amount().amount().toPlainString() + " " + action.amount().currency())
                .toList();
    }
}
