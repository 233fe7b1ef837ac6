package io.commerceresolver.delegation;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.Transactions;

/**
 * Issues each component of a run its scoped credential and hands out the store and the mail as that credential may
 * use them. Every use is counted, every refusal too, so the run's receipt can show the whole delegation chain.
 */
public class Delegations {

    /** Two callers issuing at once settle on one exchange; a third attempt would mean the key guards nothing. */
    private static final int ISSUE_ATTEMPTS = 3;

    private final DelegationRecords records;
    private final CommerceConnector store;
    private final NarrowerCredentials narrower;
    private final MailOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lifetime;

    /**
     * @param store    the tenant-routed store every caller gets, acting with the tenant's connector credentials
     * @param lifetime how long a delegation may be used; a run that outlasts it is issued a new one on asking again
     */
    public Delegations(DelegationRecords records, CommerceConnector store, NarrowerCredentials narrower, MailOutbox outbox,
                       Transactions transactions, Clock clock, Duration lifetime) {
        this.records = records;
        this.store = store;
        this.narrower = narrower;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * One per (tenant, run, component) while it lasts: the same call again returns the same exchange. Once it has
     * expired, the next call issues the run's component a new one. Works in the caller's transaction.
     */
    public Delegation issue(String tenantId, String runId, Component component) {
        return transactions.inTransaction(() -> {
            for (int attempt = 0; attempt < ISSUE_ATTEMPTS; attempt++) {
                Instant now = clock.instant();
                Optional<DelegationRecords.Issued> latest = records.latest(tenantId, runId, component);
                if (latest.isPresent() && !latest.get().delegation().expiredAt(now)) {
                    return latest.get().delegation();
                }
                int generation = latest.map(issued -> issued.generation() + 1).orElse(1);
                String enforcedBy = narrower.storeFor(tenantId, component.scope()).isPresent() ? Delegation.BY_VENDOR : Delegation.BY_SERVICE;
                Delegation fresh = new Delegation(Ids.newId(), tenantId, runId, component, component.scope(), now, now.plus(lifetime),
                        enforcedBy);
                if (records.insertIfAbsent(fresh, generation)) {
                    return fresh;
                }
            }
            throw new IllegalStateException("No delegation could be issued to the " + component.key() + " of run " + runId);
        });
    }

    /**
     * The store as this delegation may use it: a verb outside its scope, for another tenant or after it expired throws
     * {@link OutOfScope} once the refusal is recorded; each allowed use is recorded before the vendor is called.
     */
    public CommerceConnector store(Delegation delegation) {
        Supplier<CommerceConnector> acting = Delegation.BY_VENDOR.equals(delegation.enforcedBy())
                ? () -> narrower.storeFor(delegation.tenantId(), delegation.scope()).orElseThrow(() -> new ConnectorRejection(
                "delegated_credential_gone", "The " + delegation.scope().key() + " credential this delegation was issued with is no longer stored"))
                : () -> store;
        return (CommerceConnector) Proxy.newProxyInstance(CommerceConnector.class.getClassLoader(), new Class<?>[]{CommerceConnector.class},
                new ScopedStore(this, delegation, acting));
    }

    /** The mail outbox for a notifier's delegation; other delegations are refused (and recorded) on sending. */
    public MailSender mail(Delegation delegation) {
        return (tenantId, idempotencyKey, to, subject, body) -> {
            admit(delegation, tenantId, Verbs.SEND_MAIL);
            return outbox.enqueue(tenantId, idempotencyKey, to, subject, body);
        };
    }

    /** Every use of the run's delegations, for its receipt, in the order first used. */
    public List<DelegationUse> uses(String tenantId, String runId) {
        return records.uses(tenantId, runId);
    }

    /** Records the attempt, then lets it through or throws; the vendor is called only after this returns. */
    void admit(Delegation delegation, String tenantId, String verb) {
        Instant now = clock.instant();
        OutOfScope refusal = refusal(delegation, tenantId, verb, now);
        records.recordUse(delegation.tenantId(), delegation.exchangeId(), verb, refusal == null, now);
        if (refusal != null) {
            throw refusal;
        }
    }

    private static OutOfScope refusal(Delegation delegation, String tenantId, String verb, Instant now) {
        if (!delegation.tenantId().equals(tenantId)) {
            // recorded under the delegation's own tenant: the other tenant's records are not this one's to write
            return new OutOfScope(delegation, verb, "it was issued for another tenant");
        }
        if (delegation.expiredAt(now)) {
            return new DelegationExpired(delegation, verb);
        }
        if (!Verbs.within(delegation.scope(), verb)) {
            return new OutOfScope(delegation, verb, Verbs.need(verb).isPresent() ? "it lies outside " + delegation.scope().key()
                    : "no scope covers an unclassified verb");
        }
        return null;
    }
}
