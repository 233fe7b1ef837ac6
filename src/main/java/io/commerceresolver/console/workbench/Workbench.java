package io.commerceresolver.console.workbench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;

/**
 * The analysts' candidate: started from the live version, edited file by file (or threshold by threshold), checked
 * on every save as an upload would be, compared with recent decisions and run through the policy features, then
 * published through the same {@link RuleSets} the API uses (with its four-eyes rule). Versions are compared line by line.
 */
public class Workbench {

    static final int MAX_FILE = 500_000;
    private static final String THRESHOLDS = ThresholdTable.FILE;

    private final RuleSets ruleSets;
    private final RuleDrafts drafts;
    private final Clock clock;

    public Workbench(RuleSets ruleSets, RuleDrafts drafts, Clock clock) {
        this.ruleSets = ruleSets;
        this.drafts = drafts;
        this.clock = clock;
    }

    public Optional<RuleDraft> draft(String tenantId) {
        return drafts.find(tenantId);
    }

    /**
     * A new candidate, a copy of the live version and of the features it is held to. A tenant has one candidate: if
     * there is one already (another analyst started it, maybe a moment ago), that one is the answer and stays as it is.
     */
    public RuleDraft start(String tenantId, String by) {
        Optional<RuleDraft> existing = drafts.find(tenantId);
        if (existing.isPresent()) {
            return existing.get();
        }
        String live = ruleSets.activeVersion(tenantId);
        RuleSetSource source = ruleSets.source(tenantId, live);
        SortedMap<String, String> features = source.featureFiles().isEmpty() ? ruleSets.liveFeatures(tenantId) : source.featureFiles();
        // revision 1 for the tenant's first candidate; a later one goes on from the last revision of the one before
        drafts.create(checked(tenantId, live, source.ruleFiles(), features, by, 1));
        return required(tenantId);
    }

    /**
     * Saves one file of the candidate and checks the whole candidate again. A DMN file saved by the editor as DMN 1.6 is
     * converted to the DMN 1.5 the service runs. The file is kept even when it has problems (they are listed with it),
     * but a candidate with problems cannot be published.
     *
     * @param revision the revision the analyst edited; if someone saved since, nothing is saved ({@link StaleCandidate})
     */
    public RuleDraft saveFile(String tenantId, String name, String text, long revision, String by) {
        RuleDraft draft = at(tenantId, revision);
        if (!draft.hasFile(name)) {
            throw new NotFound("file of the candidate", name);
        }
        if (text == null || text.length() > MAX_FILE) {
            throw new BadRequest(name, "A rule file must have text, at most " + MAX_FILE + " characters");
        }
        String normalised = text.replace("\r\n", "\n");
        boolean converted = false;
        if (name.endsWith(RuleSetSource.DMN)) {
            DmnVersions.Converted dmn = DmnVersions.forKie("rules/" + name, normalised);
            normalised = dmn.text();
            converted = dmn.fromDmn16();
        }
        SortedMap<String, String> rules = new TreeMap<>(draft.ruleFiles());
        SortedMap<String, String> features = new TreeMap<>(draft.featureFiles());
        (rules.containsKey(name) ? rules : features).put(name, normalised);
        RuleDraft saved = checked(tenantId, draft.basedOn(), rules, features, by, revision + 1);
        if (converted) {
            List<RuleSetProblem> explained = new ArrayList<>();
            for (RuleSetProblem problem : saved.problems()) {
                explained.add(("rules/" + name).equals(problem.file())
                        ? new RuleSetProblem(problem.file(), problem.line(), DmnVersions.explain(problem.message())) : problem);
            }
            saved = new RuleDraft(tenantId, saved.basedOn(), saved.ruleFiles(), saved.featureFiles(), saved.version(), explained,
                    saved.updatedBy(), saved.updatedAt(), saved.revision());
        }
        return stored(saved);
    }

    /** Sets the defaults of rules/policy-thresholds.dmn in the candidate, each within the bounds declared beside it. */
    public RuleDraft setThresholds(String tenantId, Map<String, String> values, long revision, String by) {
        RuleDraft draft = at(tenantId, revision);
        String table = draft.ruleFiles().get(THRESHOLDS);
        if (table == null) {
            throw new Conflict("The candidate has no rules/" + THRESHOLDS);
        }
        Map<String, ThresholdTable.Row> rows = ThresholdTable.rows(table);
        for (Map.Entry<String, String> value : values.entrySet()) {
            ThresholdTable.Row row = rows.get(value.getKey());
            if (row != null && row.value().equals(value.getValue().strip())) {
                continue;
            }
            table = ThresholdTable.withValue(table, value.getKey(), value.getValue());
        }
        SortedMap<String, String> rules = new TreeMap<>(draft.ruleFiles());
        rules.put(THRESHOLDS, table);
        return stored(checked(tenantId, draft.basedOn(), rules, draft.featureFiles(), by, revision + 1));
    }

    /** A what-if and its candidate: the page shows the results beside exactly the revision they were run on. */
    public record Check(RuleDraft draft, RuleSets.WhatIf whatIf) {
    }

