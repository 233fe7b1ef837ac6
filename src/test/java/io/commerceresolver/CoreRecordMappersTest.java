package io.commerceresolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.approval.infrastructure.ApprovalMapper;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.infrastructure.EventMapper;
import io.commerceresolver.playbook.infrastructure.EventMapper.EventRow;
import io.commerceresolver.playbook.infrastructure.RunMapper;
import io.commerceresolver.playbook.infrastructure.RunMapper.RunRow;
import io.commerceresolver.playbook.infrastructure.ToolCallMapper;
import io.commerceresolver.policy.infrastructure.DecisionMapper;
import io.commerceresolver.policy.infrastructure.DecisionMapper.DecisionRow;
import io.commerceresolver.policy.infrastructure.RuleSetMapper;
import io.commerceresolver.policy.infrastructure.RuleSetMapper.RuleSetRow;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.infrastructure.ReceiptMapper;
import io.commerceresolver.support.AsSchemaOwner;
import io.commerceresolver.tenant.infrastructure.TenantMapper;
import io.commerceresolver.tenant.infrastructure.TenantMapper.KeyRow;
import io.commerceresolver.tenant.infrastructure.TenantMapper.TenantRow;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.infrastructure.TicketMapper;
import io.commerceresolver.ticket.infrastructure.TicketMapper.TicketRow;

/**
 * Every core record's mapper against the real Flyway schema, on H2 and (scripts/test-postgres.sh) PostgreSQL.
 * Each test works in two fresh tenants with random ids, so it also passes on a database that already holds data,
 * and proves the other thing every query owes: a row of tenant A does not exist for tenant B.
 */
@MybatisTest
@AsSchemaOwner
@AutoConfigureTestDatabase(replace = Replace.NONE)
class CoreRecordMappersTest {

    static final Instant T0 = Instant.parse("2025-06-02T10:00:00Z");

