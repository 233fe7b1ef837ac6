package io.commerceresolver.marketplace.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.VendorVocabulary.DisputeStatus;
import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.marketplace.StoreChange;
import io.commerceresolver.marketplace.StoreChange.DisputeFact;
import io.commerceresolver.marketplace.StoreChange.InventoryFact;
import io.commerceresolver.marketplace.StoreChange.OrderFact;
import io.commerceresolver.marketplace.StoreChange.ProductFact;
import io.commerceresolver.marketplace.StoreChange.RefundFact;

/** The vendors' documented bodies read in the resolver's words, and bodies that do not read refused with why. */
class StoreEventReaderTest {

    @Test
    void aShopifyOrderIsReadWithItsSuccessfulRefundsAndItsVendorTime() throws IOException {
        OrderFact order = (OrderFact) StoreEventReader.read(Platform.SHOPIFY, "orders/updated", resource("vendors/shopify/webhook-orders-updated.json"));

        assertThat(order.orderId()).isEqualTo("820982911946154508");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.refundedTotal()).isEqualByComparingTo("41.94");
        assertThat(order.total()).isEqualByComparingTo("403.00");
        assertThat(order.asOf()).isEqualTo(Instant.parse("2026-12-01T14:30:00Z"));
        assertThat(order.ref()).isEqualTo(order.orderId());
    }

    @Test
    void aShopifyOrderCancelledOrDeliveredSaysSo() {
        String cancelled = "{\"id\": 1, \"fulfillment_status\": null, \"cancelled_at\": \"2026-12-01T10:00:00Z\", \"updated_at\": \"2026-12-01T10:00:00Z\", \"currency\": \"USD\"}";
        String delivered = "{\"id\": 2, \"fulfillment_status\": \"fulfilled\", \"updated_at\": \"2026-12-01T10:00:00Z\", \"currency\": \"USD\","
                + " \"fulfillments\": [{\"shipment_status\": \"delivered\"}]}";

        assertThat(((OrderFact) StoreEventReader.read(Platform.SHOPIFY, "orders/cancelled", cancelled)).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(((OrderFact) StoreEventReader.read(Platform.SHOPIFY, "orders/updated", delivered)).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void shopifyRefundsInventoryProductsAndDisputesAreKeptEachAsTheirOwnKind() {
        RefundFact refund = (RefundFact) StoreEventReader.read(Platform.SHOPIFY, "refunds/create", "{\"id\": 9, \"order_id\": 1, "
                + "\"created_at\": \"2026-12-01T10:00:00-05:00\", \"transactions\": [{\"amount\": \"5.00\", \"currency\": \"eur\", \"kind\": \"refund\", \"status\": \"success\"}]}");
        InventoryFact level = (InventoryFact) StoreEventReader.read(Platform.SHOPIFY, "inventory_levels/update",
                "{\"inventory_item_id\": 271878346596884015, \"location_id\": 24826418, \"available\": 6, \"updated_at\": \"2026-12-01T10:00:00-05:00\"}");
        ProductFact product = (ProductFact) StoreEventReader.read(Platform.SHOPIFY, "products/update", "{\"id\": 788032119674292922, "
                + "\"title\": \"Example T-Shirt\", \"status\": \"active\", \"updated_at\": \"2026-12-01T10:00:00-05:00\", "
                + "\"variants\": [{\"id\": 642667041472713922, \"sku\": \"TEE-ORG-BLK-M\", \"price\": \"19.99\", \"inventory_quantity\": 75}]}");
        DisputeFact dispute = (DisputeFact) StoreEventReader.read(Platform.SHOPIFY, "disputes/update", "{\"id\": 598735659, \"order_id\": 625362839, "
                + "\"type\": \"chargeback\", \"amount\": \"11.50\", \"currency\": \"USD\", \"reason\": \"fraudulent\", \"status\": \"won\", "
                + "\"initiated_at\": \"2026-11-01T10:00:00-05:00\", \"evidence_sent_on\": \"2026-11-05T10:00:00-05:00\", \"finalized_on\": \"2026-11-20T10:00:00-05:00\"}");

        assertThat(refund.amount()).isEqualByComparingTo("5.00");
        assertThat(refund.currency()).isEqualTo("EUR");
        assertThat(level.ref()).isEqualTo("271878346596884015@24826418");
        assertThat(level.available()).isEqualTo(6);
        assertThat(product.variants()).singleElement().satisfies(v -> assertThat(v.sku()).isEqualTo("TEE-ORG-BLK-M"));
        assertThat(dispute.status()).isEqualTo(DisputeStatus.WON);
        assertThat(dispute.asOf()).as("a dispute's version is its latest time").isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
    }

    @Test
    void aWooCommerceOrderReadsItsStatusAndNegativeRefunds() throws IOException {
        OrderFact order = (OrderFact) StoreEventReader.read(Platform.WOOCOMMERCE, "order.updated", resource("vendors/woocommerce/webhook-order-updated.json"));

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.vendorStatus()).isEqualTo("completed");
        assertThat(order.refundedTotal()).isEqualByComparingTo("10.00");
        assertThat(order.asOf()).as("the GMT time, not the shop's local one").isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(StoreEventReader.read(Platform.WOOCOMMERCE, "order.deleted", "{\"id\": 727}")).isInstanceOf(StoreChange.Ignored.class);
    }

    @Test
    void aStripeDisputeIsReadInMajorUnitsWithTheOrderFromItsMetadata() throws IOException {
        DisputeFact dispute = (DisputeFact) StoreEventReader.read(Platform.STRIPE, "charge.dispute.created", resource("vendors/stripe/event-dispute-created.json"));
        RefundFact yen = (RefundFact) StoreEventReader.read(Platform.STRIPE, "refund.created", "{\"id\": \"evt_1\", \"type\": \"refund.created\", "
                + "\"created\": 1764583200, \"data\": {\"object\": {\"id\": \"re_1\", \"amount\": 500, \"currency\": \"jpy\", \"status\": \"succeeded\"}}}");

        assertThat(dispute.amount()).isEqualByComparingTo("49.99");
        assertThat(dispute.orderId()).isEqualTo("1001");
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.asOf()).isEqualTo(Instant.ofEpochSecond(1764583200));
        assertThat(yen.amount()).as("yen have no minor unit").isEqualByComparingTo("500");
    }

    @Test
    void aTopicTheResolverKeepsNothingOfIsIgnoredWithWhy() {
        StoreChange change = StoreEventReader.read(Platform.SHOPIFY, "customers/create", "{\"id\": 1}");

        assertThat(change).isInstanceOfSatisfying(StoreChange.Ignored.class, ignored -> assertThat(ignored.why()).contains("customers/create"));
    }

    @Test
    void aBodyThatDoesNotReadAsItsTopicSaysIsUnreadableWithTheField() {
        assertThatThrownBy(() -> StoreEventReader.read(Platform.SHOPIFY, "orders/updated", "not json")).isInstanceOf(UnreadableEvent.class);
        assertThatThrownBy(() -> StoreEventReader.read(Platform.SHOPIFY, "orders/updated", "null")).isInstanceOf(UnreadableEvent.class);
        assertThatThrownBy(() -> StoreEventReader.read(Platform.SHOPIFY, "orders/updated", "{\"id\": 1, \"currency\": \"USD\"}"))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("updated_at");
        assertThatThrownBy(() -> StoreEventReader.read(Platform.SHOPIFY, "orders/updated",
                "{\"id\": 1, \"fulfillment_status\": \"teleported\", \"updated_at\": \"2026-12-01T10:00:00Z\"}"))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("teleported");
        assertThatThrownBy(() -> StoreEventReader.read(Platform.WOOCOMMERCE, "order.updated",
                "{\"id\": 1, \"status\": \"processing\", \"currency\": \"XXQ\", \"date_modified_gmt\": \"2026-12-01T10:00:00\"}"))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("currency");
        assertThatThrownBy(() -> StoreEventReader.read(Platform.STRIPE, "charge.dispute.created",
                "{\"id\": \"evt\", \"type\": \"charge.dispute.created\", \"created\": 1, \"data\": {}}"))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("data.object");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = StoreEventReaderTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
