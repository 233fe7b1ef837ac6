package io.commerceresolver.notify.infrastructure;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/**
 * The outbox in the {@code mail_outbox} table. The unique (tenant, idempotency key) constraint is what makes a
 * repeated enqueue harmless: the first writer's row is the answer for everyone who comes later.
 */
@Component
public class MailOutboxDatabase implements MailOutbox {

    private final MailOutboxMapper mapper;
    private final DuplicateSafeInsert duplicateSafeInsert;
    private final Clock clock;

    public MailOutboxDatabase(MailOutboxMapper mapper, DataSource dataSource, Clock clock) {
        this.mapper = mapper;
        this.duplicateSafeInsert = new DuplicateSafeInsert(dataSource);
        this.clock = clock;
    }

    @Override
    public OutboxMail enqueue(String tenantId, String idempotencyKey, String to, String subject, String body) {
        requireText(tenantId, "tenantId");
        requireText(idempotencyKey, "idempotencyKey");
        requireText(to, "to");
        return mapper.findByKey(tenantId, idempotencyKey).orElseGet(() -> {
            // the database keeps microseconds; truncating here makes the returned mail equal to the stored one
            OutboxMail mail = new OutboxMail(Ids.newId(), tenantId, to.strip(), nullToEmpty(subject),
                    nullToEmpty(body), OutboxMail.QUEUED, clock.instant().truncatedTo(ChronoUnit.MICROS));
            if (duplicateSafeInsert.tryInsert(() -> mapper.insert(mail, idempotencyKey))) {
                return mail;
            }
            return mapper.findByKey(tenantId, idempotencyKey).orElseThrow(() -> new IllegalStateException(
                    "Mail key '" + idempotencyKey + "' was taken but its row is not visible"));
        });
    }

    @Override
    public List<OutboxMail> findByTenant(String tenantId) {
        return mapper.findByTenant(tenantId);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
