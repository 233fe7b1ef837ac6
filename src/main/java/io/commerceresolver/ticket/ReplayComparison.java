package io.commerceresolver.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A finished ticket beside its replay: how each was triaged and decided, how each ended (the replay: how it would
 * have), what each did (the replay: would have done), and what differs.
 */
public record ReplayComparison(String originalTicketId, String replayTicketId, Outcome original, Outcome replay,
                               List<Difference> differences) {

    /**
     * @param ending  the run's end (COMPLETED, DECLINED, HANDED_OVER...), NEEDS_HUMAN when no playbook ran
     * @param actions the writes, as "tool" or "tool amount currency"
     */
    public record Outcome(String rulesVersion, String playbook, int tier, Boolean allowed, Boolean approvalRequired,
                          String approverRole, String ending, List<String> actions, List<String> firedRules) {
    }

    public record Difference(String what, Object original, Object replay) {
    }

    public static ReplayComparison of(String originalTicketId, String replayTicketId, Outcome original, Outcome replay) {
        List<Difference> differences = new ArrayList<>();
        differ(differences, "playbook", original.playbook(), replay.playbook());
        differ(differences, "tier", original.tier(), replay.tier());
        differ(differences, "allowed", original.allowed(), replay.allowed());
        differ(differences, "approvalRequired", original.approvalRequired(), replay.approvalRequired());
        differ(differences, "approverRole", original.approverRole(), replay.approverRole());
        differ(differences, "ending", original.ending(), replay.ending());
        differ(differences, "actions", original.actions(), replay.actions());
        differ(differences, "firedRules", original.firedRules(), replay.firedRules());
        return new ReplayComparison(originalTicketId, replayTicketId, original, replay, List.copyOf(differences));
    }

    private static void differ(List<Difference> differences, String what, Object original, Object replay) {
        if (!Objects.equals(original, replay)) {
            differences.add(new Difference(what, original, replay));
        }
    }
}
