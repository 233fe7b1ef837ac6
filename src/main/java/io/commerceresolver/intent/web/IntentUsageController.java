package io.commerceresolver.intent.web;

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
import io.commerceresolver.intent.TicketReader;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.tenant.TenantDirectory;

/** Who reads the tenant's tickets, how many model readings this month has used, and the tenant's monthly cap. */
@RestController
public class IntentUsageController {

    private final TicketReader reader;
    private final TenantDirectory tenants;
    private final AuditLog audit;

    public IntentUsageController(TicketReader reader, TenantDirectory tenants, AuditLog audit) {
        this.audit = audit;
        this.reader = reader;
        this.tenants = tenants;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/intent/usage")
    public TicketReader.MonthlyUsage usage(@AuthenticationPrincipal Caller caller) {
        return reader.usageThisMonth(caller.tenantId());
    }

    /**
     * {"monthlyCap": 500} sets the tenant's own cap (0 stops model readings); null returns to the deployment's. An
     * analyst may lower the cap; raising it (model readings cost money) takes an admin.
     */
    @PreAuthorize(Access.EDIT_POLICY)
    @PutMapping("/api/v1/admin/intent/monthly-cap")
    public TicketReader.MonthlyUsage setCap(@AuthenticationPrincipal Caller caller,
                                            @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject() || !body.has("monthlyCap")) {
            throw new BadRequest("monthlyCap", "The body must be {\"monthlyCap\": <whole number of readings, or null>}");
        }
        JsonNode cap = body.get("monthlyCap");
        if (!cap.isNull() && !(cap.canConvertToLong() && cap.isIntegralNumber() && cap.asLong() >= 0)) {
            throw new BadRequest("monthlyCap", "monthlyCap must be a whole number of readings, 0 or more, or null");
        }
        Map<String, String> settings = new LinkedHashMap<>(tenants.find(caller.tenantId())
                .orElseThrow(() -> new NotFound("tenant", caller.tenantId())).settings());
        TicketReader.MonthlyUsage before = reader.usageThisMonth(caller.tenantId());
        if (cap.isNull()) {
            settings.remove(TicketReader.MONTHLY_CAP_SETTING);
        } else {
            settings.put(TicketReader.MONTHLY_CAP_SETTING, Long.toString(cap.asLong()));
        }
        boolean raises = cap.isNull() || cap.asLong() > before.monthlyCap();
        if (raises && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Raising the model-usage cap takes the admin role; an analyst may only lower it (now "
                    + before.monthlyCap() + ")");
        }
        return audit.recorded(caller, "intent.monthly_cap.changed", () -> {
            tenants.updateSettings(caller.tenantId(), settings);
            return reader.usageThisMonth(caller.tenantId());
        }, after -> new AuditLog.Entry(caller.tenantId(), Map.of("monthlyCap", before.monthlyCap()), Map.of("monthlyCap", after.monthlyCap())));
    }
}
