package io.commerceresolver.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Summarises one sitting of scripts/bench-decisions.sh: the repetition files {@code rep<N>-<impl>.json} of our harness
 * and {@code rep<N>-peer.json} of the peer's bench.js, in one folder. Per implementation: the median, min and max of
 * decisions/s over the repetitions, the medians of p50 / p99 / p99.9, the worst other_cores, and whether every
 * repetition made the same decisions (digest); then each one's ratio to the peer, as the ratio of the medians and as
 * the median of the per-repetition ratios (a repetition's runs follow one another, so they share the machine's state).
 *
 * <pre>  java ... io.commerceresolver.bench.BenchSummary target/bench/decisions-... [impl...]</pre>
 */
public final class BenchSummary {

    private BenchSummary() {
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        ObjectMapper json = new ObjectMapper();
        // impl -> rep -> result
        Map<String, Map<Integer, JsonNode>> runs = new TreeMap<>();
        File[] files = dir.listFiles((d, name) -> name.matches("rep\\d+-[^.]+\\.json"));
        if (files == null || files.length == 0) {
            throw new IllegalArgumentException("no rep<N>-<impl>.json files in " + dir);
        }
        for (File f : files) {
            String name = f.getName();
            int rep = Integer.parseInt(name.substring(3, name.indexOf('-')));
            String impl = name.substring(name.indexOf('-') + 1, name.length() - ".json".length());
            JsonNode node = json.readTree(f);
            if (node.has("results")) { // bench.js: {env, results: [...]}
                node = node.get("results").get(0);
            }
            runs.computeIfAbsent(impl, k -> new TreeMap<>()).put(rep, node);
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        System.out.printf("| impl | reps | decisions/s median (min-max, spread) | × peer (ratio of medians; median of per-rep ratios) "
                + "| p50 µs | p99 µs | p99.9 µs | max ms | GC ms per run | other_cores max | decisions |%n");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Map<Integer, JsonNode> peer = runs.get("peer");
        // the peer first, then the implementations in the order given after the folder, then any others
        List<String> order = new ArrayList<>(List.of("peer"));
        order.addAll(Arrays.asList(args).subList(1, args.length));
        runs.keySet().stream().filter(impl -> !order.contains(impl)).forEach(order::add);
        for (String impl : new LinkedHashSet<>(order)) {
            if (!runs.containsKey(impl)) {
                continue;
            }
            Map<Integer, JsonNode> reps = runs.get(impl);
            double[] thr = values(reps, "throughput");
            double median = median(thr);
            medians.put(impl, median);
            String ratio = "-";
            if (peer != null && !impl.equals("peer")) {
                List<Double> paired = new ArrayList<>();
                for (Map.Entry<Integer, JsonNode> e : reps.entrySet()) {
                    JsonNode p = peer.get(e.getKey());
                    if (p != null) {
                        paired.add(e.getValue().get("throughput").asDouble() / p.get("throughput").asDouble());
                    }
                }
                ratio = String.format(Locale.ROOT, "**%.1f×**; %.1f×", median / median(values(peer, "throughput")),
                        median(paired.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            Set<String> digests = new LinkedHashSet<>();
            reps.values().forEach(r -> digests.add(r.path("digest").asText()));
            StringBuilder maxMs = new StringBuilder();
            StringBuilder gcMs = new StringBuilder();
            for (JsonNode r : reps.values()) {
                maxMs.append(maxMs.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.1f", r.get("max_us").asDouble() / 1000));
                gcMs.append(gcMs.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.0f", r.get("gc_ms").asDouble()));
            }
            JsonNode first = reps.values().iterator().next();
            String decisions = digests.size() == 1
                    ? "digest " + digests.iterator().next() + " in every rep, tiers " + first.get("tiers").toString().replaceAll("[\\[\\]]", "").replace(',', '/')
                    : "DIGESTS DIFFER " + digests;
            System.out.printf(Locale.ROOT, "| %s | %d | %,.0f (%,.0f-%,.0f, %.1f%%) | %s | %.2f | %.2f | %.2f | %s | %s | %.3f | %s |%n", impl, reps.size(),
                    median, min(thr), max(thr), 100 * (max(thr) - min(thr)) / median, ratio, median(values(reps, "p50_us")),
                    median(values(reps, "p99_us")), median(values(reps, "p999_us")), maxMs, gcMs, max(values(reps, "other_cores")), decisions);
        }
    }

    private static double[] values(Map<Integer, JsonNode> reps, String field) {
        return reps.values().stream().mapToDouble(r -> r.path(field).asDouble(Double.NaN)).toArray();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
