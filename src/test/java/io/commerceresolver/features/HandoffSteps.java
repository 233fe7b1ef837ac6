package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.user.UserDirectory;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** Who takes a ticket a playbook leaves to a person, in the store's words: the store and ticket {@link TicketSteps} made. */
public class HandoffSteps {

    @Autowired
    TicketSteps tickets;
    @Autowired
    UserDirectory users;
    @Autowired
    MailOutbox mail;

    /** Rows of person, role (as the API writes it) and the languages they read, comma-separated. */
    @Given("the store's people are:")
    public void people(List<Map<String, String>> rows) {
        String tenantId = tickets.tenantId();
        for (Map<String, String> row : rows) {
            Role role = Role.fromCode(row.get("role")).orElseThrow(() -> new IllegalArgumentException("no role " + row.get("role")));
            List<String> reads = Arrays.stream(row.getOrDefault("reads", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            TenantScope.of(tenantId, () -> users.create(tenantId, row.get("person"), Set.of(role), "a long enough password", "test", reads));
        }
    }

    @Then("the ticket is handed to {string}")
    public void handedTo(String person) {
        assertThat(tickets.view().ticket().status().name()).isEqualTo("NEEDS_HUMAN");
        assertThat(tickets.view().ticket().assignee()).isEqualTo(person);
    }

    @Then("the ticket is handed to nobody yet")
    public void handedToNobody() {
        assertThat(tickets.view().ticket().status().name()).isEqualTo("NEEDS_HUMAN");
        assertThat(tickets.view().ticket().assignee()).isNull();
    }

    @Then("the ticket was written in {string}")
    public void writtenIn(String language) {
        assertThat(tickets.view().ticket().language()).isEqualTo(language);
    }

    @Then("{string} is mailed the ticket's story")
    public void mailedTheStory(String person) {
        String tenantId = tickets.tenantId();
        assertThat(TenantScope.of(tenantId, () -> mail.findByTenant(tenantId))).anySatisfy(sent -> {
            assertThat(sent.toAddress()).isEqualTo(person);
            assertThat(sent.body()).contains("Its story so far", "/api/v1/tickets/" + tickets.ticketId());
        });
    }
}
