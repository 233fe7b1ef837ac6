package io.commerceresolver.marketplace;

import java.time.Instant;

/** An event that could not be applied, with the error, until a person replays it. */
public record DeadLetter(String id, String tenantId, String eventId, String error, Instant failedAt, Instant replayedAt,
                         String replayedBy) {
}
