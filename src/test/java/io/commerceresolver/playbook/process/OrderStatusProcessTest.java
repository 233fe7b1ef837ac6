package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * processes/order_status.bpmn in-process, by how the shipment stands against its promise: on time (or never promised),
 * the customer is told where it is and nothing changes; late (1031: promised two days ago, still in transit), the
 * goodwill credit the rules allow is given, read back and told; lost (1032: its carrier says so), the whole order is
 * sent again at no charge, read back and told. A late order within the tenant's lateShipmentDays is on time.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class OrderStatusProcessTest {

    @Autowired
    TestStores stores;
    @Autowired
    PlaybookTickets tickets;
    @Autowired
    MailOutbox outbox;

    String tenantId;

    @BeforeEach
    void newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
    }

    @Test
    void aShipmentOnItsWayIsToldWhereItIsAndNothingChanges() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "james.oconnor@example.com", "Hi, where is my order #1004?");

            assertThat(run.playbook()).isEqualTo("order_status");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).as("only whether it may be told").isEqualTo("send_notification");
            Order after = tickets.order(tenantId, "1004");
            assertThat(after.discounts()).isEmpty();
            assertThat(after.replacements()).isEmpty();
            assertThat(outbox.findByTenant(tenantId)).singleElement()
                    .satisfies(mail -> assertThat(mail.toString()).contains("Your order 1004 shipped on"));
        });
    }

    @Test
    void aLateShipmentIsSaidSoAndCreditedTheGoodwillTheRulesAllow() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "sofia.rossi@example.com", "Hi, where is my order #1031?");

            assertThat(run.playbook()).isEqualTo("order_status");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("apply_discount");
            assertThat(run.state().getAuthorisation().amount()).as("10 % of 83.00").isEqualByComparingTo("8.30");
            assertThat(run.state().getVerification().passed()).isTrue();
            Order after = tickets.order(tenantId, "1031");
            assertThat(after.discounts()).singleElement()
                    .satisfies(credit -> assertThat(credit.amount().amount()).isEqualByComparingTo("8.30"));
            assertThat(after.replacements()).isEmpty();
            assertThat(outbox.findByTenant(tenantId)).singleElement().satisfies(mail -> assertThat(mail.toString())
                    .contains("Your order 1031 is late").contains("we promised it for").contains("credited 8.30 USD"));
        });
    }

    @Test
    void aShipmentTheCarrierLostIsSentAgainAtNoCharge() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "kwame.mensah@example.com", "Hi, where is my order #1032?");

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("create_replacement");
            assertThat(run.state().getAuthorisation().amount()).as("the whole order").isEqualByComparingTo("48.00");
            assertThat(run.state().getVerification().check()).isEqualTo("replacement sent");
            Order after = tickets.order(tenantId, "1032");
            assertThat(after.replacements()).singleElement().satisfies(sent -> {
                assertThat(sent.skus()).containsExactly("TEE-ORG-WHT-L", "TEE-ORG-WHT-L");
                Order replacement = tickets.order(tenantId, sent.replacementOrderId());
                assertThat(replacement.status()).isEqualTo(OrderStatus.PROCESSING);
                assertThat(replacement.total()).isZero();
            });
            assertThat(after.discounts()).isEmpty();
            assertThat(outbox.findByTenant(tenantId)).singleElement().satisfies(mail -> assertThat(mail.toString())
                    .contains("was lost in transit").contains(after.replacements().get(0).replacementOrderId()));
        });
    }

    @Test
    void aShipmentWithinTheTenantsLatenessAllowanceIsOnTime() {
        String patient = stores.newStore(Map.of("lateShipmentDays", "3")).tenantId();
        TenantScope.of(patient, () -> {
            AgentRun run = tickets.runFor(patient, "sofia.rossi@example.com", "Hi, where is my order #1031?");

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("send_notification");
            assertThat(tickets.order(patient, "1031").discounts()).as("two days late, three allowed").isEmpty();
        });
    }

    @Test
    void aLateShipmentPastTheGoodwillLimitIsToldWhyNotAndGetsNoCredit() {
        String stingy = stores.newStore(Map.of("maxGoodwill", "5")).tenantId();
        TenantScope.of(stingy, () -> {
            AgentRun run = tickets.runFor(stingy, "sofia.rossi@example.com", "Hi, where is my order #1031?");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(tickets.order(stingy, "1031").discounts()).isEmpty();
            assertThat(outbox.findByTenant(stingy)).singleElement().satisfies(mail -> assertThat(mail.toString())
                    .contains("we promised it for").contains("more than the goodwill limit of 5"));
        });
    }
}
