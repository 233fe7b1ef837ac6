package io.commerceresolver.playbook;

import java.util.List;

public interface Events {

    void append(Event event);

    List<Event> forTicket(String tenantId, String ticketId);
}
