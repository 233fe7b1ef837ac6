package io.commerceresolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.infrastructure.SandboxConnector;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;

/**
 * A store that fails: 30 % of calls fail transiently (on a write, half of them after the write took effect, the
 * answer lost) and 10 % are slow. Every ticket still finishes, the retries are bounded and each one is in the
 * ticket's story, and no write reaches the store twice.
 */
@SpringBootTest(properties = {
        "resolver.sandbox.faults.transient-rate=0.3",
        "resolver.sandbox.faults.slow-rate=0.1",
        "resolver.sandbox.faults.slow-delay=PT0.05S",
        "resolver.sandbox.faults.seed=11",
        "resolver.connector.resilience.initial-backoff=5ms",
        "resolver.connector.resilience.park-delay=1s",
        // so many failures in a row would open the circuit of a real store; here each ticket must get through
        "resolver.connector.resilience.circuit.failure-rate=100"})
@Import({TestStores.class, Settling.class})
class ConnectorFaultsIT {

    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    /** The store itself, behind the faults: what the test reads must not fail. */
    @Autowired
    SandboxConnector store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTicketFinishesWithBoundedVisibleRetriesAndNoWriteTwice() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        Map<String, String> refundedOrders = new LinkedHashMap<>();
        Map<String, BigDecimal> refundedBefore = new LinkedHashMap<>();
        List<String> tickets = new ArrayList<>();
        for (int n = 1001; n <= 1030; n++) {
            Order order = store.getOrder(tenantId, String.valueOf(n)).orElseThrow();
            if (order.status() == OrderStatus.CANCELLED) {
                continue;
            }
            tickets.add(post(tenantId, order.customerEmail(), "Hi, where is my order #" + n + "? It has not arrived yet."));
            // one small refund per customer, on an order delivered lately: within every automatic limit
            boolean deliveredLately = order.status() == OrderStatus.DELIVERED
                    && order.deliveredAt().isAfter(Instant.now().minus(Duration.ofDays(20)));
            if (deliveredLately && !refundedOrders.containsValue(order.customerEmail())) {
                refundedOrders.put(order.id(), order.customerEmail());
                refundedBefore.put(order.id(), order.refundedTotal());
                tickets.add(post(tenantId, order.customerEmail(), "Order #" + n + " arrived damaged. Please refund $5."));
            }
        }

        for (String ticketId : tickets) {
            assertThat(settling.settled(tenantId, ticketId).ticket().status()).as("ticket %s", ticketId).isEqualTo(TicketStatus.RESOLVED);
        }

        for (String orderId : refundedOrders.keySet()) {
            assertThat(store.getOrder(tenantId, orderId).orElseThrow().refundedTotal()).as("order %s", orderId)
                    .isEqualByComparingTo(refundedBefore.get(orderId).add(new BigDecimal("5.00")));
        }
        assertThat(count("SELECT COUNT(*) FROM sandbox_operation WHERE tenant_id = ? AND kind = 'refund'", tenantId))
                .isEqualTo(refundedOrders.size());
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?", tenantId)).isEqualTo(tickets.size());
        assertThat(count("SELECT COUNT(*) FROM event WHERE tenant_id = ? AND type = 'tool_retry'", tenantId))
                .as("retries are in the tickets' stories").isPositive();
        assertThat(count("SELECT MAX(attempts) FROM tool_call WHERE tenant_id = ?", tenantId))
                .as("bounded: no call needed more than a few rounds of attempts").isLessThanOrEqualTo(3);
    }

    private String post(String tenantId, String customer, String text) {
        return intake.accept(tenantId, new NewTicket("email", null, customer, null, text), null, "api-key:test").ticketId();
    }

    private int count(String sql, String tenantId) {
        return jdbc.queryForObject(sql, Integer.class, tenantId);
    }
}
