package io.commerceresolver.console.workbench.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.console.workbench.LiveRules;
import io.commerceresolver.console.workbench.Workbench;
import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The live rule set (/console/rules): thresholds, tables and files as an analyst reads them; its versions, with a
 * restore for each and the approve / reject of a proposal waiting for a second analyst; and a diff of any two.
 */
@Controller
class RulesController {

    private final LiveRules live;
    private final Workbench workbench;
    private final RuleSets ruleSets;
    private final AuditLog audit;

    RulesController(LiveRules live, Workbench workbench, RuleSets ruleSets, AuditLog audit) {
        this.live = live;
        this.workbench = workbench;
        this.ruleSets = ruleSets;
        this.audit = audit;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/rules")
    String rules(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("live", live.of(caller.tenantId()));
        model.addAttribute("draft", workbench.draft(caller.tenantId()).orElse(null));
        model.addAttribute("principal", caller.principal());
        return "console/rules/live";
    }

    /** Two versions side by side, file by file; by default the live one against the one before it. */
    @PreAuthorize(Access.READ)
    @GetMapping("/console/rules/history")
    String history(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        // the list reads the versions' metadata; only the two compared are read whole
        List<RuleSets.VersionEntry> versions = ruleSets.history(caller.tenantId());
        List<String> names = new ArrayList<>(versions.stream().map(RuleSets.VersionEntry::version).toList());
        String shared = ruleSets.sharedVersion();
        if (!names.contains(shared)) {
            names.add(shared);
        }
        String active = ruleSets.activeVersion(caller.tenantId());
        String right = to == null || to.isBlank() ? active : to;
        String left = from == null || from.isBlank() ? names.stream().filter(v -> !v.equals(right)).findFirst().orElse(right) : from;
        model.addAttribute("versions", versions);
        model.addAttribute("names", names);
        model.addAttribute("active", active);
        model.addAttribute("shared", shared);
        model.addAttribute("from", left);
        model.addAttribute("to", right);
        model.addAttribute("diffs", workbench.diff(caller.tenantId(), left, right));
        return "console/rules/history";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/versions/{version}/restore")
    String restore(@AuthenticationPrincipal Caller caller, @PathVariable String version, RedirectAttributes flash) {
        RuleSets.Published restored = ruleSets.restore(caller.tenantId(), version, caller.principal());
        Outcomes.audited(audit, caller, "rule_set.restored", restored);
        flash.addFlashAttribute("notice", restored.pending()
                ? "Version " + restored.version() + " changes the policy features: it waits for a second analyst."
                : "Version " + restored.version() + " is live again.");
        return "redirect:/console/rules";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/versions/{version}/approve")
    String approve(@AuthenticationPrincipal Caller caller, @PathVariable String version, RedirectAttributes flash) {
        RuleSets.Published approved = ruleSets.approve(caller.tenantId(), version, caller.principal());
        Outcomes.audited(audit, caller, "rule_set.approved", approved);
        flash.addFlashAttribute("notice", "Version " + approved.version() + " is live, proposed by " + approved.publishedBy()
                + " and approved by you.");
        return "redirect:/console/rules";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/versions/{version}/reject")
    String reject(@AuthenticationPrincipal Caller caller, @PathVariable String version, RedirectAttributes flash) {
        RuleSets.VersionSummary rejected = ruleSets.reject(caller.tenantId(), version, caller.principal());
        audit.record(caller, "rule_set.rejected", version, null, java.util.Map.of("version", version, "status", rejected.status()));
        flash.addFlashAttribute("notice", "Version " + version + " was rejected; the live version keeps serving.");
        return "redirect:/console/rules";
    }

    @ExceptionHandler(RuleSetInvalid.class)
    String refused(RuleSetInvalid refused, Model model, HttpServletResponse response) {
        return Outcomes.refused(refused, model, response);
    }
}
