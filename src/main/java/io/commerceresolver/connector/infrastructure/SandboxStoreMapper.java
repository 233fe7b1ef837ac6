package io.commerceresolver.connector.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Product;

/** The sandbox store's tables. Every statement is scoped by tenant: one tenant's store is invisible to another. */
@Mapper
public interface SandboxStoreMapper {

    Optional<OrderRow> findOrder(@Param("tenantId") String tenantId, @Param("orderId") String orderId);

    List<Order.OrderLine> findLines(@Param("tenantId") String tenantId, @Param("orderId") String orderId);

    /** Holds the order's row lock until the transaction ends, so writes to one order take turns. */
    Optional<String> lockOrder(@Param("tenantId") String tenantId, @Param("orderId") String orderId);

    /** The product's stock, with its row locked until the transaction ends. */
    Optional<Integer> lockStock(@Param("tenantId") String tenantId, @Param("sku") String sku);

    Optional<Product> findProduct(@Param("tenantId") String tenantId, @Param("sku") String sku);

    List<Product> findProducts(@Param("tenantId") String tenantId, @Param("skus") List<String> skus);

    /** Holds the product's row lock until the transaction ends, so writes to one product take turns. */
    Optional<String> lockProduct(@Param("tenantId") String tenantId, @Param("sku") String sku);

    void updatePrice(@Param("tenantId") String tenantId, @Param("sku") String sku, @Param("price") BigDecimal price);

    /** A null percentage ends the promotion. */
    void updatePromotion(@Param("tenantId") String tenantId, @Param("sku") String sku, @Param("percentOff") BigDecimal percentOff);

    void updateStock(@Param("tenantId") String tenantId, @Param("sku") String sku, @Param("stock") int stock);

    Optional<OperationRow> findOperation(@Param("tenantId") String tenantId,
                                         @Param("idempotencyKey") String idempotencyKey);

    /** The goodwill credits, return labels and replacements made for an order, oldest first. */
    List<OperationRow> findOperationsOfOrder(@Param("tenantId") String tenantId, @Param("orderId") String orderId);

    int countOrders(@Param("tenantId") String tenantId);

    void insertOperation(@Param("tenantId") String tenantId, @Param("operation") OperationRow operation);

    void addToRefundedTotal(@Param("tenantId") String tenantId, @Param("orderId") String orderId,
                            @Param("amount") BigDecimal amount);

    /** Cancelled, with its captured payment returned (the refunded total set to the total). */
    void markCancelled(@Param("tenantId") String tenantId, @Param("orderId") String orderId,
                       @Param("cancelledAt") Instant cancelledAt);

    void updateShippingAddress(@Param("tenantId") String tenantId, @Param("orderId") String orderId,
                               @Param("address") Address address);

    void takeFromStock(@Param("tenantId") String tenantId, @Param("sku") String sku, @Param("quantity") int quantity);

    void insertCustomer(@Param("tenantId") String tenantId, @Param("customer") CustomerRow customer);

    void insertProduct(@Param("tenantId") String tenantId, @Param("product") ProductRow product);

    void insertOrder(@Param("tenantId") String tenantId, @Param("order") OrderRow order);

    void insertLine(@Param("tenantId") String tenantId, @Param("orderId") String orderId, @Param("lineNo") int lineNo,
                    @Param("line") Order.OrderLine line);

    /** An order with its customer's email and name; the two customer fields are read only, never written. */
    record OrderRow(String id, String customerId, String customerEmail, String customerName, String status,
                    String currency, BigDecimal total, BigDecimal refundedTotal, Instant placedAt, Instant shippedAt,
                    Instant deliveredAt, Instant cancelledAt, String carrier, String trackingNumber, String shipName,
                    String shipLine1, String shipLine2, String shipCity, String shipRegion, String shipPostalCode,
                    String shipCountry, Instant promisedAt, String carrierStatus) {
    }

    record OperationRow(String idempotencyKey, String id, String kind, String orderId, BigDecimal amount, String detail,
                        Instant createdAt) {
    }

    record CustomerRow(String id, String email, String name, String phone, Instant createdAt) {
    }

    /** A product as inserted: a new one runs no promotion; cost and category may be null. */
    record ProductRow(String sku, String title, BigDecimal price, BigDecimal cost, String currency, int stock, String category) {
    }
}
