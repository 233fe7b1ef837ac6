package io.commerceresolver.console.workbench.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.policy.RuleSetInvalid;
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

    /** A refused publication, restore or approval as an error page: 422 and every problem, as the API answers it. */
    static String refused(RuleSetInvalid refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("status", HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("title", "Rule set refused");
        model.addAttribute("detail", refused.problems().size() + " problem(s); the version serving before keeps serving. "
                + String.join("; ", refused.problems().stream().limit(10).map(Object::toString).toList()));
        return "console/error";
    }
}
