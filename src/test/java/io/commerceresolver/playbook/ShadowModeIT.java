package io.commerceresolver.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/**
 * A tenant in shadow mode: its tickets are read, decided and planned as they would be, every write is recorded
 * unmade, nobody is asked to approve, and the ticket ends SHADOWED; the store and the customer's inbox do not change.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class})
class ShadowModeIT {

    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    CommerceConnector store;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefundTheRulesWouldPayIsPlannedAndDecidedButNotPaid() {
        String tenantId = stores.newStore(Map.of(PlaybookSettings.SHADOW_MODE, "true")).tenantId();

        TicketView view = ticket(tenantId, "shadow-1", "ann@example.com", "The mug in order #1001 arrived broken. Please refund $49.99.");

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.SHADOWED);
        assertThat(view.run().status()).isEqualTo(RunStatus.SHADOWED);
        assertThat(view.run().state().getWouldEnd()).isEqualTo("COMPLETED");
        assertThat(view.runDecision().allowed()).isTrue();
        assertThat(callStatuses(tenantId, view.run().id())).containsEntry("issue_refund", "SHADOWED")
                .containsEntry("send_notification", "SHADOWED").containsEntry("get_order", "SUCCEEDED");
        assertThat(store.getOrder(tenantId, "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("0");
        assertThat(outbox.findByTenant(tenantId)).isEmpty();
    }

    @Test
    void aRefundThatNeedsAnApproverAsksNobodyAndShowsWhomItWouldHaveAsked() {
        String tenantId = stores.newStore(Map.of(PlaybookSettings.SHADOW_MODE, "true")).tenantId();

        TicketView view = ticket(tenantId, "shadow-2", "ravi.kumar@example.in", "Refund $250 for order 1002");

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.SHADOWED);
        assertThat(view.approval()).isNull();
        assertThat(view.runDecision().approvalRequired()).isTrue();
        assertThat(view.events()).anyMatch(event -> String.valueOf(event.payload()).contains("would ask the 'approver' role"));
        assertThat(callStatuses(tenantId, view.run().id())).containsEntry("issue_refund", "SHADOWED");
        assertThat(store.getOrder(tenantId, "1002").orElseThrow().refundedTotal()).isEqualByComparingTo("0");
    }

    @Test
    void aTenantThatLeavesShadowModeActsAgain() {
        String tenantId = stores.newStore(Map.of(PlaybookSettings.SHADOW_MODE, "false")).tenantId();

        TicketView view = ticket(tenantId, "shadow-3", "ann@example.com", "The mug in order #1001 arrived broken. Please refund $49.99.");

        assertThat(view.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(store.getOrder(tenantId, "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("49.99");
    }

    private TicketView ticket(String tenantId, String externalId, String from, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", externalId, from, null, text), null, "api-key:test").ticketId();
        return settling.settled(tenantId, ticketId);
    }

    private Map<String, String> callStatuses(String tenantId, String runId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT tool, status FROM tool_call WHERE tenant_id = ? AND run_id = ?", tenantId, runId);
        return rows.stream().collect(java.util.stream.Collectors.toMap(row -> (String) row.get("TOOL"), row -> (String) row.get("STATUS"),
                (first, second) -> first));
    }
}
