package io.commerceresolver.marketplace;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.marketplace.vendor.StoreEventReader;
import io.commerceresolver.marketplace.vendor.UnreadableEvent;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Applies a stored delivery to the tenant's view of its store, in the background: reads it in the resolver's words,
 * keeps it as a fact unless the view already holds a newer description (deliveries may arrive out of order), and
 * records what became of it — all in one transaction with the job's end, so a crash applies it again, never half.
 * <p>
 * A failure is retried by the work queue with growing pauses; after the last attempt, or at once for a body that
 * does not read as its topic says (reading it again gives the same answer), it goes to the dead letters.
 */
public class StoreEventApplier implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreEventApplier.class);
    private static final String REPLAY = "~replay~";

    private final MarketplaceEvents events;
    private final StoreFacts facts;
    private final StoreEventTickets tickets;
    private final WorkQueue work;
    private final Transactions transactions;
    private final StoredJson json;
    private final Clock clock;

    public StoreEventApplier(MarketplaceEvents events, StoreFacts facts, StoreEventTickets tickets, WorkQueue work,
                             Transactions transactions, StoredJson json, Clock clock) {
        this.events = events;
        this.facts = facts;
        this.tickets = tickets;
        this.work = work;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.APPLY_STORE_EVENT;
    }

    @Override
    public void handle(Job job) {
        transactions.inTransaction(() -> {
            MarketplaceEvent event = events.find(job.tenantId(), eventOf(job)).orElse(null);
            if (event == null || event.status() != MarketplaceEvent.Status.RECEIVED) {
                work.done(job); // applied already (a job taken up again after its lease ran out)
                return;
            }
            Instant now = clock.instant();
            StoreChange change;
            try {
                change = StoreEventReader.read(Platform.named(event.platform()).orElseThrow(), event.topic(), event.payload());
            } catch (UnreadableEvent unreadable) {
                deadLetter(event, "Unreadable: " + unreadable.getMessage(), now);
                work.done(job);
                return;
            }
            if (change instanceof StoreChange.Ignored ignored) {
                events.finish(event.tenantId(), event.id(), MarketplaceEvent.Status.IGNORED, ignored.why(), now);
            } else {
                boolean kept = facts.put(new StoreFact(event.tenantId(), event.platform(), change.kind(), change.ref(), json.write(change),
                        change.asOf(), event.id(), now));
                // only the newest description is put to the rules: an older one arriving late must not act on a past state
                String note = kept ? "Kept as " + change.kind() + " " + change.ref() + " as of " + change.asOf() + reacted(event, change)
                        : "Older than the " + change.kind() + " " + change.ref() + " already kept; the newer one stays";
                events.finish(event.tenantId(), event.id(), MarketplaceEvent.Status.APPLIED, bounded(note), now);
            }
            work.done(job);
        });
    }

    /** What the store's rules made of the change, for the event's note: the tickets it opened, if any. */
    private String reacted(MarketplaceEvent event, StoreChange change) {
        StoreEventTickets.Reaction reaction = tickets.react(event, change);
        StringBuilder note = new StringBuilder();
        if (!reaction.opened().isEmpty()) {
            note.append("; opened ticket(s) ").append(String.join(", ", reaction.opened()))
                    .append(" by the rules ").append(reaction.verdict().firedRules())
                    .append(" of version ").append(reaction.verdict().rulesVersion());
        }
        if (!reaction.alreadyOpen().isEmpty()) {
            note.append("; ticket(s) ").append(String.join(", ", reaction.alreadyOpen())).append(" already opened for it");
        }
        reaction.refused().forEach(refused -> note.append("; ").append(refused));
        return note.toString();
    }

    @Override
    public void giveUp(Job job, String error) {
        events.find(job.tenantId(), eventOf(job))
                .filter(event -> event.status() == MarketplaceEvent.Status.RECEIVED)
                .ifPresent(event -> deadLetter(event, error, clock.instant()));
    }

    /**
     * The job's event: its ref is the event's id, or for a replay the event's id and the dead letter's
     * ({@link #replayRef}), so that a replay never meets the job of the attempt that failed (still being ended).
     */
    static String eventOf(Job job) {
        int replay = job.ref().indexOf(REPLAY);
        return replay < 0 ? job.ref() : job.ref().substring(0, replay);
    }

    static String replayRef(String eventId, String deadLetterId) {
        return eventId + REPLAY + deadLetterId;
    }

    /** What the event's outcome and a dead letter's error hold at most. */
    private static String bounded(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private void deadLetter(MarketplaceEvent event, String error, Instant now) {
        String bounded = bounded(error);
        log.warn("Marketplace event {} ({} {}, delivery {}) goes to the dead letters: {}", event.id(), event.platform(), event.topic(),
                event.deliveryId(), bounded);
        events.addDeadLetter(new DeadLetter(Ids.newId(), event.tenantId(), event.id(), bounded, now, null, null));
        events.finish(event.tenantId(), event.id(), MarketplaceEvent.Status.DEAD, bounded, now);
    }
}
