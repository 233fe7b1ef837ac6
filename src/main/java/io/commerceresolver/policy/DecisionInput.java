package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision's input as it is recorded: the operation request in the shape of the evaluate API, plus the tenant
 * settings and thresholds in force. It is complete enough to ask another rule set version the same question
 * (what-if), so it is read back here too.
 */
public final class DecisionInput {

    private DecisionInput() {
    }

    public static Map<String, Object> of(OperationRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("type", request.type());
        operation.put("amount", request.amount());
        operation.put("currency", request.currency());
        operation.put("affectedRecords", request.affectedRecords());
        operation.put("orderId", request.orderId());
        operation.put("sku", request.sku());
        operation.put("oldPrice", request.oldPrice());
        operation.put("newPrice", request.newPrice());
        operation.put("cost", request.cost());
        input.put("operation", operation);
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("id", request.actor().getId());
        actor.put("role", request.actor().getRole());
        input.put("actor", actor);
        OrderFacts order = request.order();
        if (order != null) {
            Map<String, Object> orderInput = new LinkedHashMap<>();
            orderInput.put("id", order.getId());
            orderInput.put("total", order.getTotal());
            orderInput.put("refundedTotal", order.getRefundedTotal());
            orderInput.put("status", order.getStatus());
            orderInput.put("deliveredDaysAgo", order.getDeliveredDaysAgo());
            orderInput.put("customerEmail", order.getCustomerEmail());
            orderInput.put("currency", order.getCurrency());
            input.put("order", orderInput);
        }
        if (request.requester() != null) {
            Map<String, Object> requester = new LinkedHashMap<>();
            requester.put("email", request.requester().getEmail());
            input.put("requester", requester);
        }
        History history = request.history();
        if (history != null) {
            List<Map<String, Object>> refunds = new ArrayList<>();
            for (PastRefund refund : history.getRefundsLast24h()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("orderId", refund.orderId());
                entry.put("amount", refund.amount());
                refunds.add(entry);
            }
            Map<String, Object> historyInput = new LinkedHashMap<>();
            historyInput.put("refundsLast24h", refunds);
            historyInput.put("refundsLast30d", history.getRefundsLast30d());
            input.put("history", historyInput);
        }
        ConversationContext context = request.context();
        if (context != null) {
            Map<String, Object> contextInput = new LinkedHashMap<>();
            contextInput.put("stress", context.getStress());
            contextInput.put("sessionMinutes", context.getSessionMinutes());
            contextInput.put("voiceOptOut", context.isVoiceOptOut());
            input.put("context", contextInput);
        }
        return input;
    }

    /** Reads back what {@link #of} recorded (after a round trip through JSON, where numbers lose their type). */
    @SuppressWarnings("unchecked")
    public static OperationRequest read(Map<String, Object> input) {
        Map<String, Object> operation = (Map<String, Object>) input.get("operation");
        Map<String, Object> actor = (Map<String, Object>) input.get("actor");
        Map<String, Object> order = (Map<String, Object>) input.get("order");
        Map<String, Object> requester = (Map<String, Object>) input.get("requester");
        Map<String, Object> history = (Map<String, Object>) input.get("history");
        Map<String, Object> context = (Map<String, Object>) input.get("context");
        OrderFacts orderFacts = order == null ? null : new OrderFacts(text(order.get("id")), decimal(order.get("total")),
                decimal(order.get("refundedTotal")), text(order.get("status")), text(order.get("customerEmail")),
                text(order.get("currency")), integer(order.get("deliveredDaysAgo")));
        History pastRefunds = null;
        if (history != null) {
            List<PastRefund> refunds = new ArrayList<>();
            for (Map<String, Object> refund : (List<Map<String, Object>>) history.getOrDefault("refundsLast24h", List.of())) {
                refunds.add(new PastRefund(text(refund.get("orderId")), decimal(refund.get("amount"))));
            }
            Integer count = integer(history.get("refundsLast30d"));
            pastRefunds = new History(refunds, count == null ? 0 : count);
        }
        ConversationContext conversation = context == null ? null : new ConversationContext(decimal(context.get("stress")),
                integer(context.get("sessionMinutes")), Boolean.TRUE.equals(context.get("voiceOptOut")));
        Integer records = integer(operation.get("affectedRecords"));
        return new OperationRequest(text(operation.get("type")), decimal(operation.get("amount")), text(operation.get("currency")),
                records == null ? 1 : records, text(operation.get("orderId")), text(operation.get("sku")),
                decimal(operation.get("oldPrice")), decimal(operation.get("newPrice")), decimal(operation.get("cost")),
                new Actor(text(actor.get("id")), text(actor.get("role"))), orderFacts,
                requester == null ? null : new Requester(text(requester.get("email"))), pastRefunds, conversation);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Integer integer(Object value) {
        return value == null ? null : value instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(value.toString());
    }
}
