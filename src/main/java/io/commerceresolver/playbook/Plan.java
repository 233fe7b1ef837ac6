package io.commerceresolver.playbook;

/**
 * What a run sets out to do, fixed when it starts and made by its playbook's declaration from the ticket. Every
 * playbook here works on one order for the person who asked; each adds what else it needs.
 */
public interface Plan {

    String orderId();

    String requesterEmail();
}
