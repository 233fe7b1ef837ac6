package io.commerceresolver.console.inbox.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.commerceresolver.console.inbox.ApprovalDesk;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.web.Problems;

/**
 * Approvals in the inbox. The decision form is sent by htmx, which swaps the outcome (or the refusal) into the page,
 * or as a plain form post without script, which comes back to the approval's page.
 */
@Controller
class ApprovalDeskController {

    private final ApprovalDesk desk;

    ApprovalDeskController(ApprovalDesk desk) {
        this.desk = desk;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/approvals")
    String approvals(@AuthenticationPrincipal Caller me, @RequestParam(name = "for", required = false) String forWhom,
                     @RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", desk.list(me, forWhom, after));
        return "console/approvals/list";
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/approvals/{approvalId}")
    String approval(@AuthenticationPrincipal Caller me, @PathVariable String approvalId, Model model) {
        model.addAttribute("approval", desk.approval(me, approvalId));
        return "console/approvals/approval";
    }

    /** Where the ticket stands after the decision; htmx asks again until the run has settled. */
    @PreAuthorize(Access.READ)
    @GetMapping("/console/approvals/{approvalId}/progress")
    String progress(@AuthenticationPrincipal Caller me, @PathVariable String approvalId, Model model) {
        model.addAttribute("approval", desk.approval(me, approvalId));
        return "console/approvals/approval :: progress";
    }

    @PreAuthorize(Access.DECIDE_APPROVAL)
    @PostMapping("/console/approvals/{approvalId}/decision")
    String decide(@AuthenticationPrincipal Caller me, @PathVariable String approvalId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        boolean fragment = "true".equals(htmx);
        try {
            ApprovalDesk.Detail decided = desk.decide(me, approvalId, decision, reason);
            if (!fragment) {
                flash.addFlashAttribute("done", "You " + decided.outcome().toLowerCase(java.util.Locale.ROOT) + " it.");
                return "redirect:/console/approvals/" + UriUtils.encodePathSegment(approvalId, StandardCharsets.UTF_8);
            }
            model.addAttribute("approval", decided);
            return "console/approvals/approval :: decided";
        } catch (BadRequest | Forbidden | Conflict refused) {
            // the inbox's refusal is the answer: shown where the form was, with the status the API gives
            ProblemDetail problem = Problems.from(refused);
            response.setStatus(problem.getStatus());
            model.addAttribute("refusal", problem.getDetail());
            model.addAttribute("reasonTyped", reason);
            model.addAttribute("approval", desk.approval(me, approvalId));
            return fragment ? "console/approvals/approval :: decision" : "console/approvals/approval";
        }
    }
}
