package io.commerceresolver.bench;

import java.io.BufferedWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.commerceresolver.policy.infrastructure.CompiledRuleSet;

/**
 * The in-process decision benchmark, measured the way shared/peer-bench/bench.js measures json-rules-engine, so the
 * two are comparable: the peer's seeded stream (seed 42, 1M operations, generated up front and mapped onto our
 * contract before timing), a warm-up from seed + 1 that is not measured, then every decision strictly one after
 * another on one thread, each timed with System.nanoTime(); throughput = n / wall time of the measured loop. GC is
 * not forced inside the loop, so the latencies include GC pauses; GC time is reported from the
 * GarbageCollectorMXBeans. One process is one repetition (scripts/bench-decisions.sh runs several and takes the
 * median).
 *
 * <pre>
 *   java ... io.commerceresolver.bench.DecisionHarness [--impl engine] [--n 1000000] [--warmup 100000]
 *        [--warmup-passes 10] [--seed 42] [--json out.json]
 *   ... --soak 10000000 [--every 1000000]   run the stream round and round; after every 1M decisions a full GC and
 *                                            the heap used after it: memory must stay flat
 *   ... --jfr loop.jfr                       a JFR recording of the measured loop (JfrSummary reads it)
 *   ... --check proto-exec                   a prototype decides every op exactly as engine does (or exit 1)
 *   ... --verify-stream                      the port against the peer: op counts, peer digest and tiers (no engine)
 *   ... --dump-bodies bodies.jsonl           evaluate request bodies of the valid ops, one per line (load script)
 * </pre>
 */
public final class DecisionHarness {

    private DecisionHarness() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        int n = a.integer("n", 1_000_000);
        int seed = a.integer("seed", 42);
        if (a.flag("verify-stream")) {
            verifyStream(n, seed);
            return;
        }
        if (a.has("dump-bodies")) {
            dumpBodies(Path.of(a.text("dump-bodies", null)), n, seed);
            return;
        }
        String impl = a.text("impl", "engine");
        if (a.has("check")) {
            check(a.text("check", null), n, seed);
            return;
        }
        int warmup = a.integer("warmup", 100_000);
        int passes = a.integer("warmup-passes", 10);
        long soak = a.longValue("soak", 0);

        long t0 = System.nanoTime();
        CompiledRuleSet ruleSet = Deciders.compileRuleSet();
        double compileMs = (System.nanoTime() - t0) / 1e6;
        Deciders.Decider decider = Deciders.create(impl, ruleSet);

