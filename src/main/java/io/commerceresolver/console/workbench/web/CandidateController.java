package io.commerceresolver.console.workbench.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.console.workbench.RuleDraft;
import io.commerceresolver.console.workbench.ThresholdTable;
import io.commerceresolver.console.workbench.Workbench;
import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.NotFound;

/**
 * The candidate (/console/rules/candidate): started from the live version, its thresholds in a form, its DRL and
 * feature files in a code editor and its DMN tables in the DMN editor, each save checked as an upload is; then the
 * what-if and the policy features, and publishing through the same RuleSets (and four-eyes rule) as the API.
 */
@Controller
class CandidateController {

    private static final String FILE_NAME = "[A-Za-z0-9_.-]{1,120}";
    private static final int WHAT_IF_LAST = 200;

    private final Workbench workbench;
    private final AuditLog audit;

    CandidateController(Workbench workbench, AuditLog audit) {
        this.workbench = workbench;
        this.audit = audit;
    }


    @PreAuthorize(Access.EDIT_POLICY)
    @GetMapping("/console/rules/candidate")
    String candidate(@AuthenticationPrincipal Caller caller, Model model) {
        return page(caller, model);
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/start")
    String start(@AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        RuleDraft draft = workbench.start(caller.tenantId(), caller.principal());
        flash.addFlashAttribute("notice", "A new candidate was started from version " + draft.basedOn() + ".");
        return "redirect:/console/rules/candidate";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/discard")
    String discard(@AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        workbench.discard(caller.tenantId());
        flash.addFlashAttribute("notice", "The candidate was discarded.");
        return "redirect:/console/rules";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/thresholds")
    String thresholds(@AuthenticationPrincipal Caller caller, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (Thresholds.NAMES.contains(name)) {
                values.put(name, value);
            }
        });
        RuleDraft draft = workbench.setThresholds(caller.tenantId(), values, caller.principal());
        flash.addFlashAttribute("notice", draft.valid() ? "Thresholds saved; the candidate compiles." : "Thresholds saved, with problems to fix.");
        return "redirect:/console/rules/candidate";
    }

    /** The what-if over recent decisions and the policy features, run now against the candidate. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/check")
    String check(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("whatIf", workbench.whatIf(caller.tenantId(), WHAT_IF_LAST));
        return page(caller, model);
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/publish")
    String publish(@AuthenticationPrincipal Caller caller, Model model, HttpServletResponse response, RedirectAttributes flash) {
        RuleSets.Published published;
        try {
            published = workbench.publish(caller.tenantId(), caller.principal());
        } catch (RuleSetInvalid refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", refused.problems());
            return page(caller, model);
        }
        Outcomes.audited(audit, caller, "rule_set.published", published);
        flash.addFlashAttribute("notice", published.pending()
                ? "Version " + published.version() + " changes the policy features it is held to, so it waits for a second analyst to approve it."
                : "Version " + published.version() + " is live.");
        return "redirect:/console/rules";
    }

    /** The code editor for a DRL or feature file; DMN files open in the DMN editor. */
    @PreAuthorize(Access.EDIT_POLICY)
    @GetMapping("/console/rules/candidate/files/{name:" + FILE_NAME + "}")
    String file(@AuthenticationPrincipal Caller caller, @PathVariable String name, Model model) {
        RuleDraft draft = required(caller);
        if (!draft.hasFile(name)) {
            throw new NotFound("file of the candidate", name);
        }
        if (name.endsWith(RuleSetSource.DMN)) {
            return "redirect:/console/rules/candidate/dmn/" + name;
        }
        model.addAttribute("draft", draft);
        model.addAttribute("name", name);
        model.addAttribute("shownName", (name.endsWith(RuleSetSource.FEATURE) ? "features/policy/" : "rules/") + name);
        model.addAttribute("text", draft.file(name));
        model.addAttribute("problems", problemsOf(draft, name));
        model.addAttribute("otherProblems", draft.problems().size() - problemsOf(draft, name).size());
        return "console/rules/file";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/files/{name:" + FILE_NAME + "}")
    String saveFile(@AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestParam("text") String text,
                    RedirectAttributes flash) {
        RuleDraft draft = workbench.saveFile(caller.tenantId(), name, text, caller.principal());
        flash.addFlashAttribute("notice", draft.valid() ? "Saved; the candidate compiles." : "Saved, with problems to fix (below).");
        return "redirect:/console/rules/candidate/files/" + name;
    }

    /** The DMN editor; its page alone has the looser content security policy the editor needs. */
    @PreAuthorize(Access.EDIT_POLICY)
    @GetMapping("/console/rules/candidate/dmn/{name:" + FILE_NAME + "}")
    String dmn(@AuthenticationPrincipal Caller caller, @PathVariable String name, Model model) {
        RuleDraft draft = required(caller);
        if (!name.endsWith(RuleSetSource.DMN) || !draft.ruleFiles().containsKey(name)) {
            throw new NotFound("DMN file of the candidate", name);
        }
        model.addAttribute("draft", draft);
        model.addAttribute("name", name);
        model.addAttribute("problems", problemsOf(draft, name));
        return "console/rules/dmn";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @GetMapping(value = "/console/rules/candidate/dmn/{name:" + FILE_NAME + "}/content", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String dmnContent(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        RuleDraft draft = required(caller);
        if (!name.endsWith(RuleSetSource.DMN) || !draft.ruleFiles().containsKey(name)) {
            throw new NotFound("DMN file of the candidate", name);
        }
        return draft.ruleFiles().get(name);
    }

    /** What the DMN editor's page shows after a save: the candidate's version and the problems in this file and elsewhere. */
    public record Saved(String version, List<RuleSetProblem> problems, int otherProblems) {
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping(value = "/console/rules/candidate/dmn/{name:" + FILE_NAME + "}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Saved> saveDmn(@AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestBody String xml) {
        if (!name.endsWith(RuleSetSource.DMN)) {
            throw new NotFound("DMN file of the candidate", name);
        }
        RuleDraft draft = workbench.saveFile(caller.tenantId(), name, xml, caller.principal());
        List<RuleSetProblem> mine = problemsOf(draft, name);
        return ResponseEntity.ok(new Saved(draft.version(), mine, draft.problems().size() - mine.size()));
    }

    @ExceptionHandler(RuleSetInvalid.class)
    String refused(RuleSetInvalid refused, Model model, HttpServletResponse response) {
        return Outcomes.refused(refused, model, response);
    }

    private String page(Caller caller, Model model) {
        RuleDraft draft = workbench.draft(caller.tenantId()).orElse(null);
        model.addAttribute("draft", draft);
        if (draft != null) {
            model.addAttribute("thresholds", ThresholdTable.rows(draft.ruleFiles().getOrDefault(ThresholdTable.FILE, "")).values().stream()
                    .map(r -> new ThresholdField(r.name(), r.value(), r.min(), r.max(), r.meaning())).toList());
            model.addAttribute("changes", workbench.draftDiff(caller.tenantId()).stream().filter(Workbench.FileDiff::changed).toList());
        }
        return "console/rules/candidate";
    }

    private RuleDraft required(Caller caller) {
        return workbench.draft(caller.tenantId()).orElseThrow(() -> new NotFound("candidate rule set", caller.tenantId()));
    }

    private static List<RuleSetProblem> problemsOf(RuleDraft draft, String name) {
        String shown = (name.endsWith(RuleSetSource.FEATURE) ? "features/policy/" : "rules/") + name;
        return draft.problems().stream().filter(p -> shown.equals(p.file())).toList();
    }
}
