package io.commerceresolver.ticket.infrastructure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;


import io.commerceresolver.intent.Entities;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.Intent;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;

@Component
class TicketsDatabase implements Tickets {

    private static final int MAX_ORDER_ID = 100;

    private final TicketMapper mapper;
    private final StoredJson json;
    private final Clock clock;
    private final DuplicateSafeInsert duplicateSafe;

    TicketsDatabase(TicketMapper mapper, StoredJson json, Clock clock, DataSource dataSource) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean insertIfAbsent(Ticket t) {
        TicketMapper.TicketRow row = new TicketMapper.TicketRow(t.id(), t.tenantId(), t.source(), t.externalId(), t.customerEmail(),
                t.subject(), t.text(), t.status(), t.statusDetail(), null, null, null, null, null, t.correlationId(),
                t.createdAt(), t.updatedAt(), t.submittedBy(), null, null);
        // NOT EXISTS in the insert handles a redelivery; the unique key and savepoint handle two at the same moment
        return duplicateSafe.insertIfAbsent(() -> mapper.insertIfAbsent(row));
    }

    @Override
    public Optional<Ticket> findById(String tenantId, String ticketId) {
        return mapper.findById(tenantId, ticketId).map(this::ticket);
    }

    @Override
    public Optional<Ticket> findBySource(String tenantId, String source, String externalId) {
        return mapper.findBySource(tenantId, source, externalId).map(this::ticket);
    }

    @Override
    public void recordDecision(String tenantId, String ticketId, String decisionId) {
        mapper.updateDecision(tenantId, ticketId, decisionId);
    }

    @Override
    public void recordIntent(String tenantId, String ticketId, ExtractedIntent intent) {
        mapper.updateIntent(tenantId, ticketId, intent.intent().code(), json.write(intent.entities()),
                BigDecimal.valueOf(intent.confidence()), intent.extractor(), searchableOrderId(intent.entities().orderId()), clock.instant());
    }

    /** The order id as the inbox finds it (ticket.order_id, V26); one too long for the column is only kept in the entities. */
    private static String searchableOrderId(String orderId) {
        return orderId == null || orderId.isBlank() || orderId.length() > MAX_ORDER_ID ? null : orderId.strip();
    }

    @Override
    public boolean takeOver(String tenantId, String ticketId, String from, String to) {
        return mapper.takeOver(tenantId, ticketId, from, to, clock.instant()) == 1;
    }

    @Override
    public void recordLanguage(String tenantId, String ticketId, String language) {
        mapper.updateLanguage(tenantId, ticketId, language);
    }

    @Override
    public void assign(String tenantId, String ticketId, String assignee) {
        mapper.updateAssignee(tenantId, ticketId, assignee, clock.instant());
    }

    @Override
    public Map<String, Integer> openTicketsByAssignee(String tenantId) {
        Map<String, Integer> held = new HashMap<>();
        mapper.openTicketsByAssignee(tenantId).forEach(count -> held.put(count.assignee(), (int) count.tickets()));
        return held;
    }

    @Override
    public boolean closeHandedOver(String tenantId, String ticketId, TicketStatus status, String detail) {
        return mapper.closeHandedOver(tenantId, ticketId, status, detail, clock.instant()) == 1;
    }

    @Override
    public void updateStatus(String tenantId, String ticketId, TicketStatus status, String detail) {
        mapper.updateStatus(tenantId, ticketId, status, detail, clock.instant());
    }

    private Ticket ticket(TicketMapper.TicketRow r) {
        ExtractedIntent intent = r.intent() == null ? null
                : new ExtractedIntent(Intent.fromCode(r.intent()), r.entities() == null ? Entities.none() : json.read(r.entities(), Entities.class), r.confidence().doubleValue(), r.extractor());
        return new Ticket(r.id(), r.tenantId(), r.source(), r.externalId(), r.customerEmail(), r.subject(), r.text(), r.status(),
                r.statusDetail(), intent, r.decisionId(), r.correlationId(), r.createdAt(), r.updatedAt(), r.submittedBy(),
                r.language(), r.assignee());
    }
}
