package io.commerceresolver.marketplace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.intent.Entities;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.Intent;
import io.commerceresolver.marketplace.StoreChange.DisputeFact;
import io.commerceresolver.marketplace.StoreChange.InventoryFact;
import io.commerceresolver.marketplace.StoreChange.OrderFact;
import io.commerceresolver.marketplace.StoreChange.ProductFact;
import io.commerceresolver.marketplace.StoreChange.RefundFact;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.StoreEvent;
import io.commerceresolver.policy.StoreEventRulesFailed;
import io.commerceresolver.policy.StoreEventVerdict;
import io.commerceresolver.security.ApiKeys;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.tenant.Tenant;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * Puts a change in the store to the tenant's rules (rules/store-events.drl) and opens the tickets they ask for, each
 * with the rules' reading, so that triage and the playbooks take them as they take a customer's. It works in the
 * caller's transaction (the one that keeps the fact), so a crash opens them again or not at all; a ticket's external
 * id names the change and what it asks for, so a change reported again opens nothing new.
 */
public class StoreEventTickets {

    /**
     * The customer of a ticket whose change names nobody (a Stripe dispute on a charge no kept order explains). The
     * {@code .invalid} domain is reserved (RFC 2606): nothing sent there is ever delivered.
     */
    public static final String UNKNOWN_CUSTOMER = "customer-unknown@store-events.invalid";
    /** The confidence of a reading the rules give: it is not a guess. */
    private static final double GIVEN = 1.0;
    private static final String READER = "store_event_rules";
    private static final int LONGEST_REF = 120;
    private static final int MOST_REASONS = 10;
    private static final int LONGEST_REASON = 1000;
    private static final Logger log = LoggerFactory.getLogger(StoreEventTickets.class);

    private final PolicyService policy;
    private final TicketIntake intake;
    private final TenantDirectory tenants;
    private final StoreFacts facts;
    private final StoredJson json;

    public StoreEventTickets(PolicyService policy, TicketIntake intake, TenantDirectory tenants, StoreFacts facts, StoredJson json) {
        this.policy = policy;
        this.intake = intake;
        this.tenants = tenants;
        this.facts = facts;
        this.json = json;
    }

    /**
     * What the rules made of the change: the tickets it opened, those already open for it (the change reported again),
     * what the rules asked for that could not be opened, and the verdict with its rules and version.
     */
    public record Reaction(List<String> opened, List<String> alreadyOpen, List<String> refused, StoreEventVerdict verdict) {
    }

    public Reaction react(MarketplaceEvent event, StoreChange change) {
        Map<String, String> settings = tenants.find(event.tenantId()).map(Tenant::settings).orElse(Map.of());
        StoreEventVerdict verdict;
        try {
            verdict = policy.reactToStoreEvent(event.tenantId(), fact(event.platform(), change), settings);
        } catch (StoreEventRulesFailed failed) {
            // a store's own rule that fails on this change must not keep the change from the store's facts; it is said instead
            log.warn("Store event {}: {}", event.id(), printable(failed.getMessage()));
            return new Reaction(List.of(), List.of(), List.of(failed.getMessage() + "; the change opened no ticket"),
                    new StoreEventVerdict(List.of(), List.of(), null));
        }
        List<String> opened = new ArrayList<>();
        List<String> alreadyOpen = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (StoreEventVerdict.TicketToOpen ticket : verdict.tickets()) {
            Optional<Intent> intent = Intent.byCode(ticket.intent());
            if (intent.isEmpty()) {
                // a rule naming no intent the playbooks know would open a ticket nothing can take: the event says so instead
                log.warn("Store event {}: the rules asked for a ticket for '{}', which is not an intent; none opened", event.id(),
                        printable(ticket.intent()));
                refused.add("No ticket for '" + ticket.intent() + "': not an intent the resolver knows");
                continue;
            }
            try {
                TicketIntake.Accepted accepted = open(event, change, intent.get(), ticket, verdict);
                (accepted.duplicate() ? alreadyOpen : opened).add(accepted.ticketId());
            } catch (BadRequest unfit) {
                // refused before anything was written: the change is still kept, and the event says why no ticket came of it
                refused.add("No ticket for '" + intent.get().code() + "': " + unfit.getMessage());
            }
        }
        return new Reaction(List.copyOf(opened), List.copyOf(alreadyOpen), List.copyOf(refused), verdict);
    }

    private TicketIntake.Accepted open(MarketplaceEvent event, StoreChange change, Intent intent, StoreEventVerdict.TicketToOpen ticket,
                        StoreEventVerdict verdict) {
        String orderId = orderOf(change);
        List<String> reasons = bounded(ticket.reasons());
        ExtractedIntent reading = new ExtractedIntent(intent, Entities.none().withOrderId(orderId), GIVEN, READER, reasons);
        // the platform's ids are at most 200 characters, a ticket's external id too: a long one is named by its digest
        String ref = change.ref().length() <= LONGEST_REF ? change.ref() : ApiKeys.sha256(change.ref());
        String externalId = event.platform() + "/" + change.kind() + "/" + ref + "/" + intent.code();
        NewTicket opened = new NewTicket(null, externalId, customerOf(event, change), subject(event.platform(), change),
                text(event.platform(), change, reasons));
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("marketplaceEvent", event.id());
        why.put("change", change.kind() + " " + change.ref());
        why.put("reasons", reasons);
        why.put("firedRules", verdict.firedRules());
        why.put("rulesVersion", verdict.rulesVersion());
        return intake.acceptFromStore(event.tenantId(), opened, reading, why);
    }

