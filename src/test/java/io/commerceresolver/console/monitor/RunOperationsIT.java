package io.commerceresolver.console.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.audit.AuditEntry;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.ToolCallJobs;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.playbook.tools.OrderQuery;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobKind;

/**
 * The operator's actions over the API: {@code POST /api/v1/runs/{id}/cancel}, {@code .../retry} and
 * {@code POST /api/v1/approvals/{id}/reassign} — what applies, what is refused with a 409 or a 400, idempotence, the
 * audit log, and a store call in flight when its run is cancelled. Shares the console tests' context.
 */
@ConsoleBrowserTest
class RunOperationsIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;
    @Autowired
    TicketIntake intake;
    @Autowired
    TicketQueries ticketQueries;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    ApprovalOperations approvalOperations;
    @Autowired
    CommerceConnector store;
    @Autowired
    ToolCalls calls;
    @Autowired
    ToolCallJobs toolCallJobs;
    @Autowired
    Transactions transactions;
    @Autowired
    StoredJson json;
    @Autowired
    AuditLog audit;

    private TestStores.Store tenant;
    private PlaybookTickets tickets;
    private String operator;
    private String viewer;
    private String approver;

    @BeforeAll
    void helpers() {
        tickets = new PlaybookTickets(intake, new Settling(ticketQueries), runs, approvals, store);
    }

    /** Each test has its own store, so each can use order 1002, which its customer may have refunded above the limit. */
    @BeforeEach
    void newStore() {
        tenant = stores.newStore(Map.of());
        operator = stores.key(tenant, "ops", Role.OPERATIONS);
        viewer = stores.key(tenant, "watcher", Role.VIEWER);
        approver = stores.key(tenant, "lead", Role.APPROVER);
        people.add(tenant, "alice", Role.APPROVER);
        people.add(tenant, "vera", Role.VIEWER);
    }

    @Test
    void aRunWaitingForAnApprovalIsReassignedThenCancelledAndItsApprovalCannotBeDecidedAnyMore() {
        AgentRun run = waitingRun("Order 1002 arrived damaged, please refund $250.00");
        String approvalId = in(() -> approvals.forRun(tenant.tenantId(), run.id()).orElseThrow().id());

        assertThat(post(viewer, "/api/v1/approvals/" + approvalId + "/reassign", "{\"assignee\":\"alice\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> noRole = post(operator, "/api/v1/approvals/" + approvalId + "/reassign", "{\"assignee\":\"vera\"}");
        assertThat(noRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noRole.getBody().get("detail")).asString().contains("does not hold the role 'approver'");
        assertThat(post(operator, "/api/v1/approvals/" + approvalId + "/reassign", "{\"assignee\":\"nobody\"}").getBody().get("detail"))
                .asString().contains("no active person 'nobody'");

        ResponseEntity<Map<String, Object>> reassigned = post(operator, "/api/v1/approvals/" + approvalId + "/reassign", "{\"assignee\":\"alice\"}");
        assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reassigned.getBody()).containsEntry("assignee", "alice").containsEntry("changed", true);
        assertThat(post(operator, "/api/v1/approvals/" + approvalId + "/reassign", "{\"assignee\":\"alice\"}").getBody())
                .as("idempotent").containsEntry("changed", false);
        assertThat(in(() -> approvalOperations.assignee(tenant.tenantId(), approvalId))).contains("alice");

        ResponseEntity<Map<String, Object>> cancelled = post(operator, "/api/v1/runs/" + run.id() + "/cancel", "{\"reason\":\"customer withdrew\"}");
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED").containsEntry("changed", true);
        assertThat(post(operator, "/api/v1/runs/" + run.id() + "/cancel", null).getBody()).as("idempotent")
                .containsEntry("status", "CANCELLED").containsEntry("changed", false);

        assertThat(in(() -> runs.get(tenant.tenantId(), run.id())).status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(in(() -> ticketQueries.view(tenant.tenantId(), run.ticketId())).ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(in(() -> approvals.get(tenant.tenantId(), approvalId)).outcome()).isEqualTo(ApprovalOutcome.EXPIRED);
        ResponseEntity<Map<String, Object>> late = post(approver, "/api/v1/approvals/" + approvalId + "/decision", "{\"approved\":true}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(store.getOrder(tenant.tenantId(), "1002").orElseThrow().refundedTotal()).as("nothing was paid").isZero();

        assertThat(auditFor(run.id())).extracting(AuditEntry::action).containsExactly("run.cancel");
        assertThat(auditFor(approvalId)).extracting(AuditEntry::action).containsExactly("approval.reassign");
        assertThat(auditFor(run.id()).get(0).actor()).isEqualTo("api-key:ops");
    }

    /**
     * A person approves while an operator cancels the same run, again and again: each request either happens or is
     * refused with a 409 (never a 500: both take the run's lock first, so neither deadlocks on the other), and what
     * the approval and the run say afterwards agrees with whichever went first.
     */
    @Test
    void anApprovalDecidedWhileItsRunIsCancelledEndsOneWayOrTheOther() throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                if (round > 0) {
                    newStore();
                }
                AgentRun run = waitingRun("Order 1002 arrived damaged, please refund $250.00");
                String approvalId = in(() -> approvals.forRun(tenant.tenantId(), run.id()).orElseThrow().id());
                CyclicBarrier start = new CyclicBarrier(2);
                Future<ResponseEntity<Map<String, Object>>> decided = both.submit(() -> {
                    start.await();
                    return post(approver, "/api/v1/approvals/" + approvalId + "/decision", "{\"approved\":true}");
                });
                Future<ResponseEntity<Map<String, Object>>> cancelled = both.submit(() -> {
                    start.await();
                    return post(operator, "/api/v1/runs/" + run.id() + "/cancel", "{\"reason\":\"customer withdrew\"}");
                });
                HttpStatus decision = HttpStatus.valueOf(decided.get(60, TimeUnit.SECONDS).getStatusCode().value());
                HttpStatus cancel = HttpStatus.valueOf(cancelled.get(60, TimeUnit.SECONDS).getStatusCode().value());

                assertThat(decision).as("round %d: the decision", round).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
                assertThat(cancel).as("round %d: the cancel", round).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
                ApprovalOutcome outcome = in(() -> approvals.get(tenant.tenantId(), approvalId)).outcome();
                assertThat(outcome).as("round %d", round).isEqualTo(decision == HttpStatus.OK ? ApprovalOutcome.APPROVED : ApprovalOutcome.EXPIRED);
                if (cancel == HttpStatus.OK) {
                    assertThat(in(() -> runs.get(tenant.tenantId(), run.id())).status()).as("round %d", round).isEqualTo(RunStatus.CANCELLED);
                } else {
                    assertThat(decision).as("round %d: only a run the approval let finish cannot be cancelled", round).isEqualTo(HttpStatus.OK);
                }
            }
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    void aCompletedRunIsNeitherCancelledNorRetried() {
        AgentRun run = in(() -> tickets.runFor(tenant.tenantId(), "ann@example.com", "The mug in order #1001 arrived broken. Please refund $49.99."));
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);

        ResponseEntity<Map<String, Object>> cancel = post(operator, "/api/v1/runs/" + run.id() + "/cancel", null);
        assertThat(cancel.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(cancel.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(cancel.getBody().get("detail")).asString().contains("has already ended (completed)");
        ResponseEntity<Map<String, Object>> retry = post(operator, "/api/v1/runs/" + run.id() + "/retry", null);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retry.getBody().get("detail")).asString().contains("not failed");
        assertThat(post(operator, "/api/v1/runs/no-such-run/cancel", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(viewer, "/api/v1/runs/" + run.id() + "/cancel", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditFor(run.id())).isEmpty();
    }

    /**
     * A worker took a store call before the operator cancelled the run; its answer comes back after. The answer is
     * kept (the store did answer), and the run stays cancelled: the step does not revive the aborted process.
     */
    @Test
    void aStoreCallInFlightWhenItsRunIsCancelledKeepsItsAnswerAndDoesNotReviveTheRun() {
        AgentRun run = waitingRun("Order 1002 arrived damaged, please refund $240.00");
        ToolCall inFlight = pendingCall(run, "in-flight");

        assertThat(post(operator, "/api/v1/runs/" + run.id() + "/cancel", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        in(() -> {
            toolCallJobs.handle(new Job("job-in-flight", tenant.tenantId(), JobKind.RUN_STEP, inFlight.idempotencyKey(), Instant.now(), 1));
            return null;
        });

        assertThat(in(() -> calls.find(tenant.tenantId(), inFlight.idempotencyKey())).orElseThrow().status()).isEqualTo(ToolCall.Status.SUCCEEDED);
        assertThat(in(() -> runs.get(tenant.tenantId(), run.id())).status()).isEqualTo(RunStatus.CANCELLED);
    }

    /** A call that failed on every attempt (the worker gave up, the run failed) is sent again under the same key. */
    @Test
    void aFailedStepIsRetriedUnderItsOwnIdempotencyKey() {
        AgentRun run = waitingRun("Order 1002 arrived damaged, please refund $230.00");
        ToolCall failing = pendingCall(run, "given-up");
        in(() -> transactions.inTransaction(() -> {
            toolCallJobs.giveUp(new Job("job-given-up", tenant.tenantId(), JobKind.RUN_STEP, failing.idempotencyKey(), Instant.now(), 5),
                    "store timed out");
            return null;
        }));
        assertThat(in(() -> runs.get(tenant.tenantId(), run.id())).status()).isEqualTo(RunStatus.FAILED);
        assertThat(post(viewer, "/api/v1/runs/" + run.id() + "/retry", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map<String, Object>> retried = post(operator, "/api/v1/runs/" + run.id() + "/retry", null);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("status", "RUNNING").containsEntry("changed", true);
        assertThat(retried.getBody().get("detail")).asString().contains("get_order");
        assertThat(auditFor(run.id())).extracting(AuditEntry::action).containsExactly("run.retry");
        List<ToolCall> made = in(() -> calls.forRun(tenant.tenantId(), run.id()));
        assertThat(made).filteredOn(call -> call.idempotencyKey().equals(failing.idempotencyKey())).singleElement()
                .satisfies(call -> assertThat(call.status()).isIn(ToolCall.Status.PENDING, ToolCall.Status.SUCCEEDED));

        // the fabricated step has no process waiting for it: stop the run before its worker finds that out
        assertThat(post(operator, "/api/v1/runs/" + run.id() + "/cancel", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The run waits for an approval (a refund above the auto-refund limit). */
    private AgentRun waitingRun(String text) {
        AgentRun run = in(() -> tickets.runFor(tenant.tenantId(), "ravi.kumar@example.in", text));
        assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
        return run;
    }

    /** A read the run's process would wait for, recorded PENDING as ToolExecutor records it, and not queued. */
    private ToolCall pendingCall(AgentRun run, String name) {
        String orderId = run.plan().orderId();
        ToolCall call = new ToolCall(tenant.tenantId(), run.id() + ":" + name, run.id(), "get_order", "get_order",
                json.write(new OrderQuery(orderId)), null, ToolCall.Status.PENDING, 0, run.playbook(), run.processInstanceId(),
                "work-item-" + name, Instant.now(), Instant.now());
        in(() -> transactions.inTransaction(() -> calls.insertIfAbsent(call)));
        return call;
    }

    private List<AuditEntry> auditFor(String target) {
        return in(() -> audit.newest(tenant.tenantId(), null, 200)).stream().filter(entry -> target.equals(entry.target())).toList();
    }

    private <T> T in(java.util.function.Supplier<T> work) {
        return TenantScope.of(tenant.tenantId(), work);
    }

    private ResponseEntity<Map<String, Object>> post(String key, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }
}
