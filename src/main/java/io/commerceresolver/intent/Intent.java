package io.commerceresolver.intent;

/** What a ticket asks for. The code is the name rules and the API use. */
public enum Intent {
    // declared in the order a tie between cues is settled: what moves money or stops an order first
    REFUND_REQUEST("refund_request"),
    CANCEL_ORDER("cancel_order"),
    ADDRESS_CHANGE("address_change"),
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
        for (Intent intent : values()) {
            if (intent.code.equals(code)) {
                return intent;
            }
        }
        throw new IllegalArgumentException("Unknown intent code: " + code);
    }
}
