package io.commerceresolver.changeset.process;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.TicketFacts;

/**
 * processes/changeset.bpmn: a confirmed changeset carried out as a run, so that its approval, deadlines, events,
 * operators' cancel and the process monitor are those of every playbook. The run acts as the store's merchandiser;
 * its only tool call is the authorise subprocess's message when the changeset is not approved (the writes are the
 * changeset writer's, one per operation, not tool steps).
 */
@Component
public class ChangesetPlaybook implements PlaybookDeclaration<ChangesetPlaybook.ChangesetPlan> {

    public static final String NAME = "changeset";

    /**
     * What the run carries out: the changeset, for whom (the person who asked; they can never approve it), and how
     * many operations it writes, for the approver's summary.
     */
    public record ChangesetPlan(String changesetId, String requesterEmail, int operations) implements Plan {

        @Override
        public String orderId() {
            return null;
        }

        /** Two changesets may touch the same SKUs; the writer's drift check, not a lock, keeps them honest. */
        @Override
        public String lockKey() {
            return "changeset:" + changesetId;
        }

        @Override
        public String subject() {
            return "changeset " + changesetId + " (" + operations + (operations == 1 ? " operation)" : " operations)");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> tools() {
        return Set.of("send_notification");
    }

    @Override
    public Class<ChangesetPlan> planType() {
        return ChangesetPlan.class;
    }

    /** A changeset run is planned from its changeset when someone confirms it, never from a ticket's reading. */
    @Override
    public ChangesetPlan plan(TicketFacts ticket) {
        throw new IllegalStateException("A changeset run starts from its confirmed changeset (POST /api/v1/changesets/{id}/confirm)");
    }

    @Override
    public String actsAs() {
        return "merchandiser";
    }

    @Override
    public boolean readsAnOrder() {
        return false;
    }
}
