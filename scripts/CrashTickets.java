// Client of scripts/crash-test.sh (the kill -9 test); single file, JDK 17 only, run with the source launcher.
//
//   push: posts tickets 0..n-1 (a fixed mix by index, see kind()) to POST /api/v1/tickets with --clients concurrent
//         clients, closed loop; appends "index,ticketId,kind,order" of every 202 to <out>/accepted.csv and the index of
//         every POST sent to <out>/attempted.txt (an index there without an accepted line got no 202: not accepted).
//         With --kill-pid P --kill-at K, the client whose answer makes K accepted sends SIGKILL to P at once
//         (ProcessHandle.destroyForcibly is SIGKILL on Linux); after that a client stops at its first transport error.
//         --skip-file attempted.txt posts only the indices not listed there (the ones never sent before the kill).
//   seed: prints "order refunded" per order of the store as seeded (nothing is sent).
//   plan: prints the orders read from the store and the first --n tickets of the mix (nothing is sent).
//   wait: follows the tickets of --accepted (one or more accepted.csv, comma separated) with GET /api/v1/tickets/{id},
//         --poll-concurrency at a time, a pause of --poll-interval-ms between rounds, until each is settled (RESOLVED,
//         DECLINED, NEEDS_HUMAN, FAILED or WAITING_APPROVAL) or --timeout-s passes; writes <out>/final.csv and the full
//         answer of every FAILED or unsettled ticket to <out>/evidence/<id>.json. A 404 (an accepted ticket the service
//         does not have) counts as MISSING and is not asked again. Exit 0 when all settled or MISSING, 2 if not.
//
// Only http://127.0.0.1 / localhost targets; every loop is bounded in count and time.
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class CrashTickets {

    static final Set<String> SETTLED = Set.of("RESOLVED", "DECLINED", "NEEDS_HUMAN", "FAILED", "WAITING_APPROVAL");
    // The ticket's own fields come first in both answers (the 202 and GET /api/v1/tickets/{id}); nested objects later
    // have a "status" too, so only the leading pair is read.
    static final Pattern HEAD = Pattern.compile("^\\{\\s*\"ticketId\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    record Order(String id, String email, String status, double refunded, double refundable) {}

    record Ticket(int index, String kind, String orderId, String body) {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: CrashTickets push|wait --name value ...");
        }
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://127.0.0.1:18300");
        URI base = URI.create(url);
        if (!"http".equals(base.getScheme()) || !Set.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("only http://127.0.0.1 targets are allowed, not " + url);
        }
        String key = o.getOrDefault("key", "demo-key-change-me");
        Path out = Path.of(o.getOrDefault("out", "target/crash"));
        Files.createDirectories(out);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        switch (args[0]) {
            case "push" -> System.exit(push(http, url, key, out, o));
            case "wait" -> System.exit(waitSettled(http, url, key, out, o));
            case "seed" -> { // "order refunded" per order of the demo store, as seeded (the refund check's starting point)
                for (Order x : orders(Path.of(o.getOrDefault("store", "src/main/resources/sandbox/demo-store.json")))) {
                    System.out.printf(Locale.ROOT, "%s %.2f%n", x.id(), x.refunded());
                }
            }
            case "plan" -> { // prints the orders read from the store and the first --n tickets of the mix; sends nothing
                List<Order> orders = orders(Path.of(o.getOrDefault("store", "src/main/resources/sandbox/demo-store.json")));
                orders.forEach(System.out::println);
                for (int i = 0; i < (int) bounded(o, "n", 40, 1, 100_000); i++) {
                    System.out.println(ticket(i, orders));
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** The mix: of every 20 tickets, 1 asks $250 back (waits for approval), 5 ask a small refund, 14 ask where the order is. */
    static Ticket ticket(int i, List<Order> all) {
        List<Order> delivered = all.stream().filter(x -> x.status().equals("DELIVERED")).toList();
        List<Order> big = delivered.stream().filter(x -> x.refundable() >= 250).toList();
        int slot = i % 20;
        if (slot == 0) {
            Order order = (big.isEmpty() ? delivered : big).get((i / 20) % (big.isEmpty() ? delivered : big).size());
            return new Ticket(i, "refund_250", order.id(), body(order.email(), "Refund please",
                    "Order #" + order.id() + " arrived damaged. Please refund $250."));
        }
        if (slot <= 5) {
            Order order = delivered.get((i / 20 * 5 + slot - 1) % delivered.size());
            // $1.00 to $1.99 by index: a second refund of the same amount on the same order within 24 h is a duplicate
            // the rules decline, so varying the cents lets more refunds really be paid
            String amount = String.format(Locale.ROOT, "$1.%02d", (i / 20) % 100);
            return new Ticket(i, "refund_small", order.id(), body(order.email(), "Damaged item",
                    "Order #" + order.id() + " arrived damaged. Please refund " + amount + "."));
        }
        Order order = all.get(i % all.size());
        return new Ticket(i, "order_status", order.id(), body(order.email(), "Where is my order?",
                "Hi, where is my order #" + order.id() + "? It has not arrived yet."));
    }

    static String body(String email, String subject, String text) {
        return "{\"customerEmail\":\"" + email + "\",\"subject\":\"" + subject + "\",\"text\":\"" + text + "\"}";
    }

    static int push(HttpClient http, String url, String key, Path out, Map<String, String> o) throws Exception {
        int n = (int) bounded(o, "n", 1000, 1, 100_000);
        int clients = (int) bounded(o, "clients", 8, 1, 64);
        long killPid = (long) bounded(o, "kill-pid", 0, 0, Long.MAX_VALUE);
        int killAt = (int) bounded(o, "kill-at", 0, 0, 100_000);
        int timeoutS = (int) bounded(o, "timeout-s", 300, 1, 3600);
        int requestTimeoutS = (int) bounded(o, "request-timeout-s", 20, 1, 120);
        List<Order> orders = orders(Path.of(o.getOrDefault("store", "src/main/resources/sandbox/demo-store.json")));
        Set<Integer> skip = new HashSet<>();
        if (o.containsKey("skip-file") && Files.exists(Path.of(o.get("skip-file")))) {
            for (String line : Files.readAllLines(Path.of(o.get("skip-file")))) {
                if (!line.isBlank()) {
                    skip.add(Integer.parseInt(line.strip()));
                }
            }
        }
        List<Ticket> planned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!skip.contains(i)) {
                planned.add(ticket(i, orders));
            }
        }
        Path acceptedFile = out.resolve("accepted.csv");
        Path attemptedFile = out.resolve("attempted.txt");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger noAnswer = new AtomicInteger();
        AtomicInteger non202 = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong killNanos = new AtomicLong();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutS);
        try (BufferedWriter acc = Files.newBufferedWriter(acceptedFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             BufferedWriter att = Files.newBufferedWriter(attemptedFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            Thread[] threads = new Thread[clients];
            for (int c = 0; c < clients; c++) {
                threads[c] = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        int k = next.getAndIncrement();
                        if (k >= planned.size()) {
                            return;
                        }
                        Ticket t = planned.get(k);
                        HttpRequest post = HttpRequest.newBuilder(URI.create(url + "/api/v1/tickets"))
                                .timeout(Duration.ofSeconds(requestTimeoutS)).header("X-Api-Key", key)
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(t.body())).build();
                        write(att, t.index() + "\n");
                        try {
                            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
                            // a service still starting (or stopping) answers 503 with Retry-After: send the same ticket again then
                            while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
                                long pause = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                                Thread.sleep(TimeUnit.SECONDS.toMillis(Math.min(pause, 5)));
                                answer = http.send(post, HttpResponse.BodyHandlers.ofString());
                            }
                            Matcher m = HEAD.matcher(answer.body());
                            if (answer.statusCode() == 202 && m.find()) {
                                write(acc, t.index() + "," + m.group(1) + "," + t.kind() + "," + t.orderId() + "\n");
                                int count = accepted.incrementAndGet();
                                if (killPid > 0 && count >= killAt && killed.compareAndSet(false, true)) {
                                    boolean sent = ProcessHandle.of(killPid).map(ProcessHandle::destroyForcibly).orElse(false);
                                    killNanos.set(System.nanoTime());
                                    System.out.printf(Locale.ROOT, "SIGKILL %s to pid %d after %d accepted (%.1f s after the first POST)%n",
                                            sent ? "sent" : "NOT sent (no such process)", killPid, count, (System.nanoTime() - t0) / 1e9);
                                }
                            } else {
                                non202.incrementAndGet();
                                errors.computeIfAbsent("HTTP " + answer.statusCode() + " " + answer.body().substring(0,
                                        Math.min(160, answer.body().length())), x -> new AtomicInteger()).incrementAndGet();
                            }
                        } catch (IOException e) {
                            noAnswer.incrementAndGet();
                            errors.computeIfAbsent(e.getClass().getSimpleName(), x -> new AtomicInteger()).incrementAndGet();
                            if (killed.get() || killPid == 0) {
                                return; // the app is gone: this client stops; unsent tickets stay unsent
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }, "client-" + c);
                threads[c].start();
            }
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(timeoutS + requestTimeoutS + 10L));
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        int sent = Math.min(next.get(), planned.size());
        System.out.printf(Locale.ROOT, "push: %d to send, %d sent, %d accepted (202), %d without an answer, %d other answers, %.1f s%s%n",
                planned.size(), sent, accepted.get(), noAnswer.get(), non202.get(), secs,
                killed.get() ? "" : (killPid > 0 ? " (the kill threshold was never reached)" : ""));
        errors.forEach((e, count) -> System.out.printf("  %5d x %s%n", count.get(), e));
        Files.writeString(out.resolve("push.properties"), "accepted=" + accepted.get() + "\nsent=" + sent + "\nno_answer="
                + noAnswer.get() + "\nnon202=" + non202.get() + "\nkilled=" + killed.get() + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        if (killPid > 0 && !killed.get()) {
            return 3;
        }
        return non202.get() > 0 ? 4 : 0;
    }

    static synchronized void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int waitSettled(HttpClient http, String url, String key, Path out, Map<String, String> o) throws Exception {
        int timeoutS = (int) bounded(o, "timeout-s", 180, 1, 3600);
        int concurrency = (int) bounded(o, "poll-concurrency", 4, 1, 16);
        long intervalMs = (long) bounded(o, "poll-interval-ms", 1000, 0, 60_000);
        Map<String, String> status = new TreeMap<>();
        for (String file : o.getOrDefault("accepted", out.resolve("accepted.csv").toString()).split(",")) {
            for (String line : Files.readAllLines(Path.of(file))) {
                String[] f = line.split(",");
                if (f.length >= 2) {
                    status.put(f[1], "?");
                }
            }
        }
        Map<String, String> bodies = new ConcurrentHashMap<>();
        List<String> pending = new ArrayList<>(status.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutS);
        int rounds = 0;
        AtomicInteger gets = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, String> seen = new ConcurrentHashMap<>(status);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            rounds++;
            List<Future<?>> round = new ArrayList<>();
            for (String id : pending) {
                round.add(pool.submit(() -> {
                    HttpRequest get = HttpRequest.newBuilder(URI.create(url + "/api/v1/tickets/" + id)).timeout(Duration.ofSeconds(20))
                            .header("X-Api-Key", key).GET().build();
                    gets.incrementAndGet();
                    try {
                        HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
                        Matcher m = HEAD.matcher(answer.body());
                        if (answer.statusCode() == 200 && m.find()) {
                            seen.put(id, m.group(2));
                            bodies.put(id, answer.body());
                        } else if (answer.statusCode() == 404) {
                            seen.put(id, "MISSING"); // accepted, yet not stored (lost): no use asking again
                        } else {
                            errors.incrementAndGet();
                            seen.put(id, "HTTP_" + answer.statusCode());
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            for (Future<?> f : round) {
                f.get();
            }
            pending.removeIf(id -> SETTLED.contains(seen.get(id)) || "MISSING".equals(seen.get(id)));
            if (!pending.isEmpty() && intervalMs > 0 && System.nanoTime() < deadline) {
                Thread.sleep(intervalMs);
            }
        }
        pool.shutdownNow();
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder csv = new StringBuilder("ticket_id,status\n");
        Path evidence = out.resolve("evidence");
        for (String id : status.keySet()) {
            String s = seen.get(id);
            counts.merge(s, 1, Integer::sum);
            csv.append(id).append(',').append(s).append('\n');
            if (!SETTLED.contains(s) || "FAILED".equals(s)) {
                Files.createDirectories(evidence);
                Files.writeString(evidence.resolve(id + ".json"), bodies.getOrDefault(id, "(no answer)"));
            }
        }
        Files.writeString(out.resolve("final.csv"), csv.toString());
        System.out.printf(Locale.ROOT, "wait: %d tickets, %s settled after %.1f s (%d rounds, %d GETs, %d errors); by status %s%n",
                status.size(), pending.isEmpty() ? "all" : (status.size() - pending.size()) + " (NOT all)", secs, rounds, gets.get(),
                errors.get(), counts);
        Files.writeString(out.resolve("wait.properties"), String.format(Locale.ROOT, "settled_s=%.1f%nunsettled=%d%n", secs, pending.size()));
        return pending.isEmpty() ? 0 : 2;
    }

    /** The demo store's orders with their customer's e-mail and what is still refundable (total - refunded). */
    static List<Order> orders(Path store) throws IOException {
        String json = Files.readString(store);
        Map<String, String> emails = new HashMap<>();
        Matcher c = Pattern.compile("\\{\\s*\"id\"\\s*:\\s*\"(cust-[^\"]+)\"\\s*,\\s*\"email\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        while (c.find()) {
            emails.put(c.group(1), c.group(2));
        }
        Map<String, Double> prices = new HashMap<>();
        Matcher p = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"title\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"price\"\\s*:\\s*([0-9.]+)").matcher(json);
        while (p.find()) {
            prices.put(p.group(1), Double.parseDouble(p.group(2)));
        }
        List<Order> orders = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\s*\"id\"\\s*:\\s*\"(\\d+)\"\\s*,\\s*\"customer\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"([A-Z]+)\"(.*?)\"lines\"\\s*:\\s*\\[(.*?)\\]",
                Pattern.DOTALL).matcher(json);
        while (m.find()) {
            String email = emails.get(m.group(2));
            Matcher r = Pattern.compile("\"refunded\"\\s*:\\s*([0-9.]+)").matcher(m.group(4));
            double refunded = r.find() ? Double.parseDouble(r.group(1)) : 0;
            double total = 0;
            Matcher l = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"quantity\"\\s*:\\s*(\\d+)").matcher(m.group(5));
            while (l.find()) {
                total += prices.getOrDefault(l.group(1), 0.0) * Integer.parseInt(l.group(2));
            }
            if (email != null) { // the order's own customer asks
                orders.add(new Order(m.group(1), email, m.group(3), refunded, total - refunded));
            }
        }
        if (orders.stream().noneMatch(x -> x.status().equals("DELIVERED"))) {
            throw new IllegalStateException("no DELIVERED orders with a known customer read from " + store);
        }
        return orders;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
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
}
