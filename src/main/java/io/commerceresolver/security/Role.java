package io.commerceresolver.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a principal may do. Each endpoint names the roles it accepts ({@code security.web.Access}); nothing here
 * implies another role except that a senior approver may decide what an approver may.
 */
public enum Role {
    /** Reads tickets, decisions, approvals, rule sets and thresholds of its tenant. */
    VIEWER,
    /** Works tickets: submits them, reads them, evaluates decisions. */
    AGENT,
    /** Decides tier-2 approvals. */
    APPROVER,
    /** Decides tier-2 and tier-3 approvals. */
    SENIOR_APPROVER,
    /** Owns the policy: thresholds, rule sets and their features. */
    ANALYST,
    /**
     * Watches the playbook runs and steers them when they are stuck: retries a failed step, cancels a run, hands a
     * waiting approval to another approver. Decides nothing itself.
     */
    OPERATIONS,
    /**
     * Asks for changes to the catalogue in batches (changesets: prices, promotions, stock) and confirms them; decides
     * no approval and reads no customer's data.
     */
    MERCHANDISER,
    /** Keys, users, connectors, settings and the audit log; may also do what an analyst and an agent may. */
    ADMIN,
    /** A channel or integration: submits tickets and reads the status of those it submitted, nothing else. */
    INTAKE;

    /**
     * The roles whose work needs a customer's personal data (to reach them, decide for them, steer their runs); the
     * console shows it masked to the others, and does not let them look a customer up by address.
     */
    public static final Set<Role> SEE_CUSTOMERS = Collections.unmodifiableSet(EnumSet.of(AGENT, APPROVER, SENIOR_APPROVER, ADMIN, OPERATIONS));

    /** Whether {@code roles} include one whose work needs the customers' data ({@link #SEE_CUSTOMERS}). */
    public static boolean seeCustomers(Set<Role> roles) {
        return roles.stream().anyMatch(SEE_CUSTOMERS::contains);
    }

    /** The role as it is written in the API, in stored keys and in tokens: {@code senior_approver}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Roles as they are stored: their codes, comma-separated, in a fixed order. */
    public static String joined(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
    }

    /** The inverse of {@link #joined}; a code the service no longer knows grants nothing rather than failing. */
    public static Set<Role> parseJoined(String codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(codes.split(",")).map(Role::fromCode).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    public static Optional<Role> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(role -> role.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
