package io.commerceresolver.console.inbox.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.commerceresolver.approval.LinkOutcome;
import io.commerceresolver.approval.LinkRefused;
import io.commerceresolver.console.inbox.ApprovalDesk;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.web.Problems;

/**
 * A mailed approval link, opened by the signed-in person (a link opened before sign-in comes back here after it).
 * Opening shows the approval as the inbox does and uses nothing up, since mail scanners fetch links ahead of their
 * reader; the decision form posts the token back (with the page's CSRF token), and that decision uses the link up. A
 * link that may not be used is a page saying why, with a 4xx status.
 */
@Controller
class ApprovalLinkController {

    private final ApprovalDesk desk;

    ApprovalLinkController(ApprovalDesk desk) {
        this.desk = desk;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/approvals/link")
    String open(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("approval", desk.byLink(me, token));
            model.addAttribute("linkToken", token);
            return "console/approvals/approval";
        } catch (LinkRefused refused) {
            return refusal(refused, model, response);
        }
    }

    @PreAuthorize(Access.DECIDE_APPROVAL)
    @PostMapping("/console/approvals/link")
    String decide(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String token,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        boolean fragment = "true".equals(htmx);
        try {
            ApprovalDesk.Detail decided = desk.decideByLink(me, token, decision, reason);
            if (!fragment) {
                flash.addFlashAttribute("done", "You " + decided.outcome().toLowerCase(Locale.ROOT) + " it.");
                return "redirect:/console/approvals/" + UriUtils.encodePathSegment(decided.id(), StandardCharsets.UTF_8);
            }
            model.addAttribute("approval", decided);
            return "console/approvals/approval :: decided";
        } catch (LinkRefused refused) {
            String page = refusal(refused, model, response);
            return fragment ? page + " :: refusal" : page;
        } catch (BadRequest | Forbidden | Conflict refused) {
            return offerAgain(me, token, reason, Problems.from(refused), fragment, model, response);
        }
    }

    /** The inbox refused the decision: the link is not used up, and the page offers the form again with why. */
    private String offerAgain(Caller me, String token, String reason, ProblemDetail problem, boolean fragment, Model model,
                              HttpServletResponse response) {
        try {
            model.addAttribute("approval", desk.byLink(me, token));
        } catch (LinkRefused meanwhile) {
            // decided by someone else a moment ago: the link has nothing left to show
            String page = refusal(meanwhile, model, response);
            return fragment ? page + " :: refusal" : page;
        }
        response.setStatus(problem.getStatus());
        model.addAttribute("refusal", problem.getDetail());
        model.addAttribute("reasonTyped", reason);
        model.addAttribute("linkToken", token);
        return fragment ? "console/approvals/approval :: decision" : "console/approvals/approval";
    }

    private static String refusal(LinkRefused refused, Model model, HttpServletResponse response) {
        HttpStatus status = status(refused.outcome());
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("outcome", refused.outcome().name().toLowerCase(Locale.ROOT));
        model.addAttribute("refusal", refused.getMessage());
        return "console/approvals/link-refused";
    }

    /** Gone for a link that was good once; forbidden for someone else's; a conflict when the approval moved on. */
    static HttpStatus status(LinkOutcome outcome) {
        switch (outcome) {
            case EXPIRED:
            case REUSED:
                return HttpStatus.GONE;
            case FOREIGN:
                return HttpStatus.FORBIDDEN;
            case DECIDED:
                return HttpStatus.CONFLICT;
            default:
                return HttpStatus.BAD_REQUEST;
        }
    }
}
