package io.commerceresolver.changeset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.tools.CatalogueEdit;
import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.system.Ids;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * Turns a request into a changeset: reads each product from the tenant's store (read only; no transaction is open
 * meanwhile), works out each operation's before and after and what undoes it, asks the rules about each, and about
 * each kind of change as a batch (how many records it writes), and keeps it all. Nothing is written to the store.
 */
public class ChangesetBuilder {

    /** Operations act as the seller's merchandiser, as the catalogue playbook does (rules/tool-permissions.dmn). */
    static final String ACTS_AS = "merchandiser";

    private final CommerceConnector store;
    private final ConnectorCalls calls;
    private final PolicyService policy;
    private final TenantDirectory tenants;
    private final Changesets changesets;
    private final Clock clock;

    public ChangesetBuilder(CommerceConnector store, ConnectorCalls calls, PolicyService policy, TenantDirectory tenants,
                            Changesets changesets, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.policy = policy;
        this.tenants = tenants;
        this.changesets = changesets;
        this.clock = clock;
    }

    /** The changeset for {@code request}, built and kept; or the one already kept under the same idempotency key. */
    public Changeset build(String tenantId, String requestedBy, String idempotencyKey, ChangesetRequest request) {
        if (idempotencyKey != null) {
            Optional<Changeset> sent = changesets.findByIdempotencyKey(tenantId, idempotencyKey);
            if (sent.isPresent()) {
                return sent.get();
            }
        }
        Map<String, String> settings = tenants.find(tenantId).orElseThrow().settings();
        String id = Ids.newId();
        Actor actor = new Actor(requestedBy, ACTS_AS);
        ConversationContext context = request.context() == null ? null : request.context().facts();
        Map<String, Optional<Product>> products = new HashMap<>();
        List<ChangeOperation> operations = new ArrayList<>();
        for (int i = 0; i < request.operations().size(); i++) {
            OperationSpec asked = request.operations().get(i);
            Product current = products.computeIfAbsent(asked.sku(), sku -> read(tenantId, sku)).orElse(null);
            operations.add(operation(tenantId, id, i + 1, asked, current, actor, requestedBy, context, settings));
        }
        List<Decision> batches = batchDecisions(tenantId, id, operations, actor, requestedBy, context, settings);
        Instant now = clock.instant();
        int refused = (int) operations.stream().filter(operation -> operation.status() == ChangeOperation.Status.REFUSED).count();
        Changeset changeset = new Changeset(id, tenantId, requestedBy, request.note(), idempotencyKey,
                refused == operations.size() ? ChangesetStatus.REFUSED : ChangesetStatus.BUILT, overall(operations, batches),
                operations.size(), refused, request.context(), null, null, now, now);
        if (!changesets.add(changeset, operations)) {
            // the same request, sent twice at once: the other one was kept first
            return changesets.findByIdempotencyKey(tenantId, idempotencyKey).orElseThrow();
        }
        return changeset;
    }

    /** The product as the store shows it now, through the catalogue connector's retries and circuit. */
    private Optional<Product> read(String tenantId, String sku) {
        return calls.call(tenantId, Capability.CATALOGUE.key(), () -> store.getProduct(tenantId, sku), (attempt, kind, message, wait) -> {
            // nothing to record: a read for a changeset being built is not a step of any run
        });
    }

    private ChangeOperation operation(String tenantId, String changesetId, int seq, OperationSpec asked, Product current, Actor actor,
                                      String requestedBy, ConversationContext context, Map<String, String> settings) {
        ProductState before = ProductState.of(current);
        OperationSpec rollback = OperationSpec.undoing(asked.kind(), current);
        CatalogueEdit edit = asked.edit(current);
        List<String> problems = edit == null ? List.of("There is no product with SKU " + asked.sku() + " in the catalogue")
                : edit.problems(current);
        if (!problems.isEmpty()) {
            return new ChangeOperation(seq, asked, before, null, rollback, problems, null, ChangeOperation.Status.REFUSED);
        }
        Proposal proposal = edit.proposal(current);
        OperationRequest request = new OperationRequest(asked.kind().operation(),
                proposal.amount() == null ? null : proposal.amount().amount(), proposal.amount() == null ? null : proposal.amount().currency(),
                1, null, asked.sku(), proposal.price() == null ? null : proposal.price().oldPrice(),
                proposal.price() == null ? null : proposal.price().newPrice(), proposal.price() == null ? null : proposal.price().cost(),
                actor, null, new Requester(requestedBy), null, context);
        OperationDecision decision = OperationDecision.of(policy.decide(tenantId, "changeset:" + changesetId + ":" + seq, request, settings));
        return new ChangeOperation(seq, asked, before, ProductState.after(current, edit), rollback, List.of(), decision,
                decision.allowed() ? ChangeOperation.Status.PROPOSED : ChangeOperation.Status.REFUSED);
    }

    /** The rules on each kind of change as a whole: one write of that many records (the bulk threshold's business). */
    private List<Decision> batchDecisions(String tenantId, String changesetId, List<ChangeOperation> operations, Actor actor,
                                          String requestedBy, ConversationContext context, Map<String, String> settings) {
        Map<OperationKind, Integer> counts = new EnumMap<>(OperationKind.class);
        operations.stream().filter(operation -> operation.status() == ChangeOperation.Status.PROPOSED)
                .forEach(operation -> counts.merge(operation.asked().kind(), 1, Integer::sum));
        List<Decision> decisions = new ArrayList<>();
        counts.forEach((kind, records) -> decisions.add(policy.decide(tenantId, "changeset:" + changesetId + ":" + kind.code(),
                new OperationRequest(kind.operation(), null, null, records, null, null, null, null, null, actor, null,
                        new Requester(requestedBy), null, context), settings)));
        return decisions;
    }

    /**
     * The changeset's decision: the strictest of its batches' and its operations' (highest tier; among equals, one
     * that asks for an approval), with every reason given once. Nothing allowed when every operation was refused.
     */
    static OperationDecision overall(List<ChangeOperation> operations, List<Decision> batches) {
        List<OperationDecision> all = new ArrayList<>();
        batches.forEach(batch -> all.add(OperationDecision.of(batch)));
        operations.stream().filter(operation -> operation.status() == ChangeOperation.Status.PROPOSED)
                .forEach(operation -> all.add(operation.decision()));
        if (all.isEmpty()) {
            return new OperationDecision(null, 0, false, false, null, List.of("Every operation was refused"), List.of(), null);
        }
        OperationDecision strictest = all.stream().max(Comparator.comparingInt(OperationDecision::tier)
                .thenComparing(OperationDecision::approvalRequired)).orElseThrow();
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> fired = new LinkedHashSet<>();
        all.stream().filter(decision -> decision.tier() == strictest.tier()).forEach(decision -> {
            reasons.addAll(decision.reasons());
            fired.addAll(decision.firedRules());
        });
        boolean approval = all.stream().anyMatch(OperationDecision::approvalRequired);
        return new OperationDecision(strictest.decisionId(), strictest.tier(), true, approval, strictest.approverRole(),
                List.copyOf(reasons), List.copyOf(fired), strictest.rulesVersion());
    }
}