    /** The change as the rules see it. */
    static StoreEvent fact(String platform, StoreChange change) {
        if (change instanceof OrderFact order) {
            return new StoreEvent(platform, order.kind(), order.ref(), order.orderId(), lower(order.status()), order.vendorStatus(),
                    order.financialStatus(), null, order.total(), order.currency(), null);
        }
        if (change instanceof RefundFact refund) {
            return new StoreEvent(platform, refund.kind(), refund.ref(), refund.orderId(), null, refund.vendorStatus(), null, null,
                    refund.amount(), refund.currency(), null);
        }
        if (change instanceof InventoryFact stock) {
            return new StoreEvent(platform, stock.kind(), stock.ref(), null, null, null, null, null, null, null, stock.available());
        }
        if (change instanceof ProductFact product) {
            return new StoreEvent(platform, product.kind(), product.ref(), null, product.status(), product.status(), null, null, null,
                    null, null);
        }
        if (change instanceof DisputeFact dispute) {
            return new StoreEvent(platform, dispute.kind(), dispute.ref(), dispute.orderId(), lower(dispute.status()),
                    dispute.vendorStatus(), null, dispute.reason(), dispute.amount(), dispute.currency(), null);
        }
        throw new IllegalArgumentException("Not a change of the store: " + change);
    }

    private static String orderOf(StoreChange change) {
        if (change instanceof OrderFact order) {
            return order.orderId();
        }
        if (change instanceof RefundFact refund) {
            return refund.orderId();
        }
        return change instanceof DisputeFact dispute ? dispute.orderId() : null;
    }

    /**
     * The customer the change names, or the one of the order it concerns as the store last described it: on the same
     * platform first, then on another (Stripe moves the money of orders kept in Shopify or WooCommerce).
     */
    private String customerOf(MarketplaceEvent event, StoreChange change) {
        if (change instanceof OrderFact order && NewTicket.isEmail(order.customerEmail())) {
            return order.customerEmail();
        }
        String orderId = orderOf(change);
        if (orderId == null) {
            return UNKNOWN_CUSTOMER;
        }
        List<String> platforms = new ArrayList<>(List.of(event.platform()));
        Arrays.stream(Platform.values()).map(Platform::key).filter(key -> !key.equals(event.platform())).forEach(platforms::add);
        return platforms.stream()
                .flatMap(platform -> facts.find(event.tenantId(), platform, "order", orderId).stream())
                .map(kept -> json.read(kept.state(), OrderFact.class).customerEmail())
                .filter(NewTicket::isEmail)
                .findFirst()
                .orElse(UNKNOWN_CUSTOMER);
    }

    /** At most {@value #MOST_REASONS} reasons of at most {@value #LONGEST_REASON} characters: a store's rules write them. */
    private static List<String> bounded(List<String> reasons) {
        return reasons.stream().limit(MOST_REASONS)
                .map(reason -> reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON) + "…").toList();
    }

    /** A vendor's or a rule's words, fit for one log line. */
    private static String printable(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}]", "?");
    }

    private static String subject(String platform, StoreChange change) {
        String on = orderOf(change) == null ? "" : " on order " + orderOf(change);
        String what = change instanceof DisputeFact ? "Payment dispute" : capitalised(change.kind()) + " " + change.ref();
        String subject = what + on + " (" + platform + ")";
        // the platforms' ids may be long (Stripe's metadata takes 500 characters): the subject is cut, the text keeps them
        return subject.length() <= NewTicket.MAX_SUBJECT ? subject : subject.substring(0, NewTicket.MAX_SUBJECT - 1) + "…";
    }

    /** What a person reading the ticket needs of the change: what the platform reported, and why the rules opened it. */
    private static String text(String platform, StoreChange change, List<String> reasons) {
        StringBuilder text = new StringBuilder(capitalised(platform)).append(" reports ");
        if (change instanceof DisputeFact d) {
            text.append("a payment dispute ").append(d.disputeId())
                    .append(d.orderId() == null ? "" : " on order " + d.orderId())
                    .append(d.chargeId() == null ? "" : " (charge " + d.chargeId() + ")")
                    .append(": ").append(money(d.amount(), d.currency()))
                    .append(", reason '").append(d.reason()).append("', status '").append(d.vendorStatus()).append("'.");
        } else if (change instanceof OrderFact o) {
            text.append("order ").append(o.orderName() == null ? o.orderId() : o.orderName())
                    .append(" as ").append(o.vendorStatus()).append(" (").append(lower(o.status())).append("), ")
                    .append(money(o.total(), o.currency())).append(".");
        } else if (change instanceof RefundFact r) {
            text.append("refund ").append(r.refundId()).append(" of ").append(money(r.amount(), r.currency()))
                    .append(r.orderId() == null ? "" : " on order " + r.orderId()).append(".");
        } else {
            text.append(change.kind()).append(" ").append(change.ref()).append(" changed.");
        }
        reasons.forEach(reason -> text.append("\n").append(reason));
        return text.length() <= NewTicket.MAX_TEXT ? text.toString() : text.substring(0, NewTicket.MAX_TEXT);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "an unstated amount" : amount.toPlainString() + (currency == null ? "" : " " + currency);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
