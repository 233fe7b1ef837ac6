package io.commerceresolver.console.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.playbook.RunNode;
import io.commerceresolver.playbook.RunStatus;

class RunPathTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static RunNode passed(String process, String node) {
        return new RunNode(process, node, node, T, T.plusSeconds(1));
    }

    private static RunNode open(String process, String node) {
        return new RunNode(process, node, node, T, null);
    }

    @Test
    void aRunWaitingForItsApprovalHasPassedItsFirstStepsAndStandsInTheCallActivity() {
        RunPath path = RunPath.of("refund_order", RunStatus.WAITING_APPROVAL, List.of(passed("refund_order", "start"),
                passed("refund_order", "getOrder"), passed("refund_order", "decide"), open("refund_order", "authorise"),
                passed("authorise", "start"), open("authorise", "approvalTask")));

        assertThat(path.completed()).containsExactlyInAnyOrder("start", "getOrder", "decide");
        assertThat(path.current()).containsExactly("authorise");
        assertThat(path.stopped()).isFalse();
    }

    @Test
    void aCompletedRunHasPassedItsEndEventTooAndStandsNowhere() {
        RunPath path = RunPath.of("refund_order", RunStatus.COMPLETED, List.of(passed("refund_order", "start"),
                passed("refund_order", "notify"), passed("refund_order", "finish"), open("refund_order", "endRefunded")));

        assertThat(path.completed()).containsExactlyInAnyOrder("start", "notify", "finish", "endRefunded");
        assertThat(path.current()).isEmpty();
        assertThat(path.completedList()).contains("endRefunded");
    }

    @Test
    void aFailedRunStandsWhereItStoppedAndAStepEnteredAgainIsCurrentWhileItsLastVisitIsOpen() {
        RunPath failed = RunPath.of("refund_order", RunStatus.FAILED, List.of(passed("refund_order", "start"), open("refund_order", "issueRefund")));
        assertThat(failed.current()).containsExactly("issueRefund");
        assertThat(failed.stopped()).isTrue();

        RunPath again = RunPath.of("refund_order", RunStatus.RUNNING, List.of(passed("refund_order", "readBack"), passed("refund_order", "repair"),
                open("refund_order", "readBack")));
        assertThat(again.current()).containsExactly("readBack");
        assertThat(again.completed()).containsExactly("repair");
    }

    @Test
    void aRunWithNoTrailIsDrawnWithNothingMarked() {
        RunPath path = RunPath.of("cancel_order", RunStatus.RUNNING, List.of());
        assertThat(path.completed()).isEmpty();
        assertThat(path.current()).isEmpty();
    }
}
