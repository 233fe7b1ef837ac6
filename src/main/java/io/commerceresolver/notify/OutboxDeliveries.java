package io.commerceresolver.notify;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox as a mail channel drains it. A mail is claimed with a lease before it is sent, so that of several
 * instances only one sends it; the lease also hands it to another instance if the first dies while sending. Every
 * write names the claim's owner: a claim that ran out and was taken over can no longer be settled by its first owner.
 */
public interface OutboxDeliveries {

    /** Leases up to {@code limit} due mails of these tenants to {@code owner}; in the caller's (short) transaction. */
    List<OutboxDelivery> claimDue(Collection<String> tenantIds, int limit, String owner, Instant now, Instant leaseUntil);

    /** The mail left under this Message-ID; false when the claim was no longer this owner's. */
    boolean sent(OutboxDelivery mail, String owner, String messageId, Instant at);

    /** It could not be sent now: due again at {@code retryAt}, or given up for good when that is null. */
    boolean notSent(OutboxDelivery mail, String owner, Instant retryAt, String error);
}
