package io.commerceresolver.channelfeatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;

import io.cucumber.java.en.Then;

/** The store a scenario works in, and what can be said of its tickets whichever channel brought them. */
public class IntakeSteps {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Tickets tickets;

    private String tenantId;
    private String ticketId;

    String newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
        return tenantId;
    }

    String tenantId() {
        return tenantId;
    }

    String ticketId() {
        return ticketId;
    }

    @Then("a ticket from {string} about {string} is opened")
    public void ticketOpened(String customer, String subject) {
        Ticket ticket = awaitTicketFrom(customer);
        assertThat(ticket.subject()).isEqualTo(subject);
    }

    @Then("the store has {int} ticket(s)")
    public void ticketCount(int count) {
        // the mail's way in has ended by the time a step before this one saw its result
        assertThat(asStore(() -> jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE tenant_id = ?", Integer.class, tenantId)))
                .isEqualTo(count);
    }

    @Then("the ticket is {word}")
    public void theTicketIs(String status) {
        awaitTicketStatus(status);
    }

    @Then("the ticket goes back to a person, because {string}")
    public void theTicketGoesBackToAPerson(String because) {
        awaitTicketStatus("needs_human");
        assertThat(ticket().statusDetail()).contains(because);
    }

    private void awaitTicketStatus(String status) {
        TicketStatus expected = TicketStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        await().atMost(PATIENCE).until(() -> ticket().status() == expected);
    }

    Ticket awaitTicketFrom(String customer) {
        String id = await().atMost(PATIENCE).until(() -> asStore(() -> jdbc.queryForList(
                "SELECT id FROM ticket WHERE tenant_id = ? AND customer_email = ? ORDER BY created_at", String.class, tenantId, customer))
                .stream().findFirst(), Optional::isPresent).orElseThrow();
        ticketId = id;
        return ticket();
    }

    Ticket ticket() {
        return asStore(() -> tickets.findById(tenantId, ticketId).orElseThrow());
    }

    <T> T asStore(Supplier<T> work) {
        return TenantScope.of(tenantId, work);
    }
}
