package io.commerceresolver.receipt;

import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunObserver;
import io.commerceresolver.playbook.ToolCalls;

/**
 * Asks for a run's receipt when it ends having written to the store, in the transaction that ends it. Runs of the
 * changeset playbook are left to the changeset feature, which seals them as changeset receipts.
 */
public class RunSealer implements RunObserver {

    /** The changeset playbook's name; this feature cannot ask the changeset feature, which builds on it. */
    static final String CHANGESET_PLAYBOOK = "changeset";

    private final ToolCalls calls;
    private final ReceiptSealing sealing;

    public RunSealer(ToolCalls calls, ReceiptSealing sealing) {
        this.calls = calls;
        this.sealing = sealing;
    }

    @Override
    public void runChanged(AgentRun run, String detail) {
        if (!run.status().isFinal() || CHANGESET_PLAYBOOK.equals(run.playbook())) {
            return;
        }
        if (RunReceipts.wroteAny(calls.forRun(run.tenantId(), run.id()))) {
            sealing.seal(run.tenantId(), ReceiptRecord.Kind.RUN, run.id());
        }
    }
}
