package io.commerceresolver.console.workbench;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;

/**
 * A tenant's candidate rule set while analysts edit it: started from the live version ({@code basedOn}), with the
 * policy features it will be held to, the version it would be published as ({@code version}, null while it does not
 * compile) and the problems its last check found. {@code revision} counts its saves, going on from the tenant's previous
 * candidate (numbers never repeat for a tenant): a save or a publication names the revision it was based on, and is
 * refused when someone else saved it since, or when it was a revision of an earlier candidate.
 */
public record RuleDraft(String tenantId, String basedOn, SortedMap<String, String> ruleFiles, SortedMap<String, String> featureFiles,
                        String version, List<RuleSetProblem> problems, String updatedBy, Instant updatedAt, long revision) {

    public RuleDraft {
        ruleFiles = new TreeMap<>(ruleFiles);
        featureFiles = new TreeMap<>(featureFiles);
        problems = List.copyOf(problems);
    }

    public RuleSetSource source() {
        return new RuleSetSource("the workbench's candidate (based on " + basedOn + ")", ruleFiles, featureFiles);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean hasFile(String name) {
        return ruleFiles.containsKey(name) || featureFiles.containsKey(name);
    }

    public String file(String name) {
        return ruleFiles.containsKey(name) ? ruleFiles.get(name) : featureFiles.get(name);
    }
}
