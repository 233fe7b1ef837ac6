// Load client for the ticket pipeline: posts "where is my order" tickets to POST /api/v1/tickets, open loop at a fixed
// offered rate (or closed loop with --rate 0), then follows every accepted ticket with GET /api/v1/tickets/{id} until it
// is final or --settle-s passes, and reports throughput and accept-to-resolved latency read from the server's own
// timestamps (so how often this client polls does not change the figures).
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
// client.properties).
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

    /** Statuses a ticket does not leave without a person (WAITING_APPROVAL waits for one; nobody approves here). */
    static final Map<String, LongAdder> POLL_ERRORS = new ConcurrentHashMap<>();

    static final Set<String> FINAL = Set.of("RESOLVED", "FAILED", "NEEDS_HUMAN", "DECLINED", "WAITING_APPROVAL");

    record Order(String id, String email) {}

    /** One accepted ticket and what became of it. */
    static final class Tracked {
        final String id;
        final int instance;
        final long acceptedNanos;
        volatile String status = "RECEIVED";
        volatile String detail;
        volatile Instant received;
        volatile Instant finished;
        volatile String timeSource;

        Tracked(String id, int instance, long acceptedNanos) {
            this.id = id;
            this.instance = instance;
            this.acceptedNanos = acceptedNanos;
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

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Duration requestTimeout = Duration.ofSeconds(requestTimeoutS);

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
                    Order order = orders.get((int) ((i / urls.size()) % orders.size()));
                    String body = "{\"customerEmail\":\"" + order.email() + "\",\"subject\":\"Where is my order?\","
                            + "\"text\":\"Hi, where is my order #" + order.id() + "? It has not arrived yet.\"}";
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
                            accepted.add(new Tracked(String.valueOf(id), instance, at));
                        } else {
                            String what = "HTTP " + answer.statusCode() + ": "
                                    + answer.body().substring(0, Math.min(200, answer.body().length())).replace('\n', ' ');
                            firstErrors.computeIfAbsent(what, k -> new LongAdder()).increment();
                        }
                    } catch (IOException | RuntimeException e) {
                        long at = System.nanoTime();
                        lastAnswerNanos.accumulate(at - t0);
                        transportErrors.increment();
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
        StringBuilder csv = new StringBuilder("ticket_id,target,status,received,finished,latency_ms\n");
        for (Tracked t : all) {
            csv.append(t.id).append(',').append(t.instance).append(',').append(t.status).append(',')
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
        Map<String, String> emails = new HashMap<>();
        for (Object c : (List<?>) root.get("customers")) {
            Map<?, ?> customer = (Map<?, ?>) c;
            emails.put(String.valueOf(customer.get("id")), String.valueOf(customer.get("email")));
        }
        List<Order> orders = new ArrayList<>();
        for (Object x : (List<?>) root.get("orders")) {
            Map<?, ?> order = (Map<?, ?>) x;
            String email = emails.get(String.valueOf(order.get("customer")));
            if (email != null) { // the order's own customer asks, so the rules allow telling them
                orders.add(new Order(String.valueOf(order.get("id")), email));
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
