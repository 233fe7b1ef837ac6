package io.commerceresolver.connector.infrastructure.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The GraphQL Admin API's answers and inputs, typed, as far as the adapter reads and writes them (shopify.dev,
 * GraphQL Admin API reference: Order, SuggestedRefund, RefundInput, OrderInput, ProductVariant,
 * InventorySetQuantitiesInput). Fields the adapter does not read are left out and ignored when they come.
 */
final class ShopifyJson {

    private ShopifyJson() {
    }

    // --- the envelope every answer comes in ---

    record Envelope<T>(T data, List<GraphQlError> errors, Extensions extensions) {
    }

    record GraphQlError(String message, ErrorExtensions extensions) {
        String code() {
            return extensions == null ? null : extensions.code();
        }
    }

    record ErrorExtensions(String code) {
    }

    record Extensions(Cost cost) {
    }

    /** The cost of the query and the state of the app's bucket after it ({@code throttleStatus}). */
    record Cost(Double requestedQueryCost, Double actualQueryCost, ThrottleStatus throttleStatus) {
    }

    record ThrottleStatus(double maximumAvailable, double currentlyAvailable, double restoreRate) {
    }

    record UserError(List<String> field, String message, String code) {
    }

    // --- shared shapes ---

    record Money(BigDecimal amount, String currencyCode) {
    }

    record MoneyBag(Money shopMoney) {
        BigDecimal amount() {
            return shopMoney == null ? null : shopMoney.amount();
        }
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record Page<T>(List<T> nodes, PageInfo pageInfo) {
        Page {
            nodes = nodes == null ? List.of() : nodes;
        }
    }

    record Node(String id) {
    }

    // --- orders ---

    record ShopifyOrder(String id, String name, String email, Instant createdAt, Instant cancelledAt, String displayFulfillmentStatus,
                        String currencyCode, MoneyBag totalPriceSet, MoneyBag totalRefundedSet, Customer customer,
                        MailingAddress shippingAddress, Page<LineItem> lineItems, List<Fulfillment> fulfillments,
                        List<OrderRefund> refunds) {
        ShopifyOrder {
            fulfillments = fulfillments == null ? List.of() : fulfillments;
            refunds = refunds == null ? List.of() : refunds;
        }

        ShopifyOrder withLineItems(Page<LineItem> all) {
            return new ShopifyOrder(id, name, email, createdAt, cancelledAt, displayFulfillmentStatus, currencyCode, totalPriceSet,
                    totalRefundedSet, customer, shippingAddress, all, fulfillments, refunds);
        }
    }

    record Customer(String id, String displayName) {
    }

    record MailingAddress(String name, String firstName, String lastName, String address1, String address2, String city,
                          String provinceCode, String zip, String countryCodeV2) {
    }

    record LineItem(String sku, int quantity, MoneyBag originalUnitPriceSet) {
    }

    record Fulfillment(String status, String displayStatus, Instant createdAt, Instant inTransitAt, Instant deliveredAt,
                       Instant estimatedDeliveryAt, List<TrackingInfo> trackingInfo) {
        Fulfillment {
            trackingInfo = trackingInfo == null ? List.of() : trackingInfo;
        }
    }

    record TrackingInfo(String company, String number, String url) {
    }

    record OrderRefund(String id, Instant createdAt, String note, MoneyBag totalRefundedSet) {
    }

    record OrdersData(Page<ShopifyOrder> orders) {
    }

    record OrderData(ShopifyOrder order) {
    }

    record OrderLinesData(OrderLines order) {
    }

    record OrderLines(Page<LineItem> lineItems) {
    }

    // --- refunds ---

    record SuggestedRefundData(OrderSuggestion order) {
    }

    record OrderSuggestion(SuggestedRefund suggestedRefund) {
    }

    record SuggestedRefund(MoneyBag maximumRefundableSet, List<SuggestedTransaction> suggestedTransactions) {
        SuggestedRefund {
            suggestedTransactions = suggestedTransactions == null ? List.of() : suggestedTransactions;
        }
    }

    record SuggestedTransaction(String gateway, String kind, Node parentTransaction, MoneyBag maximumRefundableSet, MoneyBag amountSet) {
    }

    record RefundCreateData(RefundCreatePayload refundCreate) {
    }

    record RefundCreatePayload(OrderRefund refund, List<UserError> userErrors) {
    }

    record RefundVariables(RefundInput input, String idempotencyKey) {
    }

    /** {@code notify} is Shopify's field; a record cannot have a component of that name (Object.notify). */
    record RefundInput(String orderId, String note, @JsonProperty("notify") boolean notifyCustomer, List<TransactionInput> transactions) {
    }

    /** Amounts go as Shopify's {@code Money} scalar spells them: decimal strings, never binary floating point. */
    record TransactionInput(String orderId, String parentId, String gateway, String kind,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    // --- order changes ---

    record CancelVariables(String orderId, String reason, RefundMethod refundMethod, boolean restock, boolean notifyCustomer,
                           String staffNote) {
    }

    record RefundMethod(boolean originalPaymentMethodsRefund) {
    }

    record OrderCancelData(OrderCancelPayload orderCancel) {
    }

    record OrderCancelPayload(Job job, List<UserError> orderCancelUserErrors) {
    }

    record Job(String id, boolean done) {
    }

    record JobData(Job job) {
    }

    record OrderUpdateVariables(OrderInput input) {
    }

    record OrderInput(String id, AddressInput shippingAddress) {
    }

    record AddressInput(String firstName, String lastName, String address1, String address2, String city, String provinceCode,
                        String zip, String countryCode) {
    }

    record OrderUpdateData(OrderUpdatePayload orderUpdate) {
    }

    record OrderUpdatePayload(ShopifyOrder order, List<UserError> userErrors) {
    }

    // --- catalogue ---

    record VariantsData(Shop shop, Page<Variant> productVariants) {
    }

    record Shop(String name, String currencyCode) {
    }

    record ShopData(Shop shop) {
    }

    record Variant(String id, String sku, BigDecimal price, BigDecimal compareAtPrice, Integer inventoryQuantity,
                   InventoryItem inventoryItem, VariantProduct product) {
    }

    record InventoryItem(String id, Money unitCost) {
    }

    record VariantProduct(String id, String title, String productType) {
    }

    record VariantsVariables(String productId, List<VariantInput> variants) {
    }

    /** Sent with its nulls: a null {@code compareAtPrice} is what ends a promotion. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VariantInput(String id, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal compareAtPrice) {
    }

    record VariantsUpdateData(VariantsUpdatePayload productVariantsBulkUpdate) {
    }

    record VariantsUpdatePayload(List<Variant> productVariants, List<UserError> userErrors) {
    }

    record InventoryVariables(InventoryInput input, String idempotencyKey) {
    }

    record InventoryInput(String name, String reason, boolean ignoreCompareQuantity, List<QuantityInput> quantities) {
    }

    record QuantityInput(String inventoryItemId, String locationId, int quantity) {
    }

    record InventorySetData(InventorySetPayload inventorySetQuantities) {
    }

    record InventorySetPayload(Node inventoryAdjustmentGroup, List<UserError> userErrors) {
    }

    record LocationsData(Page<Node> locations) {
    }

    // --- variables of the reads ---

    record SearchVariables(String query) {
    }

    record IdVariables(String id) {
    }

    record PageVariables(String id, String after) {
    }
}
