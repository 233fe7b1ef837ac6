package io.commerceresolver.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.VendorVocabulary.DisputeStatus;
import io.commerceresolver.connector.VendorVocabulary.Platform;

class VendorVocabularyTest {

    @Test
    void shopifyOrdersAreJudgedByHowFarTheirGoodsHaveGone() {
        assertThat(VendorVocabulary.shopifyOrder(null, false, null)).contains(OrderStatus.PROCESSING);
        assertThat(VendorVocabulary.shopifyOrder("UNFULFILLED", false, null)).contains(OrderStatus.PROCESSING);
        assertThat(VendorVocabulary.shopifyOrder("partial", false, null)).contains(OrderStatus.SHIPPED);
        assertThat(VendorVocabulary.shopifyOrder("FULFILLED", false, null)).contains(OrderStatus.SHIPPED);
        assertThat(VendorVocabulary.shopifyOrder("FULFILLED", false, "DELIVERED")).contains(OrderStatus.DELIVERED);
        assertThat(VendorVocabulary.shopifyOrder("fulfilled", true, null)).contains(OrderStatus.CANCELLED);
        assertThat(VendorVocabulary.shopifyOrder("SOMETHING_NEW", false, null)).isEmpty();
    }

    @Test
    void wooCommerceStatusesMapToTheRulesStatuses() {
        assertThat(VendorVocabulary.wooCommerceOrder("on-hold")).contains(OrderStatus.PROCESSING);
        assertThat(VendorVocabulary.wooCommerceOrder("completed")).contains(OrderStatus.SHIPPED);
        assertThat(VendorVocabulary.wooCommerceOrder("refunded")).contains(OrderStatus.CANCELLED);
        assertThat(VendorVocabulary.wooCommerceOrder("checkout-draft")).isEmpty();
    }

    @Test
    void stripeDisputesAreOpenUntilDecided() {
        assertThat(VendorVocabulary.stripeDispute("needs_response")).contains(DisputeStatus.OPEN);
        assertThat(VendorVocabulary.stripeDispute("lost")).contains(DisputeStatus.LOST);
        assertThat(VendorVocabulary.stripeDispute("charge_refunded")).isEmpty();
    }

    @Test
    void anIntegratorMaySpeakItsPlatformsWordsOrOurs() {
        assertThat(VendorVocabulary.orderStatus(null, "Delivered")).contains(OrderStatus.DELIVERED);
        assertThat(VendorVocabulary.orderStatus(null, "completed")).isEmpty();
        assertThat(VendorVocabulary.orderStatus(Platform.WOOCOMMERCE, "completed")).contains(OrderStatus.SHIPPED);
        assertThat(VendorVocabulary.orderStatus(Platform.SHOPIFY, "cancelled")).contains(OrderStatus.CANCELLED);
        assertThat(VendorVocabulary.orderStatus(Platform.STRIPE, "succeeded")).isEmpty();
        assertThat(VendorVocabulary.orderStatusWords(Platform.WOOCOMMERCE)).contains("on-hold", "completed");
        assertThat(Platform.named(" Shopify ")).contains(Platform.SHOPIFY);
        assertThat(Platform.named("magento")).isEmpty();
    }
}
