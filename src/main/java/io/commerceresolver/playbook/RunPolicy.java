package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRouting;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.policy.Shipment;
import io.commerceresolver.policy.ShipmentJudgement;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * Puts what a run is about to do to the tenant's rules, with the order as the run read it, whoever asked, and the
 * refund history as it stands now. Used to choose a playbook's route and before every single tool call.
 */
public class RunPolicy {

    /** Playbooks act as the resolver itself, in the role their declaration names (rules/tool-permissions.dmn). */
    static final String RESOLVER = "commerce-resolver";

    private final Playbooks playbooks;
    private final PolicyService policy;
    private final RefundLedger ledger;
    private final TenantDirectory tenants;
    private final EventLog events;
    private final Clock clock;

    public RunPolicy(Playbooks playbooks, PolicyService policy, RefundLedger ledger, TenantDirectory tenants, EventLog events, Clock clock) {
        this.playbooks = playbooks;
        this.policy = policy;
        this.ledger = ledger;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** Asks about {@code operation} and records the answer in the run's story under {@code step}. */
    public Decision decide(RunContext run, String step, String operation, Proposal proposal) {
        PriceChange price = proposal.price();
        Order order = run.state().getOrder();
        OrderFacts facts = order == null ? null : facts(order);
        // without the order (it is what get_order reads) the rules judge the actor and the tool alone
        History history = facts == null ? null : ledger.historyFor(run.tenantId(), facts, run.run().id());
        Actor resolver = new Actor(RESOLVER, playbooks.declaration(run.run().playbook()).actsAs());
        OperationRequest request = proposal.asked(operation, order == null ? null : order.id(), price == null ? null : price.sku(),
                resolver, facts, new Requester(run.plan().requesterEmail()), history, null);
        Decision decision = policy.decide(run.tenantId(), "run:" + run.run().id() + ":" + step, request,
                tenants.find(run.tenantId()).orElseThrow().settings());
        events.runEvent(run.run(), "decision", step, decision.asEventPayload());
        return decision;
    }

    /** Whom the run's ticket goes to, now that a person has to take it (rules/handoff.drl). */
    public HandoffRouting routeHandoff(RunContext run, Handoff handoff) {
        return policy.routeHandoff(run.tenantId(), handoff, tenants.find(run.tenantId()).orElseThrow().settings());
    }

    /** The thresholds the rules judge the run's tenant by now (for a sum they set, such as a goodwill credit's). */
    public Thresholds thresholds(RunContext run) {
        return policy.thresholds(run.tenantId(), tenants.find(run.tenantId()).orElseThrow().settings());
    }

    /**
     * How a shipment stands against what the shop promised, as rules/shipments.drl judges it: lost, late or on time.
     * Only the facts are gathered here: whether it is still on its way, whether its carrier reports it lost, and the
     * whole days past its promised date (none until the date has passed); the allowance and the verdict are the rules'.
     */
    public ShipmentJudgement shipmentStanding(RunContext run, Tracking tracking) {
        boolean underway = tracking.deliveredAt() == null && tracking.status() == OrderStatus.SHIPPED;
        Instant now = clock.instant();
        Integer daysPastPromise = tracking.promisedAt() == null || !now.isAfter(tracking.promisedAt()) ? null
                : (int) Duration.between(tracking.promisedAt(), now).toDays();
        return policy.judgeShipment(run.tenantId(), new Shipment(underway, tracking.reportedLost(), daysPastPromise),
                tenants.find(run.tenantId()).orElseThrow().settings());
    }

    private OrderFacts facts(Order order) {
        Integer deliveredDaysAgo = order.deliveredAt() == null ? null
                : (int) Duration.between(order.deliveredAt(), clock.instant()).toDays();
        BigDecimal refunded = order.refundedTotal();
        return new OrderFacts(order.id(), order.total(), refunded, order.status().name().toLowerCase(Locale.ROOT),
                order.customerEmail(), order.currency(), deliveredDaysAgo,
                order.goodwillTotal(), Tracking.LOST.equalsIgnoreCase(order.carrierStatus()));
    }
}
