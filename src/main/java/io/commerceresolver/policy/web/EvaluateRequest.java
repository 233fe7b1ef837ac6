package io.commerceresolver.policy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.commerceresolver.connector.VendorVocabulary;
import io.commerceresolver.conversation.SessionFigures;
import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationClass;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PastRefund;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.system.BadRequest;

/**
 * The body of {@code POST /api/v1/decisions/evaluate}, exactly as the contract names its fields. Everything in it is
 * untrusted: {@link #toOperationRequest()} checks each field and names the first one that is wrong.
 */
public record EvaluateRequest(OperationJson operation, ActorJson actor, OrderJson order, RequesterJson requester,
                              HistoryJson history, ContextJson context) {

    public record OperationJson(String type, BigDecimal amount, String currency, Integer affectedRecords, String orderId, String sku,
                                BigDecimal oldPrice, BigDecimal newPrice, BigDecimal cost) {
    }

    public record ActorJson(String id, String role) {
    }

    /**
     * {@code platform} (shopify, woocommerce) says in whose words {@code status} is: an integrator may send an order as
     * its platform describes it ("completed", "FULFILLED"), read through the one vendor vocabulary the adapters use.
     */
    public record OrderJson(String id, BigDecimal total, BigDecimal refundedTotal, String status, Integer deliveredDaysAgo,
                            String customerEmail, String currency, String platform) {
    }

    public record RequesterJson(String email) {
    }

    public record HistoryJson(List<RefundJson> refundsLast24h, Integer refundsLast30d) {
    }

    public record RefundJson(String orderId, BigDecimal amount) {
    }

    /** {@code sessionId} names the voice front end's session, whose aggregate the caller's session history keeps. */
    public record ContextJson(BigDecimal stress, Integer sessionMinutes, Boolean voiceOptOut, String sessionId) {
    }

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:@-]{1,64}");
    private static final List<String> ORDER_STATUSES = List.of("processing", "shipped", "delivered", "cancelled");
    private static final int MAX_PAST_REFUNDS = 1_000;

    public OperationRequest toOperationRequest() {
        if (operation == null) {
            throw new BadRequest("operation", "Field 'operation' is required");
        }
        if (actor == null) {
            throw new BadRequest("actor", "Field 'actor' is required: who would perform the operation, and in what role");
        }
        String type = operationType();
        BigDecimal amount = operation.amount();
        if ("issue_refund".equals(type) && amount == null) {
            throw new BadRequest("operation.amount", "A refund needs 'operation.amount'");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new BadRequest("operation.amount", "Field 'operation.amount' must be positive, not " + amount.toPlainString());
        }
        if (operation.currency() != null && !CURRENCY.matcher(operation.currency()).matches()) {
            throw new BadRequest("operation.currency", "Field 'operation.currency' must be an ISO 4217 code such as USD");
        }
        int records = operation.affectedRecords() == null ? 1 : operation.affectedRecords();
        if (records < 1) {
            throw new BadRequest("operation.affectedRecords", "Field 'operation.affectedRecords' must be at least 1");
        }
        positive(operation.oldPrice(), "operation.oldPrice");
        positive(operation.newPrice(), "operation.newPrice");
        if (operation.cost() != null && operation.cost().signum() < 0) {
            throw new BadRequest("operation.cost", "Field 'operation.cost' must not be negative");
        }
        optionalIdentifier(operation.orderId(), "operation.orderId");
        return new OperationRequest(type, amount, operation.currency(), records, operation.orderId(), operation.sku(),
                operation.oldPrice(), operation.newPrice(), operation.cost(), actorFacts(), orderFacts(), requesterFacts(), historyFacts(),
                contextFacts());
    }

    private String operationType() {
        String type = operation.type();
        if (type == null || type.isBlank()) {
            throw new BadRequest("operation.type", "Field 'operation.type' is required");
        }
        if (OperationClass.of(type).isEmpty()) {
            throw new BadRequest("operation.type", "Unknown operation type '" + type + "'; known types are "
                    + String.join(", ", OperationClass.knownTypes().stream().sorted().toList()));
        }
        return type;
    }

    private Actor actorFacts() {
        if (actor.id() == null || actor.id().isBlank()) {
            throw new BadRequest("actor.id", "Field 'actor.id' is required");
        }
        if (actor.role() == null || actor.role().isBlank()) {
            throw new BadRequest("actor.role", "Field 'actor.role' is required");
        }
        return new Actor(actor.id().strip(), actor.role().strip());
    }

    private OrderFacts orderFacts() {
        if (order == null) {
            return null;
        }
        if (order.id() == null || order.id().isBlank()) {
            throw new BadRequest("order.id", "Field 'order.id' is required when an order is given");
        }
        if (operation.orderId() != null && !operation.orderId().equals(order.id())) {
            throw new BadRequest("order.id", "Field 'order.id' (" + order.id() + ") is not the order the operation names ("
                    + operation.orderId() + ")");
        }
        if (order.total() == null || order.total().signum() < 0) {
            throw new BadRequest("order.total", "Field 'order.total' is required and must not be negative");
        }
        if (order.refundedTotal() == null || order.refundedTotal().signum() < 0) {
            throw new BadRequest("order.refundedTotal", "Field 'order.refundedTotal' is required and must not be negative");
        }
        String status = orderStatus();
        if (order.deliveredDaysAgo() != null && order.deliveredDaysAgo() < 0) {
            throw new BadRequest("order.deliveredDaysAgo", "Field 'order.deliveredDaysAgo' must not be negative");
        }
        if (order.currency() != null && !CURRENCY.matcher(order.currency()).matches()) {
            throw new BadRequest("order.currency", "Field 'order.currency' must be an ISO 4217 code such as USD");
        }
        return new OrderFacts(order.id(), order.total(), order.refundedTotal(), status, order.customerEmail(), order.currency(),
                order.deliveredDaysAgo());
    }

    /** The status in the rules' words (processing, shipped, delivered, cancelled), from the platform's when one is named. */
    private String orderStatus() {
        if (order.platform() == null) {
            if (order.status() == null || !ORDER_STATUSES.contains(order.status())) {
                throw new BadRequest("order.status", "Field 'order.status' must be one of " + String.join(", ", ORDER_STATUSES)
                        + " (or a platform's own word, with 'order.platform')");
            }
            return order.status();
        }
        Platform platform = Platform.named(order.platform()).filter(p -> p != Platform.STRIPE).orElseThrow(() -> new BadRequest(
                "order.platform", "Field 'order.platform' must be shopify or woocommerce (Stripe keeps payments, not orders)"));
        return VendorVocabulary.orderStatus(platform, order.status())
                .map(known -> known.name().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadRequest("order.status", "Field 'order.status' must be one of " + platform.key() + "'s order statuses: "
                        + String.join(", ", VendorVocabulary.orderStatusWords(platform))));
    }

    private Requester requesterFacts() {
        if (requester == null) {
            return null;
        }
        if (requester.email() == null || requester.email().isBlank()) {
            throw new BadRequest("requester.email", "Field 'requester.email' is required when a requester is given");
        }
        return new Requester(requester.email());
    }

    private History historyFacts() {
        if (history == null) {
            return null;
        }
        List<PastRefund> refunds = new ArrayList<>();
        List<RefundJson> given = history.refundsLast24h() == null ? List.of() : history.refundsLast24h();
        if (given.size() > MAX_PAST_REFUNDS) {
            throw new BadRequest("history.refundsLast24h", "At most " + MAX_PAST_REFUNDS + " refunds may be listed");
        }
        for (int i = 0; i < given.size(); i++) {
            RefundJson refund = given.get(i);
            String field = "history.refundsLast24h[" + i + "]";
            if (refund == null || refund.orderId() == null || refund.amount() == null) {
                throw new BadRequest(field, "Each entry of 'history.refundsLast24h' needs 'orderId' and 'amount'");
            }
            refunds.add(new PastRefund(refund.orderId(), refund.amount()));
        }
        int count = history.refundsLast30d() == null ? 0 : history.refundsLast30d();
        if (count < 0) {
            throw new BadRequest("history.refundsLast30d", "Field 'history.refundsLast30d' must not be negative");
        }
        return new History(refunds, count);
    }

    /** Checked once, by the session history's own figures, so the two never disagree on what a valid context is. */
    private ConversationContext contextFacts() {
        SessionFigures figures = sessionFigures();
        return figures == null ? null : new ConversationContext(figures.stress(), figures.sessionMinutes(), figures.voiceOptOut());
    }

    /** The conversation's figures for the session history, checked like the rest; null when the request carries no context. */
    public SessionFigures sessionFigures() {
        return context == null ? null
                : new SessionFigures(context.sessionId(), context.stress(), context.sessionMinutes(), Boolean.TRUE.equals(context.voiceOptOut()));
    }

    private static void positive(BigDecimal value, String field) {
        if (value != null && value.signum() <= 0) {
            throw new BadRequest(field, "Field '" + field + "' must be positive, not " + value.toPlainString());
        }
    }

    private static void optionalIdentifier(String value, String field) {
        if (value != null && !IDENTIFIER.matcher(value).matches()) {
            throw new BadRequest(field, "Field '" + field + "' must be 1 to 64 letters, digits or _.:@-");
        }
    }
}
