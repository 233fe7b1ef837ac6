package io.commerceresolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/**
 * Money is never moved twice by a race: 50 identical refund tickets for one order arrive at once (as a customer
 * hammering "send", or a channel redelivering under new ids) and are worked on by all workers together. The
 * duplicate guard and the refund are one atomic step per order, so exactly one refund reaches the store and every
 * other ticket is declined or handed to a person, each with the rules' reason.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class})
class RefundRaceIT {

    private static final int TICKETS = 50;

    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    CommerceConnector store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyIdenticalRefundsAtOnceRefundOnce() throws Exception {
        String tenantId = stores.newStore(Map.of()).tenantId();
        ExecutorService customers = Executors.newFixedThreadPool(16);
        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            String externalId = "race-" + i;
            // each post as a request of the store would make it: within its tenant, on a thread of its own
            posts.add(() -> TenantScope.of(tenantId, () -> intake.accept(tenantId, new NewTicket("email", externalId, "ann@example.com",
                    "Broken mug", "The mug in order #1001 arrived broken. Please refund $20."), null, "api-key:test").ticketId()));
        }
        List<String> ticketIds = new ArrayList<>();
        for (Future<String> posted : customers.invokeAll(posts)) {
            ticketIds.add(posted.get(30, TimeUnit.SECONDS));
        }
        customers.shutdown();

        List<TicketView> settled = ticketIds.stream().map(id -> settling.settled(tenantId, id)).toList();

        assertThat(store.getOrder(tenantId, "1001").orElseThrow().refundedTotal()).isEqualByComparingTo("20.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_operation WHERE tenant_id = ? AND kind = 'refund'",
                Integer.class, tenantId)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tool_call WHERE tenant_id = ? AND tool = 'issue_refund'"
                + " AND status = 'SUCCEEDED'", Integer.class, tenantId)).isOne();
        assertThat(settled).filteredOn(view -> view.ticket().status() == TicketStatus.RESOLVED).hasSize(1);
        assertThat(settled).filteredOn(view -> view.ticket().status() != TicketStatus.RESOLVED)
                .hasSize(TICKETS - 1)
                .allSatisfy(view -> {
                    assertThat(view.ticket().status()).isIn(TicketStatus.DECLINED, TicketStatus.NEEDS_HUMAN);
                    assertThat(view.ticket().statusDetail()).contains("was already issued in the last 24 hours");
                });
    }
}
