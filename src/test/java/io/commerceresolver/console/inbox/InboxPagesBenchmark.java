package io.commerceresolver.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * How long the inbox's ticket list takes with 100,000 tickets in one tenant: each tab, each kind of search, a later
 * page. Not part of the build (no *IT or *Test suffix); run it with
 * {@code ./mvnw -o verify -Dtest=none -Dit.test=InboxPagesBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}
 * and read the timings it prints (the slowest of five calls after a warm-up, in ms).
 */
@ConsoleBrowserTest
class InboxPagesBenchmark {

    private static final int TICKETS = 100_000;
    private static final String[] STATUSES = {"RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED", "NEEDS_HUMAN", "DECLINED",
            "WAITING_APPROVAL", "FAILED", "SHADOWED", "IN_PROGRESS"};
    private static final String[] SUBJECTS = {"Refund please", "Where is my order", "Cancel my order", "Change of address", null};

    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TicketInbox inbox;

    @Test
    void theTicketListStaysFastWithAHundredThousandTickets() {
        TestStores.Store store = stores.newStore(Map.of());
        String tenantId = store.tenantId();
        Instant start = Instant.now().minusSeconds(TICKETS * 60L);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            String id = UUID.randomUUID().toString();
            String subject = SUBJECTS[i % SUBJECTS.length];
            String text = "Hello, order " + (10_000 + i % 50_000) + " " + (i % 997 == 0 ? "arrived with a cracked teapot" : "is late") + ". "
                    + "Please help me with it as soon as you can, I have been waiting for a long time now. Thanks, customer " + i % 5000;
            rows.add(new Object[] {id, tenantId, "email", id, "customer" + (i % 5000) + "@example.com", subject, text, STATUSES[i % STATUSES.length],
                    "refund_request", String.valueOf(10_000 + i % 50_000), id, Timestamp.from(start.plusSeconds(i * 60L)),
                    Timestamp.from(start.plusSeconds(i * 60L)), i % 7 == 0 ? "amy" : null});
            if (rows.size() == 5000) {
                insert(rows);
            }
        }
        insert(rows);
        Caller amy = Caller.user(tenantId, "amy", Set.of(Role.AGENT));

        Map<String, Supplier<Object>> pages = new LinkedHashMap<>();
        Arrays.stream(TicketTab.values()).forEach(tab -> pages.put("tab " + tab.slug(), () -> inbox.list(amy, tab.slug(), null, null)));
        pages.put("all, by e-mail", () -> inbox.list(amy, "all", "customer42@example.com", null));
        pages.put("all, by order", () -> inbox.list(amy, "all", "#10042", null));
        pages.put("all, by rare words", () -> inbox.list(amy, "all", "cracked teapot", null));
        pages.put("resolved, by rare words", () -> inbox.list(amy, "resolved", "cracked teapot", null));
        pages.put("all, by common words", () -> inbox.list(amy, "all", "late", null));
        String after = TenantScope.of(tenantId, () -> inbox.list(amy, "resolved", null, null)).next();
        pages.put("resolved, page 2", () -> inbox.list(amy, "resolved", null, after));
        Map<String, Long> slowest = new LinkedHashMap<>();
        pages.forEach((name, page) -> {
            TenantScope.of(tenantId, page);
            long worst = 0;
            for (int i = 0; i < 5; i++) {
                long began = System.nanoTime();
                TenantScope.of(tenantId, page);
                worst = Math.max(worst, (System.nanoTime() - began) / 1_000_000);
            }
            slowest.put(name, worst);
        });
        slowest.forEach((name, ms) -> System.out.printf("INBOX-BENCH %-28s %5d ms%n", name, ms));
        assertThat(slowest.values()).allSatisfy(ms -> assertThat(ms).isLessThan(200));
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO ticket (id, tenant_id, source, external_id, customer_email, subject, text, status, intent, confidence,"
                + " extractor, order_id, correlation_id, created_at, updated_at, assignee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, 'keyword', ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }
}
