// Load client for the ticket pipeline: posts tickets to POST /api/v1/tickets, open loop at a fixed offered rate (or
// closed loop with --rate 0), then follows every accepted ticket with GET /api/v1/tickets/{id} until it is final or
// --settle-s passes, and reports throughput and accept-to-final latency read from the server's own timestamps (so how
// often this client polls does not change the figures). By default every ticket is "where is my order"; --mix writes a
// mix of intents against the demo store's orders, and an approver thread decides what waits for approval.
//
// Single file, JDK 17 only (java.net.http.HttpClient, a small JSON reader below); run with the source launcher:
//   java scripts/LoadTickets.java --urls http://127.0.0.1:18180 --key demo-key-change-me --rate 20 --duration-s 20 \
//        --clients 8 --settle-s 120 --store src/main/resources/sandbox/demo-store.json --out target/bench/x
// scripts/load-tickets.sh starts the app(s) and runs this; see its header for the figures and options.
//
// Options (all bounded): --urls a,b (127.0.0.1 or localhost only; tickets are spread round-robin over them) --key
// --rate tickets/s (0 = closed loop) --duration-s --clients --settle-s --poll-concurrency (default 4)
// --poll-interval-ms (pause between polling rounds, default 1000) --request-timeout-s (default 30)
// --max-tickets (closed-loop bound, default 200000) --store demo-store.json --out folder (tickets.csv, client.txt,
// client.properties, approvals.csv).
// Mix of intents: --mix status=50,refund=20,cancel=10,address=5,goodwill=10,return=5 (weights; default status=1, the
// original status-only load). Each kind writes texts the keyword reader reads as that intent, on orders where it makes
// sense (see Kind). Tickets are interleaved by smooth weighted round robin, and each kind walks its own orders, so a run
// is the same sequence every time. Many tickets write to the same few orders: DECLINED (a duplicate refund, nothing
// left to refund, an order already cancelled) is a normal outcome here, counted per kind, not an error.
// Approvals decided by a script (on whenever the mix has a kind other than status; --approve off disables it): at start
// the demo (admin) key creates an approver key (POST /api/v1/admin/api-keys, roles [approver]); a thread polls
// GET /api/v1/approvals?outcome=PENDING every --approval-poll-ms (default 500) and decides each new item --think-ms
// (default 2000) after it first saw it: rejected for a --reject-share (default 0.1, spread evenly), approved otherwise.
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

public class LoadTickets {

    static final Map<String, LongAdder> POLL_ERRORS = new ConcurrentHashMap<>();

    /** Statuses a ticket does not leave by itself. WAITING_APPROVAL is one of them only when nobody approves here. */
    static Set<String> FINAL = Set.of("RESOLVED", "FAILED", "NEEDS_HUMAN", "DECLINED", "SHADOWED", "WAITING_APPROVAL");

    record Order(String id, String email, String status, BigDecimal total, BigDecimal refunded, String country,
                 String firstSku, int deliveredDaysAgo) {}

    /** What a customer writes, and on which of the demo store's orders it makes sense. */
    enum Kind {
        /** "Where is my order": any order (the original load). */
        STATUS,
        /** A refund: DELIVERED orders; one in four above the auto-refund limit (waits for an approver), the rest within. */
        REFUND,
        /** A cancellation: PROCESSING orders (needs an approver; the first approved one cancels, the rest find it cancelled). */
        CANCEL,
        /** An address change to a valid address of the order's country: PROCESSING orders (needs an approver). */
        ADDRESS,
        /** A goodwill discount for a late order: SHIPPED orders (10 % of the order; above 10.00 an approver). */
        GOODWILL,
        /** A return for the money or a replacement, alternately: orders DELIVERED within the 30-day return window. */
        RETURN;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One planned ticket: its kind, the order it is about and its body. */
    record Planned(Kind kind, String orderId, String body) {}

    /** One accepted ticket and what became of it. */
    static final class Tracked {
        final String id;
        final int instance;
        final long acceptedNanos;
        final Kind kind;
        final String orderId;
        volatile String playbook;
        volatile String approvalId;
        volatile String status = "RECEIVED";
        volatile String detail;
        volatile Instant received;
        volatile Instant finished;
        volatile String timeSource;

