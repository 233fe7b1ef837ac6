package io.commerceresolver.changeset;

import java.time.Clock;

import io.commerceresolver.changeset.process.ChangesetPlaybook;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * Confirming a changeset starts its run (processes/changeset.bpmn), with a ticket of its own so that it shows in the
 * console like any other work. Both happen in one short transaction under the changeset's row lock: two confirmations
 * at once start one run, and a confirmation sent again answers with the changeset as it now stands.
 */
public class ChangesetRuns {

    private final Changesets changesets;
    private final TicketIntake tickets;
    private final PlaybookRuns runs;
    private final Transactions transactions;
    private final Clock clock;

    public ChangesetRuns(Changesets changesets, TicketIntake tickets, PlaybookRuns runs, Transactions transactions, Clock clock) {
        this.changesets = changesets;
        this.tickets = tickets;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param by              who confirms
     * @param forAnyRequester whether {@code by} may confirm another person's changeset (an administrator); the
     *                        requester may always confirm their own
     */
    public Changeset confirm(String tenantId, String changesetId, String by, boolean forAnyRequester) {
        return transactions.inTransaction(() -> {
            Changeset changeset = changesets.lock(tenantId, changesetId).orElseThrow(() -> new NotFound("changeset", changesetId));
            if (!forAnyRequester && !changeset.requestedBy().equals(by)) {
                throw new Forbidden("Only " + changeset.requestedBy() + ", who asked for changeset " + changesetId + ", or an administrator may confirm it");
            }
            if (changeset.status() == ChangesetStatus.REFUSED) {
                throw new Conflict("Every operation of changeset " + changesetId + " was refused: there is nothing to confirm");
            }
            if (changeset.status() != ChangesetStatus.BUILT) {
                return changeset;
            }
            changesets.confirm(tenantId, changesetId, new Changeset.Confirmation(by, clock.instant()));
            Ticket ticket = tickets.openForChangeset(tenantId, changesetId, changeset.requestedBy(), summary(changeset),
                    changeset.note() == null ? summary(changeset) : changeset.note());
            OperationDecision decision = changeset.decision();
            // the process runs to its first wait in this transaction: an approval, or the writer's job
            AgentRun run = runs.start(new PlaybookRuns.StartRequest(tenantId, ticket.id(), ChangesetPlaybook.NAME, decision.tier(),
                    decision.decisionId(), ticket.correlationId(), null),
                    new ChangesetPlaybook.ChangesetPlan(changesetId, changeset.requestedBy(), changeset.toWrite()));
            changesets.attachRun(tenantId, changesetId, run.id());
            return changesets.find(tenantId, changesetId).orElseThrow();
        });
    }

    private static String summary(Changeset changeset) {
        return "Changeset " + changeset.id() + ": " + changeset.toWrite() + " of " + changeset.operationCount()
                + " catalogue operations to write";
    }
}
