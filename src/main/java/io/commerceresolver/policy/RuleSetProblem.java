package io.commerceresolver.policy;

/** One thing wrong with a rule set, placed where an analyst fixes it: file and line (0 when not known). */
public record RuleSetProblem(String file, int line, String message) {

    public static RuleSetProblem general(String message) {
        return new RuleSetProblem(null, 0, message);
    }

    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
    }
}
