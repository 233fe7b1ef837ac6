package io.commerceresolver.notify.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import io.commerceresolver.notify.OutboxDeliveries;
import io.commerceresolver.notify.OutboxDelivery;

/** Claims on {@code mail_outbox} rows, made the way the work queue claims jobs (SELECT ... FOR UPDATE SKIP LOCKED). */
@Component
class OutboxDeliveriesDatabase implements OutboxDeliveries {

    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final int MAX_ERROR = 2000;

    private final OutboxDeliveryMapper mapper;

    OutboxDeliveriesDatabase(OutboxDeliveryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<OutboxDelivery> claimDue(Collection<String> tenantIds, int limit, String owner, Instant now, Instant leaseUntil) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = mapper.lockDue(tenantIds, now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        mapper.lease(ids, owner, leaseUntil);
        return mapper.findByIds(ids);
    }

    @Override
    public boolean sent(OutboxDelivery mail, String owner, String messageId, Instant at) {
        return mapper.markSent(mail.tenantId(), mail.id(), owner, messageId, at) == 1;
    }

    @Override
    public boolean notSent(OutboxDelivery mail, String owner, Instant retryAt, String error) {
        String why = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        return mapper.release(mail.tenantId(), mail.id(), owner, retryAt == null ? FAILED : "QUEUED", retryAt, why) == 1;
    }
}
