package io.commerceresolver.privacy.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.privacy.PersonalDataPurge;
import io.commerceresolver.privacy.Scrubber;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The tenant's retention of personal data, and erasing one customer's data on request. */
@RestController
public class PrivacyController {

    private final PersonalDataPurge purge;
    private final AuditLog audit;

    public PrivacyController(PersonalDataPurge purge, AuditLog audit) {
        this.purge = purge;
        this.audit = audit;
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/retention")
    public Map<String, Object> retention(@AuthenticationPrincipal Caller caller) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("retentionDays", purge.retentionDays(caller.tenantId()).orElse(null));
        return answer;
    }

    /** {"retentionDays": 90} purges personal data older than 90 days from now on; null keeps everything. */
    @PreAuthorize(Access.ADMINISTER)
    @PutMapping("/api/v1/admin/retention")
    public Map<String, Object> setRetention(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.has("retentionDays") || !(body.get("retentionDays").isNull() || body.get("retentionDays").canConvertToInt()
                && body.get("retentionDays").isIntegralNumber())) {
            throw new BadRequest("retentionDays", "The body must be {\"retentionDays\": <whole days, or null>}");
        }
        Integer days = body.get("retentionDays").isNull() ? null : body.get("retentionDays").asInt();
        Map<String, Object> before = retention(caller);
        return audit.recorded(caller, "retention.changed", () -> {
            purge.setRetentionDays(caller.tenantId(), days);
            return retention(caller);
        }, after -> new AuditLog.Entry(caller.tenantId(), before, after));
    }

    /** Erases what the tenant holds of one customer: texts, e-mail, personal fields; decisions and amounts stay. */
    @PreAuthorize(Access.ADMINISTER)
    @DeleteMapping("/api/v1/admin/customers/{email}")
    public Map<String, Object> forget(@AuthenticationPrincipal Caller caller, @PathVariable String email) {
        int purged = purge.forgetCustomer(caller.tenantId(), email);
        audit.record(caller, "customer.forgotten", Scrubber.hash(email), null, Map.of("recordsPurged", purged));
        return Map.of("customer", Scrubber.hash(email), "recordsPurged", purged);
    }
}
