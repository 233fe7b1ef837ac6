package io.commerceresolver.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of one rule set: its rule files (.drl, .dmn) and, optionally, the policy features it must satisfy, by
 * relative path. Where it came from (a folder, an upload, a stored version) is kept for the record.
 */
public record RuleSetSource(String origin, SortedMap<String, String> ruleFiles, SortedMap<String, String> featureFiles) {

    public static final String DRL = ".drl";
    public static final String DMN = ".dmn";
    public static final String FEATURE = ".feature";

    public RuleSetSource {
        ruleFiles = new TreeMap<>(ruleFiles);
        featureFiles = new TreeMap<>(featureFiles);
    }

    public static boolean isRuleFile(String name) {
        return name.endsWith(DRL) || name.endsWith(DMN);
    }

    /** Every .drl and .dmn file under {@code folder}; the features are not part of a folder's rule set. */
    public static RuleSetSource fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetInvalid(folder.toString(), java.util.List.of(
                    RuleSetProblem.general("rule set folder " + folder.toAbsolutePath() + " does not exist")));
        }
        return new RuleSetSource(folder.toAbsolutePath().normalize().toString(), readAll(folder, RuleSetSource::isRuleFile), new TreeMap<>());
    }

    /** Every .feature file under {@code folder}, by path relative to it. */
    public static SortedMap<String, String> featuresIn(Path folder) {
        return Files.isDirectory(folder) ? readAll(folder, name -> name.endsWith(FEATURE)) : new TreeMap<>();
    }

    public RuleSetSource withFeatures(Map<String, String> features) {
        return new RuleSetSource(origin, ruleFiles, new TreeMap<>(features));
    }

    private static SortedMap<String, String> readAll(Path folder, java.util.function.Predicate<String> wanted) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> wanted.test(p.getFileName().toString())).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
