package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.changeset.OperationSpec;
import io.commerceresolver.receipt.ChainVerification;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.receipt.ReceiptVerifier;
import io.commerceresolver.support.TableOwner;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The store's receipt chain, made by real changesets ({@link ChangesetSteps}) and changed behind the service's back. */
public class ReceiptSteps {

    /** The product every changeset of the chain counts, so that each receipt names it. */
    private static final String SKU = "TEE-ORG-BLK-M";

    @Autowired
    ChangesetSteps changesets;
    @Autowired
    ReceiptStore receipts;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    TableOwner tableOwner;

    private Receipt changed;

    @Given("{string} has had {int} changesets approved by {string}, written and sealed")
    public void sealedChangesets(String requester, int count, String approver) {
        for (int i = 1; i <= count; i++) {
            changesets.ask(requester, List.of(OperationSpec.stock(SKU, 10 + i)));
            changesets.confirms(requester);
            changesets.approves(approver);
            assertThat(changesets.ended().receiptId()).isNotNull();
        }
    }

    @Given("the store's receipt chain verifies")
    public void chainVerifies() {
        assertThat(chain()).isEqualTo(new ChainVerification(lastSeq(), true, null));
    }

    /** One letter of the SKU the receipt names, as someone with write access to the database could change it. */
    @When("one byte of the {word} receipt is changed where it is stored")
    public void changeOneByte(String which) {
        long seq = switch (which) {
            case "first" -> 1;
            case "middle" -> (1 + lastSeq()) / 2;
            case "last" -> lastSeq();
            default -> throw new IllegalArgumentException("Which receipt is '" + which + "'? first, middle or last");
        };
        String tenantId = changesets.tenantId();
        changed = changesets.asStore(() -> receipts.findBySeq(tenantId, seq)).orElseThrow();
        int at = changed.body().indexOf(SKU) + SKU.length() - 1;
        String body = changed.body().substring(0, at) + (char) (changed.body().charAt(at) + 1) + changed.body().substring(at + 1);
        assertThat(tableOwner.update("UPDATE receipt SET body = ? WHERE tenant_id = ? AND id = ?", body, tenantId, changed.id())).isEqualTo(1);
    }

    @Then("verifying the store's receipt chain reports that receipt as the first broken link: {string}")
    public void firstBrokenLink(String problem) {
        ChainVerification verification = chain();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(new ChainVerification.BrokenLink(changed.seq(), changed.id(), problem));
    }

    @Then("the receipts before it were checked and hold")
    public void receiptsBeforeHold() {
        String tenantId = changesets.tenantId();
        assertThat(chain().checked()).isEqualTo(changed.seq());
        for (long seq = 1; seq < changed.seq(); seq++) {
            long before = seq;
            Receipt receipt = changesets.asStore(() -> receipts.findBySeq(tenantId, before)).orElseThrow();
            assertThat(changesets.asStore(() -> verifier.verify(tenantId, receipt.id())).problems()).as("receipt " + seq).isEmpty();
        }
    }

    private ChainVerification chain() {
        return changesets.asStore(() -> verifier.verifyChain(changesets.tenantId()));
    }

    private long lastSeq() {
        return changesets.asStore(() -> receipts.head(changesets.tenantId())).orElseThrow().seq();
    }
}
