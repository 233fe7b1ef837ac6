package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.changeset.ChangeOperation;
import io.commerceresolver.changeset.Changeset;
import io.commerceresolver.changeset.ChangesetBuilder;
import io.commerceresolver.changeset.ChangesetRequest;
import io.commerceresolver.changeset.ChangesetRollbacks;
import io.commerceresolver.changeset.ChangesetRuns;
import io.commerceresolver.changeset.ChangesetStatus;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.changeset.OperationSpec;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.ReceiptVerifier;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.user.UserDirectory;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * A changeset from the merchandiser's request to its receipt, through the services the API calls (the Cucumber context
 * has no web server): the store and its people are the ones {@link CatalogueSteps} and {@link HandoffSteps} made.
 * "The changeset" is the last one asked for, a rollback included.
 */
public class ChangesetSteps {

    private static final long PATIENCE_MILLIS = 30_000;

    @Autowired
    TicketSteps tickets;
    @Autowired
    ChangesetBuilder builder;
    @Autowired
    ChangesetRuns runs;
    @Autowired
    ChangesetRollbacks rollbacks;
    @Autowired
    Changesets changesets;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    UserDirectory users;
    @Autowired
    CommerceConnector store;
    @Autowired
    PlaybookRuns playbookRuns;
    @Autowired
    ReceiptStore receipts;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    MailOutbox mail;

    private String changesetId;
    private Map<String, BigDecimal> pricesBefore = Map.of();

    @When("{string} asks for these stock counts:")
    public void asksForStock(String who, List<Map<String, String>> rows) {
        ask(who, rows.stream().map(row -> OperationSpec.stock(row.get("sku"), Integer.parseInt(row.get("stock")))).toList());
    }

    @When("{string} asks for {bigdecimal} % off the price of these products:")
    public void asksForPercentOff(String who, BigDecimal percent, List<String> skus) {
        pricesBefore = new LinkedHashMap<>();
        skus.forEach(sku -> pricesBefore.put(sku, asStore(() -> store.getProduct(tenantId(), sku)).orElseThrow().price()));
        ask(who, skus.stream().map(sku -> OperationSpec.adjustPrice(sku, percent.negate())).toList());
    }

    @When("{string} confirms the changeset")
    public void confirms(String who) {
        assertThat(asStore(() -> runs.confirm(tenantId(), changesetId, who, false)).status()).isEqualTo(ChangesetStatus.CONFIRMED);
    }

    @When("{string} approves the changeset")
    public void approves(String who) {
        asStore(() -> approvals.decide(person(who), approval().id(), true, "Checked the counts"));
    }

    @When("the store's own staff set the stock of {string} to {int}")
    public void storeSetsStock(String sku, int stock) {
        asStore(() -> store.updateInventory(tenantId(), sku, stock, "store-staff:" + UUID.randomUUID()));
    }

    @When("{string} asks for the rollback of the changeset")
    public void asksForRollback(String who) {
        String rolledBack = changesetId;
        changesetId = asStore(() -> rollbacks.rollback(tenantId(), rolledBack, who)).id();
        assertThat(changeset().rollbackOf()).isEqualTo(rolledBack);
    }

    @Then("the changeset is tier {int} and needs a(n) {string}")
    public void tierAndApprover(int tier, String role) {
        Changeset changeset = changeset();
        assertThat(changeset.status()).isEqualTo(ChangesetStatus.BUILT);
        assertThat(changeset.decision().tier()).isEqualTo(tier);
        assertThat(changeset.decision().approvalRequired()).isTrue();
        assertThat(changeset.decision().approverRole()).isEqualTo(role);
    }

    /** The reasons the rules gave (a stored changeset keeps its reasons; the rules that fired stay with each decision). */
    @Then("the changeset was made tier {int} because {string}")
    public void tierBecause(int tier, String reason) {
        assertThat(changeset().decision().tier()).isEqualTo(tier);
        assertThat(changeset().decision().reasons()).contains(reason);
    }

    @Then("the rollback undoes the {int} change(s) that was/were written, and is tier {int} and needs a(n) {string}")
    public void rollbackUndoes(int changes, int tier, String role) {
        assertThat(changeset().toWrite()).isEqualTo(changes);
        tierAndApprover(tier, role);
    }

    @Then("the changeset waits for approval by a(n) {string}")
    public void waitsForApproval(String role) {
        assertThat(changeset().status()).isEqualTo(ChangesetStatus.CONFIRMED);
        Approval approval = approval();
        assertThat(approval.outcome()).isEqualTo(ApprovalOutcome.PENDING);
        assertThat(approval.approverRole()).isEqualTo(role);
    }

    @Then("{string} may not decide the changeset, having asked for it")
    @Then("{string} may not decide the changeset, being only an approver")
    public void mayNotDecide(String who) {
        assertThatThrownBy(() -> asStore(() -> approvals.decide(person(who), approval().id(), true, null))).isInstanceOf(Forbidden.class);
        assertThat(approval().outcome()).isEqualTo(ApprovalOutcome.PENDING);
    }

    @Then("the changeset was approved once, by {string}")
    public void approvedOnceBy(String who) {
        assertThat(approval().outcome()).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(approval().decidedBy()).isEqualTo("user:" + who);
    }

