package io.commerceresolver.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;

/** Whom a waiting approval waits for, whether that is the person reading it, and when it moves on. */
class WhoDecidesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aSeniorApproverMayDecideWhatAnApproverMayButAnApproverNotATierThree() {
        Caller senior = Caller.user("t1", "sam", Set.of(Role.SENIOR_APPROVER));
        Caller approver = Caller.user("t1", "lead", Set.of(Role.APPROVER));

        assertThat(WhoDecides.rolesOf(senior)).containsExactly("approver", "senior_approver");
        assertThat(WhoDecides.caution(senior, 2, "approver", "api-key:helpdesk", "ann@example.com")).isEmpty();
        assertThat(WhoDecides.caution(approver, 3, "senior_approver", "api-key:helpdesk", "ann@example.com"))
                .isEqualTo("This tier-3 approval needs the role 'senior_approver'.");
        assertThat(WhoDecides.caution(Caller.user("t1", "vera", Set.of(Role.VIEWER, Role.ADMIN)), 2, "approver", null, "ann@example.com"))
                .as("admin never decides an approval").contains("needs the role 'approver'");
    }

    @Test
    void nobodyDecidesWhatTheyHandedInOrAskedFor() {
        Caller carol = Caller.user("t1", "carol", Set.of(Role.AGENT, Role.APPROVER));

        assertThat(WhoDecides.caution(carol, 2, "approver", "user:carol", "ann@example.com")).startsWith("You handed in the ticket");
        assertThat(WhoDecides.caution(carol, 2, "approver", "api-key:helpdesk", "Carol")).startsWith("You asked for this action");
    }

    @Test
    void theRoleIsWrittenAsWhomItWaitsFor() {
        assertThat(WhoDecides.whom("approver")).isEqualTo("an approver");
        assertThat(WhoDecides.whom("senior_approver")).isEqualTo("a senior approver");
        assertThat(WhoDecides.whom(null)).isEqualTo("an approver");
    }

    @Test
    void aWaitingApprovalMovesUpOnceThenExpiresAndSaysWhenOrHowLateItIs() {
        ApprovalDesk.Due first = ApprovalDesk.due(NOW, NOW.plus(Duration.ofMinutes(185)), null);
        assertThat(first).isEqualTo(new ApprovalDesk.Due("Moves up", "2026-12-03 13:05:00 UTC", "in 3 h 5 min", false));

        ApprovalDesk.Due moved = ApprovalDesk.due(NOW, NOW.minusSeconds(90), NOW.minus(Duration.ofHours(24)));
        assertThat(moved).isEqualTo(new ApprovalDesk.Due("Expires", "2026-12-03 09:58:30 UTC", "overdue by 1 min", true));

        assertThat(Shown.span(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(Shown.span(Duration.ofSeconds(5))).isEqualTo("1 min");
        assertThat(Shown.count(1000, 1000)).isEqualTo("1,000+");
        assertThat(Shown.count(999, 1000)).isEqualTo("999");
    }
}
