package io.commerceresolver.conversation.infrastructure;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.conversation.SessionAggregate;
import io.commerceresolver.conversation.SessionStore;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/** {@link SessionStore} in the voice_session and session_history_setting tables (V35). */
class SessionStoreDatabase implements SessionStore {

    private final SessionHistoryMapper mapper;
    private final DuplicateSafeInsert duplicateSafe;

    SessionStoreDatabase(SessionHistoryMapper mapper, DuplicateSafeInsert duplicateSafe) {
        this.mapper = mapper;
        this.duplicateSafe = duplicateSafe;
    }

    @Override
    public Optional<SessionAggregate> lock(String tenantId, String username, String sessionId) {
        return mapper.lock(tenantId, username, sessionId).map(SessionStoreDatabase::aggregate);
    }

    @Override
    public boolean insert(SessionAggregate session) {
        return duplicateSafe.tryInsert(() -> mapper.insert(row(session)));
    }

    @Override
    public void update(SessionAggregate session) {
        mapper.update(row(session));
    }

    @Override
    public List<SessionAggregate> sessionsOf(String tenantId, String username, int limit) {
        return mapper.sessionsOf(tenantId, username, limit).stream().map(SessionStoreDatabase::aggregate).toList();
    }

    @Override
    public int deleteSessionsOf(String tenantId, String username) {
        return mapper.deleteSessionsOf(tenantId, username);
    }

    @Override
    public Optional<Boolean> historySwitch(String tenantId, String username) {
        return mapper.historySwitch(tenantId, username);
    }

    /** Two people switching at once both end with a row; the later write wins, which is what each of them asked. */
    @Override
    public void switchHistory(String tenantId, String username, boolean enabled, Instant at) {
        if (mapper.updateSwitch(tenantId, username, enabled, at) == 0
                && !duplicateSafe.tryInsert(() -> mapper.insertSwitch(tenantId, username, enabled, at))) {
            mapper.updateSwitch(tenantId, username, enabled, at);
        }
    }

    @Override
    public List<Cell> byStartHour(String tenantId) {
        return mapper.byStartHour(tenantId);
    }

    @Override
    public List<Cell> byStartWeekday(String tenantId) {
        return mapper.byStartWeekday(tenantId);
    }

    @Override
    public List<Cell> byPeakStressBand(String tenantId, BigDecimal bandWidth, int lastBand) {
        return mapper.byPeakStressBand(tenantId, bandWidth, lastBand);
    }

    private static SessionHistoryMapper.SessionRow row(SessionAggregate s) {
        return new SessionHistoryMapper.SessionRow(s.tenantId(), s.username(), s.sessionId(), s.startedAt(), s.lastAt(), s.requests(),
                s.stressSum(), s.stressCount(), s.peakStress(), s.sessionMinutesMax(), s.startHourUtc(), s.startWeekdayUtc().getValue(),
                s.escalations());
    }

    private static SessionAggregate aggregate(SessionHistoryMapper.SessionRow r) {
        return new SessionAggregate(r.tenantId(), r.username(), r.sessionId(), r.startedAt(), r.lastAt(), r.requests(), r.stressSum(),
                r.stressCount(), r.peakStress(), r.minutesMax(), r.startHourUtc(), DayOfWeek.of(r.startWeekdayUtc()), r.escalations());
    }
}
