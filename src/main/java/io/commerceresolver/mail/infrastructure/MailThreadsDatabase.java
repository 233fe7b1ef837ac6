package io.commerceresolver.mail.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.mail.MailAttachment;
import io.commerceresolver.mail.MailThreads;
import io.commerceresolver.mail.ThreadMessage;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/** The {@code mail_message} table. References are kept space-separated, as the header writes them. */
class MailThreadsDatabase implements MailThreads {

    private static final TypeReference<List<MailAttachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private final MailThreadMapper mapper;
    private final StoredJson json;
    private final DuplicateSafeInsert duplicateSafe;

    MailThreadsDatabase(MailThreadMapper mapper, StoredJson json, DataSource dataSource) {
        this.mapper = mapper;
        this.json = json;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean keepIfAbsent(ThreadMessage m) {
        String references = String.join(" ", m.references());
        MailThreadMapper.MessageRow row = new MailThreadMapper.MessageRow(m.tenantId(), m.messageId(), m.ticketId(), m.direction().name(),
                m.inReplyTo(), references.length() > 8000 ? references.substring(references.length() - 8000).strip() : references,
                m.fromAddress(), m.subject(), m.text(), json.write(m.attachments()), m.createdAt(), m.channelThreadId());
        // NOT EXISTS handles a mail read again; the primary key and a savepoint handle two instances reading it at once
        return duplicateSafe.insertIfAbsent(() -> mapper.insertIfAbsent(row));
    }

    @Override
    public Optional<String> ticketHolding(String tenantId, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return mapper.ticketsHolding(tenantId, messageIds).stream().findFirst();
    }

    @Override
    public List<ThreadMessage> thread(String tenantId, String ticketId) {
        return mapper.thread(tenantId, ticketId).stream().map(r -> new ThreadMessage(r.tenantId(), r.messageId(), r.ticketId(),
                ThreadMessage.Direction.valueOf(r.direction()), r.inReplyTo(),
                r.referenceIds().isBlank() ? List.of() : Arrays.asList(r.referenceIds().split(" ")), r.fromAddress(), r.subject(),
                r.body(), json.read(r.attachments(), ATTACHMENTS), r.createdAt(), r.channelThreadId())).toList();
    }
}
