package io.commerceresolver.connector.infrastructure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NewProduct;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.infrastructure.SandboxStoreMapper.OperationRow;
import io.commerceresolver.connector.infrastructure.SandboxStoreMapper.OrderRow;
import io.commerceresolver.connector.infrastructure.SandboxStoreMapper.ProductRow;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/**
 * The sandbox store behaving like a Shopify-like platform: the same refusals, the same idempotency.
 * <p>
 * Every write first locks the order row, so writes to one order take turns; then looks for an earlier operation
 * with the caller's key and returns its stored result; then checks everything that could refuse the call; and only
 * then claims the key by inserting the {@code sandbox_operation} row, before it changes the order. Because every
 * refusal comes before the first write, a {@link ConnectorRejection} leaves nothing to undo and does not doom a
 * caller's surrounding transaction. A key claimed by a concurrent call (same key, another order) makes the insert
 * fail before anything changed, and the winner's result is returned.
 */
@Component
public class SandboxConnector implements CommerceConnector {

    static final String DEFAULT_RETURN_CARRIER = "UPS";
    static final String LABEL_URL = "https://sandbox.commerce-resolver.local/labels/%s.pdf";
    static final String EMAIL_CHANNEL = "email";

    private static final int SKUS_PER_QUERY = 500;
    private static final String REFUND = "refund";
    private static final String DISCOUNT = "discount";
    private static final String CANCELLATION = "cancellation";
    private static final String ADDRESS_CHANGE = "address_change";
    private static final String RETURN_LABEL = "return_label";
    private static final String REPLACEMENT = "replacement";
    private static final String PRICE_CHANGE = "price_change";
    private static final String PROMOTION = "promotion";
    private static final String STOCK_COUNT = "stock_count";
    private static final String NEW_PRODUCT = "new_product";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final SandboxStoreMapper store;
    private final MailOutbox mailOutbox;
    private final DuplicateSafeInsert duplicateSafeInsert;
    private final Clock clock;
    // Its own mapper, not the web one: stored results must stay readable whatever the API's JSON settings become.
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public SandboxConnector(SandboxStoreMapper store, MailOutbox mailOutbox, DataSource dataSource, Clock clock) {
        this.store = store;
        this.mailOutbox = mailOutbox;
        this.duplicateSafeInsert = new DuplicateSafeInsert(dataSource);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Order> getOrder(String tenantId, String orderId) {
        return store.findOrder(tenantId, orderId).map(row -> toOrder(row, store.findLines(tenantId, orderId),
                store.findOperationsOfOrder(tenantId, orderId)));
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey) {
        Order order = lockOrder(tenantId, orderId);
        Optional<Order> earlier = earlierResult(tenantId, idempotencyKey, CANCELLATION, Order.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireNotCancelled(order);
        if (order.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_already_shipped",
                    "Order " + orderId + " has already shipped and can no longer be cancelled");
        }
        Order cancelled = new Order(order.id(), order.customerId(), order.customerEmail(), order.customerName(), OrderStatus.CANCELLED,
                order.currency(), order.total(), order.total(), order.placedAt(), order.shippedAt(), order.deliveredAt(), order.carrier(),
                order.trackingNumber(), order.shippingAddress(), order.lines(), order.discounts(), order.returnLabels(), order.replacements(),
                order.promisedAt(), order.carrierStatus());
        if (!claimKey(tenantId, idempotencyKey, CANCELLATION, orderId, null, Ids.newId(), cancelled, reason)) {
            return storedResult(tenantId, idempotencyKey, CANCELLATION, Order.class);
        }
        store.markCancelled(tenantId, orderId, now());
        return cancelled;
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        Order order = lockOrder(tenantId, orderId);
        Optional<Refund> earlier = earlierResult(tenantId, idempotencyKey, REFUND, Refund.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireCreditable(order, amount, "refund");
        Refund refund = new Refund(Ids.newId(), orderId, amount, reason, now());
        if (!claimKey(tenantId, idempotencyKey, REFUND, orderId, amount.amount(), refund.id(), refund, reason)) {
            return storedResult(tenantId, idempotencyKey, REFUND, Refund.class);
        }
        store.addToRefundedTotal(tenantId, orderId, amount.amount());
        return refund;
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Order updateAddress(String tenantId, String orderId, Address newAddress, String idempotencyKey) {
        Order order = lockOrder(tenantId, orderId);
        Optional<Order> earlier = earlierResult(tenantId, idempotencyKey, ADDRESS_CHANGE, Order.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireNotCancelled(order);
        if (order.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_already_shipped",
                    "Order " + orderId + " has already shipped; its address can no longer change");
        }
        Address address = validAddress(newAddress, order.shippingAddress().name());
        Order updated = copyOf(order, order.status(), address);
        if (!claimKey(tenantId, idempotencyKey, ADDRESS_CHANGE, orderId, null, Ids.newId(), updated, null)) {
            return storedResult(tenantId, idempotencyKey, ADDRESS_CHANGE, Order.class);
        }
        store.updateShippingAddress(tenantId, orderId, address);
        return updated;
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = ConnectorRejection.class)
    public Tracking getTracking(String tenantId, String orderId) {
        OrderRow order = store.findOrder(tenantId, orderId).orElseThrow(() -> orderNotFound(orderId));
        return new Tracking(order.id(), OrderStatus.valueOf(order.status()), order.carrier(), order.trackingNumber(),
                order.shippedAt(), order.deliveredAt(), order.promisedAt(), order.carrierStatus());
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public ReturnLabel createReturnLabel(String tenantId, String orderId, String idempotencyKey) {
        Order order = lockOrder(tenantId, orderId);
        Optional<ReturnLabel> earlier = earlierResult(tenantId, idempotencyKey, RETURN_LABEL, ReturnLabel.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!order.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_not_shipped",
                    "Order " + orderId + " is " + order.status() + "; only a shipped order can be returned");
        }
        String carrier = order.carrier() != null ? order.carrier() : DEFAULT_RETURN_CARRIER;
        String labelId = Ids.newId();
        ReturnLabel label = new ReturnLabel(labelId, orderId, carrier, returnTrackingNumber(carrier),
                LABEL_URL.formatted(labelId), now());
        if (!claimKey(tenantId, idempotencyKey, RETURN_LABEL, orderId, null, labelId, label, null)) {
            return storedResult(tenantId, idempotencyKey, RETURN_LABEL, ReturnLabel.class);
        }
        return label;
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Replacement createReplacement(String tenantId, String orderId, List<String> skus, String idempotencyKey) {
        Order original = lockOrder(tenantId, orderId);
        Optional<Replacement> earlier = earlierResult(tenantId, idempotencyKey, REPLACEMENT, Replacement.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireNotCancelled(original);
        Map<String, Integer> quantities = quantitiesBySku(skus);
        // sorted, so two replacements lock the same products in the same order and cannot deadlock
        quantities.forEach((sku, quantity) -> {
            int stock = store.lockStock(tenantId, sku).orElseThrow(() -> new ConnectorRejection("unknown_sku",
                    "No product with SKU " + sku + " in this store"));
            if (stock < quantity) {
                throw new ConnectorRejection("out_of_stock", "SKU " + sku + " has " + stock + " in stock, "
                        + quantity + " needed");
            }
        });
        Replacement replacement = new Replacement(Ids.newId(), orderId, Ids.newId(), List.copyOf(skus));
        if (!claimKey(tenantId, idempotencyKey, REPLACEMENT, orderId, null, replacement.id(), replacement, null)) {
            return storedResult(tenantId, idempotencyKey, REPLACEMENT, Replacement.class);
        }
        placeReplacementOrder(tenantId, original, replacement.replacementOrderId(), quantities);
        return replacement;
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        Order order = lockOrder(tenantId, orderId);
        Optional<Discount> earlier = earlierResult(tenantId, idempotencyKey, DISCOUNT, Discount.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireCreditable(order, amount, "discount");
        Discount discount = new Discount(Ids.newId(), orderId, amount, reason, now());
        if (!claimKey(tenantId, idempotencyKey, DISCOUNT, orderId, amount.amount(), discount.id(), discount, reason)) {
            return storedResult(tenantId, idempotencyKey, DISCOUNT, Discount.class);
        }
        // a goodwill credit is money back to the customer, so it counts against what may still be refunded
        store.addToRefundedTotal(tenantId, orderId, amount.amount());
        return discount;
    }

    @Override
    public NotificationSent sendNotification(String tenantId, Notification notification, String idempotencyKey) {
        if (notification.toAddress() == null || notification.toAddress().isBlank()) {
            throw new ConnectorRejection("invalid_recipient", "A notification needs a recipient address");
        }
        OutboxMail mail = mailOutbox.enqueue(tenantId, idempotencyKey, notification.toAddress(),
                notification.subject(), notification.body());
        return new NotificationSent(mail.id(), mail.toAddress(), EMAIL_CHANNEL, mail.createdAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Product> getProduct(String tenantId, String sku) {
        return store.findProduct(tenantId, sku);
    }

    /** Many at once, 500 SKUs to a query. */
    @Override
    public Map<String, Product> getProducts(String tenantId, Collection<String> skus) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(skus));
        Map<String, Product> found = new LinkedHashMap<>();
        for (int from = 0; from < wanted.size(); from += SKUS_PER_QUERY) {
            store.findProducts(tenantId, wanted.subList(from, Math.min(wanted.size(), from + SKUS_PER_QUERY)))
                    .forEach(product -> found.put(product.sku(), product));
        }
        return found;
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Product updatePrice(String tenantId, String sku, Money newPrice, String idempotencyKey) {
        return changeProduct(tenantId, sku, idempotencyKey, PRICE_CHANGE, product -> {
            if (newPrice == null || !newPrice.isPositive()) {
                throw new ConnectorRejection("invalid_price", "A price must be a positive amount");
            }
            if (!newPrice.currency().equals(product.currency())) {
                throw new ConnectorRejection("currency_mismatch", "SKU " + sku + " is priced in " + product.currency()
                        + ", the new price is in " + newPrice.currency());
            }
            return new Product(sku, product.title(), newPrice.amount(), product.cost(), product.currency(), product.promoPercentOff(),
                    product.stock(), product.category());
        }, changed -> store.updatePrice(tenantId, sku, changed.price()));
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Product setPromotion(String tenantId, String sku, BigDecimal percentOff, String idempotencyKey) {
        return changeProduct(tenantId, sku, idempotencyKey, PROMOTION, product -> {
            if (percentOff != null && (percentOff.signum() <= 0 || percentOff.compareTo(HUNDRED) >= 0)) {
                throw new ConnectorRejection("invalid_percentage", "A promotion takes more than 0 and less than 100 % off, not "
                        + percentOff.toPlainString() + " %");
            }
            if (percentOff == null && !product.onPromotion()) {
                throw new ConnectorRejection("no_promotion", "SKU " + sku + " runs no promotion to end");
            }
            return new Product(sku, product.title(), product.price(), product.cost(), product.currency(), percentOff, product.stock(),
                    product.category());
        }, changed -> store.updatePromotion(tenantId, sku, changed.promoPercentOff()));
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Product updateInventory(String tenantId, String sku, int stock, String idempotencyKey) {
        return changeProduct(tenantId, sku, idempotencyKey, STOCK_COUNT, product -> {
            if (stock < 0) {
                throw new ConnectorRejection("negative_stock", "A stock count cannot be below zero (" + stock + ")");
            }
            return new Product(sku, product.title(), product.price(), product.cost(), product.currency(), product.promoPercentOff(),
                    stock, product.category());
        }, changed -> store.updateStock(tenantId, sku, changed.stock()));
    }

    /**
     * One write to an existing product, as every write here goes: the product's row locked, an earlier result under the
     * key returned, the change worked out (refusing before anything is written), the key claimed, then the row written.
     */
    private Product changeProduct(String tenantId, String sku, String idempotencyKey, String kind, UnaryOperator<Product> change,
                                  Consumer<Product> write) {
        Product product = lockProduct(tenantId, sku);
        Optional<Product> earlier = earlierResult(tenantId, idempotencyKey, kind, Product.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Product changed = change.apply(product);
        if (!claimKey(tenantId, idempotencyKey, kind, null, null, Ids.newId(), changed, null)) {
            return storedResult(tenantId, idempotencyKey, kind, Product.class);
        }
        write.accept(changed);
        return changed;
    }

    @Override
    @Transactional(noRollbackFor = ConnectorRejection.class)
    public Product createProduct(String tenantId, NewProduct product, String idempotencyKey) {
        Optional<Product> earlier = earlierResult(tenantId, idempotencyKey, NEW_PRODUCT, Product.class);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireListable(product);
        if (store.findProduct(tenantId, product.sku()).isPresent()) {
            throw new ConnectorRejection("sku_exists", "SKU " + product.sku() + " is already in the catalogue");
        }
        Product created = new Product(product.sku(), product.title().strip(), product.price().amount(), null,
                product.price().currency(), null, product.stock(), product.category());
        if (!claimKey(tenantId, idempotencyKey, NEW_PRODUCT, null, null, Ids.newId(), created, null)) {
            return storedResult(tenantId, idempotencyKey, NEW_PRODUCT, Product.class);
        }
        store.insertProduct(tenantId, new ProductRow(created.sku(), created.title(), created.price(), null, created.currency(),
                created.stock(), created.category()));
        return created;
    }

    private Product lockProduct(String tenantId, String sku) {
        if (store.lockProduct(tenantId, sku).isEmpty()) {
            throw unknownSku(sku);
        }
        return store.findProduct(tenantId, sku).orElseThrow(() -> unknownSku(sku));
    }

    private static void requireListable(NewProduct product) {
        if (product == null || product.sku() == null || product.sku().isBlank()) {
            throw new ConnectorRejection("invalid_product", "A new product needs a SKU");
        }
        if (product.title() == null || product.title().isBlank() || product.title().strip().length() > 300) {
            throw new ConnectorRejection("invalid_product", "A new product needs a title of at most 300 characters");
        }
        if (product.price() == null || !product.price().isPositive()) {
            throw new ConnectorRejection("invalid_price", "A new product needs a positive price");
        }
        if (product.stock() < 0) {
            throw new ConnectorRejection("negative_stock", "A stock count cannot be below zero (" + product.stock() + ")");
        }
    }

    private static ConnectorRejection unknownSku(String sku) {
        return new ConnectorRejection("unknown_sku", "No product with SKU " + sku + " in this store");
    }

    private Order lockOrder(String tenantId, String orderId) {
        if (store.lockOrder(tenantId, orderId).isEmpty()) {
            throw orderNotFound(orderId);
        }
        return getOrder(tenantId, orderId).orElseThrow(() -> orderNotFound(orderId));
    }

    private <T> Optional<T> earlierResult(String tenantId, String idempotencyKey, String kind, Class<T> resultType) {
        requireKey(idempotencyKey);
        return store.findOperation(tenantId, idempotencyKey).map(operation -> {
            if (!operation.kind().equals(kind)) {
                throw new ConnectorRejection("idempotency_key_reused", "Idempotency key '" + idempotencyKey
                        + "' was already used for a " + operation.kind() + ", not a " + kind);
            }
            return readResult(operation.detail(), resultType);
        });
    }

    private <T> T storedResult(String tenantId, String idempotencyKey, String kind, Class<T> resultType) {
        return earlierResult(tenantId, idempotencyKey, kind, resultType).orElseThrow(() -> new IllegalStateException(
                "Idempotency key '" + idempotencyKey + "' was taken but its operation is not visible"));
    }

    /** Records the operation under the caller's key; {@code false} when a concurrent call claimed the key first. */
    private boolean claimKey(String tenantId, String idempotencyKey, String kind, String orderId, BigDecimal amount,
                             String operationId, Object result, String reason) {
        OperationRow operation = new OperationRow(idempotencyKey, operationId, kind, orderId, amount,
                detail(result, reason), now());
        return duplicateSafeInsert.tryInsert(() -> store.insertOperation(tenantId, operation));
    }

    private void placeReplacementOrder(String tenantId, Order original, String replacementOrderId,
                                       Map<String, Integer> quantities) {
        Address shipTo = original.shippingAddress();
        store.insertOrder(tenantId, new OrderRow(replacementOrderId, original.customerId(), null, null,
                OrderStatus.PROCESSING.name(), original.currency(), ZERO, ZERO, now(), null, null, null, null, null,
                shipTo.name(), shipTo.line1(), shipTo.line2(), shipTo.city(), shipTo.region(), shipTo.postalCode(),
                shipTo.country(), null, null));
        int lineNo = 1;
        for (Map.Entry<String, Integer> item : quantities.entrySet()) {
            store.insertLine(tenantId, replacementOrderId, lineNo++,
                    new Order.OrderLine(item.getKey(), item.getValue(), ZERO));
            store.takeFromStock(tenantId, item.getKey(), item.getValue());
        }
    }

    private static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("Every write to the store needs an idempotency key");
        }
    }

    private static void requireNotCancelled(Order order) {
        if (order.status() == OrderStatus.CANCELLED) {
            throw new ConnectorRejection("order_cancelled", "Order " + order.id() + " is cancelled");
        }
    }

    private static void requireCreditable(Order order, Money amount, String what) {
        if (amount == null || !amount.isPositive()) {
            throw new ConnectorRejection("invalid_amount", "A " + what + " must be a positive amount");
        }
        if (!amount.currency().equals(order.currency())) {
            throw new ConnectorRejection("currency_mismatch", "Order " + order.id() + " is in " + order.currency()
                    + ", the " + what + " in " + amount.currency());
        }
        requireNotCancelled(order);
        if (amount.amount().compareTo(order.refundableBalance()) > 0) {
            throw new ConnectorRejection("exceeds_refundable_balance", "A " + what + " of " + amount.amount()
                    + " exceeds the refundable balance of " + order.refundableBalance() + " on order " + order.id());
        }
    }

    private static Map<String, Integer> quantitiesBySku(List<String> skus) {
        if (skus == null || skus.isEmpty()) {
            throw new ConnectorRejection("no_items", "A replacement needs at least one SKU");
        }
        Map<String, Integer> quantities = new TreeMap<>();
        for (String sku : skus) {
            if (sku == null || sku.isBlank()) {
                throw new ConnectorRejection("unknown_sku", "A replacement SKU is blank");
            }
            quantities.merge(sku, 1, Integer::sum);
        }
        return quantities;
    }

    /** The address as it will be stored; a blank name keeps the name already on the order. */
    private static Address validAddress(Address address, String currentName) {
        if (address == null) {
            throw invalidAddress("an address is required");
        }
        String name = optional(address.name(), "name", 200);
        String country = required(address.country(), "country", 2);
        if (!COUNTRY_CODE.matcher(country).matches()) {
            throw invalidAddress("country must be a two-letter ISO code");
        }
        return new Address(name != null ? name : currentName, required(address.line1(), "line1", 300),
                optional(address.line2(), "line2", 300), required(address.city(), "city", 120),
                optional(address.region(), "region", 120), required(address.postalCode(), "postalCode", 20),
                country.toUpperCase());
    }

    private static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw invalidAddress(field + " is required");
        }
        return text;
    }

    private static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw invalidAddress(field + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static ConnectorRejection invalidAddress(String problem) {
        return new ConnectorRejection("invalid_address", "The new address is not usable: " + problem);
    }

    private static ConnectorRejection orderNotFound(String orderId) {
        return new ConnectorRejection("order_not_found", "No order " + orderId + " in this store");
    }

    /** Looks like the carrier's own numbers: UPS's 1Z plus 16 characters, plain digits elsewhere. */
    private static String returnTrackingNumber(String carrier) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder number = new StringBuilder();
        if (DEFAULT_RETURN_CARRIER.equalsIgnoreCase(carrier)) {
            String alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
            number.append("1Z");
            for (int i = 0; i < 16; i++) {
                number.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        } else {
            for (int i = 0; i < 12; i++) {
                number.append(random.nextInt(10));
            }
        }
        return number.toString();
    }

    /** The order with what the store did about it: its goodwill credits, return labels and replacements, oldest first. */
    private Order toOrder(OrderRow row, List<Order.OrderLine> lines, List<OperationRow> operations) {
        Address shipTo = new Address(row.shipName(), row.shipLine1(), row.shipLine2(), row.shipCity(), row.shipRegion(),
                row.shipPostalCode(), row.shipCountry());
        return new Order(row.id(), row.customerId(), row.customerEmail(), row.customerName(),
                OrderStatus.valueOf(row.status()), row.currency(), row.total(), row.refundedTotal(), row.placedAt(),
                row.shippedAt(), row.deliveredAt(), row.carrier(), row.trackingNumber(), shipTo, List.copyOf(lines),
                resultsOf(operations, DISCOUNT, Discount.class), resultsOf(operations, RETURN_LABEL, ReturnLabel.class),
                resultsOf(operations, REPLACEMENT, Replacement.class), row.promisedAt(), row.carrierStatus());
    }

    private <T> List<T> resultsOf(List<OperationRow> operations, String kind, Class<T> resultType) {
        return operations.stream().filter(operation -> operation.kind().equals(kind))
                .map(operation -> readResult(operation.detail(), resultType)).toList();
    }

    private static Order copyOf(Order order, OrderStatus status, Address shipTo) {
        return new Order(order.id(), order.customerId(), order.customerEmail(), order.customerName(), status,
                order.currency(), order.total(), order.refundedTotal(), order.placedAt(), order.shippedAt(),
                order.deliveredAt(), order.carrier(), order.trackingNumber(), shipTo, order.lines(), order.discounts(),
                order.returnLabels(), order.replacements(), order.promisedAt(), order.carrierStatus());
    }

    /** The stored detail: the result the caller got, and the caller's reason, which some results do not carry. */
    record StoredDetail<T>(T result, String reason) {
    }

    private String detail(Object result, String reason) {
        try {
            return json.writeValueAsString(new StoredDetail<>(result, reason));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A connector result is a plain record and always serialises", e);
        }
    }

    private <T> T readResult(String detail, Class<T> resultType) {
        try {
            StoredDetail<T> stored = json.readValue(detail,
                    json.getTypeFactory().constructParametricType(StoredDetail.class, resultType));
            return stored.result();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored sandbox operation is not the JSON this connector writes", e);
        }
    }

    // the database keeps microseconds; truncating makes a returned result equal to the one read back later
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
