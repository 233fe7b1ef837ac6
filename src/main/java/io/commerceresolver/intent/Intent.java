package io.commerceresolver.intent;

import java.util.Arrays;
import java.util.Optional;

/** What a ticket asks for. The code is the name rules and the API use. */
public enum Intent {
    // declared in the order a tie between cues is settled: what moves money or stops an order first,
    // then what changes an order, then what a seller changes in the catalogue, then questions
    REFUND_REQUEST("refund_request"),
    CANCEL_ORDER("cancel_order"),
    RETURN_REQUEST("return_request"),
    REPLACEMENT_REQUEST("replacement_request"),
    ADDRESS_CHANGE("address_change"),
    DISCOUNT_REQUEST("discount_request"),
    PRICE_CHANGE("price_change"),
    PROMO_CHANGE("promo_change"),
    INVENTORY_UPDATE("inventory_update"),
    PRODUCT_CREATE("product_create"),
    ORDER_STATUS("order_status"),
    OTHER("other");

    private final String code;

    Intent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Intent fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown intent code: " + code));
    }

    /** The intent of that code, if there is one: for codes from outside, such as a store's own rules. */
    public static Optional<Intent> byCode(String code) {
        return Arrays.stream(values()).filter(intent -> intent.code.equals(code)).findFirst();
    }
}
