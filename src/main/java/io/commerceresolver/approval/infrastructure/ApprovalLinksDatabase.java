package io.commerceresolver.approval.infrastructure;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.commerceresolver.approval.ApprovalLink;
import io.commerceresolver.approval.ApprovalLinkStore;
import io.commerceresolver.approval.LinkOutcome;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

@Component
class ApprovalLinksDatabase implements ApprovalLinkStore {

    private final ApprovalLinkMapper mapper;
    private final DuplicateSafeInsert duplicateSafe;

    ApprovalLinksDatabase(ApprovalLinkMapper mapper, DataSource dataSource) {
        this.mapper = mapper;
        this.duplicateSafe = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean insertIfAbsent(ApprovalLink link) {
        return duplicateSafe.insertIfAbsent(() -> mapper.insertIfAbsent(link));
    }

    @Override
    public Optional<ApprovalLink> find(String tenantId, String nonce) {
        return mapper.find(tenantId, nonce);
    }

    @Override
    public boolean use(String tenantId, String nonce, String usedBy, Instant at) {
        return mapper.use(tenantId, nonce, usedBy, at) == 1;
    }

    @Override
    public void attempt(String tenantId, String nonce, String approvalId, String action, LinkOutcome outcome, String principal, Instant at) {
        mapper.attempt(Ids.newId(), tenantId, nonce, approvalId, action, outcome.name().toLowerCase(Locale.ROOT), principal, at);
    }
}
