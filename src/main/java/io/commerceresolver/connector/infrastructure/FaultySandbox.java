package io.commerceresolver.connector.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NewProduct;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.TransientFailure;

/**
 * The sandbox store with the faults of a real platform, for testing retries and parking end to end. A transient
 * fault on a write happens, half the time, after the store performed it: the answer was lost, the write was not,
 * which is exactly what a retry with the same idempotency key must make safe. A slow call waits, then proceeds. A
 * lost write (a refund, cancellation, address change, goodwill credit, return label or replacement) is acknowledged
 * and not done, as many times per key as configured: the answer says yes, the order does not change.
 */
final class FaultySandbox implements CommerceConnector {

    private final CommerceConnector store;
    private final SandboxFaultSettings faults;
    private final Random random;
    private final Map<String, Integer> lostSoFar = new ConcurrentHashMap<>();

    FaultySandbox(CommerceConnector store, SandboxFaultSettings faults) {
        this.store = store;
        this.faults = faults;
        this.random = faults.seed() != null ? new Random(faults.seed()) : new Random();
    }

    @Override
    public Optional<Order> getOrder(String tenantId, String orderId) {
        return read("getOrder", () -> store.getOrder(tenantId, orderId));
    }

    @Override
    public Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey) {
        if (loses(idempotencyKey)) {
            return store.getOrder(tenantId, orderId).orElseThrow();
        }
        return write("cancelOrder", () -> store.cancelOrder(tenantId, orderId, reason, idempotencyKey));
    }

    @Override
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        if (loses(idempotencyKey)) {
            return new Refund(lostId(idempotencyKey), orderId, amount, reason, Instant.now());
        }
        return write("issueRefund", () -> store.issueRefund(tenantId, orderId, amount, reason, idempotencyKey));
    }

    @Override
    public Order updateAddress(String tenantId, String orderId, Address newAddress, String idempotencyKey) {
        if (loses(idempotencyKey)) {
            return store.getOrder(tenantId, orderId).orElseThrow();
        }
        return write("updateAddress", () -> store.updateAddress(tenantId, orderId, newAddress, idempotencyKey));
    }

    @Override
    public Tracking getTracking(String tenantId, String orderId) {
        return read("getTracking", () -> store.getTracking(tenantId, orderId));
    }

    @Override
    public ReturnLabel createReturnLabel(String tenantId, String orderId, String idempotencyKey) {
        if (loses(idempotencyKey)) {
            return new ReturnLabel(lostId(idempotencyKey), orderId, "sandbox", lostId(idempotencyKey), null, Instant.now());
        }
        return write("createReturnLabel", () -> store.createReturnLabel(tenantId, orderId, idempotencyKey));
    }

    @Override
    public Replacement createReplacement(String tenantId, String orderId, List<String> skus, String idempotencyKey) {
        if (loses(idempotencyKey)) {
            return new Replacement(lostId(idempotencyKey), orderId, lostId(idempotencyKey), skus);
        }
        return write("createReplacement", () -> store.createReplacement(tenantId, orderId, skus, idempotencyKey));
    }

    @Override
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        if (loses(idempotencyKey)) {
            return new Discount(lostId(idempotencyKey), orderId, amount, reason, Instant.now());
        }
        return write("applyDiscount", () -> store.applyDiscount(tenantId, orderId, amount, reason, idempotencyKey));
    }

    @Override
    public NotificationSent sendNotification(String tenantId, Notification notification, String idempotencyKey) {
        return write("sendNotification", () -> store.sendNotification(tenantId, notification, idempotencyKey));
    }

    @Override
    public Optional<Product> getProduct(String tenantId, String sku) {
        return read("getProduct", () -> store.getProduct(tenantId, sku));
    }

    @Override
    public Map<String, Product> getProducts(String tenantId, Collection<String> skus) {
        return read("getProducts", () -> store.getProducts(tenantId, skus));
    }

    @Override
    public Product updatePrice(String tenantId, String sku, Money newPrice, String idempotencyKey) {
        return write("updatePrice", () -> store.updatePrice(tenantId, sku, newPrice, idempotencyKey));
    }

    @Override
    public Product setPromotion(String tenantId, String sku, BigDecimal percentOff, String idempotencyKey) {
        return write("setPromotion", () -> store.setPromotion(tenantId, sku, percentOff, idempotencyKey));
    }

    @Override
    public Product updateInventory(String tenantId, String sku, int stock, String idempotencyKey) {
        return write("updateInventory", () -> store.updateInventory(tenantId, sku, stock, idempotencyKey));
    }

    @Override
    public Product createProduct(String tenantId, NewProduct product, String idempotencyKey) {
        return write("createProduct", () -> store.createProduct(tenantId, product, idempotencyKey));
    }

    private <T> T read(String call, Supplier<T> read) {
        maybeSlow();
        if (draw(faults.transientRate())) {
            throw new TransientFailure("Sandbox fault: " + call + " failed before it reached the store");
        }
        return read.get();
    }

    private <T> T write(String call, Supplier<T> write) {
        maybeSlow();
        boolean fault = draw(faults.transientRate());
        boolean answerLost = fault && draw(0.5);
        if (fault && !answerLost) {
            throw new TransientFailure("Sandbox fault: " + call + " failed before it reached the store");
        }
        T result = write.get();
        if (answerLost) {
            throw new TransientFailure("Sandbox fault: the store performed " + call + " but its answer was lost");
        }
        return result;
    }

    /** Whether this write is acknowledged and dropped: the first {@code lostWrites} times its key is seen. */
    private boolean loses(String idempotencyKey) {
        return faults.lostWrites() > 0 && lostSoFar.merge(idempotencyKey, 1, Integer::sum) <= faults.lostWrites();
    }

    /** The id a dropped write is answered with: one the store never gave, so a read-back cannot find it. */
    private static String lostId(String idempotencyKey) {
        return "lost-" + Integer.toHexString(idempotencyKey.hashCode());
    }

    private void maybeSlow() {
        if (draw(faults.slowRate())) {
            try {
                Thread.sleep(faults.slowDelay().toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new TransientFailure("Sandbox fault: interrupted while slow");
            }
        }
    }

    private boolean draw(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
