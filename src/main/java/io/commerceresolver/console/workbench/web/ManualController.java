package io.commerceresolver.console.workbench.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.commerceresolver.console.workbench.PolicyManual;
import io.commerceresolver.policy.PolicyFeatureCheck;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/** The policy manual (/console/manual): the live version's policy features as pages, each scenario with its last result. */
@Controller
class ManualController {

    private final PolicyManual manual;

    ManualController(PolicyManual manual) {
        this.manual = manual;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/manual")
    String index(@AuthenticationPrincipal Caller caller, Model model) {
        PolicyManual.Status status = manual.status(caller.tenantId());
        model.addAttribute("status", status);
        model.addAttribute("features", manual.features(caller.tenantId(), status));
        return "console/manual/index";
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/manual/{slug:[A-Za-z0-9_.~-]{1,160}}")
    String feature(@AuthenticationPrincipal Caller caller, @PathVariable String slug, Model model) {
        PolicyManual.Status status = manual.status(caller.tenantId());
        model.addAttribute("status", status);
        model.addAttribute("feature", manual.feature(caller.tenantId(), status, slug));
        return "console/manual/feature";
    }

    /** Runs the features against the live version now (a few seconds); the manual then shows this run. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/manual/check")
    String check(@AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        PolicyFeatureCheck check = manual.check(caller.tenantId());
        flash.addFlashAttribute("notice", check.report().passed() + " of " + check.report().scenarios()
                + " scenarios pass against version " + check.version() + ".");
        return "redirect:/console/manual";
    }
}
