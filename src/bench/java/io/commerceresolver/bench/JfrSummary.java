package io.commerceresolver.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time and the allocations of a JFR recording go, in terms of the decision path: self time by method,
 * time including callees for the resolver's own methods and the KIE session calls, and allocations by the
 * allocating frame and by the nearest resolver frame. Only samples of the thread that runs the decisions count
 * ({@code --thread main}, the default, for DecisionHarness; {@code --thread 'http-nio-*'} for the application's
 * request threads).
 *
 * <pre>
 *   java ... io.commerceresolver.bench.JfrSummary recording.jfr [--thread main] [--top 40] [--callers pkg.Class.method]...
 *        [--alloc-stacks pkg.Class]...
 * </pre>
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String thread = "main";
        int top = 40;
        List<String> callersOf = new ArrayList<>();
        List<String> allocStacksOf = new ArrayList<>();
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--thread")) {
                thread = args[i + 1];
            } else if (args[i].equals("--top")) {
                top = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--callers")) {
                callersOf.add(args[i + 1]);
            } else if (args[i].equals("--alloc-stacks")) {
                allocStacksOf.add(args[i + 1]);
            }
        }
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> allocTop = new HashMap<>();
        Map<String, Long> allocOurs = new HashMap<>();
        Map<String, Long> allocClass = new HashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        Map<String, Map<String, Long>> callers = new HashMap<>();
        Map<String, Map<String, Long>> allocStacks = new HashMap<>();
        long samples = 0;
        long otherThreads = 0;
        long allocated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            boolean cpu = type.equals("jdk.ExecutionSample");
            boolean alloc = type.equals("jdk.ObjectAllocationSample");
            if (!cpu && !alloc) {
                continue;
            }
            String name = e.getThread(cpu ? "sampledThread" : "eventThread") == null ? "?"
                    : e.getThread(cpu ? "sampledThread" : "eventThread").getJavaName();
            if (!(thread.endsWith("*") ? name.startsWith(thread.substring(0, thread.length() - 1)) : thread.equals(name))) {
                if (cpu) {
                    otherThreads++;
                }
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (cpu) {
                samples++;
                self.merge(method(frames.get(0)), 1L, Long::sum);
                libraries.merge(library(frames), 1L, Long::sum);
                for (String target : callersOf) {
                    for (int i = 0; i < frames.size(); i++) {
                        if (method(frames.get(i)).equals(target)) {
                            callers.computeIfAbsent(target, k -> new HashMap<>()).merge(path(frames, i + 1, 3), 1L, Long::sum);
                            break;
                        }
                    }
                }
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String m = method(f);
                    if (seen.add(m)) {
                        inclusive.merge(m, 1L, Long::sum);
                    }
                }
            } else {
                long weight = e.getLong("weight");
                allocTop.merge(method(frames.get(0)), weight, Long::sum);
                String cls = e.getClass("objectClass").getName();
                if (method(frames.get(frames.size() - 1)).startsWith("jdk.jfr.") || path(frames, 0, frames.size()).contains("jdk.jfr.internal")) {
                    continue; // JFR instrumenting its own event classes, not the decision path
                }
                allocated += weight;
                allocClass.merge(cls, weight, Long::sum);
                if (allocStacksOf.contains(cls)) {
                    allocStacks.computeIfAbsent(cls, k -> new HashMap<>()).merge(path(frames, 0, 8), weight, Long::sum);
                }
                for (RecordedFrame f : frames) {
                    String m = method(f);
                    if (m.startsWith("io.commerceresolver.") && !m.startsWith("io.commerceresolver.bench.")) {
                        allocOurs.merge(m, weight, Long::sum);
                        break;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d CPU samples of thread '%s' (%,d of other threads ignored)%n", file, samples, thread, otherThreads);
        print("self time by library (JDK frames count for the library that called into the JDK)", libraries, samples, 20, s -> true);
        print("self time (top frame)", self, samples, top, s -> true);
        print("time including callees: resolver code, generated rule classes, KIE session calls", inclusive, samples, 60,
                m -> (m.startsWith("io.commerceresolver.") && !m.contains("jmh_generated"))
                        || m.startsWith("org.drools.kiesession.session.StatefulKnowledgeSessionImpl.")
                        || m.startsWith("org.drools.core.phreak.RuleExecutor.")
                        || m.startsWith("org.drools.core.phreak.RuleNetworkEvaluator.evaluateNetwork")
                        || m.startsWith("org.drools.core.event.AgendaEventSupport.")
                        || m.startsWith("org.drools.core.common.PropagationContextFactory")
                        || m.contains("ConstraintEvaluator") || m.contains("MVELConstraint.isAllowed")
                        || m.startsWith("java.util.ImmutableCollections.listCopy") || m.startsWith("java.util.List.copyOf"));
        for (String target : callersOf) {
            print("callers of " + target + " (share of all samples)", callers.getOrDefault(target, Map.of()), samples, 15, m -> true);
        }
        if (Boolean.getBoolean("jfr.all")) {
            print("time including callees: every method", inclusive, samples, 150, m -> true);
        }
        if (allocated > 0) {
            System.out.printf(Locale.ROOT, "%nallocations on '%s': %,.0f MB sampled in total%n", thread, allocated / 1048576.0);
            print("allocated by class", allocClass, allocated, 25, s -> true);
            print("allocated at the top frame", allocTop, allocated, 25, s -> true);
            print("allocated under the nearest resolver frame", allocOurs, allocated, 25, s -> true);
            for (String cls : allocStacksOf) {
                print("stacks allocating " + cls, allocStacks.getOrDefault(cls, Map.of()), allocated, 10, m -> true);
            }
        }
    }

    private static final String[][] LIBRARIES = {
        {"org.h2.", "H2 database"}, {"com.fasterxml.jackson.", "Jackson (JSON)"}, {"org.drools.", "Drools / KIE"}, {"org.kie.", "Drools / KIE"},
        {"org.mvel2.", "Drools / KIE"}, {"ConditionEvaluator", "Drools / KIE"}, {"rules.", "Drools / KIE (generated rule classes)"},
        {"io.commerceresolver.rules.", "Drools / KIE (generated rule classes)"}, {"org.apache.ibatis.", "MyBatis"},
        {"org.mybatis.", "MyBatis"}, {"com.zaxxer.hikari.", "HikariCP"}, {"org.apache.catalina.", "Tomcat"}, {"org.apache.coyote.", "Tomcat"},
        {"org.apache.tomcat.", "Tomcat"}, {"org.springframework.", "Spring"}, {"io.micrometer.", "Micrometer"},
        {"io.commerceresolver.", "resolver code"}, {"ch.qos.logback.", "Logback"}, {"org.slf4j.", "Logback"}};

    /** The library of the innermost frame outside the JDK (or "JDK" when the whole stack is the JDK's). */
    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            for (String[] lib : LIBRARIES) {
                if (type.startsWith(lib[0])) {
                    return lib[1];
                }
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.") && !type.startsWith("com.sun.")) {
                return "other: " + type.substring(0, Math.max(0, type.lastIndexOf('.')));
            }
        }
        return "JDK";
    }

    private static String path(List<RecordedFrame> frames, int from, int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < Math.min(frames.size(), from + depth); i++) {
            b.append(i == from ? "" : "\n           <- ").append(method(frames.get(i))).append(':').append(frames.get(i).getLineNumber());
        }
        return b.toString();
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long total, int top, java.util.function.Predicate<String> filter) {
        System.out.printf("%n-- %s%n", title);
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.removeIf(en -> !filter.test(en.getKey()));
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (Map.Entry<String, Long> en : entries.subList(0, Math.min(top, entries.size()))) {
            System.out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * en.getValue() / total, en.getKey());
        }
    }
}
