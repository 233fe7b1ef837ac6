package io.commerceresolver.policy.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.policy.PolicyFeaturesReport;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.infrastructure.features.PolicySteps;
import io.commerceresolver.policy.infrastructure.features.RuleSetUnderTest;

import io.cucumber.core.backend.DefaultObjectFactory;
import io.cucumber.core.feature.FeatureWithLines;
import io.cucumber.core.feature.GluePath;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.ParseError;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;

/**
 * Runs the policy features through Cucumber, in-process, against a candidate rule set: the feature texts are
 * written to a temporary folder (keeping their relative paths), and Cucumber runs them with the glue of
 * {@code io.commerceresolver.policy.infrastructure.features}, which evaluates against the candidate handed over in
 * {@link RuleSetUnderTest}. Nothing is printed; every scenario or example that does not pass becomes a problem at
 * its file and line, and so does a feature file that does not parse (its scenarios are not counted: they are not known).
 *
 * <p>Cucumber finds the glue by scanning its package through the glue's own class loader. Inside the service's jar
 * that package is a {@code jar:nested:} URL of Spring Boot's loader, which Cucumber's scanner reads through the
 * file system Spring Boot registers for it (checked with {@code java -jar}). Were the glue ever not found, every
 * step would be undefined and every scenario would fail: a missing glue can never let a candidate through.
 *
 * <p>Runs are serialized: the hand-over to the glue is one static.
 */
class CucumberPolicyFeatures implements PolicyFeatures {

    private static final Logger log = LoggerFactory.getLogger(CucumberPolicyFeatures.class);
    /** Where the features live in the project; problems name their files by it. */
    static final String FOLDER = "features/policy/";
    private static final ReentrantLock RUNNING = new ReentrantLock();

    @Override
    public PolicyFeaturesReport check(CompiledRuleSet candidate, SortedMap<String, String> features) {
        if (features.isEmpty()) {
            return new PolicyFeaturesReport(0, 0, List.of());
        }
        RUNNING.lock();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("policy-features").toRealPath();
            List<RuleSetProblem> failures = new ArrayList<>();
            Map<Path, String> written = new HashMap<>();
            for (Map.Entry<String, String> feature : features.entrySet()) {
                List<RuleSetProblem> problems = problemsOf(feature.getKey(), feature.getValue(), folder);
                if (problems.isEmpty()) {
                    Path file = folder.resolve(feature.getKey()).normalize();
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, feature.getValue(), StandardCharsets.UTF_8);
                    written.put(file, feature.getKey());
                } else {
                    failures.addAll(problems);
                }
            }
            Results results = new Results(written);
            if (!written.isEmpty()) {
                RuleSetUnderTest.use(candidate);
                try {
                    run(written.keySet(), results);
                } catch (RuntimeException broken) {
                    results.runFailed(broken);
                } finally {
                    RuleSetUnderTest.clear();
                }
            }
            failures.addAll(results.failures);
            failures.sort(Comparator.comparing((RuleSetProblem p) -> String.valueOf(p.file())).thenComparingInt(RuleSetProblem::line));
            log.debug("Policy features on rule set {}: {} of {} scenarios passed", candidate.version(), results.passed, results.scenarios);
            return new PolicyFeaturesReport(results.scenarios, results.passed, List.copyOf(failures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
            RUNNING.unlock();
        }
    }

    private static void run(Iterable<Path> files, Results results) {
        RuntimeOptionsBuilder options = new RuntimeOptionsBuilder()
                .addGlue(GluePath.parse(PolicySteps.class.getPackageName()))
                .setObjectFactoryClass(DefaultObjectFactory.class)
                .setPublishQuiet(true)
                .setMonochrome();
        for (Path file : files) {
            options.addFeature(FeatureWithLines.create(file.toUri(), List.of()));
        }
        RuntimeOptions built = options.build();
        Runtime.builder()
                .withRuntimeOptions(built)
                .withClassLoader(PolicySteps.class::getClassLoader)
                .withAdditionalPlugins(results)
                .build()
                .run();
    }

