package io.commerceresolver.ticket;

import java.util.List;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.policy.Decision;

/** Everything about one ticket: itself, the triage decision, its run and that run's decision, the approval, the story. */
public record TicketView(Ticket ticket, Decision decision, AgentRun run, Decision runDecision, Approval approval,
                         List<Event> events) {
}
