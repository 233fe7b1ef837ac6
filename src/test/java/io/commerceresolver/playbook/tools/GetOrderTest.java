package io.commerceresolver.playbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.ReturnLabel;

/** The read-back of an order whose return label was issued by another system than the one keeping the order. */
class GetOrderTest {

    static final ReturnLabel LABEL = new ReturnLabel("915d94940ea54c3a80cbfa328722f5a1", "1001", "USPS", "9499907123456123456781",
            "https://labels.example/915d.pdf", Instant.parse("2026-12-02T09:14:06Z"));

    final CommerceConnector store = mock(CommerceConnector.class);
    final GetOrder tool = new GetOrder();

    static Order order(List<ReturnLabel> labels) {
        return new Order("1001", null, "ann@example.com", "Ann Lee", OrderStatus.DELIVERED, "USD", BigDecimal.TEN, BigDecimal.TEN, null, null,
                null, null, null, null, null, null, labels, null, null, null);
    }

    @Test
    void aLabelTheShippingSystemShowsIsShownOnTheOrderReadBack() {
        when(store.getOrder("t-1", "1001")).thenReturn(Optional.of(order(List.of())));
        when(store.findReturnLabel("t-1", "1001", LABEL.id())).thenReturn(Optional.of(LABEL));

        Order read = tool.call(store, "t-1", new OrderQuery("1001", LABEL.id()), "k");

        assertThat(read.returnLabels()).containsExactly(LABEL);
    }

    @Test
    void aLabelTheShippingSystemDoesNotShowIsNotShownSoTheCheckFails() {
        when(store.getOrder("t-1", "1001")).thenReturn(Optional.of(order(List.of())));
        when(store.findReturnLabel("t-1", "1001", LABEL.id())).thenReturn(Optional.empty());

        assertThat(tool.call(store, "t-1", new OrderQuery("1001", LABEL.id()), "k").returnLabels()).isEmpty();
    }

    @Test
    void anOrderThatListsTheLabelOrARunWithoutOneAsksNoFurther() {
        when(store.getOrder("t-1", "1001")).thenReturn(Optional.of(order(List.of(LABEL))));

        assertThat(tool.call(store, "t-1", new OrderQuery("1001", LABEL.id()), "k").returnLabels()).containsExactly(LABEL);
        assertThat(tool.call(store, "t-1", new OrderQuery("1001"), "k").returnLabels()).containsExactly(LABEL);
        verify(store, never()).findReturnLabel("t-1", "1001", LABEL.id());
    }
}
