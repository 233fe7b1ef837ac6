package io.commerceresolver.conversation.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.conversation.SessionStore;

@Mapper
public interface SessionHistoryMapper {

    Optional<SessionRow> lock(@Param("tenantId") String tenantId, @Param("username") String username, @Param("sessionId") String sessionId);

    void insert(SessionRow row);

    int update(SessionRow row);

    List<SessionRow> sessionsOf(@Param("tenantId") String tenantId, @Param("username") String username, @Param("limit") int limit);

    int deleteSessionsOf(@Param("tenantId") String tenantId, @Param("username") String username);

    Optional<Boolean> historySwitch(@Param("tenantId") String tenantId, @Param("username") String username);

    int updateSwitch(@Param("tenantId") String tenantId, @Param("username") String username, @Param("enabled") boolean enabled,
                     @Param("at") Instant at);

    void insertSwitch(@Param("tenantId") String tenantId, @Param("username") String username, @Param("enabled") boolean enabled,
                      @Param("at") Instant at);

    List<SessionStore.Cell> byStartHour(@Param("tenantId") String tenantId);

    List<SessionStore.Cell> byStartWeekday(@Param("tenantId") String tenantId);

    List<SessionStore.Cell> byPeakStressBand(@Param("tenantId") String tenantId, @Param("width") BigDecimal width, @Param("lastBand") int lastBand);

    record SessionRow(String tenantId, String username, String sessionId, Instant startedAt, Instant lastAt, int requests,
                      BigDecimal stressSum, int stressCount, BigDecimal peakStress, Integer minutesMax, int startHourUtc,
                      int startWeekdayUtc, int escalations) {
    }
}
