package io.commerceresolver.console.workbench;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts by longest common subsequence, with unchanged stretches longer than the context folded
 * away, as {@code diff -u} shows it. Rule files are a few hundred lines, so the table of lengths stays small; past
 * {@link #MAX_CELLS} the middle is shown as removed and added whole.
 */
public final class LineDiff {

    static final int CONTEXT = 3;
    static final long MAX_CELLS = 16_000_000L;

    public enum Kind { SAME, ADDED, REMOVED, FOLDED }

    /** One line of the diff; a FOLDED line stands for {@code folded} unchanged lines. Numbers are 0 where not on that side. */
    public record Line(Kind kind, int before, int after, String text, int folded) {

        public String marker() {
            switch (kind) {
                case ADDED:
                    return "+";
                case REMOVED:
                    return "-";
                default:
                    return " ";
            }
        }
    }

    private LineDiff() {
    }

    /** Every line of both texts in order, unchanged ones included. */
    public static List<Line> full(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Kind.SAME, i + 1, i + 1, a[i], 0));
        }
        middle(a, start, endA, b, start, endB, lines);
        for (int i = endA, j = endB; i < a.length; i++, j++) {
            lines.add(new Line(Kind.SAME, i + 1, j + 1, a[i], 0));
        }
        return lines;
    }

    /** The changed lines with {@value #CONTEXT} lines of context around each; longer unchanged stretches are folded. */
    public static List<Line> of(String before, String after) {
        List<Line> all = full(before, after);
        List<Line> shown = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            if (all.get(i).kind() != Kind.SAME) {
                shown.add(all.get(i++));
                continue;
            }
            int end = i;
            while (end < all.size() && all.get(end).kind() == Kind.SAME) {
                end++;
            }
            int keepHead = i == 0 ? 0 : CONTEXT;
            int keepTail = end == all.size() ? 0 : CONTEXT;
            if (end - i <= keepHead + keepTail + 1) {
                shown.addAll(all.subList(i, end));
            } else {
                shown.addAll(all.subList(i, i + keepHead));
                Line first = all.get(i + keepHead);
                shown.add(new Line(Kind.FOLDED, first.before(), first.after(), "", end - i - keepHead - keepTail));
                shown.addAll(all.subList(end - keepTail, end));
            }
            i = end;
        }
        return shown;
    }

    public static boolean same(String before, String after) {
        return String.join("\n", lines(before)).equals(String.join("\n", lines(after)));
    }

    private static void middle(String[] a, int fromA, int toA, String[] b, int fromB, int toB, List<Line> out) {
        int n = toA - fromA;
        int m = toB - fromB;
        if ((long) n * m > MAX_CELLS) {
            for (int i = fromA; i < toA; i++) {
                out.add(new Line(Kind.REMOVED, i + 1, 0, a[i], 0));
            }
            for (int j = fromB; j < toB; j++) {
                out.add(new Line(Kind.ADDED, 0, j + 1, b[j], 0));
            }
            return;
        }
        // lengths[i][j]: the longest common subsequence of a[fromA + i ..] and b[fromB + j ..]
        int[][] lengths = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lengths[i][j] = a[fromA + i].equals(b[fromB + j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[fromA + i].equals(b[fromB + j])) {
                out.add(new Line(Kind.SAME, fromA + i + 1, fromB + j + 1, a[fromA + i], 0));
                i++;
                j++;
            } else if (i < n && (j == m || lengths[i + 1][j] >= lengths[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, fromA + i + 1, 0, a[fromA + i], 0));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, 0, fromB + j + 1, b[fromB + j], 0));
                j++;
            }
        }
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String normalised = text.replace("\r\n", "\n");
        if (normalised.endsWith("\n")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised.split("\n", -1);
    }
}
