package io.commerceresolver.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PastRefund;
import io.commerceresolver.policy.Requester;

/**
 * Maps the peer's operations onto the resolver's contract (the evaluate API's body, {@link OperationRequest} in
 * process). docs/benchmarks.md explains every choice; in short:
 * <ul>
 * <li>read → {@code get_products} with the op's affectedRecords, by an agent;</li>
 * <li>notify → {@code send_notification} about order 1001 to its own customer, by an agent;</li>
 * <li>write with a price change → {@code update_price}: oldPrice 100.00, newPrice 100 × (1 + pct / 100), by a
 *     merchandiser; a write without one → {@code update_inventory}, by a merchandiser;</li>
 * <li>refund → {@code issue_refund} of the amount in USD on order 1001 (total 600.00, nothing refunded, delivered 5
 *     days ago), asked for by the order's own customer, with one earlier refund of 10.00 in the last 24 hours and one
 *     in 30 days, by an agent;</li>
 * <li>invalid → {@code purge_catalog} (an unknown type) or {@code issue_refund} of a negative amount: rejected by
 *     {@link #validate} before the engine, like the endpoint's 400;</li>
 * <li>voice → context {stress, sessionMinutes, voiceOptOut false};</li>
 * <li>tenants t1..t5 → settings maxAutoRefund 50 / 100 / 250 / 500 / 0 (the peer's missing limit is 0).</li>
 * </ul>
 */
public final class ContractMapping {

    public static final String[] TENANT_IDS = {"t1", "t2", "t3", "t4", "t5"};
    public static final String[] MAX_AUTO_REFUND = {"50", "100", "250", "500", "0"};
    @SuppressWarnings("unchecked")
    static final Map<String, String>[] TENANT_SETTINGS = new Map[5];

    static {
        for (int i = 0; i < 5; i++) {
            TENANT_SETTINGS[i] = Map.of("maxAutoRefund", MAX_AUTO_REFUND[i]);
        }
    }

    static final String ORDER_ID = "1001";
    static final String CUSTOMER = "ann@example.com";
    static final BigDecimal OLD_PRICE = new BigDecimal("100.00");
    static final Actor AGENT = new Actor("u-17", "agent");
    static final Actor MERCHANDISER = new Actor("u-23", "merchandiser");
    static final OrderFacts ORDER = new OrderFacts(ORDER_ID, new BigDecimal("600.00"), new BigDecimal("0.00"), "delivered", CUSTOMER,
            "USD", 5);
    static final Requester REQUESTER = new Requester(CUSTOMER);
    static final History HISTORY = new History(List.of(new PastRefund(ORDER_ID, new BigDecimal("10.00"))), 1);

    /** Rejection reasons, in the order the checks run; a rejected decision's code is 1000 + the index. */
    public static final List<String> REJECTIONS = List.of("unknown_operation_type", "invalid_amount", "invalid_affected_records");

    /** One operation as the resolver is asked about it: the tenant, its settings, and the request. */
    public record Request(String tenantId, Map<String, String> settings, OperationRequest operation) {
    }

    private ContractMapping() {
    }

    public static Request[] map(PeerStream.Op[] ops) {
        // the same conversation context object for the same (stress, minutes), as a parsed request would carry equal values
        ConversationContext[] contexts = new ConversationContext[101 * 121];
        Request[] requests = new Request[ops.length];
        for (int i = 0; i < ops.length; i++) {
            PeerStream.Op op = ops[i];
            ConversationContext context = null;
            if (op.hasVoice()) {
                int key = op.stressPercent() * 121 + op.sessionMinutes();
                context = contexts[key];
                if (context == null) {
                    context = contexts[key] = new ConversationContext(BigDecimal.valueOf(op.stressPercent(), 2), op.sessionMinutes(), false);
                }
            }
            requests[i] = new Request(TENANT_IDS[op.tenant()], TENANT_SETTINGS[op.tenant()], request(op, context));
        }
        return requests;
    }

