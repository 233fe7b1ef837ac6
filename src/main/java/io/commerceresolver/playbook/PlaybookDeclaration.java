package io.commerceresolver.playbook;

import java.util.List;
import java.util.Set;

import io.commerceresolver.policy.Thresholds;

/**
 * A playbook is its BPMN file (processes/NAME.bpmn) plus this: its name, the only tools its runs may call, and how
 * its typed plan is made from a ticket. Steps, approvals and messages are the BPMN's and the templates' business.
 */
public interface PlaybookDeclaration<P extends Plan> {

    /** The BPMN process id, and the name the rules choose it by (rules/playbook-selection.drl). */
    String name();

    Set<String> tools();

    Class<P> planType();

    P plan(TicketFacts ticket);

    /**
     * The role the resolver acts in for this playbook's runs, as rules/tool-permissions.dmn knows it: a support
     * agent by default.
     */
    default String actsAs() {
        return "agent";
    }

    /**
     * Whether a run reads an order before anything is decided; one that could not read it is declined before the
     * rules are asked. Yes by default.
     */
    default boolean readsAnOrder() {
        return true;
    }

    /**
     * The write the plan asks for, for a BPMN whose Decide step names no operation (one process for several kinds
     * of change); none by default.
     */
    default String plannedOperation(P plan) {
        throw new IllegalStateException("Playbook " + name() + " plans no operation of its own; its Decide steps must name one");
    }

    /**
     * What a run of this playbook would do with a tool, for the rules to judge before it is done: the amount comes
     * from the plan or the store, never from a reader's guess. No money by default.
     */
    default Proposal propose(String tool, P plan, RunState state) {
        return Proposal.NONE;
    }

    /**
     * The same, for a playbook whose sum the tenant's thresholds set (a goodwill credit is a share of the order the
     * rules name): by default the sum does not depend on them.
     */
    default Proposal propose(String tool, P plan, RunState state, Thresholds thresholds) {
        return propose(tool, plan, state);
    }

    /**
     * Why the run cannot do {@code operation} as the ticket asks it (an address that cannot be shipped to, say), one
     * sentence each, read before the rules are asked: the run is declined with these reasons. None by default.
     */
    default List<String> problems(String operation, P plan, RunState state) {
        return List.of();
    }
}
