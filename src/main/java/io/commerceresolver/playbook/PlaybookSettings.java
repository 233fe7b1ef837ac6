package io.commerceresolver.playbook;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * How a tenant's runs wait and act, from its settings: how long an approval waits before it moves up a tier
 * ({@value #APPROVAL_DEADLINE}, an ISO-8601 duration such as {@code PT24H}, or {@code PT30S} to watch it happen), how
 * long it then waits before it expires ({@value #APPROVAL_FINAL_DEADLINE}, the first deadline again when unset),
 * and whether its runs only show what they would do ({@value #SHADOW_MODE}).
 * Timings, not thresholds: the rules decide who approves, these only say how long a person has.
 */
public class PlaybookSettings {

    public static final String APPROVAL_DEADLINE = "approvalDeadline";
    public static final String APPROVAL_FINAL_DEADLINE = "approvalFinalDeadline";
    /** {@code true}: the tenant's runs decide and plan, and write nothing (see RunState#isShadow). */
    public static final String SHADOW_MODE = "shadowMode";

    private static final Duration SHORTEST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofDays(90);

    private final TenantDirectory tenants;
    private final Duration defaultDeadline;

    public PlaybookSettings(TenantDirectory tenants, Duration defaultDeadline) {
        this.tenants = tenants;
        this.defaultDeadline = defaultDeadline;
    }

    public Duration approvalDeadline(String tenantId) {
        return durationOr(settings(tenantId).get(APPROVAL_DEADLINE), defaultDeadline);
    }

    public Duration approvalFinalDeadline(String tenantId) {
        Map<String, String> settings = settings(tenantId);
        return durationOr(settings.get(APPROVAL_FINAL_DEADLINE), durationOr(settings.get(APPROVAL_DEADLINE), defaultDeadline));
    }

    public boolean shadowMode(String tenantId) {
        return Boolean.parseBoolean(settings(tenantId).get(SHADOW_MODE));
    }

    /** The tenant's values in force, defaults filled in. */
    public Map<String, Object> inForce(String tenantId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(APPROVAL_DEADLINE, approvalDeadline(tenantId).toString());
        view.put(APPROVAL_FINAL_DEADLINE, approvalFinalDeadline(tenantId).toString());
        view.put(SHADOW_MODE, shadowMode(tenantId));
        return view;
    }

    /**
     * Checks one setting a person wants to store; null removes it.
     *
     * @throws BadRequest naming the setting and what it must be
     */
    public static void validate(String name, String value) {
        if (!APPROVAL_DEADLINE.equals(name) && !APPROVAL_FINAL_DEADLINE.equals(name) && !SHADOW_MODE.equals(name)) {
            throw new BadRequest(name, "'" + name + "' is not a playbook setting; they are " + APPROVAL_DEADLINE + ", "
                    + APPROVAL_FINAL_DEADLINE + " and " + SHADOW_MODE);
        }
        if (value == null) {
            return;
        }
        if (SHADOW_MODE.equals(name)) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new BadRequest(name, "'" + name + "' must be true or false, not '" + value + "'");
            }
            return;
        }
        Duration duration;
        try {
            duration = Duration.parse(value);
        } catch (DateTimeParseException notDuration) {
            throw new BadRequest(name, "'" + name + "' must be an ISO-8601 duration such as PT24H or PT30S, not '" + value + "'");
        }
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw new BadRequest(name, "'" + name + "' must lie between " + SHORTEST + " and " + LONGEST + ", not " + value);
        }
    }

    private Map<String, String> settings(String tenantId) {
        return tenants.find(tenantId).map(tenant -> tenant.settings()).orElse(Map.of());
    }

    /** A stored value that no longer parses (set before validation existed) falls back rather than stalling runs. */
    private static Duration durationOr(String value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException notDuration) {
            return fallback;
        }
    }
}
