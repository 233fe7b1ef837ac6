package io.commerceresolver.policy;

import java.math.BigDecimal;

/**
 * The fact the operation rules reason over: the request, the thresholds in force for the tenant, and whether the
 * actor's role may use the tool at all (rules/tool-permissions.dmn), and the verdict being reached. One object, so that most rules are a single
 * pattern the engine checks without joins.
 */
public class Operation {

    private final OperationRequest request;
    private final OperationClass operationClass;
    private final Thresholds thresholds;
    private final boolean toolPermitted;
    private final History history;
    private final Verdict verdict;

    public Operation(OperationRequest request, Thresholds thresholds, boolean toolPermitted, Verdict verdict) {
        this.request = request;
        this.operationClass = OperationClass.of(request.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown operation type " + request.type()));
        this.thresholds = thresholds;
        this.toolPermitted = toolPermitted;
        this.history = request.history() == null ? History.NONE : request.history();
        this.verdict = verdict;
    }

    /**
     * The verdict being reached on this operation. Rules reach it through the operation rather than matching it
     * as a pattern of its own, so that a rule raising the tier does not wake every rule that merely writes to it.
     */
    public Verdict getVerdict() {
        return verdict;
    }

    public String getType() {
        return request.type();
    }

    /** "read", "notify", "write" or "bulk". */
    public String getOperationClass() {
        return operationClass.ruleName();
    }

    public BigDecimal getAmount() {
        return request.amount();
    }

    public String getCurrency() {
        return request.currency();
    }

    public int getAffectedRecords() {
        return request.affectedRecords();
    }

    public String getOrderId() {
        return request.orderId();
    }

    public String getSku() {
        return request.sku();
    }

    public BigDecimal getOldPrice() {
        return request.oldPrice();
    }

    public BigDecimal getNewPrice() {
        return request.newPrice();
    }

    public BigDecimal getCost() {
        return request.cost();
    }

    public Actor getActor() {
        return request.actor();
    }

    public OrderFacts getOrder() {
        return request.order();
    }

    public Requester getRequester() {
        return request.requester();
    }

    /** Never null: no history given and none gathered counts as no refunds. */
    public History getHistory() {
        return history;
    }

    public ConversationContext getContext() {
        return request.context();
    }

    public Thresholds getThresholds() {
        return thresholds;
    }

    public boolean isToolPermitted() {
        return toolPermitted;
    }

    /** What the order's goodwill credits would come to with this one; null without an order or a sum. */
    public BigDecimal getGoodwillAfter() {
        OrderFacts order = request.order();
        return order == null || request.amount() == null ? null : order.getGoodwillCredited().add(request.amount());
    }

    /**
     * True if the price moves by more than {@code ratio} of the old price, up or down. Compared without division,
     * so a change of exactly the ratio is never pushed over it by rounding.
     */
    public boolean changesPriceByMoreThan(BigDecimal ratio) {
        BigDecimal oldPrice = request.oldPrice();
        BigDecimal newPrice = request.newPrice();
        return oldPrice != null && newPrice != null && newPrice.subtract(oldPrice).abs().compareTo(ratio.multiply(oldPrice)) > 0;
    }

    /** True if the new price leaves less than {@code floor} of itself above cost; exact, like the price check. */
    public boolean leavesMarginBelow(BigDecimal floor) {
        BigDecimal newPrice = request.newPrice();
        BigDecimal cost = request.cost();
        return newPrice != null && cost != null && newPrice.subtract(cost).compareTo(floor.multiply(newPrice)) < 0;
    }
}
