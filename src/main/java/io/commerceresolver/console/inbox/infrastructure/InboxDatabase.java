package io.commerceresolver.console.inbox.infrastructure;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.console.inbox.InboxTickets;
import io.commerceresolver.console.inbox.TicketSearch;
import io.commerceresolver.console.inbox.TicketTab;

@Component
class InboxDatabase implements InboxTickets {

    private final InboxMapper mapper;

    InboxDatabase(InboxMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<TicketLine> newest(Filter filter, int limit, int wordScan) {
        TicketSearch search = filter.search();
        TicketSearch.Kind kind = search.kind();
        List<String> statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
        List<String> states = statuses.isEmpty() ? null : statuses;
        String email = kind == TicketSearch.Kind.EMAIL ? search.text() : null;
        String orderId = kind == TicketSearch.Kind.ORDER ? search.text() : null;
        Instant scanFrom = null;
        if (kind == TicketSearch.Kind.WORDS) {
            // two index-ordered look-ups rather than a sorted subquery, which H2 would sort in full
            scanFrom = mapper.scanStart(filter.tenantId(), states, filter.assignee(), email, search.emailLowerCase(), orderId,
                    filter.beforeAt(), filter.beforeId(), wordScan - 1);
        }
        return mapper.newest(filter.tenantId(), states, filter.assignee(), email, search.emailLowerCase(), orderId,
                kind == TicketSearch.Kind.WORDS ? search.likePatterns() : null, filter.beforeAt(), filter.beforeId(), scanFrom, limit);
    }

    @Override
    public Map<TicketTab, Integer> counts(String tenantId, String me, Set<TicketTab> wanted, int cap) {
        List<InboxMapper.TabFilter> tabs = wanted.stream().sorted()
                .filter(tab -> !tab.onlyMine() || me != null)
                .map(tab -> new InboxMapper.TabFilter(tab.name(), tab.statuses().isEmpty() ? null
                        : tab.statuses().stream().map(Enum::name).sorted().toList(), tab.onlyMine() ? me : null))
                .toList();
        Map<TicketTab, Integer> counts = new EnumMap<>(TicketTab.class);
        if (tabs.isEmpty()) {
            return counts;
        }
        mapper.counts(tenantId, tabs, cap).forEach(row -> counts.put(TicketTab.valueOf(row.tab()), (int) row.tickets()));
        return counts;
    }

    @Override
    public List<PendingApproval> waiting(String tenantId, Decider decider, String after, int limit) {
        if (decider != null && decider.roles().isEmpty()) {
            return List.of();
        }
        return mapper.waiting(tenantId, decider, after, limit);
    }

    @Override
    public int waitingCount(String tenantId, Decider decider, int cap) {
        if (decider != null && decider.roles().isEmpty()) {
            return 0;
        }
        return (int) mapper.waitingCount(tenantId, decider, cap);
    }

    /** A run's tool calls are keyed "{runId}:{step}:{tool}" (ToolExecutor), so its mails are one range of the unique key. */
    @Override
    public List<ReplyMail> replies(String tenantId, String runId) {
        return mapper.replies(tenantId, runId + ":", runId + ";");
    }

    @Override
    public List<DecidedApproval> recentlyDecided(String tenantId, int limit) {
        return mapper.recentlyDecided(tenantId, limit);
    }
}