    /** Problems that keep a file from being run at all: a name outside the folder, or Gherkin that does not parse. */
    private static List<RuleSetProblem> problemsOf(String name, String text, Path folder) {
        String file = FOLDER + name;
        Path target = folder.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !target.startsWith(folder) || target.equals(folder)) {
            return List.of(new RuleSetProblem(file, 0, "a feature file must be named by a path inside " + FOLDER));
        }
        if (!name.endsWith(RuleSetSource.FEATURE)) {
            return List.of(new RuleSetProblem(file, 0, "a feature file's name must end with " + RuleSetSource.FEATURE));
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        boolean hasFeature = false;
        try (Stream<Envelope> parsed = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(name, text.getBytes(StandardCharsets.UTF_8))) {
            for (Envelope envelope : (Iterable<Envelope>) parsed::iterator) {
                if (envelope.getParseError().isPresent()) {
                    ParseError error = envelope.getParseError().get();
                    int line = error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0);
                    problems.add(new RuleSetProblem(file, line, "the feature does not parse: " + firstLine(error.getMessage())));
                }
                hasFeature |= envelope.getGherkinDocument().flatMap(d -> d.getFeature()).isPresent();
            }
        }
        if (problems.isEmpty() && !hasFeature) {
            // Cucumber would skip it silently; a policy file that checks nothing is a mistake worth seeing
            problems.add(new RuleSetProblem(file, 1, "the file holds no Feature, so nothing in it is checked"));
        }
        return problems;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete the temporary policy features in {}: {}", folder, e.toString());
        }
    }

    /** Collects every scenario's outcome, with the first step that did not pass. */
    private static final class Results implements ConcurrentEventListener {

        private final Map<Path, String> names;
        private final Map<UUID, String> firstProblemStep = new HashMap<>();
        private final List<RuleSetProblem> failures = new ArrayList<>();
        private int scenarios;
        private int passed;

        Results(Map<Path, String> names) {
            this.names = names;
        }

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
            publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
            publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
        }

        private synchronized void stepFinished(TestStepFinished event) {
            Result result = event.getResult();
            if (result.getStatus() == Status.PASSED || firstProblemStep.containsKey(event.getTestCase().getId())) {
                return;
            }
            String step = event.getTestStep() instanceof PickleStepTestStep pickleStep
                    ? pickleStep.getStep().getKeyword() + pickleStep.getStep().getText()
                    : "a hook";
            firstProblemStep.put(event.getTestCase().getId(), describe(result, step));
        }

        private synchronized void caseFinished(TestCaseFinished event) {
            TestCase testCase = event.getTestCase();
            scenarios++;
            if (event.getResult().getStatus() == Status.PASSED) {
                passed++;
                return;
            }
            String problem = firstProblemStep.getOrDefault(testCase.getId(), describe(event.getResult(), "the scenario"));
            failures.add(new RuleSetProblem(fileOf(testCase.getUri()), testCase.getLocation().getLine(),
                    testCase.getName() + ": " + problem));
        }

        private synchronized void runFinished(TestRunFinished event) {
            Throwable error = event.getResult().getError();
            if (error != null) {
                runFailed(error);
            }
        }

        synchronized void runFailed(Throwable error) {
            String message = "the policy features could not be run: " + messageOf(error);
            if (failures.stream().noneMatch(f -> f.message().equals(message))) {
                failures.add(RuleSetProblem.general(message));
            }
        }

        private String fileOf(URI uri) {
            Path path = Path.of(uri).toAbsolutePath().normalize();
            String name = names.get(path);
            return FOLDER + (name != null ? name : path.getFileName());
        }

        private static String describe(Result result, String step) {
            return switch (result.getStatus()) {
                case UNDEFINED -> "no step definition matches \"" + step + "\"";
                case PENDING -> "the step \"" + step + "\" is pending";
                case SKIPPED -> "the step \"" + step + "\" was skipped";
                default -> result.getError() == null ? "\"" + step + "\" " + result.getStatus().name().toLowerCase()
                        : messageOf(result.getError());
            };
        }

        /** The first line of the error, and of its cause when Cucumber wrapped it (a conversion failing, say). */
        private static String messageOf(Throwable error) {
            String message = firstLine(error.getMessage() == null ? error.toString() : error.getMessage());
            Throwable cause = error.getCause();
            if (cause != null && cause != error && cause.getMessage() != null) {
                String because = firstLine(cause.getMessage());
                if (!message.contains(because)) {
                    message = message + ": " + because;
                }
            }
            return message;
        }
    }
}
