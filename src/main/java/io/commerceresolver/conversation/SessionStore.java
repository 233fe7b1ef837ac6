package io.commerceresolver.conversation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where session aggregates and each person's history switch are kept; every call names the tenant. */
public interface SessionStore {

    /** The session's aggregate, locked until the caller's transaction ends, so concurrent requests fold one after another. */
    Optional<SessionAggregate> lock(String tenantId, String username, String sessionId);

    /** {@code false} when a concurrent request of the same session inserted it first (the caller's transaction stays usable). */
    boolean insert(SessionAggregate session);

    void update(SessionAggregate session);

    /** The person's sessions, the latest first. */
    List<SessionAggregate> sessionsOf(String tenantId, String username, int limit);

    /** Deletes every session of the person; the number deleted. */
    int deleteSessionsOf(String tenantId, String username);

    /** Empty when the person never switched: history is on by default. */
    Optional<Boolean> historySwitch(String tenantId, String username);

    void switchHistory(String tenantId, String username, boolean enabled, Instant at);

    /** Sessions, requests and escalations of the tenant grouped by the UTC hour of day of the session's start (0 to 23). */
    List<Cell> byStartHour(String tenantId);

    /** The same grouped by the ISO weekday of the start (1 Monday to 7 Sunday). */
    List<Cell> byStartWeekday(String tenantId);

    /**
     * The same grouped by peak stress in bands {@code bandWidth} wide: the key is the band's index (its lower edge over
     * the width, at most {@code lastBand}), null for sessions that reported no stress.
     */
    List<Cell> byPeakStressBand(String tenantId, BigDecimal bandWidth, int lastBand);

    /** One group of sessions, over every person of the tenant. */
    record Cell(String key, long sessions, long requests, long escalations) {
    }
}