        Tracked(String id, int instance, long acceptedNanos, Kind kind, String orderId) {
            this.id = id;
            this.instance = instance;
            this.acceptedNanos = acceptedNanos;
            this.kind = kind;
            this.orderId = orderId;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        List<String> urls = Arrays.asList(o.getOrDefault("urls", "http://127.0.0.1:18180").split(","));
        for (String u : urls) {
            URI uri = URI.create(u);
            if (!"http".equals(uri.getScheme()) || !Set.of("127.0.0.1", "localhost").contains(uri.getHost())) {
                throw new IllegalArgumentException("only http://127.0.0.1 targets are allowed, not " + u);
            }
        }
        String key = o.getOrDefault("key", "demo-key-change-me");
        double rate = bounded(o, "rate", 20, 0, 5000);
        int durationS = (int) bounded(o, "duration-s", 20, 1, 3600);
        int clients = (int) bounded(o, "clients", 8, 1, 512);
        int settleS = (int) bounded(o, "settle-s", 120, 0, 3600);
        int pollConcurrency = (int) bounded(o, "poll-concurrency", 4, 1, 32);
        long pollIntervalMs = (long) bounded(o, "poll-interval-ms", 1000, 0, 60000);
        int requestTimeoutS = (int) bounded(o, "request-timeout-s", 30, 1, 300);
        long maxTickets = (long) bounded(o, "max-tickets", 200000, 1, 10_000_000);
        Path out = Path.of(o.getOrDefault("out", "target/bench/tickets-client"));
        Files.createDirectories(out);
        List<Order> orders = orders(Path.of(o.getOrDefault("store", "src/main/resources/sandbox/demo-store.json")));
        Mix mix = Mix.parse(o.getOrDefault("mix", "status=1"), orders, urls.size());
        String approveOption = o.getOrDefault("approve", "auto");
        if (!Set.of("auto", "on", "off").contains(approveOption)) {
            throw new IllegalArgumentException("--approve must be auto, on or off, not " + approveOption);
        }
        boolean approve = approveOption.equals("on") || approveOption.equals("auto") && !mix.statusOnly();
        long thinkMs = (long) bounded(o, "think-ms", 2000, 0, 600_000);
        double rejectShare = bounded(o, "reject-share", 0.1, 0, 1);
        long approvalPollMs = (long) bounded(o, "approval-poll-ms", 500, 50, 60_000);
        if (approve) {
            FINAL = Set.of("RESOLVED", "FAILED", "NEEDS_HUMAN", "DECLINED", "SHADOWED");
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Duration requestTimeout = Duration.ofSeconds(requestTimeoutS);
        Approver approver = null;
        if (approve) {
            approver = Approver.start(http, urls, key, thinkMs, rejectShare, approvalPollMs);
            System.out.printf(Locale.ROOT, "approver: key created; deciding each PENDING approval %d ms after it is seen,"
                    + " rejecting %.0f %%%n", thinkMs, rejectShare * 100);
        }
        System.out.println("mix: " + mix.describe());

        // ---- offered window ----
        boolean open = rate > 0;
        long planned = open ? Math.round(rate * durationS) : maxTickets;
        System.out.printf(Locale.ROOT, "offering %s for %d s over %d clients to %s; %d orders of the demo store%n",
                open ? String.format(Locale.ROOT, "%.1f tickets/s (open loop, %d tickets)", rate, planned) : "closed loop",
                durationS, clients, urls, orders.size());
        AtomicLong slots = new AtomicLong();
        LongAdder attempted = new LongAdder();
        LongAdder transportErrors = new LongAdder();
        LongAdder acceptedInWindow = new LongAdder();
        Map<Integer, LongAdder> codes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Tracked> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> answerMicros = new ConcurrentLinkedQueue<>(); // from the slot's due time
        LongAccumulator maxLagMicros = new LongAccumulator(Math::max, 0);
        LongAccumulator lastAnswerNanos = new LongAccumulator(Math::max, 0);
        Map<String, LongAdder> firstErrors = new ConcurrentHashMap<>();
        Map<Kind, LongAdder> postErrorsByKind = new ConcurrentHashMap<>();
        long t0 = System.nanoTime() + 200_000_000L;
        long end = t0 + durationS * 1_000_000_000L;
        Thread[] workers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            workers[c] = new Thread(() -> {
                while (true) {
                    long i = slots.getAndIncrement();
                    if (i >= planned) {
                        return;
                    }
                    long due = open ? t0 + (long) (i * 1e9 / rate) : System.nanoTime();
                    long now = System.nanoTime();
                    if (now >= end) {
                        return; // the window is over: slots not sent yet are counted as not sent
                    }
                    if (due > now) {
                        sleepNanos(due - now);
                    } else if (open) {
                        maxLagMicros.accumulate((now - due) / 1000);
                    }
                    int instance = (int) (i % urls.size());
                    Planned ticket = mix.ticket(i);
                    String body = ticket.body();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(instance) + "/api/v1/tickets"))
                            .timeout(requestTimeout).header("X-Api-Key", key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    attempted.increment();
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long at = System.nanoTime();
                        lastAnswerNanos.accumulate(at - t0);
                        answerMicros.add((at - due) / 1000);
                        codes.computeIfAbsent(answer.statusCode(), k -> new LongAdder()).increment();
                        if (answer.statusCode() == 202) {
                            if (at <= end) {
                                acceptedInWindow.increment();
                            }
                            Object id = ((Map<?, ?>) Json.parse(answer.body())).get("ticketId");
                            accepted.add(new Tracked(String.valueOf(id), instance, at, ticket.kind(), ticket.orderId()));
                        } else {
                            postErrorsByKind.computeIfAbsent(ticket.kind(), k -> new LongAdder()).increment();
                            String what = "HTTP " + answer.statusCode() + ": "
                                    + answer.body().substring(0, Math.min(200, answer.body().length())).replace('\n', ' ');
                            firstErrors.computeIfAbsent(what, k -> new LongAdder()).increment();
                        }
                    } catch (IOException | RuntimeException e) {
                        long at = System.nanoTime();
                        lastAnswerNanos.accumulate(at - t0);
                        transportErrors.increment();
                        postErrorsByKind.computeIfAbsent(ticket.kind(), k -> new LongAdder()).increment();
                        firstErrors.computeIfAbsent(describe(e), k -> new LongAdder()).increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "client-" + c);
            workers[c].start();
        }
        for (Thread w : workers) {
            w.join(TimeUnit.SECONDS.toMillis(durationS + requestTimeoutS + 30L));
        }
        long windowEnded = System.nanoTime();
        double answeredWindowS = Math.max(durationS, lastAnswerNanos.get() / 1e9);
        long sent = attempted.sum();
        long notSent = open ? planned - sent : 0;
        long ok = codes.getOrDefault(202, new LongAdder()).sum();
        long fiveXX = codes.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().sum()).sum();
        long otherNon202 = codes.entrySet().stream().filter(e -> e.getKey() != 202 && e.getKey() < 500)
                .mapToLong(e -> e.getValue().sum()).sum();
        System.out.printf(Locale.ROOT, "window over: %d sent, %d answered 202, %d 5xx, %d other non-202, %d transport errors%n",
                sent, ok, fiveXX, otherNon202, transportErrors.sum());

        // ---- settle: follow the accepted tickets, gently ----
        List<Tracked> all = new ArrayList<>(accepted);
        List<Tracked> pending = new ArrayList<>(all);
        LongAdder pollErrors = new LongAdder();
        LongAdder polls = new LongAdder();
        long settleDeadline = System.nanoTime() + settleS * 1_000_000_000L;
        ExecutorService pollers = Executors.newFixedThreadPool(pollConcurrency);
        int rounds = 0;
        while (!pending.isEmpty() && System.nanoTime() < settleDeadline) {
            rounds++;
            List<Future<?>> round = new ArrayList<>();
            for (Tracked t : pending) {
                round.add(pollers.submit(() -> {
                    if (System.nanoTime() >= settleDeadline) {
                        return;
                    }
                    poll(http, urls.get(t.instance), key, t, pollErrors);
                    polls.increment();
                }));
            }
            for (Future<?> f : round) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    pollErrors.increment();
                }
            }
            pending.removeIf(t -> FINAL.contains(t.status));
            if (!pending.isEmpty() && System.nanoTime() < settleDeadline) {
                Thread.sleep(Math.min(pollIntervalMs, Math.max(0, (settleDeadline - System.nanoTime()) / 1_000_000)));
            }
        }
        pollers.shutdownNow();
        double settledS = (System.nanoTime() - windowEnded) / 1e9;
        if (approver != null) {
            approver.stop();
        }

