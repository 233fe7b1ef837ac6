package io.commerceresolver.policy.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.policy.DefaultThresholds;
import io.commerceresolver.policy.PolicyEngine;
import io.commerceresolver.policy.ThresholdBounds;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.tenant.Tenant;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * The tenant's thresholds: the rule set's defaults (rules/policy-thresholds.dmn), the tenant's own overrides, and
 * what is in force. Changing an override takes effect with the next decision; no rule set is republished.
 */
@RestController
public class ThresholdsController {

    private final TenantDirectory tenants;
    private final PolicyEngine engine;
    private final ObjectMapper json;
    private final AuditLog audit;

    public ThresholdsController(TenantDirectory tenants, PolicyEngine engine, ObjectMapper json, AuditLog audit) {
        this.audit = audit;
        this.tenants = tenants;
        this.engine = engine;
        this.json = json;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/admin/thresholds")
    public Map<String, Object> get(@AuthenticationPrincipal Caller caller) {
        return view(caller.tenantId(), tenant(caller).settings());
    }

    /**
     * Sets the named overrides: a number sets one, {@code null} removes it so the default applies again. Names the
     * rules do not know, and values they cannot use, are refused with nothing changed.
     */
    @PreAuthorize(Access.EDIT_POLICY)
    @PutMapping("/api/v1/admin/thresholds")
    public Map<String, Object> put(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) String body) {
        JsonNode overrides = parse(body);
        Map<String, String> settings = new LinkedHashMap<>(tenant(caller).settings());
        overrides.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (!Thresholds.NAMES.contains(name)) {
                throw new BadRequest(name, "Unknown threshold '" + name + "'; the rules know " + String.join(", ", Thresholds.NAMES));
            }
            if (value.isNull()) {
                settings.remove(name);
            } else if (value.isNumber()) {
                settings.put(name, value.decimalValue().toPlainString());
            } else if (value.isTextual()) {
                settings.put(name, decimal(name, value.textValue()).toPlainString());
            } else {
                throw new BadRequest(name, "Threshold '" + name + "' must be a number or null");
            }
        });
        DefaultThresholds defaults = engine.defaultThresholds(caller.tenantId());
        overrides.fields().forEachRemaining(entry -> checkBounds(defaults, entry.getKey(), settings.get(entry.getKey())));
        try {
            Thresholds.of(defaults.values(), settings);
        } catch (IllegalArgumentException unusable) {
            throw new BadRequest(null, unusable.getMessage());
        }
        audit.recorded(caller, "thresholds.changed", () -> {
            Map<String, String> before = tenant(caller).settings();
            tenants.updateSettings(caller.tenantId(), settings);
            return before;
        }, before -> new AuditLog.Entry(caller.tenantId(), overridesOf(before), overridesOf(settings)));
        return view(caller.tenantId(), settings);
    }

    /** A new value must lie within the bounds the rule set declares beside the threshold's default. */
    private static void checkBounds(DefaultThresholds defaults, String name, String value) {
        if (value == null) {
            return;
        }
        ThresholdBounds range = defaults.bounds().get(name);
        if (range == null) {
            throw new BadRequest(name, "Rule set " + defaults.rulesVersion() + " declares no bounds for '" + name
                    + "', so it cannot be overridden; publish a version whose rules/policy-thresholds.dmn gives them");
        }
        if (!range.contains(new BigDecimal(value))) {
            throw new BadRequest(name, "Threshold '" + name + "' must lie within " + range + " (rules/policy-thresholds.dmn), not " + value);
        }
    }

    private static Map<String, String> overridesOf(Map<String, String> settings) {
        Map<String, String> overrides = new LinkedHashMap<>();
        Thresholds.NAMES.stream().filter(settings::containsKey).forEach(name -> overrides.put(name, settings.get(name)));
        return overrides;
    }

    private Map<String, Object> view(String tenantId, Map<String, String> settings) {
        DefaultThresholds defaults = engine.defaultThresholds(tenantId);
        Map<String, Object> overrides = new LinkedHashMap<>();
        Thresholds.NAMES.stream().filter(settings::containsKey).forEach(name -> overrides.put(name, settings.get(name)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rulesVersion", defaults.rulesVersion());
        answer.put("defaults", defaults.values());
        answer.put("bounds", defaults.bounds());
        answer.put("overrides", overrides);
        answer.put("inForce", Thresholds.of(defaults.values(), settings).asMap());
        return answer;
    }

    /** Numbers are read as written (250.00 stays 250.00), not through a double. */
    private JsonNode parse(String body) {
        JsonNode overrides;
        try {
            overrides = body == null ? null : json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new BadRequest(null, "The request body is not valid JSON");
        }
        if (overrides == null || !overrides.isObject() || overrides.isEmpty()) {
            throw new BadRequest(null, "The body must name at least one threshold, e.g. {\"maxAutoRefund\": 250.00}");
        }
        return overrides;
    }

    private Tenant tenant(Caller caller) {
        return tenants.find(caller.tenantId()).orElseThrow(() -> new NotFound("tenant", caller.tenantId()));
    }

    private static BigDecimal decimal(String name, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadRequest(name, "Threshold '" + name + "' must be a number, not '" + text + "'");
        }
    }
}