        long tg = System.nanoTime();
        ContractMapping.Request[] ops = ContractMapping.map(PeerStream.generate(n, seed));
        ContractMapping.Request[] warmOps = ContractMapping.map(PeerStream.generate(warmup, seed + 1));
        double generateS = (System.nanoTime() - tg) / 1e9;
        System.out.printf(Locale.ROOT, "java %s  %s x%d  impl=%s rules %s (compiled in %.0f ms)  seed=%d n=%,d warmup=%,d x %d (generated in %.2f s)%n",
                System.getProperty("java.version"), cpuModel(), Runtime.getRuntime().availableProcessors(), impl, ruleSet.version(), compileMs,
                seed, n, warmup, passes, generateS);
        System.out.println("jvm: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));

        long tw = System.nanoTime();
        int[] warmCodes = new int[warmOps.length];
        for (int p = 0; p < passes; p++) {
            run(decider, warmOps, new long[warmOps.length], warmCodes);
        }
        double warmS = (System.nanoTime() - tw) / 1e9;

        if (soak > 0) {
            soak(decider, ops, soak, a.integer("every", 1_000_000), impl);
            return;
        }

        long heapBefore = heapAfterFullGc();
        jdk.jfr.Recording recording = a.has("jfr") ? startRecording() : null;
        long[] lat = new long[n];
        int[] codes = new int[n];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcMs0 = gcMillis(), gcCount0 = gcCount(), busy0 = busyJiffies(), cpu0 = ownCpuNanos(), thread0 = threads.getCurrentThreadCpuTime();
        long wallNs = run(decider, ops, lat, codes);
        long gcMs1 = gcMillis(), gcCount1 = gcCount(), busy1 = busyJiffies(), cpu1 = ownCpuNanos(), thread1 = threads.getCurrentThreadCpuTime();
        double perThreadCpuS = n / ((thread1 - thread0) / 1e9);
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(a.text("jfr", null)));
        }
        long heapAfter = heapAfterFullGc();
        double wallS = wallNs / 1e9;
        double ownCores = (cpu1 - cpu0) / 1e9 / wallS;
        double otherCores = busy0 < 0 ? -1 : Math.max(0, ((busy1 - busy0) / 100.0 - (cpu1 - cpu0) / 1e9) / wallS);

        Tally tally = Tally.of(codes);
        Arrays.sort(lat);
        long sum = 0;
        for (long l : lat) {
            sum += l;
        }
        double throughput = n / wallS;
        System.out.printf(Locale.ROOT, "%n%-8s %,10d decisions %7.2f s  %,10.0f decisions/s  mean %.2f us  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.0f us"
                        + "  gc %d ms (%d)%n",
                impl, n, wallS, throughput, sum / (double) n / 1e3, pct(lat, 50), pct(lat, 90), pct(lat, 99), pct(lat, 99.9), lat[n - 1] / 1e3,
                gcMs1 - gcMs0, gcCount1 - gcCount0);
        System.out.printf(Locale.ROOT, "own_cores %.3f  other_cores %.3f  deciding thread's CPU: %,.0f decisions/s  heap after full GC: %.1f MB before the loop, "
                + "%.1f MB after%n", ownCores, otherCores, perThreadCpuS, heapBefore / 1048576.0, heapAfter / 1048576.0);
        System.out.println(tally.describe());
        String json = a.text("json", null);
        if (json != null) {
            String out = String.format(Locale.ROOT,
                    "{\"impl\":\"%s\",\"n\":%d,\"warmup\":%d,\"warmup_passes\":%d,\"warmup_s\":%.2f,\"compile_ms\":%.0f,\"rules_version\":\"%s\","
                            + "\"wall_s\":%.4f,\"throughput\":%.1f,\"mean_us\":%.3f,\"p50_us\":%.3f,\"p90_us\":%.3f,\"p99_us\":%.3f,\"p999_us\":%.3f,"
                            + "\"max_us\":%.1f,\"gc_ms\":%d,\"gc_count\":%d,\"own_cores\":%.3f,\"other_cores\":%.3f,\"per_thread_cpu_s\":%.1f,\"heap_before_mb\":%.1f,"
                            + "\"heap_after_mb\":%.1f,%s,\"java\":\"%s\",\"jvm_args\":\"%s\"}",
                    impl, n, warmup, passes, warmS, compileMs, ruleSet.version(), wallS, throughput, sum / (double) n / 1e3, pct(lat, 50),
                    pct(lat, 90), pct(lat, 99), pct(lat, 99.9), lat[n - 1] / 1e3, gcMs1 - gcMs0, gcCount1 - gcCount0, ownCores, otherCores,
                    perThreadCpuS, heapBefore / 1048576.0, heapAfter / 1048576.0, tally.json(), System.getProperty("java.version"),
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            Path file = Path.of(json);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, out + "\n");
        }
    }

    /** JFR's profile settings, with CPU samples every millisecond: the measured loop only (--jfr file). */
    static jdk.jfr.Recording startRecording() throws Exception {
        jdk.jfr.Recording r = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
        r.enable("jdk.ObjectAllocationSample").with("throttle", "2000/s");
        r.start();
        return r;
    }

    /** Decides every op in turn, timing each; returns the wall time of the whole loop. */
    static long run(Deciders.Decider decider, ContractMapping.Request[] ops, long[] lat, int[] codes) {
        long t0 = System.nanoTime();
        for (int i = 0; i < ops.length; i++) {
            long s = System.nanoTime();
            int code = decider.decide(ops[i]);
            lat[i] = System.nanoTime() - s;
            codes[i] = code;
        }
        return System.nanoTime() - t0;
    }

    /**
     * Decides {@code total} operations, cycling through the stream, and after every {@code every} of them runs a full
     * GC and prints the heap used after it, with the chunk's throughput and latencies. A decision path that retains
     * anything per decision shows as a rising heap column.
     */
    static void soak(Deciders.Decider decider, ContractMapping.Request[] ops, long total, int every, String impl) {
        long[] lat = new long[every];
        int[] codes = new int[every];
        List<Double> heap = new ArrayList<>();
        double base = heapAfterFullGc() / 1048576.0;
        System.out.printf(Locale.ROOT, "soak %s: %,d decisions; heap used after a full GC every %,d%n", impl, total, every);
        System.out.printf(Locale.ROOT, "%12s %12s %9s %9s %9s %9s %10s %12s %12s%n", "decisions", "decisions/s", "p50_us", "p99_us", "p99.9_us",
                "max_us", "gc_ms", "heap_MB", "old_gen_MB");
        System.out.printf(Locale.ROOT, "%12d %12s %9s %9s %9s %9s %10s %12.1f %12.1f%n", 0, "-", "-", "-", "-", "-", "-", base, oldGenAfterGc() / 1048576.0);
        long done = 0;
        int cursor = 0;
        double totalWall = 0;
        long gcTotal = 0;
        while (done < total) {
            int chunk = (int) Math.min(every, total - done);
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            for (int i = 0; i < chunk; i++) {
                long s = System.nanoTime();
                codes[i] = decider.decide(ops[cursor]);
                lat[i] = System.nanoTime() - s;
                if (++cursor == ops.length) {
                    cursor = 0;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long gc = gcMillis() - gc0;
            totalWall += wall;
            gcTotal += gc;
            done += chunk;
            long[] sorted = Arrays.copyOf(lat, chunk);
            Arrays.sort(sorted);
            double used = heapAfterFullGc() / 1048576.0;
            heap.add(used);
            System.out.printf(Locale.ROOT, "%12d %12.0f %9.2f %9.2f %9.2f %9.0f %10d %12.1f %12.1f%n", done, chunk / wall, pct(sorted, 50), pct(sorted, 99),
                    pct(sorted, 99.9), sorted[chunk - 1] / 1e3, gc, used, oldGenAfterGc() / 1048576.0);
        }
        double first = heap.get(0);
        double last = heap.get(heap.size() - 1);
        double max = heap.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "soak done: %,d decisions at %,.0f decisions/s overall, gc %d ms; heap after GC %.1f MB after the first %,d, "
                        + "%.1f MB at the end (max %.1f MB): %s%n", done, done / totalWall, gcTotal, first, every, last, max,
                last - first < 8 ? "FLAT (grew < 8 MB)" : "GROWING by " + String.format(Locale.ROOT, "%.1f MB", last - first));
    }

    /**
     * A prototype against the shipped path, decision by decision over the whole stream: the same tier, allowed,
     * approval, approver, reasons, fired rules (in order) and thresholds, or the run fails.
     */
    static void check(String impl, int n, int seed) {
        CompiledRuleSet ruleSet = Deciders.compileRuleSet();
        Deciders.Decider engine = Deciders.create("engine", ruleSet);
        Deciders.Decider other = Deciders.create(impl, ruleSet);
        ContractMapping.Request[] ops = ContractMapping.map(PeerStream.generate(n, seed));
        int compared = 0;
        for (int i = 0; i < ops.length; i++) {
            if (ContractMapping.validate(ops[i].operation()) >= 0) {
                continue;
            }
            io.commerceresolver.policy.RuleEvaluation x = engine.evaluate(ops[i]);
            io.commerceresolver.policy.RuleEvaluation y = other.evaluate(ops[i]);
            io.commerceresolver.policy.Verdict vx = x.verdict();
            io.commerceresolver.policy.Verdict vy = y.verdict();
            boolean same = vx.getTier() == vy.getTier() && vx.isAllowed() == vy.isAllowed() && vx.isApprovalRequired() == vy.isApprovalRequired()
                    && java.util.Objects.equals(vx.getApproverRole(), vy.getApproverRole()) && vx.getReasons().equals(vy.getReasons())
                    && java.util.Objects.equals(vx.getPlaybook(), vy.getPlaybook()) && x.firedRules().equals(y.firedRules())
                    && x.thresholds().equals(y.thresholds());
            if (!same) {
                System.out.printf("CHECK FAILED at op %d %s:%n  engine %s %s%n  %s %s %s%n", i, ops[i], x.firedRules(), vx.getReasons(), impl,
                        y.firedRules(), vy.getReasons());
                System.exit(1);
            }
            compared++;
        }
        System.out.printf(Locale.ROOT, "CHECK PASSED: %s decided all %,d valid ops of seed %d exactly as engine (tier, allowed, approval, approver, "
                + "reasons, fired rules in order, thresholds)%n", impl, compared, seed);
    }

    /** Port check: the op counts per kind, and the peer's own policy replayed on the ported stream. */
    static void verifyStream(int n, int seed) {
        PeerStream.Op[] ops = PeerStream.generate(n, seed);
        Map<PeerStream.Kind, Integer> kinds = new EnumMap<>(PeerStream.Kind.class);
        int[] codes = new int[n];
        int[] tiers = new int[4];
        int rejected = 0;
        int voice = 0;
        int priced = 0;
        for (int i = 0; i < n; i++) {
            kinds.merge(ops[i].kind(), 1, Integer::sum);
            codes[i] = PeerPolicy.code(ops[i]);
            if (codes[i] >= 1000) {
                rejected++;
            } else {
                tiers[codes[i] >> 7]++;
            }
            voice += ops[i].hasVoice() ? 1 : 0;
            priced += ops[i].hasPriceChange() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "seed %d n %,d: kinds %s; with voice %,d; writes with a price change %,d%n", seed, n, kinds, voice, priced);
        System.out.printf(Locale.ROOT, "peer policy replayed: tiers 0/1/2/3 = %d/%d/%d/%d, rejected %d, digest %s%n", tiers[0], tiers[1], tiers[2],
                tiers[3], rejected, PeerPolicy.digest(codes));
        if (seed == 42 && n == 1_000_000) {
            boolean same = PeerPolicy.digest(codes).equals("e9942311") && tiers[0] == 349_520 && tiers[1] == 198_551 && tiers[2] == 165_348
                    && tiers[3] == 256_646 && rejected == 29_935;
            System.out.println(same ? "STREAM OK: identical to the peer's (digest e9942311, tiers 349520/198551/165348/256646, 29935 rejected)"
                    : "STREAM MISMATCH with the peer's README figures");
            if (!same) {
                System.exit(1);
            }
        }
    }

    static void dumpBodies(Path file, int n, int seed) throws Exception {
        PeerStream.Op[] peer = PeerStream.generate(n, seed);
        ContractMapping.Request[] ops = ContractMapping.map(peer);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (ContractMapping.Request op : ops) {
                if (ContractMapping.validate(op.operation()) < 0) {
                    w.write(ContractMapping.json(op.operation()));
                    w.write('\n');
                    written++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "wrote %,d request bodies (the valid ops of seed %d, n %,d) to %s%n", written, seed, n, file);
    }

    /** Counts of the decisions: tiers, denials, approvals and rejections, and a digest over the codes. */
    record Tally(int[] tiers, int allowed, int denied, int approval, int rejected, long fired, String digest) {

        static Tally of(int[] codes) {
            int[] tiers = new int[4];
            int allowed = 0, denied = 0, approval = 0, rejected = 0;
            long fired = 0;
            for (int c : codes) {
                if (c >= 1000) {
                    rejected++;
                    continue;
                }
                tiers[c & 3]++;
                if ((c & 4) != 0) {
                    allowed++;
                } else {
                    denied++;
                }
                if ((c & 8) != 0) {
                    approval++;
                }
                fired += c >> 4;
            }
            return new Tally(tiers, allowed, denied, approval, rejected, fired, PeerPolicy.digest(codes));
        }

        String describe() {
            return String.format(Locale.ROOT, "tiers 0/1/2/3 = %d/%d/%d/%d  allowed %d (approval required %d)  denied %d  rejected %d  "
                    + "rules fired %.2f per decision  digest %s", tiers[0], tiers[1], tiers[2], tiers[3], allowed, approval, denied, rejected,
                    fired / (double) Math.max(1, allowed + denied), digest);
        }

        String json() {
            return String.format(Locale.ROOT, "\"tiers\":[%d,%d,%d,%d],\"allowed\":%d,\"approval_required\":%d,\"denied\":%d,\"rejected\":%d,"
                    + "\"fired_per_decision\":%.3f,\"digest\":\"%s\"", tiers[0], tiers[1], tiers[2], tiers[3], allowed, approval, denied, rejected,
                    fired / (double) Math.max(1, allowed + denied), digest);
        }
    }

    static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e3;
    }

    static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    static long gcCount() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionCount());
        }
        return t;
    }

    /** Heap used after two full collections (System.gc() is a full, stop-the-world GC with G1 unless told otherwise). */
    static long heapAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The old generation's occupancy as its last collection left it. */
    static long oldGenAfterGc() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().contains("Old Gen") && pool.getCollectionUsage() != null) {
                return pool.getCollectionUsage().getUsed();
            }
        }
        return -1;
    }

    static long busyJiffies() {
        try {
            String[] v = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(v[1]) + Long.parseLong(v[2]) + Long.parseLong(v[3]) + Long.parseLong(v[6]) + Long.parseLong(v[7]);
        } catch (Exception | Error unavailable) {
            return -1;
        }
    }

    static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (Exception unavailable) {
            return "?";
        }
    }

    /** --name value and --flag arguments. */
    record Args(String[] args) {

        boolean has(String name) {
            return Arrays.asList(args).contains("--" + name);
        }

        boolean flag(String name) {
            return has(name);
        }

        String text(String name, String otherwise) {
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals("--" + name)) {
                    return args[i + 1];
                }
            }
            return otherwise;
        }

        int integer(String name, int otherwise) {
            String v = text(name, null);
            return v == null ? otherwise : Integer.parseInt(v.replace("_", ""));
        }

        long longValue(String name, long otherwise) {
            String v = text(name, null);
            return v == null ? otherwise : Long.parseLong(v.replace("_", ""));
        }
    }
}
