package io.commerceresolver.console.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunNodes;
import io.commerceresolver.playbook.RunOperations;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.privacy.PersonalDataMask;
import io.commerceresolver.security.Role;
import io.commerceresolver.user.AppUser;
import io.commerceresolver.user.UserDirectory;

/** What the process monitor shows: the playbooks' counts by state, filtered pages of runs, and one run in full. */
public class ProcessMonitor {

    /** The longest page of runs the list shows. */
    public static final int PAGE = 25;

    private final MonitorQueries queries;
    private final PlaybookDiagrams diagrams;
    private final PlaybookRuns runs;
    private final ToolCalls calls;
    private final EventLog events;
    private final RunNodes nodes;
    private final ApprovalInbox approvals;
    private final ApprovalOperations approvalOperations;
    private final UserDirectory users;
    private final ObjectMapper json;
    private final Clock clock;

    public ProcessMonitor(MonitorQueries queries, PlaybookDiagrams diagrams, PlaybookRuns runs, ToolCalls calls, EventLog events,
                          RunNodes nodes, ApprovalInbox approvals, ApprovalOperations approvalOperations, UserDirectory users,
                          ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.diagrams = diagrams;
        this.runs = runs;
        this.calls = calls;
        this.events = events;
        this.nodes = nodes;
        this.approvals = approvals;
        this.approvalOperations = approvalOperations;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    // ---- the counts

    /** One playbook's runs started in the period, by state in the order of {@link RunStates#ALL}. */
    public record PlaybookCounts(String playbook, String title, List<Long> counts, long total) {
    }

    public record Overview(Period period, Instant from, Instant to, List<PlaybookCounts> playbooks, List<Long> totals, long total) {
    }

    public Overview overview(String tenantId, Period period) {
        Instant to = clock.instant();
        Instant from = to.minus(period.length());
        Map<String, Map<RunStatus, Long>> byPlaybook = new HashMap<>();
        for (MonitorQueries.StateCount count : queries.counts(tenantId, from, to)) {
            byPlaybook.computeIfAbsent(count.playbook(), name -> new EnumMap<>(RunStatus.class)).merge(count.status(), count.runs(), Long::sum);
        }
        List<String> names = new ArrayList<>(diagrams.playbooks());
        byPlaybook.keySet().stream().filter(name -> !names.contains(name)).sorted().forEach(names::add);
        List<PlaybookCounts> rows = new ArrayList<>();
        long[] totals = new long[RunStates.ALL.size()];
        for (String name : names) {
            Map<RunStatus, Long> counts = byPlaybook.getOrDefault(name, Map.of());
            List<Long> row = new ArrayList<>();
            for (int i = 0; i < RunStates.ALL.size(); i++) {
                long count = counts.getOrDefault(RunStates.ALL.get(i).status(), 0L);
                row.add(count);
                totals[i] += count;
            }
            rows.add(new PlaybookCounts(name, diagrams.title(name), row, row.stream().mapToLong(Long::longValue).sum()));
        }
        List<Long> totalRow = new ArrayList<>();
        for (long count : totals) {
            totalRow.add(count);
        }
        return new Overview(period, from, to, rows, totalRow, totalRow.stream().mapToLong(Long::longValue).sum());
    }

    // ---- the list

    /** The age filter: runs started at least this long ago. */
    public enum Age {
        ANY("", "any age", null), HOUR("1h", "older than 1 hour", Duration.ofHours(1)), DAY("1d", "older than 1 day", Duration.ofDays(1)),
        WEEK("7d", "older than 7 days", Duration.ofDays(7));

        private final String code;
        private final String label;
        private final Duration atLeast;

        Age(String code, String label, Duration atLeast) {
            this.code = code;
            this.label = label;
            this.atLeast = atLeast;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static Optional<Age> fromCode(String code) {
            for (Age age : values()) {
                if (age.code.equals(code == null ? "" : code)) {
                    return Optional.of(age);
                }
            }
            return Optional.empty();
        }
    }

    /** What the list was asked for, as the filter form shows it again. */
    public record Filter(String playbook, RunStatus status, String orderId, String customer, Age age, String before) {
    }

    public record RunRow(String runId, String ticketId, String playbook, RunStates.State state, String orderId, String customer,
                         Instant startedAt, Instant endedAt) {
    }

    /** @param next the {@code before} of the next page, null on the last page */
    public record RunPage(List<RunRow> runs, String next) {
    }

    public RunPage runs(String tenantId, Filter filter) {
        Instant startedBefore = filter.age().atLeast == null ? null : clock.instant().minus(filter.age().atLeast);
        List<MonitorQueries.RunLine> lines = queries.runs(tenantId, new MonitorQueries.RunFilter(filter.playbook(), filter.status(),
                filter.orderId(), filter.customer(), startedBefore, filter.before(), PAGE + 1));
        boolean more = lines.size() > PAGE;
        List<RunRow> rows = lines.stream().limit(PAGE).map(line -> new RunRow(line.runId(), line.ticketId(), line.playbook(),
                RunStates.of(line.status()), line.orderId(), line.customerEmail() == null ? null : PersonalDataMask.maskedEmail(line.customerEmail()),
                line.startedAt(), line.endedAt())).toList();
        return new RunPage(rows, more ? rows.get(rows.size() - 1).runId() : null);
    }

    // ---- one run

    public record RetryView(Instant at, String attempt, String kind, String message, String waitMs) {
    }

    public record CallView(String tool, String step, String status, int attempts, Instant createdAt, Instant updatedAt, String request,
                           String response, List<RetryView> retries) {
    }

    public record DecisionView(Instant at, String step, String tier, boolean allowed, boolean approvalRequired, String approverRole,
                               List<String> firedRules, List<String> reasons, String rulesVersion) {
    }

    /** @param candidates the tenant's active people who hold the approval's role (a senior approver may take an approver's) */
    public record ApprovalView(String id, int tier, String approverRole, String outcome, String summary, Instant requestedAt,
                               Instant dueAt, String decidedBy, Instant decidedAt, String reason, String assignee, List<String> candidates,
                               boolean pending) {
    }

    public record TimelineEntry(Instant at, String type, String step, String detail) {
    }

    public record RunDetail(AgentRun run, String title, RunStates.State state, String customer, String plan, String variables,
                            List<CallView> calls, List<DecisionView> decisions, ApprovalView approval, List<TimelineEntry> timeline,
                            RunPath path, boolean retriable, boolean cancellable) {
    }

    public RunDetail run(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        List<Event> story = events.story(tenantId, run.ticketId());
        List<ToolCall> made = calls.forRun(tenantId, runId);
        String requester = run.plan() == null ? null : run.plan().requesterEmail();
        return new RunDetail(run, diagrams.title(run.playbook()), RunStates.of(run.status()),
                requester == null ? null : PersonalDataMask.maskedEmail(requester), pretty(run.plan()), pretty(run.state()),
                calls(made, story), decisions(story), approval(tenantId, runId), timeline(story),
                RunPath.of(run.playbook(), run.status(), nodes.forRun(tenantId, runId)),
                run.status() == RunStatus.FAILED && RunOperations.retriable(made).isPresent(), !run.status().isFinal());
    }

    private List<CallView> calls(List<ToolCall> made, List<Event> story) {
        Map<String, List<RetryView>> retries = new HashMap<>();
        for (Event event : story) {
            if ("tool_retry".equals(event.type()) && event.payload() != null && event.payload().get("idempotencyKey") != null) {
                Map<String, Object> p = event.payload();
                retries.computeIfAbsent(String.valueOf(p.get("idempotencyKey")), key -> new ArrayList<>()).add(new RetryView(event.ts(),
                        text(p.get("attempt")), text(p.get("kind")), MonitorMask.maskedText(text(p.get("message"))), text(p.get("waitMs"))));
            }
        }
        return made.stream().map(call -> new CallView(call.tool(), call.step(), call.status().name(), call.attempts(), call.createdAt(),
                call.updatedAt(), prettyJson(call.request()), prettyJson(call.response()),
                retries.getOrDefault(call.idempotencyKey(), List.of()))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<DecisionView> decisions(List<Event> story) {
        List<DecisionView> found = new ArrayList<>();
        for (Event event : story) {
            if (!"decision".equals(event.type()) || event.payload() == null) {
                continue;
            }
            Map<String, Object> p = event.payload();
            found.add(new DecisionView(event.ts(), event.step() == null ? "triage" : event.step(), text(p.get("tier")),
                    Boolean.TRUE.equals(p.get("allowed")), Boolean.TRUE.equals(p.get("approvalRequired")), text(p.get("approverRole")),
                    strings(p.get("firedRules")), strings(p.get("reasons")).stream().map(MonitorMask::maskedText).toList(),
                    text(p.get("rulesVersion"))));
        }
        return found;
    }

    private ApprovalView approval(String tenantId, String runId) {
        Optional<Approval> found = approvals.forRun(tenantId, runId);
        if (found.isEmpty()) {
            return null;
        }
        Approval approval = found.get();
        boolean pending = approval.outcome() == ApprovalOutcome.PENDING;
        List<String> candidates = pending ? users.all(tenantId).stream()
                .filter(user -> user.disabledAt() == null && mayDecide(user, approval.approverRole()))
                .map(AppUser::username).sorted().toList() : List.of();
        return new ApprovalView(approval.id(), approval.tier(), approval.approverRole(), approval.outcome().name(),
                MonitorMask.maskedText(approval.summary()), approval.requestedAt(), approval.dueAt(), approval.decidedBy(), approval.decidedAt(),
                MonitorMask.maskedText(approval.reason()), approvalOperations.assignee(tenantId, approval.id()).orElse(null), candidates, pending);
    }

    private static boolean mayDecide(AppUser user, String approverRole) {
        return user.roles().stream().anyMatch(role -> role.code().equals(approverRole))
                || (Role.APPROVER.code().equals(approverRole) && user.roles().contains(Role.SENIOR_APPROVER));
    }

    private List<TimelineEntry> timeline(List<Event> story) {
        return story.stream().map(event -> new TimelineEntry(event.ts(), event.type(), event.step(),
                event.payload() == null ? "" : compact(MonitorMask.masked(event.payload())))).toList();
    }

    private String pretty(Object value) {
        if (value == null) {
            return null;
        }
        return prettyTree(json.convertValue(value, Object.class));
    }

    private String prettyJson(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return prettyTree(json.readValue(stored, Object.class));
        } catch (JsonProcessingException unreadable) {
            return MonitorMask.maskedText(stored);
        }
    }

    private String prettyTree(Object tree) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(MonitorMask.masked(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String compact(Object tree) {
        try {
            String text = json.writeValueAsString(tree);
            return text.length() <= 600 ? text : text.substring(0, 600) + "…";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