    /** Embedded H2 unless the suite runs against PostgreSQL (profile "postgres", see scripts/test-postgres.sh). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:core-record-mappers-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Autowired
    TenantMapper tenants;
    @Autowired
    TicketMapper tickets;
    @Autowired
    DecisionMapper decisions;
    @Autowired
    RunMapper runs;
    @Autowired
    EventMapper events;
    @Autowired
    ApprovalMapper approvals;
    @Autowired
    ToolCallMapper toolCalls;
    @Autowired
    RuleSetMapper ruleSets;
    @Autowired
    ReceiptMapper receipts;

    String tenantA;
    String tenantB;

    @BeforeEach
    void twoTenants() {
        tenantA = newTenant();
        tenantB = newTenant();
    }

    @Test
    void tenantRoundTrip() {
        TenantRow tenant = new TenantRow(uuid("tenant"), "Ann's Hoodies", "{\"maxAutoRefund\":\"250\"}", T0);

        tenants.insert(tenant);

        assertThat(tenants.findById(tenant.tenantId())).contains(tenant);
        assertThat(tenants.findById(uuid("tenant"))).isEmpty();
    }

    @Test
    void anApiKeyIsFoundByItsHashWhileActiveAndByNameOnlyWithinItsTenant() {
        KeyRow key = new KeyRow(uuid(), tenantA, "default", "rk_1234", sha256(), "agent,viewer", "test", T0, null);
        KeyRow revoked = new KeyRow(uuid(), tenantA, "old", "rk_0000", sha256(), "admin", "test", T0, T0.plusSeconds(60));
        tenants.insertKey(key);
        tenants.insertKey(revoked);

        assertThat(tenants.findActiveKeyBySha256(key.sha256())).contains(key);
        assertThat(tenants.findActiveKeyBySha256(revoked.sha256())).isEmpty();
        assertThat(tenants.findKeyByName(tenantA, "default")).contains(key);
        assertThat(tenants.findKeyByName(tenantB, "default")).isEmpty();

        String newSha = sha256();
        tenants.updateKeySecret(tenantB, key.id(), "rk_evil", newSha);
        assertThat(tenants.findActiveKeyBySha256(newSha)).as("another tenant cannot rotate the key").isEmpty();
        tenants.updateKeySecret(tenantA, key.id(), "rk_5678", newSha);
        assertThat(tenants.findActiveKeyBySha256(newSha)).get().extracting(KeyRow::prefix).isEqualTo("rk_5678");
    }

    @Test
    void aTicketIsStoredOncePerSourceId() {
        TicketRow ticket = ticketRow(tenantA, "ext-1");
        TicketRow redelivered = ticketRow(tenantA, "ext-1");

        assertThat(tickets.insertIfAbsent(ticket)).isEqualTo(1);
        assertThat(tickets.insertIfAbsent(redelivered)).isZero();

        assertThat(tickets.findById(tenantA, ticket.id())).contains(ticket);
        assertThat(tickets.findById(tenantA, redelivered.id())).isEmpty();
        assertThat(tickets.findBySource(tenantA, "email", "ext-1")).get().extracting(TicketRow::id).isEqualTo(ticket.id());

    }

    @Test
    void theSameSourceIdInAnotherTenantIsAnotherTicket() {
        tickets.insertIfAbsent(ticketRow(tenantA, "ext-1"));
        TicketRow other = ticketRow(tenantB, "ext-1");

        assertThat(tickets.insertIfAbsent(other)).isEqualTo(1);
        assertThat(tickets.findBySource(tenantB, "email", "ext-1")).get().extracting(TicketRow::id).isEqualTo(other.id());
    }

    @Test
    void aTicketsReadingAndOutcomeAreUpdatedWithinItsTenantOnly() {
        TicketRow ticket = ticket(tenantA);
        DecisionRow decision = decision(tenantA);

        tickets.updateIntent(tenantB, ticket.id(), "cancel_order", "{}", new BigDecimal("0.900"), "keyword", null, T0);
        tickets.updateIntent(tenantA, ticket.id(), "refund_request", "{\"orderId\":\"1001\"}", new BigDecimal("0.750"),
                "keyword", "1001", T0.plusSeconds(1));
        tickets.updateDecision(tenantA, ticket.id(), decision.id());
        tickets.updateStatus(tenantA, ticket.id(), TicketStatus.NEEDS_HUMAN, "no playbook", T0.plusSeconds(2));

        TicketRow read = tickets.findById(tenantA, ticket.id()).orElseThrow();
        assertThat(read.intent()).isEqualTo("refund_request");
        assertThat(read.entities()).isEqualTo("{\"orderId\":\"1001\"}");
        assertThat(read.confidence()).isEqualByComparingTo("0.75");
        assertThat(read.decisionId()).isEqualTo(decision.id());
        assertThat(read.status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(read.statusDetail()).isEqualTo("no playbook");
        assertThat(tickets.findById(tenantB, ticket.id())).isEmpty();
    }

    @Test
    void decisionRoundTrip() {
        DecisionRow decision = decision(tenantA);

        assertThat(decisions.findById(tenantA, decision.id())).contains(decision);
        assertThat(decisions.findById(tenantB, decision.id())).isEmpty();
    }

    @Test
    void aTicketHasOneRun() {
        TicketRow ticket = ticket(tenantA);
        RunRow run = runRow(tenantA, ticket.id());
        RunRow second = runRow(tenantA, ticket.id());

        assertThat(runs.insertIfAbsent(run)).isEqualTo(1);
        assertThat(runs.insertIfAbsent(second)).isZero();

        assertThat(runs.findById(tenantA, run.id())).contains(run);
        assertThat(runs.findByTicket(tenantA, ticket.id())).contains(run);
        assertThat(runs.findById(tenantA, second.id())).isEmpty();
        assertThat(runs.findById(tenantB, run.id())).isEmpty();
        assertThat(runs.findByTicket(tenantB, ticket.id())).isEmpty();
    }

    @Test
    void aRunsProcessResultAndStatusAreUpdatedWithinItsTenantOnly() {
        RunRow run = run(tenantA);

        runs.updateStatus(tenantB, run.id(), RunStatus.FAILED, T0);
        runs.attachProcess(tenantA, run.id(), "process-1");
        runs.updateResult(tenantA, run.id(), "{\"refund\":\"done\"}");
        runs.updateStatus(tenantA, run.id(), RunStatus.COMPLETED, T0.plusSeconds(30));

        RunRow read = runs.findById(tenantA, run.id()).orElseThrow();
        assertThat(read.processInstanceId()).isEqualTo("process-1");
        assertThat(read.result()).isEqualTo("{\"refund\":\"done\"}");
        assertThat(read.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(read.endedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void eventsAreReadInTheOrderTheyWereAppended() {
        TicketRow ticket = ticket(tenantA);
        RunRow run = run(tenantA, ticket.id());
        // the clock is not the order: a later append may carry the same or an earlier timestamp
        for (EventRow event : List.of(event(ticket, run, "decision", T0.plusSeconds(5)), event(ticket, run, "tool_call", T0),
                event(ticket, null, "note", T0))) {
            events.insert(event);
        }

        List<EventRow> story = events.findByTicket(tenantA, ticket.id());

        assertThat(story).extracting(EventRow::type).containsExactly("decision", "tool_call", "note");
        assertThat(story).extracting(EventRow::id).isSorted().doesNotContainNull();
        assertThat(story.get(0)).usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(event(ticket, run, "decision", T0.plusSeconds(5)));
        assertThat(story.get(2).runId()).isNull();
        assertThat(events.findByTicket(tenantB, ticket.id())).isEmpty();
    }

    @Test
    void anApprovalIsRequestedOncePerRunAndDecidedOnce() {
        RunRow run = run(tenantA);
        Approval request = pendingApproval(tenantA, run.id());

        assertThat(approvals.insertIfAbsent(request)).isEqualTo(1);
        assertThat(approvals.insertIfAbsent(pendingApproval(tenantA, run.id()))).as("a retried request").isZero();
        assertThat(approvals.findById(tenantA, request.id())).contains(request);
        assertThat(approvals.findByRun(tenantA, run.id())).contains(request);
        assertThat(approvals.findByOutcome(tenantA, ApprovalOutcome.PENDING, null, 10)).containsExactly(request);

        assertThat(approvals.decide(tenantB, request.id(), ApprovalOutcome.APPROVED, "mallory", "", T0)).isZero();
        assertThat(approvals.decide(tenantA, request.id(), ApprovalOutcome.APPROVED, "bob@shop.example", "fine",
                T0.plusSeconds(60))).isEqualTo(1);
        assertThat(approvals.decide(tenantA, request.id(), ApprovalOutcome.REJECTED, "carol@shop.example", "no",
                T0.plusSeconds(120))).as("a second decision").isZero();

        Approval decided = approvals.findById(tenantA, request.id()).orElseThrow();
        assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("bob@shop.example");
        assertThat(decided.reason()).isEqualTo("fine");
        assertThat(decided.decidedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(approvals.findByOutcome(tenantA, ApprovalOutcome.PENDING, null, 10)).isEmpty();
        assertThat(approvals.findById(tenantB, request.id())).isEmpty();
        assertThat(approvals.findByRun(tenantB, run.id())).isEmpty();
    }

    @Test
    void toolCallRoundTripByIdempotencyKey() {
        RunRow run = run(tenantA);
        ToolCall call = new ToolCall(tenantA, "refund-1001", run.id(), "issue_refund", "issue_refund", "{\"amount\":\"20.00\"}", null,
                ToolCall.Status.PENDING, 0, "refund_order", "pi-1", "wi-1", T0, T0);
        assertThat(toolCalls.insertIfAbsent(call)).isEqualTo(1);
        assertThat(toolCalls.insertIfAbsent(call)).as("the key is taken").isZero();

        assertThat(toolCalls.find(tenantA, "refund-1001")).contains(call);
        assertThat(toolCalls.find(tenantB, "refund-1001")).isEmpty();

        ToolCall succeeded = call.finished(ToolCall.Status.SUCCEEDED, "{\"id\":\"r1\"}", 2, T0.plusSeconds(3));
        toolCalls.update(new ToolCall(tenantB, "refund-1001", null, "issue_refund", "issue_refund", "{}", "{}", ToolCall.Status.FAILED, 9,
                null, null, null, T0, T0));
        toolCalls.update(succeeded);
        assertThat(toolCalls.find(tenantA, "refund-1001")).contains(succeeded);
    }

    @Test
    void theSameIdempotencyKeyInAnotherTenantIsAnotherCall() {
        toolCalls.insertIfAbsent(new ToolCall(tenantA, "k", null, "issue_refund", "s", "{}", null, ToolCall.Status.PENDING, 1, null, null,
                null, T0, T0));
        ToolCall other = new ToolCall(tenantB, "k", null, "get_order", "s", "{}", null, ToolCall.Status.PENDING, 1, null, null, null, T0, T0);

        assertThat(toolCalls.insertIfAbsent(other)).isEqualTo(1);

        assertThat(toolCalls.find(tenantB, "k")).contains(other);
    }

    @Test
    void publishingARuleSetSupersedesOnlyTheSameTenantsActiveVersion() {
        RuleSetRow v1 = ruleSet(tenantA, "aaaaaaaaaaaa", "ACTIVE");
        RuleSetRow v2 = ruleSet(tenantA, "bbbbbbbbbbbb", "PENDING");
        RuleSetRow othersV1 = ruleSet(tenantB, "aaaaaaaaaaaa", "ACTIVE");
        Stream.of(v1, v2, othersV1).forEach(ruleSets::insert);

        ruleSets.markActive(tenantA, v2.version(), "analyst@shop.example", T0.plusSeconds(60), v1.version(), "lead@shop.example");
        ruleSets.supersedeAllBut(tenantA, v2.version());

        assertThat(ruleSets.find(tenantA, v1.version())).get().extracting(RuleSetRow::status).isEqualTo("SUPERSEDED");
        assertThat(ruleSets.find(tenantA, v2.version())).get().extracting(RuleSetRow::status).isEqualTo("ACTIVE");
        assertThat(ruleSets.find(tenantA, v2.version())).get().extracting(RuleSetRow::previousVersion).isEqualTo(v1.version());
        assertThat(ruleSets.findActive(tenantA)).get().extracting(RuleSetRow::version).isEqualTo(v2.version());
        assertThat(ruleSets.list(tenantA)).extracting(RuleSetRow::version).containsExactlyInAnyOrder(v1.version(), v2.version());
        assertThat(ruleSets.find(tenantB, v1.version())).contains(othersV1);
        assertThat(ruleSets.find(tenantB, v2.version())).isEmpty();
    }

    @Test
    void aRunsReceiptRoundTripsWithinItsTenantOnly() {
        RunRow run = run(tenantA);
        Receipt receipt = receipt(tenantA, ReceiptRecord.Kind.RUN, run.id(), 1, Receipt.GENESIS);
        insert(receipt);

        assertThat(receipts.find(tenantA, receipt.id())).contains(receipt);
        assertThat(receipts.findBySeq(tenantA, 1)).contains(receipt);
        assertThat(receipts.findBySubject(tenantA, ReceiptRecord.Kind.RUN, run.id())).contains(receipt);
        assertThat(receipts.findBySubject(tenantA, ReceiptRecord.Kind.CHANGESET, run.id())).isEmpty();
        assertThat(receipts.find(tenantB, receipt.id())).isEmpty();
        assertThat(receipts.findBySeq(tenantB, 1)).isEmpty();
        assertThat(receipts.extents(tenantB, 0, 10)).isEmpty();
        assertThat(receipts.links(tenantB, 0, 10)).isEmpty();
    }

    @Test
    void receiptsArePagedBySeqFromWhereThePreviousPageEnded() {
        Receipt first = receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 1, Receipt.GENESIS);
        Receipt second = receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 2, first.sha256());
        Receipt third = receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 3, second.sha256());
        Stream.of(third, first, second).forEach(this::insert);

        assertThat(receipts.extents(tenantA, 0, 2))
                .containsExactly(new ReceiptMapper.Extent(1, first.body().length()), new ReceiptMapper.Extent(2, second.body().length()));
        assertThat(receipts.extents(tenantA, 3, 2)).isEmpty();
        assertThat(receipts.links(tenantA, 0, 2)).extracting(ReceiptStore.Link::seq).containsExactly(1L, 2L);
        assertThat(receipts.links(tenantA, 2, 3)).singleElement()
                .isEqualTo(new ReceiptStore.Link(third.id(), 3, third.body(), third.sha256(), second.sha256(), null, null));
    }

    @Test
    void theChainHeadIsMadeOnceAndMovesForwardOneByOne() {
        assertThat(receipts.head(tenantA)).isEmpty();
        assertThat(receipts.insertHeadIfAbsent(tenantA, Receipt.GENESIS)).isEqualTo(1);
        assertThat(receipts.insertHeadIfAbsent(tenantA, Receipt.GENESIS)).isZero();
        assertThat(receipts.lockHead(tenantA)).isEqualTo(new ReceiptStore.Head(0, Receipt.GENESIS));

        String sha = sha256();
        assertThat(receipts.advanceHead(tenantA, 1, sha)).isEqualTo(1);
        assertThat(receipts.advanceHead(tenantA, 1, sha256())).as("not from the head it stands at").isZero();
        assertThat(receipts.advanceHead(tenantA, 3, sha256())).as("not past a receipt").isZero();
        assertThat(receipts.head(tenantA)).contains(new ReceiptStore.Head(1, sha));
        assertThat(receipts.head(tenantB)).isEmpty();
    }

    @Test
    void aSecondReceiptChainedToTheSamePredecessorIsRefused() {
        Receipt first = receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 1, Receipt.GENESIS);
        insert(first);
        insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 2, first.sha256()));

        // last statement on purpose: on PostgreSQL a failed statement aborts the test's transaction
        assertThatThrownBy(() -> insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 3, first.sha256())))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aTenantsChainHasOneStart() {
        insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 1, Receipt.GENESIS));

        assertThatThrownBy(() -> insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 2, Receipt.GENESIS)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aSeqIsTakenOnce() {
        insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 1, Receipt.GENESIS));

        assertThatThrownBy(() -> insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, uuid(), 1, sha256())))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aSubjectHasOneReceipt() {
        String changeset = uuid();
        insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, changeset, 1, Receipt.GENESIS));

        assertThatThrownBy(() -> insert(receipt(tenantA, ReceiptRecord.Kind.CHANGESET, changeset, 2, sha256())))
                .isInstanceOf(DuplicateKeyException.class);
    }

    // --- fixtures: each row references only rows of its own tenant, as the foreign keys require ---

    private String newTenant() {
        String tenantId = uuid("test");
        tenants.insert(new TenantRow(tenantId, "Test Store", "{}", T0));
        return tenantId;
    }

    private TicketRow ticketRow(String tenantId, String externalId) {
        return new TicketRow(uuid(), tenantId, "email", externalId, "ann@example.com", "Refund", "Refund order #1001",
                TicketStatus.RECEIVED, null, null, null, null, null, null, uuid(), T0, T0, "api-key:test", null, null);
    }

    private TicketRow ticket(String tenantId) {
        TicketRow ticket = ticketRow(tenantId, uuid("ext"));
        assertThat(tickets.insertIfAbsent(ticket)).isEqualTo(1);
        return ticket;
    }

    private DecisionRow decision(String tenantId) {
        DecisionRow decision = new DecisionRow(uuid(), tenantId, "ticket:T-1", "{\"intent\":\"refund_request\"}", "refund_order",
                2, true, true, "approver", "[\"A refund writes to one order\"]",
                "[\"A refund request for a named order goes to the refund playbook\"]", "0123456789ab", T0);
        decisions.insert(decision);
        return decision;
    }

    private RunRow runRow(String tenantId, String ticketId) {
        return new RunRow(uuid(), tenantId, ticketId, null, "refund_order", RunStatus.RUNNING, 2, null, "corr-1",
                "{\"orderId\":\"1001\"}", null, T0, null);
    }

    private RunRow run(String tenantId) {
        return run(tenantId, ticket(tenantId).id());
    }

    private RunRow run(String tenantId, String ticketId) {
        RunRow run = runRow(tenantId, ticketId);
        assertThat(runs.insertIfAbsent(run)).isEqualTo(1);
        return run;
    }

    private static EventRow event(TicketRow ticket, RunRow run, String type, Instant ts) {
        return new EventRow(null, ticket.tenantId(), ticket.id(), run == null ? null : run.id(), ts, type, "step",
                ticket.correlationId(), "{\"type\":\"" + type + "\"}");
    }

    private static Approval pendingApproval(String tenantId, String runId) {
        return new Approval(uuid(), tenantId, runId, 2, "approver", "ann@example.com", "Refund 150.00 USD on order 1001",
                null, ApprovalOutcome.PENDING, null, T0, null, "pi-1", "api-key:test", T0.plusSeconds(86400), null,
                new Approval.Proposal("issue_refund", new java.math.BigDecimal("150.00"), "USD", "1001", null));
    }

    private static RuleSetRow ruleSet(String tenantId, String version, String status) {
        return new RuleSetRow(tenantId, version, version + "0".repeat(52), "rules", "analyst@shop.example", T0, status,
                "{\"risk-tiers.drl\":\"package rules;\"}", "{}", null, null);
    }

    private void insert(Receipt receipt) {
        receipts.insert(receipt, receipt.body().length());
    }

    private static Receipt receipt(String tenantId, ReceiptRecord.Kind kind, String subjectId, long seq, String prevSha256) {
        return new Receipt(uuid(), tenantId, kind, subjectId, kind == ReceiptRecord.Kind.RUN ? subjectId : null, seq,
                "{\"subject\":\"" + subjectId + "\"}", sha256(), prevSha256, null, null, T0.plusSeconds(seq));
    }

    private static String sha256() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static String uuid(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
