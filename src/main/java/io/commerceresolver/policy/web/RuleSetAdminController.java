package io.commerceresolver.policy.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.web.Problems;

/**
 * The tenant's rule set versions: list, read, publish (upload or reload from the rules folder), restore, and a
 * what-if over recent decisions before publishing. A version that changes the policy features waits (202) for a
 * second analyst or admin to approve it. A version that fails to compile, validate or pass the policy
 * features is refused with 422 and every problem by file and line; the live version keeps serving.
 */
@RestController
public class RuleSetAdminController {

    private static final int MAX_WHAT_IF = 10_000;
    private static final int DEFAULT_WHAT_IF = 100;

    private final RuleSets ruleSets;
    private final AuditLog audit;

    public RuleSetAdminController(RuleSets ruleSets, AuditLog audit) {
        this.ruleSets = ruleSets;
        this.audit = audit;
    }

    /** An upload: rule files (.drl, .dmn) and, optionally, the policy features (.feature) they must pass. */
    public record Upload(Map<String, String> files, Map<String, String> features, String publishedBy, Integer last, String version) {
    }

    public record Publisher(String publishedBy) {
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/admin/rule-sets")
    public Map<String, Object> list(@AuthenticationPrincipal Caller caller) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("activeVersion", ruleSets.activeVersion(caller.tenantId()));
        answer.put("ownRuleSet", ruleSets.hasOwnRuleSet(caller.tenantId()));
        answer.put("sharedVersion", ruleSets.sharedVersion());
        answer.put("versions", ruleSets.versions(caller.tenantId()));
        return answer;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/admin/rule-sets/{version}")
    public Map<String, Object> get(@AuthenticationPrincipal Caller caller, @PathVariable String version) {
        RuleSetSource source = ruleSets.source(caller.tenantId(), version);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", version);
        answer.put("files", source.ruleFiles());
        answer.put("features", source.featureFiles());
        return answer;
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/api/v1/admin/rule-sets")
    public ResponseEntity<RuleSets.Published> publish(@AuthenticationPrincipal Caller caller,
                                                      @RequestBody(required = false) Upload upload) {
        RuleSetSource source = sourceOf(upload, "upload");
        RuleSets.Published published = audited(caller, "rule_set.published", ruleSets.publish(caller.tenantId(), source,
                publishedBy(caller, upload.publishedBy())));
        return ResponseEntity.status(published.pending() ? HttpStatus.ACCEPTED : published.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(published);
    }

    /** The second pair of eyes on a version that changes the policy features: another analyst or admin puts it live. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/api/v1/admin/rule-sets/{version}/approve")
    public RuleSets.Published approve(@AuthenticationPrincipal Caller caller, @PathVariable String version) {
        return audited(caller, "rule_set.approved", ruleSets.approve(caller.tenantId(), version, caller.principal()));
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/api/v1/admin/rule-sets/{version}/reject")
    public RuleSets.VersionSummary reject(@AuthenticationPrincipal Caller caller, @PathVariable String version) {
        RuleSets.VersionSummary rejected = ruleSets.reject(caller.tenantId(), version, caller.principal());
        audit.record(caller, "rule_set.rejected", version, null, Map.of("version", version, "status", rejected.status()));
        return rejected;
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/api/v1/admin/rule-sets/reload")
    public RuleSets.Published reload(@AuthenticationPrincipal Caller caller,
                                     @RequestBody(required = false) Publisher body) {
        return audited(caller, "rule_set.reloaded", ruleSets.reload(caller.tenantId(), publishedBy(caller, body == null ? null : body.publishedBy())));
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/api/v1/admin/rule-sets/{version}/restore")
    public RuleSets.Published restore(@AuthenticationPrincipal Caller caller, @PathVariable String version,
                                      @RequestBody(required = false) Publisher body) {
        return audited(caller, "rule_set.restored", ruleSets.restore(caller.tenantId(), version,
                publishedBy(caller, body == null ? null : body.publishedBy())));
    }

    /** A candidate given as files, or a stored version given by {@code version}, against the last N decisions. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/api/v1/admin/rule-sets/what-if")
    public RuleSets.WhatIf whatIf(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) Upload upload) {
        int last = upload == null || upload.last() == null ? DEFAULT_WHAT_IF : upload.last();
        if (last < 1 || last > MAX_WHAT_IF) {
            throw new BadRequest("last", "Field 'last' must be between 1 and " + MAX_WHAT_IF);
        }
        RuleSetSource candidate = upload != null && upload.version() != null && (upload.files() == null || upload.files().isEmpty())
                ? ruleSets.source(caller.tenantId(), upload.version())
                : sourceOf(upload, "what-if upload");
        return ruleSets.whatIf(caller.tenantId(), candidate, last);
    }

    @ExceptionHandler(RuleSetInvalid.class)
    ResponseEntity<ProblemDetail> invalid(RuleSetInvalid invalid) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "rule-set-invalid", "Rule set refused",
                invalid.problems().size() + " problem(s); the version serving before keeps serving");
        problem.setProperty("problems", invalid.problems().stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", p.file());
            entry.put("line", p.line());
            entry.put("message", p.message());
            return entry;
        }).toList());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static RuleSetSource sourceOf(Upload upload, String origin) {
        if (upload == null || upload.files() == null || upload.files().isEmpty()) {
            throw new BadRequest("files", "Field 'files' must map rule file names (.drl, .dmn) to their text");
        }
        for (String name : upload.files().keySet()) {
            checkName(name, "files", RuleSetSource.isRuleFile(name));
        }
        Map<String, String> features = upload.features() == null ? Map.of() : upload.features();
        for (String name : features.keySet()) {
            checkName(name, "features", name.endsWith(RuleSetSource.FEATURE));
        }
        return new RuleSetSource(origin, new TreeMap<>(upload.files()), new TreeMap<>(features));
    }

    private static void checkName(String name, String field, boolean rightKind) {
        if (!rightKind || name.contains("..") || name.startsWith("/") || name.contains("\\") || !name.matches("[A-Za-z0-9_./-]{1,120}")) {
            throw new BadRequest(field, "File name '" + name + "' in '" + field + "' must be a relative path ending in "
                    + ("files".equals(field) ? ".drl or .dmn" : ".feature") + ", of letters, digits and _.-/");
        }
    }

    private RuleSets.Published audited(Caller caller, String action, RuleSets.Published published) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", published.version());
        after.put("status", published.status());
        after.put("publishedBy", published.publishedBy());
        after.put("approvedBy", published.approvedBy());
        audit.record(caller, action, published.version(), Map.of("version", String.valueOf(published.previousVersion())), after);
        return published;
    }

    /** Who published is the caller; a {@code publishedBy} in the body may only repeat it. */
    private static String publishedBy(Caller caller, String declared) {
        String named = declared == null ? null : declared.strip();
        if (named != null && !named.isEmpty() && !named.equals(caller.principal()) && !named.equalsIgnoreCase(caller.name())) {
            throw new BadRequest("publishedBy", "Field 'publishedBy' cannot name someone else: the version is recorded as published by "
                    + caller.principal() + " (leave the field out)");
        }
        return caller.principal();
    }

}
