package io.commerceresolver.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/** The events that could not be applied: listed with their payload and error, and replayed by a person. */
public class DeadLetters {

    private final MarketplaceEvents events;
    private final WorkQueue work;
    private final Transactions transactions;
    private final Clock clock;

    public DeadLetters(MarketplaceEvents events, WorkQueue work, Transactions transactions, Clock clock) {
        this.events = events;
        this.work = work;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A dead letter with the event it holds. */
    public record Listed(DeadLetter letter, MarketplaceEvent event) {
    }

    public List<Listed> open(String tenantId, int limit) {
        return transactions.inTransaction(() -> events.openDeadLetters(tenantId, limit).stream()
                .map(letter -> new Listed(letter, events.find(tenantId, letter.eventId()).orElseThrow()))
                .toList());
    }

    /**
     * Queues the event to be applied again, as it was received (a fix on the resolver's side, or the vendor's data
     * corrected, makes it apply). Once: a second replay of the same letter is a conflict.
     */
    public Listed replay(String tenantId, String id, String by) {
        return transactions.inTransaction(() -> {
            DeadLetter letter = events.findDeadLetter(tenantId, id).orElseThrow(() -> new NotFound("dead letter", id));
            Instant now = clock.instant();
            if (!events.markReplayed(tenantId, id, by, now)) {
                throw new Conflict("Dead letter " + id + " was already replayed");
            }
            events.settle(tenantId, letter.eventId(), MarketplaceEvent.Status.RECEIVED, "Replayed by " + by, null);
            // a job of its own: the failed attempt's job may still be ending (its give-up and its end are two commits),
            // and an enqueue under the same ref would be swallowed by it
            work.enqueue(tenantId, JobKind.APPLY_STORE_EVENT, StoreEventApplier.replayRef(letter.eventId(), letter.id()));
            return new Listed(events.findDeadLetter(tenantId, id).orElseThrow(), events.find(tenantId, letter.eventId()).orElseThrow());
        });
    }
}
