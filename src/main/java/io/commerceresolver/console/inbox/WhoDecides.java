package io.commerceresolver.console.inbox;

import java.util.Locale;
import java.util.Set;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.security.Caller;

/**
 * Who a waiting approval waits for, and whether that is the signed-in person: the same checks, in the same order, as
 * {@code ApprovalInbox.decide} makes (which alone decides, and is not changed by this), so that a page can say so
 * before anyone clicks and list what waits for them.
 */
public final class WhoDecides {

    private WhoDecides() {
    }

    /** The approval roles {@code me} holds, as approvals name them: a senior approver may decide what an approver may. */
    public static Set<String> rolesOf(Caller me) {
        return ApprovalInbox.approverRoles(me);
    }

    /** Why the inbox would refuse {@code me}'s decision of an approval waiting for {@code approverRole}; empty if it would not. */
    public static String caution(Caller me, int tier, String approverRole, String submittedBy, String requestedBy) {
        if (!rolesOf(me).contains(approverRole)) {
            return "This tier-" + tier + " approval needs the role '" + approverRole + "'.";
        }
        if (me.principal().equals(submittedBy)) {
            return "You handed in the ticket behind this approval: someone else must decide it.";
        }
        if (me.name().equalsIgnoreCase(requestedBy)) {
            return "You asked for this action: someone else must decide it.";
        }
        return "";
    }

    /** "approver" → "an approver", "senior_approver" → "a senior approver": whom it waits for, in words. */
    public static String whom(String approverRole) {
        if (approverRole == null || approverRole.isBlank()) {
            return "an approver";
        }
        String words = Shown.words(approverRole).toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
