package io.commerceresolver.marketplace.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.marketplace.DeadLetter;
import io.commerceresolver.marketplace.DeadLetters;
import io.commerceresolver.marketplace.MarketplaceEvent;
import io.commerceresolver.marketplace.MarketplaceQueries;
import io.commerceresolver.marketplace.StoreFact;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.StoredJson;

/**
 * The marketplace events a tenant received and what became of each, the facts they made of its store, and (for
 * admins) the dead letters, each replayable once.
 */
@RestController
public class MarketplaceController {

    private static final int MAX_LIMIT = 200;
    private static final String ID = "[A-Za-z0-9-]{1,36}";
    private static final Set<String> KINDS = Set.of("order", "refund", "inventory", "product", "dispute");

    private final MarketplaceQueries queries;
    private final DeadLetters deadLetters;
    private final AuditLog audit;
    private final StoredJson json;

    public MarketplaceController(MarketplaceQueries queries, DeadLetters deadLetters, AuditLog audit, StoredJson json) {
        this.queries = queries;
        this.deadLetters = deadLetters;
        this.audit = audit;
        this.json = json;
    }

    /** Newest first, without their bodies; a full page ends with a {@code Link: <...>; rel="next"} header. */
    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/events")
    public ResponseEntity<List<EventView>> events(@AuthenticationPrincipal Caller caller,
                                                            @RequestParam(required = false) String after,
                                                            @RequestParam(defaultValue = "50") int limit) {
        checkLimit(limit);
        if (after != null && !after.matches(ID)) {
            throw new BadRequest("after", "Query parameter 'after' must be the id of the event that ended the previous page");
        }
        List<MarketplaceEvent> page = queries.events(caller.tenantId(), limit, after);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.size() == limit) {
            answer.header(HttpHeaders.LINK, "</api/v1/marketplace/events?limit=" + limit + "&after=" + page.get(page.size() - 1).id()
                    + ">; rel=\"next\"");
        }
        return answer.body(page.stream().map(event -> EventView.of(event, false)).toList());
    }

    /** One event with the body as the vendor signed it. */
    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/events/{id}")
    public EventView event(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return queries.event(caller.tenantId(), id).map(event -> EventView.of(event, true))
                .orElseThrow(() -> new NotFound("marketplace event", id));
    }

    /** The tenant's view of its store: by kind (order, refund, inventory, product, dispute), most recently changed first. */
    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/facts")
    public List<FactView> facts(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String kind,
                                           @RequestParam(defaultValue = "50") int limit) {
        checkLimit(limit);
        checkKind(kind);
        return queries.facts(caller.tenantId(), kind, limit).stream().map(this::fact).toList();
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/facts/{platform}/{kind}/{ref}")
    public FactView fact(@AuthenticationPrincipal Caller caller, @PathVariable String platform, @PathVariable String kind,
                                    @PathVariable String ref) {
        Platform named = Platform.named(platform).orElseThrow(() -> new BadRequest("platform", "Platform must be shopify, woocommerce or stripe"));
        checkKind(kind);
        return queries.fact(caller.tenantId(), named.key(), kind, ref).map(this::fact)
                .orElseThrow(() -> new NotFound(kind, platform + "/" + ref));
    }

    /** The events that failed on every attempt or could not be read, with their bodies and errors, oldest first. */
    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/marketplace/dead-letters")
    public List<DeadLetterView> deadLetters(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "50") int limit) {
        checkLimit(limit);
        return deadLetters.open(caller.tenantId(), limit).stream().map(DeadLetterView::of).toList();
    }

    /** Applies the event again, once; audited. */
    @PreAuthorize(Access.ADMINISTER)
    @PostMapping("/api/v1/admin/marketplace/dead-letters/{id}/replay")
    public DeadLetterView replay(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        if (!id.matches(ID)) {
            throw new NotFound("dead letter", id);
        }
        DeadLetters.Listed replayed = audit.recorded(caller, "marketplace.dead_letter.replayed",
                () -> deadLetters.replay(caller.tenantId(), id, caller.principal()),
                done -> new AuditLog.Entry(id, null, Map.of("eventId", done.event().id())));
        return DeadLetterView.of(replayed);
    }

    /** An event as people read it; the body only when one event is asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(String id, String platform, String deliveryId, String topic, Instant receivedAt, String status,
                            String outcome, Instant appliedAt, String payload) {

        static EventView of(MarketplaceEvent event, boolean withPayload) {
            return new EventView(event.id(), event.platform(), event.deliveryId(), event.topic(), event.receivedAt(),
                    event.status().name(), event.outcome(), event.appliedAt(), withPayload ? event.payload() : null);
        }
    }

    /** A fact with its state as the resolver keeps it (StoreChange's fields; personal ones hashed once purged). */
    public record FactView(String platform, String kind, String ref, Instant asOf, JsonNode state, String eventId, Instant updatedAt) {
    }

    public record DeadLetterView(String id, String error, Instant failedAt, Instant replayedAt, String replayedBy, EventView event) {

        static DeadLetterView of(DeadLetters.Listed listed) {
            DeadLetter letter = listed.letter();
            return new DeadLetterView(letter.id(), letter.error(), letter.failedAt(), letter.replayedAt(), letter.replayedBy(),
                    EventView.of(listed.event(), true));
        }
    }

    private FactView fact(StoreFact fact) {
        return new FactView(fact.platform(), fact.kind(), fact.ref(), fact.asOf(), json.read(fact.state(), JsonNode.class),
                fact.eventId(), fact.updatedAt());
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit", "Query parameter 'limit' must be between 1 and " + MAX_LIMIT);
        }
    }

    private static void checkKind(String kind) {
        if (kind != null && !KINDS.contains(kind)) {
            throw new BadRequest("kind", "Query parameter 'kind' must be one of order, refund, inventory, product, dispute");
        }
    }
}
