package io.commerceresolver.conversation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.conversation.SessionAggregate;
import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The caller's own session history: see it, switch it off or on, delete it. Nobody reaches another person's through here. */
@RestController
public class SessionHistoryController {

    private static final String PATH = "/api/v1/me/session-history";

    private final SessionHistory history;
    private final Clock clock;

    public SessionHistoryController(SessionHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public record HistorySwitch(Boolean enabled) {
    }

    /** What is kept of one session; the hour and weekday are those of its start in UTC. */
    public record SessionView(String sessionId, Instant startedAt, Instant lastAt, int requests, BigDecimal averageStress,
                              BigDecimal peakStress, Integer sessionMinutesMax, int startHourUtc, DayOfWeek startWeekdayUtc, int escalations) {
        static SessionView of(SessionAggregate s) {
            return new SessionView(s.sessionId(), s.startedAt(), s.lastAt(), s.requests(), s.averageStress(), s.peakStress(),
                    s.sessionMinutesMax(), s.startHourUtc(), s.startWeekdayUtc(), s.escalations());
        }
    }

    public record HistoryView(boolean historyEnabled, List<SessionView> sessions) {
    }

    @PreAuthorize(Access.OWN_HISTORY)
    @GetMapping(PATH)
    public HistoryView get(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "50") int limit) {
        SessionHistory.MySessions mine = history.of(caller.tenantId(), caller.name(), limit);
        return new HistoryView(mine.historyEnabled(), mine.sessions().stream().map(SessionView::of).toList());
    }

    @PreAuthorize(Access.OWN_HISTORY)
    @PutMapping(PATH)
    public HistorySwitch put(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) HistorySwitch body) {
        if (body == null || body.enabled() == null) {
            throw new BadRequest("enabled", "The body must be {\"enabled\": false} or {\"enabled\": true}");
        }
        history.switchHistory(caller.tenantId(), caller.name(), body.enabled(), clock.instant());
        return body;
    }

    @PreAuthorize(Access.OWN_HISTORY)
    @DeleteMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@AuthenticationPrincipal Caller caller) {
        history.forget(caller.tenantId(), caller.name());
    }
}
