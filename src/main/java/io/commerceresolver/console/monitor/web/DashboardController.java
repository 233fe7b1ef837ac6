package io.commerceresolver.console.monitor.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.commerceresolver.console.monitor.Dashboard;
import io.commerceresolver.console.monitor.Period;
import io.commerceresolver.console.monitor.PlaybookDiagrams;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The metrics dashboard: {@code /console/dashboard?period=24h|7d|30d&playbook=}. */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final PlaybookDiagrams diagrams;

    DashboardController(Dashboard dashboard, PlaybookDiagrams diagrams) {
        this.dashboard = dashboard;
        this.diagrams = diagrams;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/dashboard")
    String dashboard(@AuthenticationPrincipal Caller caller, Model model, @RequestParam(defaultValue = "7d") String period,
                     @RequestParam(required = false) String playbook) {
        String only = playbook == null || playbook.isBlank() ? null : playbook;
        if (only != null && !diagrams.playbooks().contains(only)) {
            throw new BadRequest("playbook", "Query parameter 'playbook' must be one of " + diagrams.playbooks());
        }
        model.addAttribute("view", dashboard.view(caller.tenantId(), ProcessMonitorController.period(period), only));
        model.addAttribute("periods", Period.values());
        model.addAttribute("playbooks", diagrams.playbooks());
        return "console/dashboard/index";
    }
}
