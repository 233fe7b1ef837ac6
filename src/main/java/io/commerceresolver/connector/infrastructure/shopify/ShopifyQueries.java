package io.commerceresolver.connector.infrastructure.shopify;

/**
 * The GraphQL documents the adapter sends, as the GraphQL Admin API reference spells them. Each asks for just what
 * the adapter reads, because Shopify charges a query by the fields and connections it asks for.
 */
final class ShopifyQueries {

    private ShopifyQueries() {
    }

    static final String MONEY = "{ shopMoney { amount currencyCode } }";

    static final String LINE_ITEM = "{ sku quantity originalUnitPriceSet " + MONEY + " }";

    static final String ORDER_FIELDS = """
            fragment OrderFields on Order {
              id name email createdAt cancelledAt displayFulfillmentStatus currencyCode
              totalPriceSet %1$s
              totalRefundedSet %1$s
              customer { id displayName }
              shippingAddress { name firstName lastName address1 address2 city provinceCode zip countryCodeV2 }
              lineItems(first: 50) { nodes %2$s pageInfo { hasNextPage endCursor } }
              fulfillments(first: 10) {
                status displayStatus createdAt inTransitAt deliveredAt estimatedDeliveryAt
                trackingInfo(first: 1) { company number url }
              }
              refunds(first: 50) { id createdAt note totalRefundedSet %1$s }
            }
            """.formatted(MONEY, LINE_ITEM);

    /** Orders are asked for by the name customers know ({@code #1001}); the search may match more than one. */
    static final String ORDER_BY_NAME = """
            query OrderByName($query: String!) {
              orders(first: 5, query: $query) { nodes { ...OrderFields } }
            }
            """ + ORDER_FIELDS;

    static final String ORDER_BY_ID = """
            query OrderById($id: ID!) {
              order(id: $id) { ...OrderFields }
            }
            """ + ORDER_FIELDS;

    static final String MORE_LINE_ITEMS = """
            query OrderLines($id: ID!, $after: String) {
              order(id: $id) { lineItems(first: 100, after: $after) { nodes %s pageInfo { hasNextPage endCursor } } }
            }
            """.formatted(LINE_ITEM);

    /** What Shopify would refund in full, and through which payments: the calculation before any refund is made. */
    static final String SUGGESTED_REFUND = """
            query SuggestedRefund($id: ID!) {
              order(id: $id) {
                suggestedRefund(suggestFullRefund: true) {
                  maximumRefundableSet %1$s
                  suggestedTransactions { gateway kind parentTransaction { id } maximumRefundableSet %1$s amountSet %1$s }
                }
              }
            }
            """.formatted(MONEY);

    static final String REFUND_CREATE = """
            mutation RefundCreate($input: RefundInput!, $idempotencyKey: String!) {
              refundCreate(input: $input) @idempotent(key: $idempotencyKey) {
                refund { id createdAt note totalRefundedSet %s }
                userErrors { field message }
              }
            }
            """.formatted(MONEY);

    static final String ORDER_CANCEL = """
            mutation OrderCancel($orderId: ID!, $reason: OrderCancelReason!, $refundMethod: OrderCancelRefundMethodInput!,
                                 $restock: Boolean!, $notifyCustomer: Boolean, $staffNote: String) {
              orderCancel(orderId: $orderId, reason: $reason, refundMethod: $refundMethod, restock: $restock,
                          notifyCustomer: $notifyCustomer, staffNote: $staffNote) {
                job { id done }
                orderCancelUserErrors { field message code }
              }
            }
            """;

    static final String JOB = """
            query Job($id: ID!) { job(id: $id) { id done } }
            """;

    static final String ORDER_UPDATE = """
            mutation OrderUpdate($input: OrderInput!) {
              orderUpdate(input: $input) { order { ...OrderFields } userErrors { field message } }
            }
            """ + ORDER_FIELDS;

    /** The live check: the cheapest read that needs a valid token. */
    static final String SHOP = """
            query Shop { shop { name currencyCode } }
            """;

    static final String VARIANT_BY_SKU = """
            query VariantBySku($query: String!) {
              shop { currencyCode }
              productVariants(first: 5, query: $query) {
                nodes {
                  id sku price compareAtPrice inventoryQuantity
                  inventoryItem { id unitCost { amount currencyCode } }
                  product { id title productType }
                }
              }
            }
            """;

    static final String VARIANTS_UPDATE = """
            mutation VariantsUpdate($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
              productVariantsBulkUpdate(productId: $productId, variants: $variants) {
                productVariants { id sku price compareAtPrice }
                userErrors { field message code }
              }
            }
            """;

    static final String INVENTORY_SET = """
            mutation StockCount($input: InventorySetQuantitiesInput!, $idempotencyKey: String!) {
              inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) {
                inventoryAdjustmentGroup { id }
                userErrors { field message code }
              }
            }
            """;

    static final String FIRST_LOCATION = """
            query FirstLocation { locations(first: 1) { nodes { id } } }
            """;
}
