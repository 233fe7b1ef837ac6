package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAddedWithTheNumbersOfEachSide() {
        List<LineDiff.Line> diff = LineDiff.full("a\nb\nc\n", "a\nB\nc\nd\n");

        assertThat(diff).extracting(l -> l.marker() + l.text()).containsExactly(" a", "-b", "+B", " c", "+d");
        assertThat(diff.get(1)).extracting(LineDiff.Line::before, LineDiff.Line::after).containsExactly(2, 0);
        assertThat(diff.get(2)).extracting(LineDiff.Line::before, LineDiff.Line::after).containsExactly(0, 2);
        assertThat(diff.get(4)).extracting(LineDiff.Line::before, LineDiff.Line::after).containsExactly(0, 4);
    }

    @Test
    void theLongestCommonSubsequenceIsKept() {
        List<LineDiff.Line> diff = LineDiff.full("x\na\nb\nc\ny", "a\nq\nb\nc\nz");

        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.SAME).extracting(LineDiff.Line::text).containsExactly("a", "b", "c");
        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.REMOVED).extracting(LineDiff.Line::text).containsExactly("x", "y");
        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.ADDED).extracting(LineDiff.Line::text).containsExactly("q", "z");
    }

    @Test
    void longUnchangedStretchesAreFoldedAroundThreeLinesOfContext() {
        String before = IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String after = before.replace("line 20\n", "line twenty\n");

        List<LineDiff.Line> diff = LineDiff.of(before, after);

        assertThat(diff).extracting(l -> l.marker() + l.text()).containsExactly(" ", " line 17", " line 18", " line 19", "-line 20",
                "+line twenty", " line 21", " line 22", " line 23", " ");
        assertThat(diff.get(0).kind()).isEqualTo(LineDiff.Kind.FOLDED);
        assertThat(diff.get(0).folded()).isEqualTo(16);
        assertThat(diff.get(9).folded()).isEqualTo(17);
    }

    @Test
    void lineEndingsAndAFinalNewlineMakeNoDifference() {
        assertThat(LineDiff.same("a\r\nb\r\n", "a\nb")).isTrue();
        assertThat(LineDiff.same("a\nb", "a\nc")).isFalse();
        assertThat(LineDiff.full("", "a")).extracting(LineDiff.Line::kind).containsExactly(LineDiff.Kind.ADDED);
    }
}
