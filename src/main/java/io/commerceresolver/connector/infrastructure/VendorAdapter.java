package io.commerceresolver.connector.infrastructure;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NewProduct;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;

/**
 * What every real vendor's adapter shares: a live check of its credentials, and a refusal ({@code unsupported}, a
 * rejection, so the run records it and stops instead of retrying) for each verb of the port the vendor does not serve.
 * An adapter overrides the verbs it serves; a tenant gives the others to another connector.
 */
public abstract class VendorAdapter implements CommerceConnector {

    private final String vendor;
    protected final Clock clock;

    protected VendorAdapter(String vendor, Clock clock) {
        this.vendor = vendor;
        this.clock = clock;
    }

    /** One cheap authenticated read against the vendor, told as ok, unauthorized or unreachable; never throws. */
    public abstract LiveCheck check();

    /** @param read a cheap authenticated read, answering what the vendor said for the check's message */
    protected LiveCheck liveCheck(Supplier<String> read) {
        try {
            return new LiveCheck(LiveCheck.Status.OK, read.get(), clock.instant());
        } catch (Unauthorized refused) {
            return new LiveCheck(LiveCheck.Status.UNAUTHORIZED, refused.getMessage(), clock.instant());
        } catch (TransientFailure | RateLimited | ConnectorRejection failed) {
            return new LiveCheck(LiveCheck.Status.UNREACHABLE, failed.getMessage(), clock.instant());
        }
    }

    protected ConnectorRejection unsupported(String what) {
        return new ConnectorRejection("unsupported", "The " + vendor + " connector does not serve " + what
                + "; configure another connector for it, or a person does it");
    }

    @Override
    public Optional<Order> getOrder(String tenantId, String orderId) {
        throw unsupported("orders");
    }

    @Override
    public Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey) {
        throw unsupported("cancellations");
    }

    @Override
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        throw unsupported("refunds");
    }

    @Override
    public Order updateAddress(String tenantId, String orderId, Address newAddress, String idempotencyKey) {
        throw unsupported("address changes");
    }

    @Override
    public Tracking getTracking(String tenantId, String orderId) {
        throw unsupported("shipment tracking");
    }

    @Override
    public ReturnLabel createReturnLabel(String tenantId, String orderId, String idempotencyKey) {
        throw unsupported("return labels");
    }

    @Override
    public Replacement createReplacement(String tenantId, String orderId, List<String> skus, String idempotencyKey) {
        throw unsupported("replacement orders");
    }

    @Override
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        throw unsupported("goodwill credits");
    }

    @Override
    public NotificationSent sendNotification(String tenantId, Notification notification, String idempotencyKey) {
        throw unsupported("customer messages");
    }

    @Override
    public Optional<Product> getProduct(String tenantId, String sku) {
        throw unsupported("the catalogue");
    }

    @Override
    public Product updatePrice(String tenantId, String sku, Money newPrice, String idempotencyKey) {
        throw unsupported("price changes");
    }

    @Override
    public Product setPromotion(String tenantId, String sku, BigDecimal percentOff, String idempotencyKey) {
        throw unsupported("promotions");
    }

    @Override
    public Product updateInventory(String tenantId, String sku, int stock, String idempotencyKey) {
        throw unsupported("stock counts");
    }

    @Override
    public Product createProduct(String tenantId, NewProduct product, String idempotencyKey) {
        throw unsupported("new products");
    }
}
