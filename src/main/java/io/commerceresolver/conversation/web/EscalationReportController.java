package io.commerceresolver.conversation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.conversation.EscalationReport;
import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/** When the tenant's stress and fatigue escalations cluster, over all its people and naming none. */
@RestController
public class EscalationReportController {

    private final SessionHistory history;

    public EscalationReportController(SessionHistory history) {
        this.history = history;
    }

    @PreAuthorize(Access.READ_ESCALATIONS)
    @GetMapping("/api/v1/reports/escalations")
    public EscalationReport get(@AuthenticationPrincipal Caller caller) {
        return history.report(caller.tenantId());
    }
}
