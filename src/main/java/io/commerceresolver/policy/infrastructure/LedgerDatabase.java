package io.commerceresolver.policy.infrastructure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PastRefund;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.system.StoredJson;

/** The refund history the policy needs, from the resolver's own log of the refunds it issued. */
@Component
class LedgerDatabase implements RefundLedger {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration MONTH = Duration.ofDays(30);

    private final RefundLedgerMapper mapper;
    private final StoredJson json;
    private final Clock clock;

    LedgerDatabase(RefundLedgerMapper mapper, StoredJson json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public History historyFor(String tenantId, OrderFacts order, String excludingRunId) {
        Instant now = clock.instant();
        Instant dayAgo = now.minus(DAY);
        String customer = order == null ? null : order.getCustomerEmailKey();
        List<PastRefund> lastDay = new ArrayList<>();
        int toCustomerInMonth = 0;
        for (RefundLedgerMapper.IssuedRefund issued : mapper.refundsSince(tenantId, now.minus(MONTH), excludingRunId)) {
            Map<String, Object> refund = json.read(issued.request(), new TypeReference<Map<String, Object>>() { });
            if (!issued.createdAt().isBefore(dayAgo) && refund.get("orderId") != null && refund.get("amount") != null) {
                lastDay.add(new PastRefund(refund.get("orderId").toString(), new BigDecimal(refund.get("amount").toString())));
            }
            Object email = refund.get("customerEmail");
            if (customer != null && email != null && customer.equals(email.toString().strip().toLowerCase(Locale.ROOT))) {
                toCustomerInMonth++;
            }
        }
        return new History(lastDay, toCustomerInMonth);
    }
}
