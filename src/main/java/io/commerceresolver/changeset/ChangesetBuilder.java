package io.commerceresolver.changeset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.Product;
import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.delegation.Component;
import io.commerceresolver.delegation.Delegations;
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
    private final Delegations delegations;
    private final SessionHistory sessions;
    private final Clock clock;

    public ChangesetBuilder(CommerceConnector store, ConnectorCalls calls, PolicyService policy, TenantDirectory tenants,
                            Changesets changesets, Delegations delegations, SessionHistory sessions, Clock clock) {
        this.delegations = delegations;
        this.sessions = sessions;
        this.store = store;
        this.calls = calls;
        this.policy = policy;
        this.tenants = tenants;
        this.changesets = changesets;
        this.clock = clock;
    }

    /** The changeset for {@code request}, built and kept; or the one already kept under the same idempotency key. */
    public Changeset build(String tenantId, String requestedBy, String idempotencyKey, ChangesetRequest request) {
        return build(tenantId, requestedBy, idempotencyKey, request, null);
    }

    /** The same, for a changeset that undoes changeset {@code rollbackOf} (null for any other). */
    public Changeset build(String tenantId, String requestedBy, String idempotencyKey, ChangesetRequest request, String rollbackOf) {
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
        Map<String, Product> products = read(tenantId, id, request.operations().stream().map(OperationSpec::sku).distinct().toList());
        List<Drafted> drafts = new ArrayList<>();
        for (int i = 0; i < request.operations().size(); i++) {
            OperationSpec asked = request.operations().get(i);
            drafts.add(draft(id, i + 1, asked, products.get(asked.sku()), actor, requestedBy, context));
        }
        // every operation the store can take is put to the rules at once, and their decisions kept in a few statements
        List<PolicyService.Question> questions = drafts.stream().map(Drafted::question).filter(Objects::nonNull).toList();
        Iterator<Decision> answers = policy.decideAll(tenantId, questions, settings).iterator();
        List<ChangeOperation> operations = drafts.stream().map(draft -> draft.question() == null ? draft.refused()
                : draft.decided(OperationDecision.of(answers.next()))).toList();
        List<Decision> batches = batchDecisions(tenantId, id, operations, actor, requestedBy, context, settings);
        Instant now = clock.instant();
        int refused = (int) operations.stream().filter(operation -> operation.status() == ChangeOperation.Status.REFUSED).count();
        Changeset changeset = new Changeset(id, tenantId, requestedBy, request.note(), idempotencyKey,
                refused == operations.size() ? ChangesetStatus.REFUSED : ChangesetStatus.BUILT, overall(operations, batches),
                operations.size(), refused, request.context(), null, rollbackOf, now, now);
        if (!changesets.add(changeset, operations)) {
            // the same request, sent twice at once: the other one was kept first
            return changesets.findByIdempotencyKey(tenantId, idempotencyKey).orElseThrow();
        }
        if (request.context() != null) {
            // once per changeset kept: the same request sent again is not a second turn of the conversation
            sessions.record(tenantId, requestedBy, request.context().figures(),
                    SessionHistory.escalated(changeset.decision().firedRules()), now);
        }
        return changeset;
    }

    /**
     * The products as the store shows them now, through the catalogue connector's retries and circuit, by the
     * changeset's reader: a read-only delegation, its uses recorded for the receipt.
     */
    private Map<String, Product> read(String tenantId, String changesetId, List<String> skus) {
        CommerceConnector reader = delegations.store(delegations.issue(tenantId, changesetId, Component.READER));
        return calls.call(tenantId, Capability.CATALOGUE.key(), () -> reader.getProducts(tenantId, skus), (attempt, kind, message, wait) -> {
            // nothing to record: a read for a changeset being built is not a step of any run
        });
    }

    /** An operation worked out against the product, before the rules are asked: {@code question} null if refused already. */
    private record Drafted(int seq, OperationSpec asked, Product current, CatalogueEdit edit, List<String> problems,
                           PolicyService.Question question) {

        ChangeOperation refused() {
            return new ChangeOperation(seq, asked, ProductState.of(current), null, OperationSpec.undoing(asked.kind(), current), problems,
                    null, ChangeOperation.Status.REFUSED);
        }

        ChangeOperation decided(OperationDecision decision) {
            return new ChangeOperation(seq, asked, ProductState.of(current), ProductState.after(current, edit),
                    OperationSpec.undoing(asked.kind(), current), List.of(), decision,
                    decision.allowed() ? ChangeOperation.Status.PROPOSED : ChangeOperation.Status.REFUSED);
        }
    }

    private static Drafted draft(String changesetId, int seq, OperationSpec asked, Product current, Actor actor, String requestedBy,
                                 ConversationContext context) {
        CatalogueEdit edit = asked.edit(current);
        List<String> problems = edit == null ? List.of("There is no product with SKU " + asked.sku() + " in the catalogue")
                : edit.problems(current);
        if (!problems.isEmpty()) {
            return new Drafted(seq, asked, current, edit, problems, null);
        }
        OperationRequest request = edit.proposal(current).asked(asked.kind().operation(), null, asked.sku(), actor, null,
                new Requester(requestedBy), null, context);
        return new Drafted(seq, asked, current, edit, problems, new PolicyService.Question("changeset:" + changesetId + ":" + seq, request));
    }

    /** The rules on each kind of change as a whole: one write of that many records (the bulk threshold's business). */
    private List<Decision> batchDecisions(String tenantId, String changesetId, List<ChangeOperation> operations, Actor actor,
                                          String requestedBy, ConversationContext context, Map<String, String> settings) {
        Map<OperationKind, Integer> counts = new EnumMap<>(OperationKind.class);
        operations.stream().filter(operation -> operation.status() == ChangeOperation.Status.PROPOSED)
                .forEach(operation -> counts.merge(operation.asked().kind(), 1, Integer::sum));
        List<PolicyService.Question> batches = new ArrayList<>();
        counts.forEach((kind, records) -> batches.add(new PolicyService.Question("changeset:" + changesetId + ":" + kind.code(),
                new OperationRequest(kind.operation(), null, null, records, null, null, null, null, null, actor, null,
                        new Requester(requestedBy), null, context))));
        return policy.decideAll(tenantId, batches, settings);
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
