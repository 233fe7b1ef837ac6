package io.commerceresolver.playbook.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.playbook.PlaybookSettings;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.tenant.TenantDirectory;

/** How long the tenant's approvals wait before they move up a tier and before they expire; whether its runs act. */
@RestController
public class PlaybookSettingsController {

    private final PlaybookSettings settings;
    private final TenantDirectory tenants;
    private final AuditLog audit;

    public PlaybookSettingsController(PlaybookSettings settings, TenantDirectory tenants, AuditLog audit) {
        this.settings = settings;
        this.tenants = tenants;
        this.audit = audit;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/admin/playbook-settings")
    public Map<String, Object> inForce(@AuthenticationPrincipal Caller caller) {
        return settings.inForce(caller.tenantId());
    }

    /**
     * {"approvalDeadline": "PT4H", "approvalFinalDeadline": null, "shadowMode": true}: each named setting is set (null
     * returns it to the default); approvals requested from now on wait that long, runs started from now on act or only
     * show what they would do. All or nothing: one bad value changes none.
     */
    @PreAuthorize(Access.ADMINISTER)
    @PutMapping("/api/v1/admin/playbook-settings")
    public Map<String, Object> change(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw new BadRequest("body", "The body must be an object such as {\"" + PlaybookSettings.APPROVAL_DEADLINE + "\": \"PT24H\"}");
        }
        Map<String, String> stored = new LinkedHashMap<>(tenants.find(caller.tenantId())
                .orElseThrow(() -> new NotFound("tenant", caller.tenantId())).settings());
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isNull() && !value.isTextual() && !value.isBoolean()) {
                throw new BadRequest(field.getKey(), "'" + field.getKey() + "' must be a duration in quotes such as \"PT24H\", true or false, or null");
            }
            String text = value.isNull() ? null : value.asText();
            PlaybookSettings.validate(field.getKey(), text);
            if (text == null) {
                stored.remove(field.getKey());
            } else {
                stored.put(field.getKey(), text);
            }
        }
        Map<String, Object> before = settings.inForce(caller.tenantId());
        return audit.recorded(caller, "playbook.settings.changed", () -> {
            tenants.updateSettings(caller.tenantId(), stored);
            return settings.inForce(caller.tenantId());
        }, after -> new AuditLog.Entry(caller.tenantId(), before, after));
    }
}
