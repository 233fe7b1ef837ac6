package io.commerceresolver.playbook.process;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.RefundPlaybook;

/**
 * Service-task targets of processes/refund_order.bpmn. The BPMN names this class and its methods, so they are
 * public API: keep the names, and keep them thin.
 */
@Component
public class RefundOrderTasks {

    private final RefundPlaybook playbook;

    /**
     * Kogito's generated handlers also offer a constructor for use without dependency injection, which needs this
     * one to compile. Under Spring the injecting constructor below is the one used.
     */
    public RefundOrderTasks() {
        this(null);
    }

    @Autowired
    public RefundOrderTasks(RefundPlaybook playbook) {
        this.playbook = playbook;
    }

    public void getOrder(String tenantId, String runId) {
        playbook.getOrder(tenantId, runId);
    }

    public String checkEligibility(String tenantId, String runId) {
        return playbook.checkEligibility(tenantId, runId);
    }

    public String requestApproval(String tenantId, String runId) {
        return playbook.requestApproval(tenantId, runId);
    }

    public Boolean recordApprovalOutcome(String tenantId, String runId) {
        return playbook.recordApprovalOutcome(tenantId, runId);
    }

    public void createReturnLabel(String tenantId, String runId) {
        playbook.createReturnLabel(tenantId, runId);
    }

    public void issueRefund(String tenantId, String runId) {
        playbook.issueRefund(tenantId, runId);
    }

    public void verifyRefund(String tenantId, String runId) {
        playbook.verifyRefund(tenantId, runId);
    }

    public void notifyCustomer(String tenantId, String runId) {
        playbook.notifyCustomer(tenantId, runId);
    }

    public void finish(String tenantId, String runId) {
        playbook.finish(tenantId, runId);
    }

    public void decline(String tenantId, String runId) {
        playbook.decline(tenantId, runId);
    }
}
