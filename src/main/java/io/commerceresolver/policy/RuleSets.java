package io.commerceresolver.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The versions of a tenant's rule set: which one serves, which were published, and putting one live. A candidate
 * that fails to compile, validate or pass the policy features is refused with {@link RuleSetInvalid}; the version
 * serving then keeps serving.
 */
public interface RuleSets {

    /** The version serving the tenant now: its own, or the shared one. */
    String activeVersion(String tenantId);

    /** The version of the shared rule set, which serves every tenant without one of its own. */
    String sharedVersion();

    /** Whether the tenant serves a version it published itself rather than the shared one. */
    boolean hasOwnRuleSet(String tenantId);

    /** The tenant's stored versions, without their text (the API's listing: each with its files' names). */
    List<VersionSummary> versions(String tenantId);

    /**
     * The tenant's stored versions as a page lists them, newest first: who published and approved each, when, and from
     * what. Read from their metadata alone: a version's text is read only when it is shown ({@link #source}).
     */
    List<VersionEntry> history(String tenantId);

    /**
     * The text of one version the tenant can restore: its own, or one of the shared rule set's.
     *
     * @throws io.commerceresolver.system.NotFound if there is none by that name
     */
    RuleSetSource source(String tenantId, String version);

    /**
     * Checks {@code candidate} against its own policy features, or the installed ones if it brings none, then makes
     * it the tenant's live version; or, when it changes the policy features the live version is held to, keeps it
     * as a proposal that a second analyst or admin must {@link #approve}: a policy never ships with its own new proof
     * on one person's word.
     *
     * @throws RuleSetInvalid with every problem found; nothing changes then
     */
    Published publish(String tenantId, RuleSetSource candidate, String publishedBy);

    /**
     * Puts a proposed version live, after the same checks, with both names on it.
     *
     * @throws io.commerceresolver.system.Forbidden if the approver is the one who proposed it
     */
    Published approve(String tenantId, String version, String approvedBy);

    /** Turns a proposal down; it stays listed as rejected. */
    VersionSummary reject(String tenantId, String version, String rejectedBy);

    /** The installed rule set (the rules folder) and policy features, as the tenant's live version. */
    Published reload(String tenantId, String publishedBy);

    /** Makes a version the tenant (or the shared rule set) published before live again, after the same checks. */
    Published restore(String tenantId, String version, String publishedBy);

    /**
     * Asks {@code candidate} the questions of the tenant's last {@code last} decisions and reports every answer that
     * would change. Nothing is stored and nothing goes live.
     */
    WhatIf whatIf(String tenantId, RuleSetSource candidate, int last);

    /**
     * Compiles and validates {@code candidate} as publishing would (the rule-upload guard, the DMN validator, the build),
     * without running the policy features and without storing anything: what an editor shows on every save.
     */
    Validation validate(RuleSetSource candidate);

    /** The policy features (path → Gherkin text) the tenant's live version is held to: its own, or the installed ones. */
    SortedMap<String, String> liveFeatures(String tenantId);

    /** The last run of the policy features against {@code version} for the tenant, if any was kept. */
    Optional<PolicyFeatureCheck> lastFeatureCheck(String tenantId, String version);

    /** Runs the live version's policy features against it now and keeps the result. */
    PolicyFeatureCheck checkLiveFeatures(String tenantId);

    /** A candidate's version (named by its content, as publishing would name it) and every problem found; none if it compiles. */
    record Validation(String version, List<RuleSetProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What a publication did: {@code status} is ACTIVE once live, PENDING_APPROVAL while it waits for a second person. */
    record Published(String tenantId, String version, String status, String previousVersion, String sha256, List<String> files,
                     PolicyFeaturesReport features, boolean changed, String publishedBy, String approvedBy) {

        public boolean pending() {
            return "PENDING_APPROVAL".equals(status);
        }
    }

    /** One stored version, without its text. */
    record VersionSummary(String version, String sha256, String status, String source, String publishedBy, Instant publishedAt,
                          String previousVersion, List<String> files, String approvedBy) {
    }

    /** One stored version as a list shows it; {@code source} notes where it came from (an upload, the workbench, a restore). */
    record VersionEntry(String version, String status, String source, String publishedBy, Instant publishedAt, String previousVersion,
                        String approvedBy) {
    }

    /** What a candidate would decide differently over recent decisions. */
    record WhatIf(String activeVersion, String candidateVersion, int evaluated, List<Change> changed, PolicyFeaturesReport features) {
    }

    /** One recent decision the candidate would answer differently. */
    record Change(String decisionId, String subject, Map<String, Object> before, Map<String, Object> after) {
    }
}
