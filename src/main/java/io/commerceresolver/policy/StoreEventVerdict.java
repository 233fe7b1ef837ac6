package io.commerceresolver.policy;

import java.util.List;

/** The tickets the rules open for a change in a store, which rules fired, in which rule set version. */
public record StoreEventVerdict(List<TicketToOpen> tickets, List<String> firedRules, String rulesVersion) {

    /** One ticket to open: what it asks for (an intent code), and why the rules open it. */
    public record TicketToOpen(String intent, List<String> reasons) {
        public TicketToOpen {
            reasons = List.copyOf(reasons);
        }
    }

    public StoreEventVerdict {
        tickets = List.copyOf(tickets);
        firedRules = List.copyOf(firedRules);
    }
}
