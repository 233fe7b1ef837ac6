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
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/**
 * The policy manual (/console/manual): the live version's policy features as pages, each scenario with its last result;
 * while the live version's run is under way the pages say so and ask again every few seconds (htmx).
 */
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

    /** Runs the features against the live version again, in the background (a few seconds); the manual then shows that run. */
    @PreAuthorize(Access.EDIT_POLICY)
    @PostMapping("/console/manual/check")
    String check(@AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        String version = manual.check(caller.tenantId());
        flash.addFlashAttribute("notice", "The features are being run against version " + version
                + "; the time of the results below changes once they are in.");
        return "redirect:/console/manual";
    }
}
