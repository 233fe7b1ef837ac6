package io.commerceresolver.privacy;

import java.time.Instant;
import java.util.List;

/** The stored records that hold personal data, read and rewritten in small batches. */
public interface PersonalRecords {

    /**
     * One stored text with the row it belongs to: {@code column} names what it is (ticket, tool_call.request, ...),
     * {@code email} the row's own e-mail column if it has one, {@code json} whether the text is stored JSON.
     */
    record Held(String column, String key, String email, String text, boolean json) {
    }

    /** Records of the tenant created before {@code cutoff} (or, with an e-mail, of that customer at any age) not purged yet. */
    List<Held> unpurged(String tenantId, Instant cutoff, String customerEmail, int limit);

    /** Rewrites one record: its e-mail replaced by {@code emailHash}, its text by {@code scrubbed}. */
    void rewrite(String tenantId, Held record, String emailHash, String scrubbed);
}
