package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.playbook.tools.CatalogueEdit;

/** What a customer message may say about a run: its templates read these names and nothing else. */
public record MessageModel(String ticketId, String orderId, BigDecimal amount, String currency, String refundId,
                           String returnLabelUrl, String carrier, String trackingNumber, String shippedOn, String deliveredOn,
                           String promisedOn, boolean processing, boolean shipped, boolean delivered, boolean cancelled, String shipTo,
                           String replacementOrderId, List<String> reasons, Catalogue catalogue) {

    /**
     * A seller's catalogue change, for its messages: the product as the store shows it after the write (as first
     * read when nothing was written), and which kind of change it was. Null for a run on an order.
     */
    public record Catalogue(String sku, String title, BigDecimal price, String currency, BigDecimal percentOff, BigDecimal sellingPrice,
                            Integer stock, boolean priceSet, boolean promotionStarted, boolean promotionEnded, boolean stockSet,
                            boolean listed) {

        static Catalogue of(RunContext run) {
            if (!(run.plan() instanceof CatalogueEdit.Asked asked)) {
                return null;
            }
            CatalogueEdit edit = asked.edit();
            RunState state = run.state();
            RunState.ProductRead before = state.getProductBefore();
            Product product = state.getProductChanged() != null ? state.getProductChanged() : before == null ? null : before.product();
            CatalogueEdit.Kind kind = edit.kind();
            return new Catalogue(edit.sku(), product == null ? edit.title() : product.title(), product == null ? null : product.price(),
                    product == null ? null : product.currency(), product == null ? null : product.promoPercentOff(),
                    product == null ? null : product.sellingPrice(), product == null ? null : product.stock(),
                    kind == CatalogueEdit.Kind.PRICE, kind == CatalogueEdit.Kind.PROMOTION && edit.percentOff() != null,
                    kind == CatalogueEdit.Kind.PROMOTION && edit.percentOff() == null, kind == CatalogueEdit.Kind.STOCK,
                    kind == CatalogueEdit.Kind.NEW_PRODUCT);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    public static MessageModel of(RunContext run) {
        RunState state = run.state();
        RunState.Authorisation authorised = state.getAuthorisation();
        Tracking tracking = state.getTracking();
        OrderStatus status = tracking == null ? null : tracking.status();
        return new MessageModel(run.run().ticketId(), run.plan().orderId(),
                authorised == null ? null : authorised.amount(), authorised == null ? null : authorised.currency(),
                state.getRefund() == null ? null : state.getRefund().id(),
                state.getReturnLabel() == null ? null : state.getReturnLabel().labelUrl(),
                tracking == null ? null : tracking.carrier(), tracking == null ? null : tracking.trackingNumber(),
                tracking == null || tracking.shippedAt() == null ? null : DAY.format(tracking.shippedAt()),
                tracking == null || tracking.deliveredAt() == null ? null : DAY.format(tracking.deliveredAt()),
                tracking == null || tracking.promisedAt() == null ? null : DAY.format(tracking.promisedAt()),
                status == OrderStatus.PROCESSING, status == OrderStatus.SHIPPED, status == OrderStatus.DELIVERED,
                status == OrderStatus.CANCELLED, shipTo(state.getReaddressed()),
                state.getReplacement() == null ? null : state.getReplacement().replacementOrderId(), List.copyOf(state.getReasons()),
                Catalogue.of(run));
    }

    /** Where a re-addressed order now goes, on one line: street, city, region, postal code, country. */
    private static String shipTo(Order readdressed) {
        if (readdressed == null || readdressed.shippingAddress() == null) {
            return null;
        }
        Address to = readdressed.shippingAddress();
        return Stream.of(to.line1(), to.line2(), to.city(), to.region(), to.postalCode(), to.country())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }
}
