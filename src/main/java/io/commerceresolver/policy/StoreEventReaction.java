package io.commerceresolver.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules make of a change in a store: the tickets it opens, each for what it asks (an intent code of the
 * ticket reader's, such as {@code refund_request}, or {@code other} for a person to look at), with the reasons the
 * rules gave. A ticket opened this way is decided and played like one a customer sent: triage chooses its playbook,
 * and every write it leads to is put to the rules again. No rule, no ticket.
 */
public class StoreEventReaction {

    private final Map<String, List<String>> ticketsByIntent = new LinkedHashMap<>();

    /** Opens a ticket asking for {@code intent}; two rules asking for the same intent open one ticket with both reasons. */
    public void openTicket(String intent, String reason) {
        ticketsByIntent.computeIfAbsent(intent, ignored -> new ArrayList<>()).add(reason);
    }

    /** The tickets to open, by intent in the order the rules first asked for them, with their reasons. */
    public Map<String, List<String>> getTickets() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        ticketsByIntent.forEach((intent, reasons) -> copy.put(intent, List.copyOf(reasons)));
        return copy;
    }
}
