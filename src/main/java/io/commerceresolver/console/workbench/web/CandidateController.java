package io.commerceresolver.console.workbench.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.support.RequestContextUtils;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.console.workbench.RuleDraft;
import io.commerceresolver.console.workbench.StaleCandidate;
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
    private final WorkbenchTime time;

    CandidateController(Workbench workbench, AuditLog audit, WorkbenchTime time) {
        this.workbench = workbench;
        this.audit = audit;
        this.time = time;
    }


    @PreAuthorize(Access.EDIT_POLICY)
    @GetMapping("/console/rules/candidate")
    String candidate(@AuthenticationPrincipal Caller caller, Model model) {
        return page(caller, model);
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/start")
    String start(@AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        boolean there = workbench.draft(caller.tenantId()).isPresent();
        RuleDraft draft = workbench.start(caller.tenantId(), caller.principal());
        flash.addFlashAttribute("notice", there || draft.revision() > 1 || !draft.updatedBy().equals(caller.principal())
                ? "There is a candidate already, last saved by " + draft.updatedBy() + ": here it is."
                : "A new candidate was started from version " + draft.basedOn() + ".");
        return "redirect:/console/rules/candidate";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/discard")
    String discard(@AuthenticationPrincipal Caller caller, @RequestParam long revision, RedirectAttributes flash) {
        workbench.discard(caller.tenantId(), revision);
        flash.addFlashAttribute("notice", "The candidate was discarded.");
        return "redirect:/console/rules";
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/thresholds")
    String thresholds(@AuthenticationPrincipal Caller caller, @RequestParam long revision, @RequestParam Map<String, String> form,
                      RedirectAttributes flash) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (Thresholds.NAMES.contains(name)) {
                values.put(name, value);
            }
        });
        RuleDraft draft = workbench.setThresholds(caller.tenantId(), values, revision, caller.principal());
        flash.addFlashAttribute("notice", draft.valid() ? "Thresholds saved; the candidate compiles." : "Thresholds saved, with problems to fix.");
        return "redirect:/console/rules/candidate";
    }

    /** The what-if over recent decisions and the policy features, run now against the candidate. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/check")
    String check(@AuthenticationPrincipal Caller caller, @RequestParam long revision, Model model) {
        Workbench.Check check = workbench.whatIf(caller.tenantId(), revision, WHAT_IF_LAST);
        model.addAttribute("whatIf", check.whatIf());
        // the page shows the revision the results are of, and its publish form names it
        return page(caller, model, check.draft());
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/publish")
    String publish(@AuthenticationPrincipal Caller caller, @RequestParam long revision, Model model, HttpServletResponse response,
                   RedirectAttributes flash) {
        RuleSets.Published published;
        try {
            published = workbench.publish(caller.tenantId(), revision, caller.principal());
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
        return filePage(draft, name, draft.file(name), draft.revision(), model);
    }

    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/rules/candidate/files/{name:" + FILE_NAME + "}")
    String saveFile(@AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestParam("text") String text,
                    @RequestParam long revision, Model model, HttpServletResponse response, RedirectAttributes flash) {
        RuleDraft draft;
        try {
            draft = workbench.saveFile(caller.tenantId(), name, text, revision, caller.principal());
        } catch (StaleCandidate stale) {
            // the analyst's text stays in the editor, to copy from; the form keeps the old revision, so saving it again
            // is refused again: the way on is to reload and see the other save first
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", staleMessage(stale));
            return filePage(required(caller), name, text, revision, model);
        }
        flash.addFlashAttribute("notice", draft.valid() ? "Saved; the candidate compiles." : "Saved, with problems to fix (below).");
        return "redirect:/console/rules/candidate/files/" + name;
    }

    private static String filePage(RuleDraft draft, String name, String text, long revision, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("name", name);
        model.addAttribute("shownName", (name.endsWith(RuleSetSource.FEATURE) ? "features/policy/" : "rules/") + name);
        model.addAttribute("text", text);
        model.addAttribute("revision", revision);
        model.addAttribute("problems", problemsOf(draft, name));
        model.addAttribute("otherProblems", draft.problems().size() - problemsOf(draft, name).size());
        return "console/rules/file";
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

    /**
     * What the DMN editor's page shows after a save: the candidate's version, its revision (the next save's base) and the
     * problems in this file and elsewhere.
     */
    public record Saved(String version, long revision, List<RuleSetProblem> problems, int otherProblems) {
    }

    /** The DMN editor's answer to a save over a revision someone else has saved over since: nothing was saved. */
    public record Stale(String message, String savedBy, String savedAt, long revision) {
    }

    /** The editor posts the file's XML; {@code revision} (in the address) is the candidate's revision it was opened at. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping(value = "/console/rules/candidate/dmn/{name:" + FILE_NAME + "}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> saveDmn(@AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestParam long revision,
                              @RequestBody String xml) {
        if (!name.endsWith(RuleSetSource.DMN)) {
            throw new NotFound("DMN file of the candidate", name);
        }
        RuleDraft draft;
        try {
            draft = workbench.saveFile(caller.tenantId(), name, xml, revision, caller.principal());
        } catch (StaleCandidate stale) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Stale(staleMessage(stale), stale.savedBy(),
                    time.of(stale.savedAt()), stale.revision()));
        }
        List<RuleSetProblem> mine = problemsOf(draft, name);
        return ResponseEntity.ok(new Saved(draft.version(), draft.revision(), mine, draft.problems().size() - mine.size()));
    }

    @ExceptionHandler(RuleSetInvalid.class)
    String refused(RuleSetInvalid refused, Model model, HttpServletResponse response) {
        return Outcomes.refused(refused, model, response);
    }

    /**
     * A form (thresholds, check, publish, discard) based on a revision someone has saved over: nothing was done, and the
     * candidate's page, as it is now, says why (a redirect, so the page has all it shows around its content).
     */
    @ExceptionHandler(StaleCandidate.class)
    String stale(StaleCandidate stale, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("stale", staleMessage(stale));
        return "redirect:/console/rules/candidate";
    }

    private String staleMessage(StaleCandidate stale) {
        return "Someone else saved the candidate since you opened it: " + stale.savedBy() + " at " + time.of(stale.savedAt())
                + ". Your change was not saved; reload to see theirs.";
    }

    private String page(Caller caller, Model model) {
        return page(caller, model, workbench.draft(caller.tenantId()).orElse(null));
    }

    private String page(Caller caller, Model model, RuleDraft draft) {
        model.addAttribute("draft", draft);
        if (draft != null) {
            model.addAttribute("thresholds", ThresholdTable.rows(draft.ruleFiles().getOrDefault(ThresholdTable.FILE, "")).values().stream()
                    .map(r -> new ThresholdField(r.name(), r.value(), r.min(), r.max(), r.meaning())).toList());
            model.addAttribute("changes", workbench.draftDiff(draft).stream().filter(Workbench.FileDiff::changed).toList());
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
