package io.commerceresolver.policy;

import java.util.Locale;

/** Who asked: the email the ticket came from. */
public class Requester {

    private final String email;

    public Requester(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    /** Email addresses are compared without regard to case, as mail systems treat them. */
    public boolean isCustomerOf(OrderFacts order) {
        return email != null && order.getCustomerEmail() != null
                && email.strip().toLowerCase(Locale.ROOT).equals(order.getCustomerEmail().strip().toLowerCase(Locale.ROOT));
    }
}
