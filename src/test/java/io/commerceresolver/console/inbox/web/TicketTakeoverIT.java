package io.commerceresolver.console.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import io.commerceresolver.audit.AuditEntry;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.web.CallerAuthentication;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketTakeover;
import io.commerceresolver.ticket.TicketView;

/**
 * A person takes over a ticket handed to a person: it becomes theirs once, with one audit entry and one line in its
 * story however often they ask; a viewer's request is refused before it reaches the service. (Shares the console
 * browser tests' context; it drives no browser.)
 */
@ConsoleBrowserTest
class TicketTakeoverIT {

    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;
    @Autowired
    TicketIntake intake;
    @Autowired
    TicketQueries queries;
    @Autowired
    TicketTakeover takeover;
    @Autowired
    AuditLog audit;
    @Autowired
    TicketInboxController controller;

    private TestStores.Store store;
    private String handedOver;

    @BeforeAll
    void aTicketWaitsForAPerson() {
        store = stores.newStore(Map.of());
        handedOver = ticket("I want my money back for the broken mug");
        assertThat(settled(handedOver).ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        people.add(store, "amy", Role.AGENT);
        people.add(store, "bo", Role.APPROVER);
    }

    @Test
    void takingOverIsRecordedOnceAndAskingAgainChangesNothing() {
        String tenantId = store.tenantId();
        Caller amy = Caller.user(tenantId, "amy", Set.of(Role.AGENT));

        TicketTakeover.TakenOver first = TenantScope.of(tenantId, () -> takeover.takeOver(amy, handedOver));
        TicketTakeover.TakenOver again = TenantScope.of(tenantId, () -> takeover.takeOver(amy, handedOver));

        assertThat(first.changed()).isTrue();
        assertThat(first.ticket().assignee()).isEqualTo("amy");
        assertThat(again.changed()).isFalse();
        assertThat(again.ticket().assignee()).isEqualTo("amy");
        assertThat(takeOvers(tenantId)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("user:amy");
            assertThat(entry.target()).isEqualTo(handedOver);
            assertThat(entry.beforeState()).contains("\"assignee\":null");
            assertThat(entry.afterState()).contains("\"assignee\":\"amy\"");
        });
        assertThat(storyOf(handedOver)).filteredOn(event -> event.type().equals("taken_over")).singleElement()
                .satisfies(event -> assertThat(event.payload()).containsEntry("assignee", "amy").containsEntry("by", "user:amy"));

        // another person takes it from amy: recorded as a change from amy
        Caller bo = Caller.user(tenantId, "bo", Set.of(Role.APPROVER));
        assertThat(TenantScope.of(tenantId, () -> takeover.takeOver(bo, handedOver)).ticket().assignee()).isEqualTo("bo");
        assertThat(takeOvers(tenantId)).hasSize(2).first().satisfies(entry -> assertThat(entry.beforeState()).contains("\"assignee\":\"amy\""));
    }

    @Test
    void onlyATicketWaitingForAPersonIsTakenOverAndOnlyByAPerson() {
        String tenantId = store.tenantId();
        String resolved = ticket("The mug in order #1001 arrived broken. Please refund $9.99.");
        assertThat(settled(resolved).ticket().status()).isEqualTo(TicketStatus.RESOLVED);

        assertThatThrownBy(() -> TenantScope.of(tenantId, () -> takeover.takeOver(Caller.user(tenantId, "amy", Set.of(Role.AGENT)), resolved)))
                .isInstanceOf(Conflict.class).hasMessageContaining("only a ticket waiting for a person");
        assertThatThrownBy(() -> TenantScope.of(tenantId, () -> takeover.takeOver(Caller.apiKey(tenantId, "bot", Set.of(Role.AGENT)), handedOver)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aViewerIsRefusedBeforeTheServiceIsAsked() {
        String tenantId = store.tenantId();
        Caller vera = Caller.user(tenantId, "vera", Set.of(Role.VIEWER));
        int before = takeOvers(tenantId).size();
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(vera));
        try {
            assertThatThrownBy(() -> TenantScope.of(tenantId, () -> controller.takeOver(vera, handedOver, new RedirectAttributesModelMap())))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(takeOvers(tenantId)).hasSize(before);
    }

    private String ticket(String text) {
        return TenantScope.of(store.tenantId(), () -> intake.accept(store.tenantId(), new NewTicket("email", null, "ann@example.com", null, text),
                null, "api-key:test").ticketId());
    }

    private TicketView settled(String ticketId) {
        return new Settling(queries).settled(store.tenantId(), ticketId);
    }

    private List<Event> storyOf(String ticketId) {
        return TenantScope.of(store.tenantId(), () -> queries.view(store.tenantId(), ticketId).events());
    }

    private List<AuditEntry> takeOvers(String tenantId) {
        return TenantScope.of(tenantId, () -> audit.newest(tenantId, null, 50)).stream()
                .filter(entry -> entry.action().equals("ticket.take_over")).toList();
    }
}
