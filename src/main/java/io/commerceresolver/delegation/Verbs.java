package io.commerceresolver.delegation;

import static io.commerceresolver.delegation.Scope.Access.READ;
import static io.commerceresolver.delegation.Scope.Access.SEND;
import static io.commerceresolver.delegation.Scope.Access.WRITE;

import java.util.Map;
import java.util.Optional;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;

/**
 * What each verb of {@link CommerceConnector} needs, in one place. A verb missing here is refused to every delegation
 * (VerbsTest fails when the port gains a method this table does not name), so a new method is never let through
 * unclassified. Overloads share their name and their need.
 */
public final class Verbs {

    /** The verb a notifier's {@link MailSender} performs. */
    public static final String SEND_MAIL = "sendMail";

    /** A verb's need: which capability, and whether it reads, writes or sends. */
    public record Need(Capability capability, Scope.Access access) {
    }

    static final Map<String, Need> NEEDS = Map.ofEntries(
            Map.entry("getOrder", new Need(Capability.ORDERS, READ)),
            Map.entry("getTracking", new Need(Capability.ORDERS, READ)),
            Map.entry("cancelOrder", new Need(Capability.ORDERS, WRITE)),
            Map.entry("updateAddress", new Need(Capability.ORDERS, WRITE)),
            Map.entry("createReplacement", new Need(Capability.ORDERS, WRITE)),
            Map.entry("issueRefund", new Need(Capability.PAYMENTS, WRITE)),
            Map.entry("applyDiscount", new Need(Capability.PAYMENTS, WRITE)),
            Map.entry("findReturnLabel", new Need(Capability.SHIPPING, READ)),
            Map.entry("trackShipment", new Need(Capability.SHIPPING, READ)),
            Map.entry("createReturnLabel", new Need(Capability.SHIPPING, WRITE)),
            Map.entry("sendNotification", new Need(Capability.MESSAGING, SEND)),
            Map.entry(SEND_MAIL, new Need(Capability.MESSAGING, SEND)),
            Map.entry("getProduct", new Need(Capability.CATALOGUE, READ)),
            Map.entry("getProducts", new Need(Capability.CATALOGUE, READ)),
            Map.entry("updatePrice", new Need(Capability.CATALOGUE, WRITE)),
            Map.entry("setPromotion", new Need(Capability.CATALOGUE, WRITE)),
            Map.entry("updateInventory", new Need(Capability.CATALOGUE, WRITE)),
            Map.entry("createProduct", new Need(Capability.CATALOGUE, WRITE)));

    private Verbs() {
    }

    /** What the verb needs; empty for a verb nobody classified, which no scope covers. */
    public static Optional<Need> need(String verb) {
        return Optional.ofNullable(NEEDS.get(verb));
    }

    /** Whether the scope covers the verb; an unclassified verb is covered by none. */
    public static boolean within(Scope scope, String verb) {
        return need(verb).map(need -> scope.covers(need.capability(), need.access())).orElse(false);
    }
}
