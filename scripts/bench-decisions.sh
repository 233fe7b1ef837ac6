#!/usr/bin/env bash
# In-process decision benchmark, ours against the peer's json-rules-engine, on this machine in one sitting
# (docs/benchmarks.md). Steps:
#   1. builds the benchmarks (./mvnw -Pbench process-classes) unless SKIP_BUILD=1;
#   2. copies the peer's bench (shared/peer-bench, read-only) under target/ and installs it there with npm ci;
#   3. checks that the Java port of the peer's stream is the peer's (op counts, peer digest e9942311);
#   4. REPS repetitions, each one process per subject: the peer's bench.js (mode reuse) and our DecisionHarness for
#      every impl in IMPLS, in alternating order, each after waiting for a quiet machine (other processes using less
#      than QUIET_CORES cores over 5 s; after QUIET_MAX_WAIT s it runs anyway and the run's other_cores says so);
#      A run during which other processes used more than RERUN_ABOVE cores is set aside (*.contaminated.*) and run
#      again, up to RERUNS times;
#   5. the summary table (medians, ratio to the peer), then JMH (JMH=0 skips it), then the 10M soak (SOAK=0 skips it).
# Everything lands in OUT (default target/bench/decisions-<time>).
#
#   scripts/bench-decisions.sh                                 # REPS=3 N=1000000 IMPLS=engine
#   IMPLS="engine proto-session proto-exec-pool proto-exec" JMH=0 SOAK=0 scripts/bench-decisions.sh
#   PIN=1 scripts/bench-decisions.sh                           # every subject pinned to one CPU (taskset -c 1)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
REPS=${REPS:-3}; N=${N:-1000000}; WARMUP=${WARMUP:-100000}; WARMUP_PASSES=${WARMUP_PASSES:-10}
IMPLS=${IMPLS:-engine}; JMH=${JMH:-1}; SOAK=${SOAK:-10000000}; PIN=${PIN:-0}
QUIET_CORES=${QUIET_CORES:-0.10}; QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-600}
PEER_SRC=${PEER_SRC:-$ROOT/../shared/peer-bench}
JAVA_OPTS=${JAVA_OPTS:--Xms3g -Xmx3g -XX:+UseG1GC}
OUT=${OUT:-target/bench/decisions-$(date +%Y%m%d-%H%M%S)}
RERUN_ABOVE=${RERUN_ABOVE:-0.10}; RERUNS=${RERUNS:-2}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd)
exec > >(tee -a "$OUT/run.log") 2>&1

PINNED=()
if [[ "$PIN" == 1 ]]; then PINNED=(taskset -c 1); fi

busy() { awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat; }
wait_quiet() {
  local waited=0 b0 b1 cores
  while :; do
    b0=$(busy); sleep 5; b1=$(busy)
    cores=$(awk -v a="$b0" -v b="$b1" 'BEGIN{printf "%.3f", (b-a)/100/5}')
    if awk -v c="$cores" -v q="$QUIET_CORES" 'BEGIN{exit !(c<q)}'; then echo "machine quiet (${cores} cores busy over 5 s)"; return; fi
    if (( waited >= QUIET_MAX_WAIT )); then echo "WARNING: still ${cores} cores busy after ${waited} s; running anyway"; return; fi
    echo "machine busy (${cores} cores over 5 s); waiting"; sleep 10; waited=$((waited + 15))
  done
}

echo "== $(date -Is) bench-decisions: REPS=$REPS N=$N WARMUP=$WARMUP x $WARMUP_PASSES IMPLS='$IMPLS' PIN=$PIN JAVA_OPTS='$JAVA_OPTS' OUT=$OUT"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-); $(java -version 2>&1 | head -1); node $(node --version)"
echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?') $(git status --porcelain 2>/dev/null | wc -l) changed files"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== build (./mvnw -Pbench process-classes)"
  ./mvnw -q ${MAVEN_OFFLINE:+-o} -Pbench process-classes
