package io.commerceresolver.playbook.process;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.OrderStatusPlaybook;

/**
 * Service-task targets of processes/order_status.bpmn. The BPMN names this class and its methods, so they are
 * public API: keep the names, and keep them thin.
 */
@Component
public class OrderStatusTasks {

    private final OrderStatusPlaybook playbook;

    /** Needed by the no-injection constructor Kogito generates for its handlers; Spring uses the one below. */
    public OrderStatusTasks() {
        this(null);
    }

    @Autowired
    public OrderStatusTasks(OrderStatusPlaybook playbook) {
        this.playbook = playbook;
    }

    public void getOrder(String tenantId, String runId) {
        playbook.getOrder(tenantId, runId);
    }

    public String checkDisclosure(String tenantId, String runId) {
        return playbook.checkDisclosure(tenantId, runId);
    }

    public void getTracking(String tenantId, String runId) {
        playbook.getTracking(tenantId, runId);
    }

    public void notifyCustomer(String tenantId, String runId) {
        playbook.notifyCustomer(tenantId, runId);
    }

    public void finish(String tenantId, String runId) {
        playbook.finish(tenantId, runId);
    }

    public void handOver(String tenantId, String runId) {
        playbook.handOver(tenantId, runId);
    }
}
