package io.commerceresolver.playbook;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Appends to a ticket's story. Every step of intake and of every playbook writes here. */
public class EventLog {

    private final Events events;
    private final Clock clock;

    public EventLog(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void ticketEvent(String tenantId, String ticketId, String correlationId, String type, Map<String, Object> payload) {
        events.append(new Event(null, tenantId, ticketId, null, clock.instant(), type, null, correlationId, payload));
    }

    public void runEvent(AgentRun run, String type, String step, Map<String, Object> payload) {
        events.append(new Event(null, run.tenantId(), run.ticketId(), run.id(), clock.instant(), type, step,
                run.correlationId(), payload));
    }

    public List<Event> story(String tenantId, String ticketId) {
        return events.forTicket(tenantId, ticketId);
    }
}
