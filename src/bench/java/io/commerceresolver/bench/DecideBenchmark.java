package io.commerceresolver.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH cross-check of {@link DecisionHarness}: one in-process decision on the peer's seed-42 stream (2^20 operations,
 * mapped onto our contract, taken in turn), single thread. {@code throughput} gives decisions/s; {@code latency}
 * (sample time) gives the p50 / p99 / p99.9 of a decision as JMH samples them.
 *
 * <pre>
 *   java -cp ... org.openjdk.jmh.Main DecideBenchmark              # both modes, impl=engine
 *   java -cp ... org.openjdk.jmh.Main DecideBenchmark -p impl=engine,pooled-lean -f 3
 * </pre>
 * Run it from the project root (rules/ and kie-config/ are read from there) or pass -Dbench.root through -jvmArgs.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseG1GC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecideBenchmark {

    private static final int STREAM = 1 << 20;

    @Param({"engine"})
    public String impl;

    private ContractMapping.Request[] ops;
    private Deciders.Decider decider;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ops = ContractMapping.map(PeerStream.generate(STREAM, 42));
        decider = Deciders.create(impl, Deciders.compileRuleSet());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int throughput() {
        return decideNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int latency() {
        return decideNext();
    }

    private int decideNext() {
        int code = decider.decide(ops[next]);
        next = (next + 1) & (STREAM - 1);
        return code;
    }
}
