package io.commerceresolver.mail.infrastructure;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.mail.RefusedMail;
import io.commerceresolver.mail.RefusedMails;
import io.micrometer.core.instrument.MeterRegistry;

/** The {@code mail_refusal} table, a log line and a meter for each refusal (by tenant and kind). */
class RefusedMailsDatabase implements RefusedMails {

    private static final Logger log = LoggerFactory.getLogger(RefusedMailsDatabase.class);

    private final RefusedMailMapper mapper;
    private final MeterRegistry meters;

    RefusedMailsDatabase(RefusedMailMapper mapper, MeterRegistry meters) {
        this.mapper = mapper;
        this.meters = meters;
    }

    @Override
    public void record(RefusedMail refused) {
        if (mapper.insertIfAbsent(refused) == 1) {
            // the sender and subject stay out of the log: they are the customer's, and the table has them
            log.info("Mail refused for tenant {} ({}, {}): {}", refused.tenantId(), refused.origin(), refused.kind().code(), refused.reason());
            meters.counter("resolver.mail.refused", "tenant", refused.tenantId(), "kind", refused.kind().code()).increment();
        }
    }

    @Override
    public List<RefusedMail> newest(String tenantId, int limit) {
        return mapper.newest(tenantId, limit);
    }
}