        // ---- figures ----
        Map<String, Integer> byStatus = new TreeMap<>();
        all.forEach(t -> byStatus.merge(t.status, 1, Integer::sum));
        List<Double> latenciesMs = new ArrayList<>();
        Instant firstAccept = null;
        Instant lastResolved = null;
        Map<String, Integer> timeSources = new TreeMap<>();
        for (Tracked t : all) {
            if (t.received != null && (firstAccept == null || t.received.isBefore(firstAccept))) {
                firstAccept = t.received;
            }
            if ("RESOLVED".equals(t.status) && t.received != null && t.finished != null) {
                latenciesMs.add(Duration.between(t.received, t.finished).toNanos() / 1e6);
                if (lastResolved == null || t.finished.isAfter(lastResolved)) {
                    lastResolved = t.finished;
                }
                timeSources.merge(t.timeSource, 1, Integer::sum);
            }
        }
        Collections.sort(latenciesMs);
        int resolved = byStatus.getOrDefault("RESOLVED", 0);
        double resolvedSpanS = firstAccept != null && lastResolved != null
                ? Duration.between(firstAccept, lastResolved).toNanos() / 1e9 : Double.NaN;
        List<Long> answers = new ArrayList<>(answerMicros);
        Collections.sort(answers);
        Map<Integer, Integer> perInstance = new TreeMap<>();
        all.forEach(t -> perInstance.merge(t.instance, 1, Integer::sum));

        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "mode                      %s%n", open
                ? String.format(Locale.ROOT, "open loop, offered %.1f tickets/s for %d s (%d planned)", rate, durationS, planned)
                : String.format(Locale.ROOT, "closed loop for %d s", durationS)));
        s.append(String.format(Locale.ROOT, "clients                   %d; targets %s%n", clients, urls));
        s.append(String.format(Locale.ROOT, "posted                    %d%s%n", sent,
                open && notSent > 0 ? " (" + notSent + " planned tickets not sent: all clients were waiting for answers)" : ""));
        if (open) {
            s.append(String.format(Locale.ROOT, "send lag behind schedule  max %.0f ms%n", maxLagMicros.get() / 1000.0));
        }
        s.append(String.format(Locale.ROOT, "accepted/s in the window  %.1f/s (%d answers 202 within the %d s offered window)%n",
                acceptedInWindow.sum() / (double) durationS, acceptedInWindow.sum(), durationS));
        s.append(String.format(Locale.ROOT, "accepted (202) in all     %d = %.1f/s over %.1f s (until the last answer or timeout)%n",
                ok, ok / answeredWindowS, answeredWindowS));
        s.append(String.format(Locale.ROOT, "5xx answers               %d%n", fiveXX));
        s.append(String.format(Locale.ROOT, "other non-202 answers     %d%n", otherNon202));
        s.append(String.format(Locale.ROOT, "transport errors          %d (timeouts, refused connections)%n", transportErrors.sum()));
        s.append(String.format(Locale.ROOT, "answer codes              %s%n", new TreeMap<>(codes)));
        s.append(String.format(Locale.ROOT, "POST answer time          p50 %s  p99 %s  max %s (from the scheduled send time)%n",
                ms(pct(answers, 50) / 1000.0), ms(pct(answers, 99) / 1000.0), ms(pct(answers, 100) / 1000.0)));
        s.append(String.format(Locale.ROOT, "accepted per target       %s%n", perInstance));
        s.append(String.format(Locale.ROOT, "resolved                  %d of %d accepted%n", resolved, all.size()));
        s.append(String.format(Locale.ROOT, "resolved/s sustained      %s (first accept to last resolution: %.1f s, server clock)%n",
                Double.isNaN(resolvedSpanS) || resolvedSpanS <= 0 ? "n/a"
                        : String.format(Locale.ROOT, "%.2f", resolved / resolvedSpanS), resolvedSpanS));
        s.append(String.format(Locale.ROOT, "accept->resolved latency  p50 %s  p90 %s  p99 %s  max %s (server timestamps: %s)%n",
                ms(pctD(latenciesMs, 50)), ms(pctD(latenciesMs, 90)), ms(pctD(latenciesMs, 99)), ms(pctD(latenciesMs, 100)),
                timeSources));
        s.append(String.format(Locale.ROOT, "accepted, not RESOLVED    %d %s%n", all.size() - resolved,
                byStatus.entrySet().stream().filter(e -> !e.getKey().equals("RESOLVED")).toList()));
        s.append(String.format(Locale.ROOT, "final status (client)     %s%n", byStatus));
        s.append(String.format(Locale.ROOT, "settling                  %.1f s, %d polling rounds, %d GETs (%d at a time), %d poll errors, %d still not final%n",
                settledS, rounds, polls.sum(), pollConcurrency, pollErrors.sum(), pending.size()));
        if (!firstErrors.isEmpty()) {
            s.append("errors (most frequent first, up to 8):\n");
            firstErrors.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(8)
                    .forEach(e -> s.append(String.format(Locale.ROOT, "  %6d x %s%n", e.getValue().sum(), e.getKey())));
        }
        if (!POLL_ERRORS.isEmpty()) {
            s.append("poll errors (the ticket is polled again next round): ");
            POLL_ERRORS.forEach((k, v) -> s.append(v.sum()).append(" x ").append(k).append("; "));
            s.append('\n');
        }
        Map<String, Integer> failDetails = new TreeMap<>();
        all.stream().filter(t -> !"RESOLVED".equals(t.status))
                .forEach(t -> failDetails.merge(t.status + ": " + trim(t.detail), 1, Integer::sum));
        if (!failDetails.isEmpty()) {
            s.append("why not resolved (status detail, up to 8):\n");
            failDetails.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                    .forEach(e -> s.append(String.format(Locale.ROOT, "  %6d x %s%n", e.getValue(), e.getKey())));
        }
        if (!mix.statusOnly() || approver != null) {
            s.append(perKind(all, postErrorsByKind, approver));
        }
        if (approver != null) {
            s.append(approver.report());
            Files.writeString(out.resolve("approvals.csv"), approver.csv());
        }
        System.out.print(s);
        Files.writeString(out.resolve("client.txt"), s.toString());

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sent", sent);
        props.put("accepted", ok);
        props.put("accepted_per_s", String.format(Locale.ROOT, "%.2f", acceptedInWindow.sum() / (double) durationS));
        props.put("http_5xx", fiveXX);
        props.put("http_other_non202", otherNon202);
        props.put("transport_errors", transportErrors.sum());
        props.put("resolved", resolved);
        props.put("resolved_per_s", Double.isNaN(resolvedSpanS) || resolvedSpanS <= 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f", resolved / resolvedSpanS));
        props.put("latency_p50_ms", ms(pctD(latenciesMs, 50)));
        props.put("latency_p90_ms", ms(pctD(latenciesMs, 90)));
        props.put("latency_p99_ms", ms(pctD(latenciesMs, 99)));
        props.put("latency_max_ms", ms(pctD(latenciesMs, 100)));
        props.put("not_resolved", all.size() - resolved);
        StringBuilder p = new StringBuilder();
        props.forEach((k, v) -> p.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("client.properties"), p.toString());
        StringBuilder csv = new StringBuilder("ticket_id,kind,order,playbook,approval_id,target,status,received,finished,latency_ms\n");
        for (Tracked t : all) {
            csv.append(t.id).append(',').append(t.kind.label()).append(',').append(t.orderId).append(',')
                    .append(t.playbook == null ? "" : t.playbook).append(',').append(t.approvalId == null ? "" : t.approvalId)
                    .append(',').append(t.instance).append(',').append(t.status).append(',')
                    .append(t.received == null ? "" : t.received).append(',').append(t.finished == null ? "" : t.finished)
                    .append(',').append(t.received != null && t.finished != null
                            ? String.format(Locale.ROOT, "%.1f", Duration.between(t.received, t.finished).toNanos() / 1e6) : "")
                    .append('\n');
        }
        Files.writeString(out.resolve("tickets.csv"), csv.toString());
    }

    /** Reads a ticket; when final, takes its times from the server: the received event, and the last event or update. */
    static void poll(HttpClient http, String base, String key, Tracked t, LongAdder errors) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets/" + t.id)).timeout(Duration.ofSeconds(35))
                .header("X-Api-Key", key).GET().build();
        try {
            HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                errors.increment();
                POLL_ERRORS.computeIfAbsent("HTTP " + answer.statusCode(), k -> new LongAdder()).increment();
                return;
            }
            Map<?, ?> ticket = (Map<?, ?>) Json.parse(answer.body());
            String status = String.valueOf(ticket.get("status"));
            if (ticket.get("run") instanceof Map<?, ?> run && run.get("playbook") != null) {
                t.playbook = String.valueOf(run.get("playbook"));
            }
            if (ticket.get("approval") instanceof Map<?, ?> approval && approval.get("approvalId") != null) {
                t.approvalId = String.valueOf(approval.get("approvalId"));
            }
            t.detail = ticket.get("statusDetail") == null ? null : String.valueOf(ticket.get("statusDetail"));
            if (FINAL.contains(status)) {
                Instant received = null;
                Instant lastEvent = null;
                Object events = ticket.get("events");
                if (events instanceof List<?> list) {
                    for (Object e : list) {
                        Map<?, ?> event = (Map<?, ?>) e;
                        Instant ts = instant(event.get("ts"));
                        if (ts == null) {
                            continue;
                        }
                        if ("received".equals(event.get("type")) && received == null) {
                            received = ts;
                        }
                        if (lastEvent == null || ts.isAfter(lastEvent)) {
                            lastEvent = ts;
                        }
                    }
                }
                Instant updated = instant(ticket.get("updatedAt"));
                String source = received != null ? "received event" : "createdAt";
                if (received == null) {
                    received = instant(ticket.get("createdAt"));
                }
                Instant finished = lastEvent;
                if (updated != null && (finished == null || updated.isAfter(finished))) {
                    finished = updated;
                    source += " -> updatedAt";
                } else {
                    source += " -> last event";
                }
                t.received = received;
                t.finished = finished;
                t.timeSource = source;
            }
            t.status = status;
        } catch (IOException | RuntimeException e) {
            errors.increment();
            POLL_ERRORS.computeIfAbsent(describe(e), k -> new LongAdder()).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The figures per kind of ticket and per playbook the server chose: what a mixed load is about. */
    static String perKind(List<Tracked> all, Map<Kind, LongAdder> postErrors, Approver approver) {
        StringBuilder s = new StringBuilder();
        s.append("per kind (as written; latency = received -> final on the server's clock, over every final ticket;\n")
                .append("  final/s = final tickets / (first received .. last final) of that kind; wait = requestedAt -> decidedAt of\n")
                .append("  its approval, the part spent waiting for the script; rest = latency - wait):\n");
        Map<String, List<Tracked>> byKind = new TreeMap<>();
        all.forEach(t -> byKind.computeIfAbsent(t.kind.label(), k -> new ArrayList<>()).add(t));
        for (Kind k : Kind.values()) {
            long errors = postErrors.getOrDefault(k, new LongAdder()).sum();
            if (byKind.containsKey(k.label()) || errors > 0) {
                s.append(group(k.label(), byKind.getOrDefault(k.label(), List.of()), errors, approver));
            }
        }
        s.append("per playbook (the one the rules chose; (none) = no run, e.g. handed to a person at triage):\n");
        Map<String, List<Tracked>> byPlaybook = new TreeMap<>();
        all.forEach(t -> byPlaybook.computeIfAbsent(t.playbook == null ? "(none)" : t.playbook, k -> new ArrayList<>()).add(t));
        byPlaybook.forEach((name, ts) -> s.append(group(name, ts, -1, approver)));
        return s.toString();
    }

    static String group(String name, List<Tracked> ts, long postErrors, Approver approver) {
        Map<String, Integer> statuses = new TreeMap<>();
        ts.forEach(t -> statuses.merge(t.status, 1, Integer::sum));
        List<Double> latency = new ArrayList<>();
        List<Double> waits = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        int finals = 0;
        for (Tracked t : ts) {
            if (t.received != null && (first == null || t.received.isBefore(first))) {
                first = t.received;
            }
            if (!FINAL.contains(t.status) || t.received == null || t.finished == null) {
                continue;
            }
            finals++;
            last = last == null || t.finished.isAfter(last) ? t.finished : last;
            double ms = Duration.between(t.received, t.finished).toNanos() / 1e6;
            latency.add(ms);
            Approver.Decided d = approver == null || t.approvalId == null ? null : approver.decided.get(t.approvalId);
            if (d != null && d.requestedAt() != null && d.decidedAt() != null) {
                double w = Duration.between(d.requestedAt(), d.decidedAt()).toNanos() / 1e6;
                waits.add(w);
                rest.add(ms - w);
            }
        }
        Collections.sort(latency);
        Collections.sort(waits);
        Collections.sort(rest);
        double spanS = first != null && last != null ? Duration.between(first, last).toNanos() / 1e9 : Double.NaN;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %-18s accepted %d%s, final %d %s, not final %d%n",
                name, ts.size(), postErrors >= 0 ? ", POST errors " + postErrors : "", finals, statuses,
                ts.size() - finals));
        s.append(String.format(Locale.ROOT, "  %-18s latency p50 %s p90 %s p99 %s max %s; %s final/s%n", "",
                ms(pctD(latency, 50)), ms(pctD(latency, 90)), ms(pctD(latency, 99)), ms(pctD(latency, 100)),
                Double.isNaN(spanS) || spanS <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", finals / spanS)));
        if (!waits.isEmpty()) {
            s.append(String.format(Locale.ROOT, "  %-18s %d decided by the script: wait p50 %s p90 %s p99 %s; rest p50 %s p90 %s p99 %s%n", "",
                    waits.size(), ms(pctD(waits, 50)), ms(pctD(waits, 90)), ms(pctD(waits, 99)),
                    ms(pctD(rest, 50)), ms(pctD(rest, 90)), ms(pctD(rest, 99))));
        }
        return s.toString();
    }

    /** Which kind each ticket is (smooth weighted round robin over the weights) and what it says. */
    static final class Mix {
        private final Kind[] cycle;
        private final long[] rank;
        private final long[] perCycle = new long[Kind.values().length];
        private final Map<Kind, List<Order>> targets = new HashMap<>();
        private final List<Order> bigRefunds;
        private final int instances;
        private final String text;

        private Mix(Map<Kind, Integer> weights, List<Order> orders, int instances) {
            this.instances = instances;
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            cycle = new Kind[total];
            rank = new long[total];
            Map<Kind, Integer> current = new HashMap<>();
            for (int i = 0; i < total; i++) {
                Kind best = null;
                for (Map.Entry<Kind, Integer> w : weights.entrySet()) {
                    int c = current.merge(w.getKey(), w.getValue(), Integer::sum);
                    if (best == null || c > current.get(best)) {
                        best = w.getKey();
                    }
                }
                current.merge(best, -total, Integer::sum);
                cycle[i] = best;
                rank[i] = perCycle[best.ordinal()]++;
            }
            targets.put(Kind.STATUS, orders);
            targets.put(Kind.REFUND, orders.stream().filter(o -> o.status().equals("DELIVERED")).toList());
            targets.put(Kind.CANCEL, orders.stream().filter(o -> o.status().equals("PROCESSING")).toList());
            targets.put(Kind.ADDRESS, targets.get(Kind.CANCEL));
            targets.put(Kind.GOODWILL, orders.stream().filter(o -> o.status().equals("SHIPPED")).toList());
            targets.put(Kind.RETURN, orders.stream()
                    .filter(o -> o.status().equals("DELIVERED") && o.deliveredDaysAgo() >= 0 && o.deliveredDaysAgo() <= 30).toList());
            // above the auto-refund limit of 100.00 and still refundable: the rules ask an approver
            bigRefunds = targets.get(Kind.REFUND).stream()
                    .filter(o -> o.total().subtract(o.refunded()).compareTo(new BigDecimal("100.00")) > 0).toList();
            for (Kind k : weights.keySet()) {
                if (targets.get(k).isEmpty() || k == Kind.REFUND && bigRefunds.isEmpty()) {
                    throw new IllegalArgumentException("the store has no orders for " + k.label() + " tickets");
                }
            }
            StringBuilder t = new StringBuilder();
            weights.forEach((k, w) -> t.append(t.length() == 0 ? "" : ", ").append(k.label()).append(' ')
                    .append(String.format(Locale.ROOT, "%.0f%%", 100.0 * w / total)).append(" over ")
                    .append(targets.get(k).size()).append(" orders"));
            text = t.toString();
        }

        static Mix parse(String spec, List<Order> orders, int instances) {
            Map<Kind, Integer> weights = new java.util.EnumMap<>(Kind.class);
            for (String part : spec.split(",")) {
                String[] kv = part.strip().split("=");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("--mix is kind=weight,... (kinds: status, refund, cancel, address, "
                            + "goodwill, return), not " + spec);
                }
                Kind k = Kind.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
                int w = Integer.parseInt(kv[1].strip());
                if (w < 0 || w > 1000) {
                    throw new IllegalArgumentException("--mix weights are 0..1000, not " + w);
                }
                if (w > 0) {
                    weights.merge(k, w, Integer::sum);
                }
            }
            if (weights.isEmpty()) {
                throw new IllegalArgumentException("--mix names no kind with a weight above 0");
            }
            int g = weights.values().stream().reduce(0, LoadTickets::gcd);
            weights.replaceAll((k, w) -> w / g);
            return new Mix(weights, orders, instances);
        }

        boolean statusOnly() {
            return cycle.length == 1 && cycle[0] == Kind.STATUS;
        }

        String describe() {
            return text;
        }

        /** Ticket number i of the run: the same i gives the same ticket in every run. */
        Planned ticket(long i) {
            int pos = (int) (i % cycle.length);
            Kind k = cycle[pos];
            long seq = (i / cycle.length) * perCycle[k.ordinal()] + rank[pos];
            List<Order> list = targets.get(k);
            Order o = list.get((int) (seq % list.size()));
            String subject = null;
            String text;
            switch (k) {
                case STATUS -> {
                    // as before --mix existed (status-only runs stay comparable): spread over the targets
                    o = list.get((int) ((seq / instances) % list.size()));
                    subject = "Where is my order?";
                    text = "Hi, where is my order #" + o.id() + "? It has not arrived yet.";
                }
                case REFUND -> {
                    if (seq % 4 == 3) { // the rest of the order back: above the auto limit, an approver decides
                        o = bigRefunds.get((int) ((seq / 4) % bigRefunds.size()));
                        text = "Order " + o.id() + " arrived damaged. Please refund $"
                                + o.total().subtract(o.refunded()).setScale(2).toPlainString();
                    } else { // 9.99 .. 49.99: paid at once while the order has that much left to refund
                        text = "The item in order #" + o.id() + " arrived broken. Please refund $" + (4 + 5 * (1 + seq % 9)) + ".99.";
                    }
                }
                case CANCEL -> text = "Please cancel my order #" + o.id() + ", I ordered the wrong item.";
                case ADDRESS -> {
                    o = list.get((int) ((seq + 2) % list.size())); // not in step with the cancellations
                    text = "Please send order " + o.id() + " to my office instead: " + (o.country().equals("IN")
                            ? "3rd Floor, Cyber Towers, HITEC City, Hyderabad 500081" : "200 Clarendon St, Boston, MA 02116");
                }
                case GOODWILL -> text = "My order " + o.id() + " is so late. Could I get a discount for the trouble?";
                case RETURN -> text = seq % 2 == 0
                        ? "I want to return order " + o.id() + ", please send me a return label."
                        : "The " + o.firstSku() + " in order " + o.id() + " arrived torn, please send me a replacement.";
                default -> throw new IllegalStateException(k.name());
            }
            String body = "{\"customerEmail\":\"" + o.email() + "\","
                    + (subject == null ? "" : "\"subject\":\"" + subject + "\",") + "\"text\":\"" + text + "\"}";
            return new Planned(k, o.id(), body);
        }
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * Approvals decided by a script: an approver key of its own (made with the demo admin key), an inbox poll, and each
     * new item decided a think time after it was first seen.
     */
    static final class Approver {
        record Decided(String approvalId, boolean approved, int code, String outcome, Instant requestedAt, Instant decidedAt,
                       long sentAfterSeenMs, String summary, String error) {}

        final Map<String, Decided> decided = new ConcurrentHashMap<>();
        private final HttpClient http;
        private final String base;
        private final String key;
        private final long thinkMs;
        private final double rejectShare;
        private final long pollMs;
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final AtomicLong decisions = new AtomicLong();
        private final java.util.concurrent.ScheduledExecutorService deciders = Executors.newScheduledThreadPool(2);
        private final ConcurrentLinkedQueue<Long> inboxMicros = new ConcurrentLinkedQueue<>();
        private final LongAccumulator maxPending = new LongAccumulator(Math::max, 0);
        private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        private volatile boolean running = true;
        private Thread poller;

        private Approver(HttpClient http, String base, String key, long thinkMs, double rejectShare, long pollMs) {
            this.http = http;
            this.base = base;
            this.key = key;
            this.thinkMs = thinkMs;
            this.rejectShare = rejectShare;
            this.pollMs = pollMs;
        }

        /** Makes the approver key with the admin key and starts polling the inbox (the instances share one database). */
        static Approver start(HttpClient http, List<String> urls, String adminKey, long thinkMs, double rejectShare,
                              long pollMs) throws IOException, InterruptedException {
            HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(urls.get(0) + "/api/v1/admin/api-keys"))
                    .timeout(Duration.ofSeconds(30)).header("X-Api-Key", adminKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load-approver\",\"roles\":[\"approver\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (made.statusCode() / 100 != 2) {
                throw new IllegalStateException("could not create the approver key: HTTP " + made.statusCode() + " " + made.body());
            }
            String key = String.valueOf(((Map<?, ?>) Json.parse(made.body())).get("key"));
            Approver a = new Approver(http, urls.get(0), key, thinkMs, rejectShare, pollMs);
            a.poller = new Thread(a::loop, "approver");
            a.poller.setDaemon(true);
            a.poller.start();
            return a;
        }

        private void loop() {
            while (running) {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> inbox = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/approvals?outcome=PENDING"))
                            .timeout(Duration.ofSeconds(60)).header("X-Api-Key", key).GET().build(), HttpResponse.BodyHandlers.ofString());
                    inboxMicros.add((System.nanoTime() - t) / 1000);
                    if (inbox.statusCode() != 200) {
                        errors.computeIfAbsent("inbox HTTP " + inbox.statusCode(), k -> new LongAdder()).increment();
                    } else {
                        List<?> items = (List<?>) Json.parse(inbox.body());
                        maxPending.accumulate(items.size());
                        for (Object x : items) {
                            String id = String.valueOf(((Map<?, ?>) x).get("approvalId"));
                            if (seen.putIfAbsent(id, System.nanoTime()) == null) {
                                deciders.schedule(() -> decide(id), thinkMs, TimeUnit.MILLISECONDS);
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    errors.computeIfAbsent("inbox " + describe(e), k -> new LongAdder()).increment();
                } catch (InterruptedException e) {
                    return;
                }
                sleepNanos(TimeUnit.MILLISECONDS.toNanos(pollMs));
            }
        }

        private void decide(String id) {
            long n = decisions.getAndIncrement();
            // the reject share spread evenly over the decisions: rejected when the running share crosses a whole number
            boolean approved = Math.floor((n + 1) * rejectShare) == Math.floor(n * rejectShare);
            String body = approved ? "{\"approved\":true,\"reason\":\"load script: checked\"}"
                    : "{\"approved\":false,\"reason\":\"load script: please send a photo first\"}";
            long sent = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/approvals/" + id + "/decision"))
                        .timeout(Duration.ofSeconds(60)).header("X-Api-Key", key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                long afterSeen = (sent - seen.get(id)) / 1_000_000;
                if (answer.statusCode() == 200) {
                    Map<?, ?> a = (Map<?, ?>) Json.parse(answer.body());
                    decided.put(id, new Decided(id, approved, 200, String.valueOf(a.get("outcome")), instant(a.get("requestedAt")),
                            instant(a.get("decidedAt")), afterSeen, String.valueOf(a.get("summary")), null));
                } else {
                    String what = "decision HTTP " + answer.statusCode() + ": "
                            + trim(answer.body().substring(0, Math.min(160, answer.body().length())));
                    errors.computeIfAbsent(what, k -> new LongAdder()).increment();
                    decided.put(id, new Decided(id, approved, answer.statusCode(), null, null, null, afterSeen, null, what));
                }
            } catch (IOException | RuntimeException e) {
                errors.computeIfAbsent("decision " + describe(e), k -> new LongAdder()).increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            running = false;
            poller.interrupt();
            poller.join(70_000);
            deciders.shutdown();
            deciders.awaitTermination(5, TimeUnit.SECONDS);
            deciders.shutdownNow();
        }

        String report() {
            Map<String, Integer> outcomes = new TreeMap<>();
            List<Double> waits = new ArrayList<>();
            List<Double> lag = new ArrayList<>();
            for (Decided d : decided.values()) {
                outcomes.merge(d.code() == 200 ? d.outcome() : "HTTP " + d.code(), 1, Integer::sum);
                if (d.requestedAt() != null && d.decidedAt() != null) {
                    waits.add(Duration.between(d.requestedAt(), d.decidedAt()).toNanos() / 1e6);
                }
                lag.add((double) d.sentAfterSeenMs() - thinkMs);
            }
            Collections.sort(waits);
            Collections.sort(lag);
            List<Long> inbox = new ArrayList<>(inboxMicros);
            Collections.sort(inbox);
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "approvals (script)        %d seen, %d decided %s, %d seen and not decided; think time %d ms, "
                    + "reject share %.2f%n", seen.size(), decided.size(), outcomes, seen.size() - decided.size(), thinkMs, rejectShare));
            s.append(String.format(Locale.ROOT, "  requested -> decided    p50 %s  p90 %s  p99 %s  max %s (server clock; think time + inbox poll "
                    + "every %d ms + the decision call)%n", ms(pctD(waits, 50)), ms(pctD(waits, 90)), ms(pctD(waits, 99)),
                    ms(pctD(waits, 100)), pollMs));
            s.append(String.format(Locale.ROOT, "  decision sent late      p50 %s  max %s (behind seen + think time: the deciders' queue)%n",
                    ms(pctD(lag, 50)), ms(pctD(lag, 100))));
            s.append(String.format(Locale.ROOT, "  inbox GET               %d polls, p50 %s  p99 %s  max %s; most items PENDING at once %d%n",
                    inbox.size(), ms(pct(inbox, 50) / 1000.0), ms(pct(inbox, 99) / 1000.0), ms(pct(inbox, 100) / 1000.0),
                    maxPending.get()));
            if (!errors.isEmpty()) {
                s.append("  approver errors: ");
                errors.forEach((k, v) -> s.append(v.sum()).append(" x ").append(k).append("; "));
                s.append('\n');
            }
            return s.toString();
        }

        String csv() {
            StringBuilder c = new StringBuilder("approval_id,approved,http,outcome,requested_at,decided_at,wait_ms,summary\n");
            for (Decided d : decided.values()) {
                c.append(d.approvalId()).append(',').append(d.approved()).append(',').append(d.code()).append(',')
                        .append(d.outcome() == null ? "" : d.outcome()).append(',')
                        .append(d.requestedAt() == null ? "" : d.requestedAt()).append(',')
                        .append(d.decidedAt() == null ? "" : d.decidedAt()).append(',')
                        .append(d.requestedAt() != null && d.decidedAt() != null
                                ? Duration.between(d.requestedAt(), d.decidedAt()).toMillis() : "").append(',')
                        .append(d.summary() == null ? "" : '"' + d.summary().replace("\"", "'") + '"').append('\n');
            }
            return c.toString();
        }
    }

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal seconds) { // Jackson's numeric form: seconds with a fraction
            BigDecimal whole = new BigDecimal(seconds.toBigInteger());
            return Instant.ofEpochSecond(whole.longValue(), seconds.subtract(whole).movePointRight(9).longValue());
        }
        return Instant.parse(v.toString());
    }

    static List<Order> orders(Path store) throws IOException {
        Map<?, ?> root = (Map<?, ?>) Json.parse(Files.readString(store));
        Map<String, Map<?, ?>> customers = new HashMap<>();
        for (Object c : (List<?>) root.get("customers")) {
            Map<?, ?> customer = (Map<?, ?>) c;
            customers.put(String.valueOf(customer.get("id")), customer);
        }
        Map<String, BigDecimal> prices = new HashMap<>();
        for (Object x : (List<?>) root.get("products")) {
            Map<?, ?> product = (Map<?, ?>) x;
            prices.put(String.valueOf(product.get("sku")), (BigDecimal) product.get("price"));
        }
        List<Order> orders = new ArrayList<>();
        for (Object x : (List<?>) root.get("orders")) {
            Map<?, ?> order = (Map<?, ?>) x;
            Map<?, ?> customer = customers.get(String.valueOf(order.get("customer")));
            if (customer != null) { // the order's own customer asks, so the rules allow telling them
                BigDecimal total = BigDecimal.ZERO;
                String firstSku = null;
                for (Object l : (List<?>) order.get("lines")) {
                    Map<?, ?> line = (Map<?, ?>) l;
                    String sku = String.valueOf(line.get("sku"));
                    firstSku = firstSku == null ? sku : firstSku;
                    total = total.add(prices.getOrDefault(sku, BigDecimal.ZERO).multiply((BigDecimal) line.get("quantity")));
                }
                Object delivered = order.get("deliveredDaysAgo");
                Object refunded = order.get("refunded");
                orders.add(new Order(String.valueOf(order.get("id")), String.valueOf(customer.get("email")),
                        String.valueOf(order.get("status")), total, refunded == null ? BigDecimal.ZERO : (BigDecimal) refunded,
                        String.valueOf(((Map<?, ?>) customer.get("address")).get("country")), firstSku,
                        delivered == null ? -1 : ((BigDecimal) delivered).intValue()));
            }
        }
        if (orders.isEmpty()) {
            throw new IllegalStateException("no orders with a known customer in " + store);
        }
        return orders;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    static double bounded(Map<String, String> o, String name, double dflt, double min, double max) {
        double v = o.containsKey(name) ? Double.parseDouble(o.get(name)) : dflt;
        if (v < min || v > max) {
            throw new IllegalArgumentException("--" + name + " must be within " + min + ".." + max + ", not " + v);
        }
        return v;
    }

    static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static double pctD(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0fms", v);
    }

    static String describe(Throwable e) {
        String what = e.getClass().getSimpleName() + ": " + e.getMessage();
        return e.getMessage() == null && e.getCause() != null ? what + " (" + e.getCause() + ")" : what;
    }

    /** A status detail with its ids and line breaks taken out, so that alike failures count together. */
    static String trim(String s) {
        if (s == null) {
            return "-";
        }
        s = s.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>").replaceAll("\\s+", " ").strip();
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }

    /** Just enough JSON: objects, arrays, strings, numbers (BigDecimal), true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                default:
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (start == i) {
                        throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
                    }
                    return new BigDecimal(s.substring(start, i));
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
