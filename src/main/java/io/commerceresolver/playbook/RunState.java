package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;

/**
 * What a run has found and done so far, step by step; stored with the run as JSON and read back typed. A field is
 * null until the step that fills it has run.
 */
public class RunState {

    /**
     * The rules' answer to what the run proposed, and, when a person had to sign it off, what they said. {@code tier}
     * is the decision's (a large price change is tier 3 where its run was triaged as tier 2); {@code price} the price
     * change proposed, if any. Both are null in runs stored before they were kept.
     */
    public record Authorisation(String operation, String decisionId, boolean allowed, boolean approvalRequired,
                                String approverRole, BigDecimal amount, String currency, List<String> reasons, Integer tier,
                                PriceChange price) {

        public Authorisation(String operation, String decisionId, boolean allowed, boolean approvalRequired, String approverRole,
                             BigDecimal amount, String currency, List<String> reasons) {
            this(operation, decisionId, allowed, approvalRequired, approverRole, amount, currency, reasons, null, null);
        }
    }

    /** A product looked up by SKU: {@code product} is null when the catalogue has none. */
    public record ProductRead(String sku, Product product) {
    }

    public record ApprovalRecord(String approvalId, String outcome, String decidedBy, String reason) {
    }

    /**
     * What a read-back found. {@code notShown} names the write tools whose effect the store does not show, so that a
     * repair sends those again and not a write the store did (null in a state stored before it was kept: a repair then
     * sends what its step names).
     */
    public record Verification(String check, boolean passed, BigDecimal expectedAtLeast, BigDecimal actual, List<String> notShown) {
    }

    private Order order;
    private String orderError;
    private Order orderAfter;
    private Tracking tracking;
    private ReturnLabel returnLabel;
    private Refund refund;
    private Order cancelled;
    private Order readdressed;
    private Discount discount;
    private Replacement replacement;
    private ProductRead productBefore;
    private ProductRead productAfter;
    private Product productChanged;
    private NotificationSent notification;
    private Authorisation authorisation;
    private ApprovalRecord approval;
    private Verification verification;
    private List<String> reasons = new ArrayList<>();
    private boolean shadow;
    private String wouldEnd;

    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order;
    }

    public String getOrderError() {
        return orderError;
    }

    public void setOrderError(String orderError) {
        this.orderError = orderError;
    }

    /** The order as read back after the run's writes, to verify them. */
    public Order getOrderAfter() {
        return orderAfter;
    }

    public void setOrderAfter(Order orderAfter) {
        this.orderAfter = orderAfter;
    }

    public Tracking getTracking() {
        return tracking;
    }

    public void setTracking(Tracking tracking) {
        this.tracking = tracking;
    }

    public ReturnLabel getReturnLabel() {
        return returnLabel;
    }

    public void setReturnLabel(ReturnLabel returnLabel) {
        this.returnLabel = returnLabel;
    }

    public Refund getRefund() {
        return refund;
    }

    public void setRefund(Refund refund) {
        this.refund = refund;
    }

    /** The store's answer to the run's cancellation: the order cancelled, its payment returned. */
    public Order getCancelled() {
        return cancelled;
    }

    public void setCancelled(Order cancelled) {
        this.cancelled = cancelled;
    }

    /** The store's answer to the run's address change: the order with its new shipping address. */
    public Order getReaddressed() {
        return readdressed;
    }

    public void setReaddressed(Order readdressed) {
        this.readdressed = readdressed;
    }

    /** The store's answer to the run's goodwill credit. */
    public Discount getDiscount() {
        return discount;
    }

    public void setDiscount(Discount discount) {
        this.discount = discount;
    }

    /** The store's answer to the run's replacement: the new order sent in place of the returned goods. */
    public Replacement getReplacement() {
        return replacement;
    }

    public void setReplacement(Replacement replacement) {
        this.replacement = replacement;
    }

    /** The product the run works on as first read, before any write. */
    public ProductRead getProductBefore() {
        return productBefore;
    }

    public void setProductBefore(ProductRead productBefore) {
        this.productBefore = productBefore;
    }

    /** The product as read back after the run's write, to verify it. */
    public ProductRead getProductAfter() {
        return productAfter;
    }

    public void setProductAfter(ProductRead productAfter) {
        this.productAfter = productAfter;
    }

    /** The store's answer to the run's catalogue write. */
    public Product getProductChanged() {
        return productChanged;
    }

    public void setProductChanged(Product productChanged) {
        this.productChanged = productChanged;
    }

    public NotificationSent getNotification() {
        return notification;
    }

    public void setNotification(NotificationSent notification) {
        this.notification = notification;
    }

    public Authorisation getAuthorisation() {
        return authorisation;
    }

    public void setAuthorisation(Authorisation authorisation) {
        this.authorisation = authorisation;
    }

    public ApprovalRecord getApproval() {
        return approval;
    }

    public void setApproval(ApprovalRecord approval) {
        this.approval = approval;
    }

    public Verification getVerification() {
        return verification;
    }

    public void setVerification(Verification verification) {
        this.verification = verification;
    }

    /** Why the run was declined or handed to a person, in the rules' or the store's words. */
    public List<String> getReasons() {
        return reasons;
    }

    public void setReasons(List<String> reasons) {
        this.reasons = reasons == null ? new ArrayList<>() : new ArrayList<>(reasons);
    }

    /** Adds to why the run could not do what was asked, after what is there. */
    public void addReasons(List<String> more) {
        reasons.addAll(more);
    }

    /**
     * Whether what the run proposed may go ahead now: the rules allowed it and, if they asked for a person's
     * approval, a person approved it.
     */
    public boolean hasAuthorisation() {
        return authorisation != null && authorisation.allowed()
                && (!authorisation.approvalRequired() || shadow || approval != null && "APPROVED".equals(approval.outcome()));
    }

    /**
     * A shadow run decides and plans everything and writes nothing: its writes are recorded as what it would have
     * done, an approval it would have asked for is taken as given, and it ends SHADOWED.
     */
    public boolean isShadow() {
        return shadow;
    }

    public void setShadow(boolean shadow) {
        this.shadow = shadow;
    }

    /** How a shadow run would have ended had it acted: COMPLETED, DECLINED, HANDED_OVER... */
    public String getWouldEnd() {
        return wouldEnd;
    }

    public void setWouldEnd(String wouldEnd) {
        this.wouldEnd = wouldEnd;
    }
}