    /**
     * The candidate (at {@code revision}, the one the analyst sees) against the tenant's last {@code last} decisions and
     * its policy features; nothing is stored or goes live.
     */
    public Check whatIf(String tenantId, long revision, int last) {
        RuleDraft draft = publishable(tenantId, revision);
        return new Check(draft, ruleSets.whatIf(tenantId, draft.source(), last));
    }

    /**
     * Publishes the candidate as the API does: live now, or waiting for a second analyst when it changes its policy
     * features. Only the revision the analyst saw (and checked) is published: if someone saved since, nothing is
     * ({@link StaleCandidate}). The candidate is then done with, unless someone saved over it while it was published:
     * their save stays as the next candidate. A candidate that fails is kept, and the refusal names every problem.
     */
    public RuleSets.Published publish(String tenantId, long revision, String by) {
        RuleDraft draft = publishable(tenantId, revision);
        RuleSets.Published published = ruleSets.publish(tenantId, draft.source(), by);
        drafts.delete(tenantId, draft.revision());
        return published;
    }

    /** Drops the candidate at {@code revision}; one already gone is no error, one saved since is refused. */
    public void discard(String tenantId, long revision) {
        if (!drafts.delete(tenantId, revision)) {
            drafts.find(tenantId).ifPresent(current -> {
                throw new StaleCandidate(revision, current);
            });
        }
    }

    /** Each file of either version, with its line diff; files in neither are not listed. */
    public List<FileDiff> diff(String tenantId, String from, String to) {
        return diff(ruleSets.source(tenantId, from), ruleSets.source(tenantId, to));
    }

    /** What the candidate changes in the version it started from. */
    public List<FileDiff> draftDiff(String tenantId) {
        return draftDiff(required(tenantId));
    }

    /** What this revision of the candidate changes in the version it started from. */
    public List<FileDiff> draftDiff(RuleDraft draft) {
        String tenantId = draft.tenantId();
        RuleSetSource base = ruleSets.source(tenantId, draft.basedOn());
        SortedMap<String, String> baseFeatures = base.featureFiles().isEmpty() ? ruleSets.liveFeatures(tenantId) : base.featureFiles();
        return diff(base.withFeatures(baseFeatures), draft.source());
    }

    static List<FileDiff> diff(RuleSetSource before, RuleSetSource after) {
        List<FileDiff> diffs = new ArrayList<>();
        addDiffs("rules/", before.ruleFiles(), after.ruleFiles(), diffs);
        if (!before.featureFiles().isEmpty() && !after.featureFiles().isEmpty()) {
            addDiffs("features/policy/", before.featureFiles(), after.featureFiles(), diffs);
        }
        return diffs;
    }

    private static void addDiffs(String folder, Map<String, String> before, Map<String, String> after, List<FileDiff> diffs) {
        for (String name : new TreeSet<>(union(before, after))) {
            String a = before.get(name);
            String b = after.get(name);
            FileDiff.Change change = a == null ? FileDiff.Change.ADDED : b == null ? FileDiff.Change.REMOVED
                    : LineDiff.same(a, b) ? FileDiff.Change.UNCHANGED : FileDiff.Change.CHANGED;
            diffs.add(new FileDiff(folder + name, change, change == FileDiff.Change.UNCHANGED ? List.of() : LineDiff.of(a, b)));
        }
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    /** The candidate these files make, checked as an upload would be; not stored yet. */
    private RuleDraft checked(String tenantId, String basedOn, SortedMap<String, String> rules, SortedMap<String, String> features,
                              String by, long revision) {
        RuleSets.Validation validation = ruleSets.validate(new RuleSetSource("the workbench's candidate", rules, features));
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleSetProblem problem : validation.problems()) {
            // the upload guard names a file as it was uploaded; everything else as it sits in the project
            problems.add(problem.file() != null && rules.containsKey(problem.file())
                    ? new RuleSetProblem("rules/" + problem.file(), problem.line(), problem.message()) : problem);
        }
        return new RuleDraft(tenantId, basedOn, rules, features, validation.version(), problems, by, clock.instant(), revision);
    }

    /** Stores a save over the revision it was based on, in one conditional write: a save in between wins, this one is refused. */
    private RuleDraft stored(RuleDraft saved) {
        if (!drafts.replace(saved)) {
            throw new StaleCandidate(saved.revision() - 1, required(saved.tenantId()));
        }
        return saved;
    }

    private RuleDraft required(String tenantId) {
        return drafts.find(tenantId).orElseThrow(() -> new NotFound("candidate rule set", tenantId));
    }

    /** The candidate, if it is still the revision the analyst saw. */
    private RuleDraft at(String tenantId, long revision) {
        RuleDraft draft = required(tenantId);
        if (draft.revision() != revision) {
            throw new StaleCandidate(revision, draft);
        }
        return draft;
    }

    private RuleDraft publishable(String tenantId, long revision) {
        RuleDraft draft = at(tenantId, revision);
        if (!draft.valid()) {
            throw new BadRequest(null, "The candidate has " + draft.problems().size() + " problem(s) to fix first: "
                    + draft.problems().get(0));
        }
        return draft;
    }

    /** One file's diff between two versions. */
    public record FileDiff(String file, Change change, List<LineDiff.Line> lines) {

        public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

        public boolean changed() {
            return change != Change.UNCHANGED;
        }
    }
}
