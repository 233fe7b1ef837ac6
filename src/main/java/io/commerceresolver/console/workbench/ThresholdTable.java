package io.commerceresolver.console.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;

/**
 * The thresholds table of a candidate (rules/policy-thresholds.dmn) as a form edits it: each row's default and the
 * bounds declared beside it. A new default is written into the row's own {@code <text>} and nowhere else, so the
 * file's diff shows exactly the number that changed.
 */
public final class ThresholdTable {

    public static final String FILE = "policy-thresholds.dmn";
    private static final Pattern RULE = Pattern.compile("<(?:\\w+:)?rule\\b[^>]*>.*?</(?:\\w+:)?rule>", Pattern.DOTALL);
    private static final Pattern OUTPUT_TEXT = Pattern.compile(
            "(<(?:\\w+:)?outputEntry\\b[^>]*>\\s*<(?:\\w+:)?text>)(.*?)(</(?:\\w+:)?text>)", Pattern.DOTALL);
    private static final Pattern ANNOTATION_TEXT = Pattern.compile(
            "<(?:\\w+:)?annotationEntry\\b[^>]*>\\s*<(?:\\w+:)?text>(.*?)</(?:\\w+:)?text>", Pattern.DOTALL);

    private ThresholdTable() {
    }

    /** One row: the default, its bounds (null when none are declared) and what it means. */
    public record Row(String name, String value, String min, String max, String meaning) {

        public boolean bounded() {
            return min != null && max != null;
        }
    }

    public static Map<String, Row> rows(String dmn) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(dmn);
        while (rule.find()) {
            List<String> outputs = outputs(rule.group());
            if (outputs.size() < 2 || !outputs.get(0).matches("\"\\w+\"")) {
                continue;
            }
            String name = outputs.get(0).replace("\"", "");
            Matcher annotation = ANNOTATION_TEXT.matcher(rule.group());
            rows.put(name, new Row(name, outputs.get(1), outputs.size() > 2 ? blankToNull(outputs.get(2)) : null,
                    outputs.size() > 3 ? blankToNull(outputs.get(3)) : null, annotation.find() ? unescape(annotation.group(1).strip()) : ""));
        }
        return rows;
    }

    /**
     * The table with {@code name}'s default set to {@code value}.
     *
     * @throws BadRequest if the threshold is not in the table, the value is not a number, or it lies outside the bounds
     */
    public static String withValue(String dmn, String name, String value) {
        Row row = rows(dmn).get(name);
        if (row == null) {
            throw new BadRequest(name, "There is no threshold '" + name + "' in rules/" + FILE);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw new BadRequest(name, "Threshold '" + name + "' must be a number, not '" + value + "'");
        }
        if (row.bounded() && isNumber(row.min()) && isNumber(row.max())
                && (number.compareTo(new BigDecimal(row.min())) < 0 || number.compareTo(new BigDecimal(row.max())) > 0)) {
            throw new BadRequest(name, "Threshold '" + name + "' must lie within [" + row.min() + ", " + row.max() + "] (rules/" + FILE
                    + "), not " + number.toPlainString());
        }
        Matcher rule = RULE.matcher(dmn);
        while (rule.find()) {
            List<String> outputs = outputs(rule.group());
            if (outputs.isEmpty() || !outputs.get(0).equals("\"" + name + "\"")) {
                continue;
            }
            Matcher output = OUTPUT_TEXT.matcher(rule.group());
            output.find();
            output.find();
            String changedRule = rule.group().substring(0, output.start(2)) + number.toPlainString() + rule.group().substring(output.end(2));
            return dmn.substring(0, rule.start()) + changedRule + dmn.substring(rule.end());
        }
        throw new BadRequest(name, "There is no threshold '" + name + "' in rules/" + FILE);
    }

    private static List<String> outputs(String rule) {
        List<String> outputs = new ArrayList<>();
        Matcher output = OUTPUT_TEXT.matcher(rule);
        while (output.find()) {
            outputs.add(output.group(2).strip());
        }
        return outputs;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() || text.equals("null") ? null : text;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