fi
CP="target/bench-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "== peer bench: a copy of $PEER_SRC in target/peer-bench, npm ci"
rm -rf target/peer-bench && mkdir -p target/peer-bench
(cd "$PEER_SRC" && tar --exclude=node_modules --exclude='results*' -cf - .) | tar -xf - -C target/peer-bench
chmod -R u+w target/peer-bench
(cd target/peer-bench && npm ci --silent --no-audit --no-fund >/dev/null)

echo "== stream port check"
java -cp "$CP" io.commerceresolver.bench.DecisionHarness --verify-stream --n 1000000 --seed 42

run_peer() {
  (cd target/peer-bench && "${PINNED[@]}" node bench.js --n "$N" --warmup "$WARMUP" --modes reuse --json "$OUT/rep$1-peer.json") \
    | tee "$OUT/rep$1-peer.txt"
}
run_ours() {
  # shellcheck disable=SC2086
  "${PINNED[@]}" java $JAVA_OPTS -cp "$CP" io.commerceresolver.bench.DecisionHarness --impl "$2" --n "$N" --warmup "$WARMUP" \
    --warmup-passes "$WARMUP_PASSES" --json "$OUT/rep$1-$2.json" 2>&1 | grep -v ' WARN ' | tee "$OUT/rep$1-$2.txt"
}

for rep in $(seq 1 "$REPS"); do
  subjects="peer $IMPLS"
  if (( rep % 2 == 0 )); then subjects=$(echo "$subjects" | awk '{for(i=NF;i>0;i--) printf "%s%s",$i,(i>1?" ":"")}'); fi
  for s in $subjects; do
    for attempt in $(seq 0 "$RERUNS"); do
      echo "== rep $rep: $s  $(date +%H:%M:%S)"
      wait_quiet
      if [[ "$s" == peer ]]; then run_peer "$rep"; else run_ours "$rep" "$s"; fi
      other=$(grep -o '"other_cores":[0-9.]*' "$OUT/rep$rep-$s.json" | head -1 | cut -d: -f2)
      if awk -v o="$other" -v t="$RERUN_ABOVE" 'BEGIN{exit !(o<=t)}' || (( attempt == RERUNS )); then break; fi
      echo "other processes used $other cores during that run: set aside, running it again"
      mv "$OUT/rep$rep-$s.json" "$OUT/rep$rep-$s.contaminated-$attempt.json"
      mv "$OUT/rep$rep-$s.txt" "$OUT/rep$rep-$s.contaminated-$attempt.txt"
    done
  done
done

echo "== summary (median of $REPS; ratio to the peer measured in this sitting)"
# shellcheck disable=SC2086
java -cp "$CP" io.commerceresolver.bench.BenchSummary "$OUT" $IMPLS | tee "$OUT/summary.md"

if [[ "$JMH" == 1 ]]; then
  echo "== JMH (throughput and sample-time latency, 3 forks x 5 x 2 s after 5 x 2 s warm-up)"
  wait_quiet
  params=$(echo "$IMPLS" | tr ' ' ',')
  "${PINNED[@]}" java -cp "$CP" org.openjdk.jmh.Main DecideBenchmark -p impl="$params" -rf json -rff "$OUT/jmh.json" 2>&1 \
    | grep -v ' WARN ' | tee "$OUT/jmh.txt" | sed -n '/^Benchmark/,$p'
fi

if [[ "$SOAK" != 0 ]]; then
  echo "== soak: $SOAK decisions, heap after a full GC every 1M"
  wait_quiet
  first_impl=${IMPLS%% *}
  # shellcheck disable=SC2086
  "${PINNED[@]}" java $JAVA_OPTS -cp "$CP" io.commerceresolver.bench.DecisionHarness --impl "$first_impl" --n "$N" --warmup "$WARMUP" \
    --warmup-passes "$WARMUP_PASSES" --soak "$SOAK" 2>&1 | grep -v ' WARN ' | tee "$OUT/soak.txt"
fi
echo "== done: $OUT"
