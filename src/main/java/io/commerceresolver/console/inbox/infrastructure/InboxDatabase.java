package io.commerceresolver.console.inbox.infrastructure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        return mapper.newest(filter.tenantId(), statuses.isEmpty() ? null : statuses, filter.assignee(),
                kind == TicketSearch.Kind.EMAIL ? search.text() : null, search.emailLowerCase(),
                kind == TicketSearch.Kind.ORDER ? search.text() : null,
                kind == TicketSearch.Kind.WORDS ? search.likePatterns() : null, filter.beforeAt(), filter.beforeId(), limit, wordScan);
    }

    @Override
    public Map<TicketTab, Integer> counts(String tenantId, String me, int cap) {
        List<InboxMapper.TabFilter> tabs = java.util.Arrays.stream(TicketTab.values())
                .filter(tab -> !tab.onlyMine() || me != null)
                .map(tab -> new InboxMapper.TabFilter(tab.name(), tab.statuses().isEmpty() ? null
                        : tab.statuses().stream().map(Enum::name).sorted().toList(), tab.onlyMine() ? me : null))
                .toList();
        Map<TicketTab, Integer> counts = new EnumMap<>(TicketTab.class);
        mapper.counts(tenantId, tabs, cap).forEach(row -> counts.put(TicketTab.valueOf(row.tab()), (int) row.tickets()));
        return counts;
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
