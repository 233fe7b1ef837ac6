package io.commerceresolver.conversation;

import java.util.List;

/**
 * When a tenant's escalations for stress or fatigue cluster: sessions, requests and escalations by the UTC hour and
 * weekday a session started and by its peak stress. No person is named, and a group of fewer sessions than
 * {@code minimumSessions} is left out (counted in {@code suppressed}) so that no one can be picked out of a sparse hour.
 */
public record EscalationReport(String timeZone, int minimumSessions, Breakdown byHourOfDay, Breakdown byWeekday, Breakdown byPeakStress) {

    public record Breakdown(List<SessionStore.Cell> cells, int suppressed) {

        static Breakdown of(List<SessionStore.Cell> all, int minimumSessions) {
            List<SessionStore.Cell> shown = all.stream().filter(cell -> cell.sessions() >= minimumSessions).toList();
            return new Breakdown(shown, all.size() - shown.size());
        }
    }
}
