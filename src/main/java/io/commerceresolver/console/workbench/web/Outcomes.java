package io.commerceresolver.console.workbench.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.security.Caller;

/** The audit entry of a publication from the console, the same as the API's (RuleSetAdminController) records. */
final class Outcomes {

    private Outcomes() {
    }

    static RuleSets.Published audited(AuditLog audit, Caller caller, String action, RuleSets.Published published) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", published.version());
        after.put("status", published.status());
        after.put("publishedBy", published.publishedBy());
        after.put("approvedBy", published.approvedBy());
        audit.record(caller, action, published.version(), Map.of("version", String.valueOf(published.previousVersion())), after);
        return published;
    }
}
