package io.commerceresolver.playbook;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;

/**
 * One tool a playbook step may call: how its request is made from the run, how the store is called with it, and
 * where the answer goes in the run's state. The request is recorded with the call before it is made, and the call
 * is made from the recorded request, so a call taken up again after a crash is the same call.
 *
 * @param <Q> the request, as recorded
 * @param <R> the store's answer
 */
public interface Tool<Q, R> {

    String name();

    /**
     * What of the store the tool calls on: its calls go to the connector the tenant set for it, and pass through that
     * capability's circuit, so that a shipping vendor that is down does not stop refunds at the shop.
     */
    Capability capability();

    Class<Q> requestType();

    Class<R> responseType();

    /** The request for this step; {@code message} is the rendered message for a notification, else null. */
    Q request(RunContext run, Message message);

    /** The sum the call moves, for the rules to judge; none by default. */
    default Proposal proposal(Q request) {
        return Proposal.NONE;
    }

    /** Why there is nothing for this call to do on this run (so it is not made), or null. */
    default String nothingToDo(RunContext run) {
        return null;
    }

    R call(CommerceConnector store, String tenantId, Q request, String idempotencyKey);

    void record(RunState state, String step, R response);

    /** A rendered customer message: subject and body. */
    record Message(String template, String subject, String body) {
    }
}
