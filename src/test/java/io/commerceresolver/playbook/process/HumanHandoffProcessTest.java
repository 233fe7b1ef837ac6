package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.PlaybookSettings;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketClosing;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;
import io.commerceresolver.user.UserDirectory;

/**
 * processes/human_handoff.bpmn through the real rules and the sandbox store: a ticket no playbook can take goes to the
 * person rules/handoff.drl names, by the store's own rules, the ticket's language and who holds the fewest tickets;
 * they are mailed its story; nothing else happens, and in shadow mode nobody is assigned at all.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class HumanHandoffProcessTest {

    private static final String PASSWORD = "a long enough password";
    /** Not a request any playbook handles, in Hinglish. */
    private static final String HINGLISH = "Bhai aapki website bahut slow hai, kya hua hai? Kal se login nahi ho raha, jaldi theek karo";
    private static final String ENGLISH = "Your website has been very slow since yesterday and I cannot sign in to my account at all.";

    @Autowired
    TestStores stores;
    @Autowired
    PlaybookTickets tickets;
    @Autowired
    TicketQueries queries;
    @Autowired
    UserDirectory users;
    @Autowired
    MailOutbox outbox;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    TicketClosing closing;

    @Test
    void aTicketNoPlaybookTakesGoesToTheAgentWhoReadsItsLanguageWithItsStory() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        person(tenantId, "amit@store.example", Role.AGENT, "en", "hi");
        person(tenantId, "bea@store.example", Role.AGENT, "en");
        person(tenantId, "ops@store.example", Role.ADMIN, "hi");

        TicketView view = handed(tenantId, "sunil@example.in", HINGLISH);

        assertThat(view.run().playbook()).isEqualTo("human_handoff");
        assertThat(view.run().status()).isEqualTo(RunStatus.HANDED_OVER);
        assertThat(view.ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(view.ticket().statusDetail()).contains("not recognised");
        assertThat(view.ticket().language()).isEqualTo("hi");
        assertThat(view.ticket().assignee()).as("bea reads no Hindi, ops is no agent").isEqualTo("amit@store.example");
        assertThat(handedOver(view).payload())
                .containsEntry("cause", "triage")
                .containsEntry("team", "agent")
                .containsEntry("language", "hi")
                .containsEntry("assignee", "amit@store.example")
                .containsEntry("mailed", true);
        assertThat(firedRules(view))
                .containsExactlyInAnyOrder("Any other ticket goes to the support agents",
                        "A ticket not written in English goes to someone who reads its language");
        OutboxMail mail = TenantScope.of(tenantId, () -> outbox.findByTenant(tenantId)).stream()
                .filter(m -> m.toAddress().equals("amit@store.example")).findFirst().orElseThrow();
        assertThat(mail.subject()).startsWith("Ticket for you");
        assertThat(mail.body()).contains("not recognised", "Its story so far", "received", "intent", "decision",
                "/api/v1/tickets/" + view.ticket().id());
        assertThat(view.events().stream().map(Event::type)).containsSubsequence("received", "intent", "decision", "run_started",
                "handed_over", "run_finished");
    }

    @Test
    void ofTheTeamTheOneHoldingTheFewestOpenTicketsTakesTheNext() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        person(tenantId, "amy@store.example", Role.AGENT, "en");
        person(tenantId, "ben@store.example", Role.AGENT, "en");

        List<String> assignees = List.of(
                handed(tenantId, "a@example.com", ENGLISH).ticket().assignee(),
                handed(tenantId, "b@example.com", ENGLISH).ticket().assignee(),
                handed(tenantId, "c@example.com", ENGLISH).ticket().assignee());

        assertThat(assignees).containsExactly("amy@store.example", "ben@store.example", "amy@store.example");
    }

    @Test
    void aPersonClosesTheTicketTheyWereGivenAndHoldOneFewer() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        person(tenantId, "amy@store.example", Role.AGENT, "en");
        person(tenantId, "ben@store.example", Role.AGENT, "en");
        TicketView first = handed(tenantId, "a@example.com", ENGLISH);
        assertThat(first.ticket().assignee()).isEqualTo("amy@store.example");

        Ticket closed = TenantScope.of(tenantId, () -> closing.close(tenantId, first.ticket().id(), "resolved", "Reset her password", "amy@store.example"));

        assertThat(closed.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(closed.statusDetail()).isEqualTo("Resolved by amy@store.example: Reset her password");
        assertThat(TenantScope.of(tenantId, () -> queries.view(tenantId, first.ticket().id())).events())
                .anySatisfy(event -> assertThat(event.type()).isEqualTo("closed_by_person"));
        assertThat(handed(tenantId, "b@example.com", ENGLISH).ticket().assignee()).as("amy holds none again, as ben")
                .isEqualTo("amy@store.example");
        assertThatThrownBy(() -> TenantScope.of(tenantId, () -> closing.close(tenantId, first.ticket().id(), "declined", null, "ben@store.example")))
                .as("closed once").isInstanceOf(Conflict.class).hasMessageContaining("is RESOLVED");
        assertThatThrownBy(() -> TenantScope.of(tenantId, () -> closing.close(tenantId, first.ticket().id(), "done", null, "amy@store.example")))
                .isInstanceOf(BadRequest.class).hasMessageContaining("RESOLVED or DECLINED");
    }

    @Test
    void aStoreWithNobodyInTheTeamLeavesTheTicketUnassignedAndSaysWhy() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        person(tenantId, "ops@store.example", Role.ADMIN, "en");
        users.create(tenantId, "gone@store.example", Set.of(Role.AGENT), PASSWORD, "test");
        users.disable(tenantId, "gone@store.example");

        TicketView view = handed(tenantId, "a@example.com", ENGLISH);

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(view.ticket().assignee()).isNull();
        assertThat(handedOver(view).payload()).containsEntry("team", "agent")
                .containsEntry("why", "Nobody active has the role 'agent'; nobody is assigned");
        assertThat(TenantScope.of(tenantId, () -> outbox.findByTenant(tenantId))).isEmpty();
    }

    @Test
    void aStoresOwnRuleNamesThePersonItsHindiTicketsGoTo() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        person(tenantId, "amit@store.example", Role.AGENT, "hi");
        person(tenantId, "zara@store.example", Role.AGENT, "hi");
        RuleSetSource shared = RuleSetSource.fromFolder(Path.of("rules"));
        TreeMap<String, String> files = new TreeMap<>(shared.ruleFiles());
        files.put("handoff.drl", files.get("handoff.drl") + """

                rule "Hindi tickets nobody recognised go to Zara"
                    activation-group "assignee"
                    salience 100
                when
                    Handoff( cause == "triage", intent == "other", language == "hi", $route : route )
                then
                    $route.assignToPerson( "zara@store.example", "Zara answers the store's Hindi tickets" );
                end
                """);
        // published like any store's own rules: held to the policy manual, which this rule leaves true
        TenantScope.of(tenantId, () -> ruleSets.publish(tenantId, new RuleSetSource("test", files, new TreeMap<>()), "analyst@store.example"));

        TicketView hindi = handed(tenantId, "sunil@example.in", HINGLISH);
        TicketView english = handed(tenantId, "a@example.com", ENGLISH);

        assertThat(hindi.ticket().assignee()).as("by the store's rule, though amit holds as few").isEqualTo("zara@store.example");
        assertThat(firedRules(hindi)).contains("Hindi tickets nobody recognised go to Zara")
                .doesNotContain("Any other ticket goes to the support agents");
        assertThat(english.ticket().assignee()).as("the shared rules for the rest").isEqualTo("amit@store.example");
    }

    @Test
    void aShadowStoreRecordsWhomItWouldHaveAskedAndAssignsNobody() {
        String tenantId = stores.newStore(Map.of(PlaybookSettings.SHADOW_MODE, "true")).tenantId();
        person(tenantId, "amit@store.example", Role.AGENT, "en");

        TicketView view = handed(tenantId, "a@example.com", ENGLISH);

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.SHADOWED);
        assertThat(view.run().state().getWouldEnd()).isEqualTo("HANDED_OVER");
        assertThat(view.ticket().assignee()).isNull();
        assertThat(view.events()).noneMatch(event -> event.type().equals("handed_over"));
        assertThat(view.events()).anySatisfy(event -> {
            assertThat(event.step()).isEqualTo("hand_over");
            assertThat(event.payload()).containsEntry("assignee", "amit@store.example").containsKey("shadow");
        });
        assertThat(TenantScope.of(tenantId, () -> outbox.findByTenant(tenantId))).isEmpty();
    }

    private void person(String tenantId, String username, Role role, String... languages) {
        TenantScope.of(tenantId, () -> users.create(tenantId, username, Set.of(role), PASSWORD, "test", List.of(languages)));
    }

    private TicketView handed(String tenantId, String customer, String text) {
        return TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, customer, text);
            return queries.view(tenantId, run.ticketId());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> firedRules(TicketView view) {
        return (List<String>) handedOver(view).payload().get("firedRules");
    }

    private static Event handedOver(TicketView view) {
        return view.events().stream().filter(event -> event.type().equals("handed_over")).findFirst().orElseThrow();
    }
}