    @Then("the changeset is written and every product read back shows it: {int} written, {int} read back")
    public void writtenAndReadBack(int written, int readBack) {
        Changeset sealed = ended();
        assertThat(sealed.status()).as(sealed.outcome()).isEqualTo(ChangesetStatus.VERIFIED);
        assertThat(sealed.progress()).isEqualTo(new Changeset.Progress(written, 0, 0, readBack, 0));
        assertThat(operations()).allSatisfy(operation -> {
            assertThat(operation.status()).isEqualTo(ChangeOperation.Status.WRITTEN);
            assertThat(operation.written().verified()).as(operation.asked().sku() + " read back").isTrue();
        });
    }

    @Then("every one of those products is priced {bigdecimal} % lower than before, to the cent")
    public void pricedLower(BigDecimal percent) {
        BigDecimal share = BigDecimal.valueOf(100).subtract(percent).movePointLeft(2);
        assertThat(pricesBefore).isNotEmpty().allSatisfy((sku, before) -> assertThat(asStore(() -> store.getProduct(tenantId(), sku))
                .orElseThrow().price()).as(sku).isEqualByComparingTo(before.multiply(share).setScale(2, RoundingMode.HALF_UP)));
    }

    @Then("the changeset stops part way because {string}")
    public void stopsPartWay(String why) {
        Changeset stopped = ended();
        assertThat(stopped.status()).isEqualTo(ChangesetStatus.PARTIAL);
        assertThat(stopped.outcome()).contains(why);
    }

    @Then("its changes ended as:")
    public void changesEndedAs(List<Map<String, String>> rows) {
        assertThat(operations()).extracting(operation -> operation.asked().sku() + " " + operation.status())
                .containsExactlyElementsOf(rows.stream().map(row -> row.get("sku") + " " + row.get("outcome")).toList());
    }

    @Then("the changeset offers its rollback")
    public void offersRollback() {
        assertThat(changeset().outcome()).contains("POST /api/v1/changesets/" + changesetId + "/rollback undoes what was written");
    }

    @Then("the changeset's receipt verifies, and so does the store's receipt chain")
    public void receiptVerifies() {
        String receiptId = ended().receiptId();
        assertThat(asStore(() -> verifier.verify(tenantId(), receiptId)).problems()).isEmpty();
        assertThat(asStore(() -> verifier.verifyChain(tenantId())).firstBroken()).isNull();
    }

    @Then("the changeset's receipt names {string} and {string}")
    public void receiptNames(String one, String other) {
        assertThat(asStore(() -> receipts.find(tenantId(), ended().receiptId())).orElseThrow().body()).contains(one, other);
    }

    @Then("{string} and {string} are mailed a summary naming the receipt")
    public void summaryMailed(String requester, String approver) {
        Changeset sealed = ended();
        List<OutboxMail> summaries = asStore(() -> mail.findByTenant(tenantId())).stream()
                .filter(sent -> sent.subject().startsWith("Changeset " + changesetId)).toList();
        assertThat(summaries).extracting(OutboxMail::toAddress).containsExactlyInAnyOrder(requester, approver);
        assertThat(summaries).allSatisfy(sent -> assertThat(sent.body()).contains(sealed.receiptId()));
    }

    @Then("the changeset's run is completed")
    public void runCompleted() {
        assertThat(run()).isEqualTo(RunStatus.COMPLETED);
    }

    @Then("the changeset's run is handed over")
    public void runHandedOver() {
        assertThat(run()).isEqualTo(RunStatus.HANDED_OVER);
    }

    /** Built and decided as the API builds it; nothing is written. */
    void ask(String who, List<OperationSpec> operations) {
        changesetId = asStore(() -> builder.build(tenantId(), who, null, new ChangesetRequest(operations, null, null))).id();
    }

    Changeset changeset() {
        return asStore(() -> changesets.find(tenantId(), changesetId)).orElseThrow();
    }

    Approval approval() {
        return asStore(() -> approvals.forRun(tenantId(), changeset().runId())).orElseThrow();
    }

    /** The person as signed in: their roles are the ones the store gave them. */
    Caller person(String who) {
        return asStore(() -> users.activeUser(tenantId(), who)).orElseThrow(() -> new AssertionError("no person " + who));
    }

    /**
     * The changeset once it has ended, its receipt is sealed and its run has finished (the summary mail goes out just
     * before): the writer, the read-back and the seal are jobs that work after the approval has answered.
     */
    Changeset ended() {
        long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            Changeset changeset = changeset();
            if (changeset.receiptId() != null && isFinished(changeset)) {
                return changeset;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("Changeset " + changesetId + " still " + changeset.status() + " (receipt " + changeset.receiptId()
                        + ") after " + PATIENCE_MILLIS + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private boolean isFinished(Changeset changeset) {
        RunStatus status = asStore(() -> playbookRuns.get(tenantId(), changeset.runId())).status();
        return status != RunStatus.RUNNING && status != RunStatus.WAITING_APPROVAL && status != RunStatus.PARKED;
    }

    private RunStatus run() {
        return asStore(() -> playbookRuns.get(tenantId(), ended().runId())).status();
    }

    private List<ChangeOperation> operations() {
        return asStore(() -> changesets.operations(tenantId(), changesetId, 0, ChangesetRequest.MOST_OPERATIONS));
    }

    String tenantId() {
        return tickets.tenantId();
    }

    <T> T asStore(Supplier<T> work) {
        return TenantScope.of(tenantId(), work);
    }
}
