package io.commerceresolver.connector.infrastructure.woocommerce;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * WooCommerce REST API v3 resources as the adapter reads and writes them (woocommerce.github.io/woocommerce-rest-api-docs:
 * Orders, Order refunds, Products). Field names are WooCommerce's snake_case, mapped by the adapter's JSON naming
 * strategy; dates are the {@code *_gmt} ones, which carry no offset and are UTC.
 */
final class WooJson {

    private WooJson() {
    }

    record WooOrder(long id, String number, String status, String currency, BigDecimal total, LocalDateTime dateCreatedGmt,
                    LocalDateTime dateCompletedGmt, long customerId, Contact billing, Contact shipping, List<LineItem> lineItems,
                    List<RefundRef> refunds) {
        WooOrder {
            lineItems = lineItems == null ? List.of() : lineItems;
            refunds = refunds == null ? List.of() : refunds;
        }
    }

    record Contact(String firstName, String lastName, String email, String address1, String address2, String city, String state,
                   String postcode, String country) {
    }

    record LineItem(String sku, int quantity, BigDecimal price) {
    }

    /** A refund as the order lists it: its {@code total} is negative. */
    record RefundRef(long id, String reason, BigDecimal total) {
    }

    record WooRefund(long id, LocalDateTime dateCreatedGmt, BigDecimal amount, String reason) {
    }

    record NewRefund(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String reason, boolean apiRefund) {
    }

    record StatusChange(String status) {
    }

    record ShippingChange(Contact shipping) {
    }

    /** WooCommerce's error body: {@code {"code": "...", "message": "...", "data": {"status": 400}}}. */
    record WooError(String code, String message) {
    }
}
