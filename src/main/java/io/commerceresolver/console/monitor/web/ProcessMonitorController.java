package io.commerceresolver.console.monitor.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.console.monitor.Period;
import io.commerceresolver.console.monitor.PlaybookDiagrams;
import io.commerceresolver.console.monitor.ProcessMonitor;
import io.commerceresolver.console.monitor.RunStates;
import io.commerceresolver.playbook.RunOperations;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.NotFound;

/**
 * The process monitor: {@code /console/processes} (the playbooks' counts by state over a period, refreshed by htmx from
 * {@code /console/processes/counts}, and the filtered list of runs), one run at {@code /console/processes/runs/{runId}}
 * with its diagram (the playbook's BPMN from {@code /console/processes/diagrams/{playbook}.bpmn}), and the operator's
 * actions, which go through the same services as the API's.
 */
@Controller
class ProcessMonitorController {

    private static final String PLAYBOOK = "[a-z][a-z0-9_]{0,59}";
    private static final String RUN_ID = "[A-Za-z0-9-]{1,36}";

    private final ProcessMonitor monitor;
    private final PlaybookDiagrams diagrams;
    private final RunOperations operations;
    private final ApprovalOperations approvals;

    ProcessMonitorController(ProcessMonitor monitor, PlaybookDiagrams diagrams, RunOperations operations, ApprovalOperations approvals) {
        this.monitor = monitor;
        this.diagrams = diagrams;
        this.operations = operations;
        this.approvals = approvals;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/processes")
    String processes(@AuthenticationPrincipal Caller caller, Model model, @RequestParam(defaultValue = "24h") String period,
                     @RequestParam(required = false) String playbook, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String order, @RequestParam(required = false) String customer,
                     @RequestParam(required = false) String age, @RequestParam(required = false) String before) {
        if (customer != null && !customer.isBlank() && !Role.seeCustomers(caller.roles())) {
            // the list masks every address, but a match would still tell a reader that the address is a customer's
            throw new Forbidden("Looking runs up by a customer's e-mail address is for the roles whose work needs the customers' data: "
                    + Role.SEE_CUSTOMERS.stream().map(Role::code).sorted().toList());
        }
        ProcessMonitor.Filter filter = new ProcessMonitor.Filter(playbook(playbook), status(status), text("order", order, 100),
                text("customer", customer, 320), ProcessMonitor.Age.fromCode(age).orElseThrow(() -> new BadRequest("age",
                "Query parameter 'age' must be one of '', 1h, 1d, 7d")), before(before));
        model.addAttribute("overview", monitor.overview(caller.tenantId(), period(period)));
        model.addAttribute("page", monitor.runs(caller.tenantId(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("seeCustomers", Role.seeCustomers(caller.roles()));
        common(model);
        return "console/processes/index";
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/processes/counts")
    String counts(@AuthenticationPrincipal Caller caller, Model model, @RequestParam(defaultValue = "24h") String period) {
        model.addAttribute("overview", monitor.overview(caller.tenantId(), period(period)));
        common(model);
        return "console/processes/index :: counts";
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/processes/diagrams/{playbook}.bpmn")
    ResponseEntity<byte[]> diagram(@PathVariable String playbook) {
        byte[] bpmn = diagrams.bpmn(playbook).orElseThrow(() -> new NotFound("playbook", playbook));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(CacheControl.noCache()).body(bpmn);
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/processes/runs/{runId}")
    String run(@AuthenticationPrincipal Caller caller, Model model, @PathVariable String runId) {
        model.addAttribute("detail", monitor.run(caller.tenantId(), runId(runId)));
        return "console/processes/run";
    }

    @PreAuthorize(Access.OPERATE_RUNS)
    @PostMapping("/console/processes/runs/{runId}/cancel")
    String cancel(@AuthenticationPrincipal Caller caller, @PathVariable String runId, @RequestParam(required = false) String reason,
                  RedirectAttributes next) {
        RunOperations.Outcome outcome = operations.cancel(caller, runId(runId), reason);
        next.addFlashAttribute("notice", outcome.detail());
        return "redirect:/console/processes/runs/" + runId;
    }

    @PreAuthorize(Access.OPERATE_RUNS)
    @PostMapping("/console/processes/runs/{runId}/retry")
    String retry(@AuthenticationPrincipal Caller caller, @PathVariable String runId, RedirectAttributes next) {
        RunOperations.Outcome outcome = operations.retry(caller, runId(runId));
        next.addFlashAttribute("notice", outcome.detail());
        return "redirect:/console/processes/runs/" + runId;
    }

    @PreAuthorize(Access.OPERATE_RUNS)
    @PostMapping("/console/processes/runs/{runId}/approval/{approvalId}/reassign")
    String reassign(@AuthenticationPrincipal Caller caller, @PathVariable String runId, @PathVariable String approvalId,
                    @RequestParam(required = false) String assignee, RedirectAttributes next) {
        ApprovalOperations.Reassigned done = approvals.reassign(caller, approvalId, assignee);
        next.addFlashAttribute("notice", done.changed() ? "The approval is now assigned to " + done.assignee()
                : "The approval was already assigned to " + done.assignee());
        // back to the approval's own run, whatever run the address named
        return "redirect:/console/processes/runs/" + runId(done.approval().runId());
    }

    private static void common(Model model) {
        model.addAttribute("states", RunStates.ALL);
        model.addAttribute("periods", Period.values());
        model.addAttribute("ages", ProcessMonitor.Age.values());
    }

    static Period period(String code) {
        return Period.fromCode(code).orElseThrow(() -> new BadRequest("period", "Query parameter 'period' must be one of 24h, 7d, 30d"));
    }

    private static String playbook(String playbook) {
        if (playbook == null || playbook.isBlank()) {
            return null;
        }
        if (!playbook.matches(PLAYBOOK)) {
            throw new BadRequest("playbook", "Query parameter 'playbook' must be a playbook name such as refund_order");
        }
        return playbook;
    }

    private static RunStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RunStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequest("status", "Query parameter 'status' must be one of " + Arrays.toString(RunStatus.values()));
        }
    }

    private static String text(String name, String value, int longest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > longest) {
            throw new BadRequest(name, "Query parameter '" + name + "' must be at most " + longest + " characters");
        }
        return value.strip();
    }

    private static String before(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        if (!before.matches(RUN_ID)) {
            throw new BadRequest("before", "Query parameter 'before' must be the runId that ended the previous page");
        }
        return before;
    }

    private static String runId(String runId) {
        if (!runId.matches(RUN_ID)) {
            throw new NotFound("run", runId);
        }
        return runId;
    }
}
