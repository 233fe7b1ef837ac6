package io.commerceresolver.marketplace.web;

import java.util.LinkedHashMap;
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

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.connector.VendorVocabulary.Platform;
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
    public ResponseEntity<List<Map<String, Object>>> events(@AuthenticationPrincipal Caller caller,
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
        return answer.body(page.stream().map(event -> summary(event, false)).toList());
    }

    /** One event with the body as the vendor signed it. */
    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/events/{id}")
    public Map<String, Object> event(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return queries.event(caller.tenantId(), id).map(event -> summary(event, true))
                .orElseThrow(() -> new NotFound("marketplace event", id));
    }

    /** The tenant's view of its store: by kind (order, refund, inventory, product, dispute), most recently changed first. */
    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/facts")
    public List<Map<String, Object>> facts(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String kind,
                                           @RequestParam(defaultValue = "50") int limit) {
        checkLimit(limit);
        checkKind(kind);
        return queries.facts(caller.tenantId(), kind, limit).stream().map(this::fact).toList();
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/marketplace/facts/{platform}/{kind}/{ref}")
    public Map<String, Object> fact(@AuthenticationPrincipal Caller caller, @PathVariable String platform, @PathVariable String kind,
                                    @PathVariable String ref) {
        Platform named = Platform.named(platform).orElseThrow(() -> new BadRequest("platform", "Platform must be shopify, woocommerce or stripe"));
        checkKind(kind);
        return queries.fact(caller.tenantId(), named.key(), kind, ref).map(this::fact)
                .orElseThrow(() -> new NotFound(kind, platform + "/" + ref));
    }

    /** The events that failed on every attempt or could not be read, with their bodies and errors, oldest first. */
    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/marketplace/dead-letters")
    public List<Map<String, Object>> deadLetters(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "50") int limit) {
        checkLimit(limit);
        return deadLetters.open(caller.tenantId(), limit).stream().map(MarketplaceController::letter).toList();
    }

    /** Applies the event again, once; audited. */
    @PreAuthorize(Access.ADMINISTER)
    @PostMapping("/api/v1/admin/marketplace/dead-letters/{id}/replay")
    public Map<String, Object> replay(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        if (!id.matches(ID)) {
            throw new NotFound("dead letter", id);
        }
        DeadLetters.Listed replayed = audit.recorded(caller, "marketplace.dead_letter.replayed",
                () -> deadLetters.replay(caller.tenantId(), id, caller.principal()),
                done -> new AuditLog.Entry(id, null, Map.of("eventId", done.event().id())));
        return letter(replayed);
    }

    private static Map<String, Object> summary(MarketplaceEvent event, boolean withPayload) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", event.id());
        view.put("platform", event.platform());
        view.put("deliveryId", event.deliveryId());
        view.put("topic", event.topic());
        view.put("receivedAt", event.receivedAt());
        view.put("status", event.status().name());
        view.put("outcome", event.outcome());
        view.put("appliedAt", event.appliedAt());
        if (withPayload) {
            view.put("payload", event.payload());
        }
        return view;
    }

    private Map<String, Object> fact(StoreFact fact) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("platform", fact.platform());
        view.put("kind", fact.kind());
        view.put("ref", fact.ref());
        view.put("asOf", fact.asOf());
        view.put("state", json.read(fact.state(), Object.class));
        view.put("eventId", fact.eventId());
        view.put("updatedAt", fact.updatedAt());
        return view;
    }

    private static Map<String, Object> letter(DeadLetters.Listed listed) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", listed.letter().id());
        view.put("error", listed.letter().error());
        view.put("failedAt", listed.letter().failedAt());
        view.put("replayedAt", listed.letter().replayedAt());
        view.put("replayedBy", listed.letter().replayedBy());
        view.put("event", summary(listed.event(), true));
        return view;
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
