package io.commerceresolver.playbook;

/**
 * What a run sets out to do, fixed when it starts and made by its playbook's declaration from the ticket. Most
 * playbooks work on one order for the person who asked; each adds what else it needs. A catalogue change works on a
 * product and names no order.
 */
public interface Plan {

    /** The order the run works on; null for a run on no order. */
    String orderId();

    String requesterEmail();

    /** What the run's writes take turns on (rules see one write to it at a time): its order, by default. */
    default String lockKey() {
        return orderId();
    }

    /** What the run works on, as an approver reads it: "order 1003", "SKU TEE-ORG-BLK-M". */
    default String subject() {
        return "order " + orderId();
    }
}