    static OperationRequest request(PeerStream.Op op, ConversationContext context) {
        int records = op.affectedRecords();
        switch (op.kind()) {
            case READ:
                return new OperationRequest("get_products", null, null, records, null, null, null, null, null, AGENT, null, null, null,
                        context);
            case NOTIFY:
                return new OperationRequest("send_notification", null, null, records, ORDER_ID, null, null, null, null, AGENT, ORDER,
                        REQUESTER, HISTORY, context);
            case WRITE:
                if (op.hasPriceChange()) {
                    // 100 × (1 + pct / 100) = 100 + pct, exactly: pct is in hundredths
                    BigDecimal newPrice = BigDecimal.valueOf(10_000L + op.priceChangeHundredths(), 2);
                    return new OperationRequest("update_price", null, null, records, null, "SKU-1", OLD_PRICE, newPrice, null,
                            MERCHANDISER, null, null, null, context);
                }
                return new OperationRequest("update_inventory", null, null, records, null, "SKU-1", null, null, null, MERCHANDISER, null,
                        null, null, context);
            case REFUND:
            case NEGATIVE_REFUND:
                return new OperationRequest("issue_refund", BigDecimal.valueOf(op.amountCents(), 2), "USD", records, ORDER_ID, null, null,
                        null, null, AGENT, ORDER, REQUESTER, HISTORY, context);
            case UNKNOWN_TYPE:
                return new OperationRequest("purge_catalog", null, null, records, null, null, null, null, null, AGENT, null, null, null,
                        context);
            default:
                throw new IllegalStateException(op.kind().toString());
        }
    }

    /**
     * The checks of the evaluate endpoint (EvaluateRequest) that this stream can fail, in the same order: a known
     * operation type, a refund with a positive amount, at least one record. Returns the index into
     * {@link #REJECTIONS}, or -1 when the request may go to the engine.
     */
    public static int validate(OperationRequest request) {
        if (request.type() == null || io.commerceresolver.policy.OperationClass.of(request.type()).isEmpty()) {
            return 0;
        }
        BigDecimal amount = request.amount();
        if ("issue_refund".equals(request.type()) && amount == null || amount != null && amount.signum() <= 0) {
            return 1;
        }
        if (request.affectedRecords() < 1) {
            return 2;
        }
        return -1;
    }

    /** The request as a body of {@code POST /api/v1/decisions/evaluate}, on one line. */
    public static String json(OperationRequest r) {
        StringBuilder b = new StringBuilder(512);
        b.append("{\"operation\":{\"type\":").append(str(r.type()))
                .append(",\"amount\":").append(num(r.amount()))
                .append(",\"currency\":").append(str(r.currency()))
                .append(",\"affectedRecords\":").append(r.affectedRecords())
                .append(",\"orderId\":").append(str(r.orderId()))
                .append(",\"sku\":").append(str(r.sku()))
                .append(",\"oldPrice\":").append(num(r.oldPrice()))
                .append(",\"newPrice\":").append(num(r.newPrice()))
                .append(",\"cost\":").append(num(r.cost())).append('}');
        b.append(",\"actor\":{\"id\":").append(str(r.actor().getId())).append(",\"role\":").append(str(r.actor().getRole())).append('}');
        OrderFacts o = r.order();
        if (o != null) {
            b.append(",\"order\":{\"id\":").append(str(o.getId()))
                    .append(",\"total\":").append(num(o.getTotal()))
                    .append(",\"refundedTotal\":").append(num(o.getRefundedTotal()))
                    .append(",\"status\":").append(str(o.getStatus()))
                    .append(",\"deliveredDaysAgo\":").append(o.getDeliveredDaysAgo())
                    .append(",\"customerEmail\":").append(str(o.getCustomerEmail()))
                    .append(",\"currency\":").append(str(o.getCurrency())).append('}');
        }
        if (r.requester() != null) {
            b.append(",\"requester\":{\"email\":").append(str(r.requester().getEmail())).append('}');
        }
        History h = r.history();
        if (h != null) {
            b.append(",\"history\":{\"refundsLast24h\":[");
            for (int i = 0; i < h.getRefundsLast24h().size(); i++) {
                PastRefund p = h.getRefundsLast24h().get(i);
                b.append(i == 0 ? "" : ",").append("{\"orderId\":").append(str(p.orderId())).append(",\"amount\":").append(num(p.amount()))
                        .append('}');
            }
            b.append("],\"refundsLast30d\":").append(h.getRefundsLast30d()).append('}');
        }
        ConversationContext c = r.context();
        if (c != null) {
            b.append(",\"context\":{\"stress\":").append(num(c.getStress()))
                    .append(",\"sessionMinutes\":").append(c.getSessionMinutes())
                    .append(",\"voiceOptOut\":").append(c.isVoiceOptOut()).append('}');
        }
        return b.append('}').toString();
    }

    private static String str(String s) {
        // the values written here are fixed identifiers and emails: no character needs escaping
        return s == null ? "null" : '"' + s + '"';
    }

    private static String num(BigDecimal d) {
        return d == null ? "null" : d.toPlainString();
    }

    static String describe(PeerStream.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
