package io.commerceresolver.playbook;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRouting;
import io.commerceresolver.security.Role;
import io.commerceresolver.user.AppUser;
import io.commerceresolver.user.UserDirectory;

/**
 * The step of processes/human_handoff.bpmn that gives a ticket to a person: the rules say to whom (a person, or a team
 * and a language), the team member holding the fewest open tickets takes it, the ticket is assigned and that person
 * mailed its story. It runs in the transaction of the step, so the assignment, the mail in the outbox and the story's
 * event are kept together or not at all. A shadow run only records whom it would have given the ticket to.
 */
public class HandOver {

    /** The playbook the rules choose for a ticket no other playbook can take (rules/playbook-selection.drl). */
    public static final String HUMAN_HANDOFF = "human_handoff";

    private final PlaybookRuns runs;
    private final RunPolicy policy;
    private final HandoffTickets tickets;
    private final UserDirectory users;
    private final MailOutbox staffMail;
    private final EventLog events;
    private final Decisions decisions;

    public HandOver(PlaybookRuns runs, RunPolicy policy, HandoffTickets tickets, UserDirectory users, MailOutbox staffMail,
                    EventLog events, Decisions decisions) {
        this.decisions = decisions;
        this.runs = runs;
        this.policy = policy;
        this.tickets = tickets;
        this.users = users;
        this.staffMail = staffMail;
        this.events = events;
    }

    public void handOver(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        AgentRun agentRun = run.run();
        HandoffTickets.Reading reading = tickets.reading(tenantId, agentRun.ticketId());
        String language = reading.language() == null ? Handoff.UNDETERMINED_LANGUAGE : reading.language();
        String cause = cause(run, reading);
        if (Handoff.TRIAGE.equals(cause) || Handoff.STORE_EVENT.equals(cause)) {
            // the run's reasons are the ticket's: why the rules gave it to a person, for its status and the person
            decisions.findById(tenantId, agentRun.decisionId()).ifPresent(triage -> run.state().addReasons(triage.reasons()));
            runs.saveState(agentRun);
        }
        HandoffRouting routing = policy.routeHandoff(run, new Handoff(cause, reading.intent(), language, agentRun.playbook(),
                reading.confidence(), reading.orderNamed()));
        Choice choice = choose(tenantId, routing);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("cause", cause);
        payload.put("language", language);
        payload.put("team", routing.team());
        payload.put("assignee", choice.person().map(AppUser::username).orElse(null));
        payload.put("why", choice.why());
        payload.put("reasons", routing.reasons());
        payload.put("firedRules", routing.firedRules());
        payload.put("rulesVersion", routing.rulesVersion());
        if (run.state().isShadow()) {
            payload.put("shadow", "would hand the ticket to this person and mail them; a shadow run assigns nobody");
            events.runEvent(agentRun, "note", "hand_over", payload);
            return;
        }
        choice.person().ifPresent(person -> {
            tickets.assign(tenantId, agentRun.ticketId(), person.username());
            if (person.username().contains("@")) {
                mail(agentRun, reading, cause, person, run.state().getReasons());
                payload.put("mailed", true);
            }
        });
        events.runEvent(agentRun, "handed_over", "hand_over", payload);
    }

    /** Why the ticket comes to a person, as a code the rules route by. */
    private static String cause(RunContext run, HandoffTickets.Reading reading) {
        if (HUMAN_HANDOFF.equals(run.run().playbook())) {
            return reading.openedByStore() ? Handoff.STORE_EVENT : Handoff.TRIAGE;
        }
        RunState state = run.state();
        if (state.getApproval() != null && ApprovalOutcome.EXPIRED.name().equals(state.getApproval().outcome())) {
            return Handoff.APPROVAL_EXPIRED;
        }
        if (state.getVerification() != null && !state.getVerification().passed()) {
            return Handoff.NOT_REPAIRED;
        }
        return Handoff.STEP_REFUSED;
    }

    private record Choice(Optional<AppUser> person, String why) {
    }

    /**
     * The person the rules name, if they are an active user of the tenant; otherwise, of the team's active members,
     * those who read the language the rules ask for (all of them when none does), the one holding the fewest open
     * tickets, the first by name among equals.
     */
    private Choice choose(String tenantId, HandoffRouting routing) {
        List<AppUser> people = users.all(tenantId).stream().filter(AppUser::isActive).toList();
        if (routing.person() != null) {
            return people.stream().filter(user -> user.username().equals(routing.person())).findFirst()
                    .map(user -> new Choice(Optional.of(user), "The rules name " + user.username()))
                    .orElseGet(() -> new Choice(Optional.empty(), "The rules name " + routing.person()
                            + ", who is not an active user of the tenant; nobody is assigned"));
        }
        Optional<Role> team = Role.fromCode(routing.team());
        if (team.isEmpty()) {
            return new Choice(Optional.empty(), routing.team() == null ? "No rule names a person or a team; nobody is assigned"
                    : "The rules name the team '" + routing.team() + "', which is not a role; nobody is assigned");
        }
        List<AppUser> members = people.stream().filter(user -> user.roles().contains(team.get())).toList();
        if (members.isEmpty()) {
            return new Choice(Optional.empty(), "Nobody active has the role '" + routing.team() + "'; nobody is assigned");
        }
        List<AppUser> readers = routing.language() == null ? members
                : members.stream().filter(user -> user.reads(routing.language())).toList();
        List<AppUser> pool = readers.isEmpty() ? members : readers;
        Map<String, Integer> held = tickets.openTicketsByAssignee(tenantId);
        AppUser chosen = pool.stream()
                .min(Comparator.comparingInt((AppUser user) -> held.getOrDefault(user.username(), 0)).thenComparing(AppUser::username))
                .orElseThrow();
        String reads = routing.language() == null ? ""
                : readers.isEmpty() ? "; nobody of the team reads '" + routing.language() + "'" : ", reading '" + routing.language() + "'";
        return new Choice(Optional.of(chosen), "Of the " + pool.size() + " of team '" + routing.team() + "'" + reads + ", "
                + chosen.username() + " holds the fewest open tickets (" + held.getOrDefault(chosen.username(), 0) + ")");
    }

    /** The ticket's story for the person who takes it: why it came to them and everything that happened to it. */
    private void mail(AgentRun run, HandoffTickets.Reading reading, String cause, AppUser person, List<String> reasons) {
        StringBuilder body = new StringBuilder()
                .append("A ticket is yours to take: ").append(reading.subject()).append("\n\n")
                .append("Why a person: ").append(cause).append(reasons.isEmpty() ? "" : " - " + String.join("; ", reasons)).append('\n')
                .append("Read as: ").append(reading.intent()).append(" (confidence ").append(reading.confidence()).append("), written in ")
                .append(reading.language()).append("\n\nIts story so far:\n");
        for (Event event : events.story(run.tenantId(), run.ticketId())) {
            body.append(event.ts()).append("  ").append(event.type()).append(event.step() == null ? "" : " [" + event.step() + "]")
                    .append("  ").append(event.payload()).append('\n');
        }
        body.append("\nThe whole ticket: GET /api/v1/tickets/").append(run.ticketId());
        staffMail.enqueue(run.tenantId(), "handoff:" + run.id() + ":" + person.username(), person.username(),
                "Ticket for you: " + reading.subject(), body.toString());
    }
}
