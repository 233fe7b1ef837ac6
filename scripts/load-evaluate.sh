#!/usr/bin/env bash
# Load test of POST /api/v1/decisions/evaluate: decisions decided and stored per second over HTTP, on this machine's
# 2 cores with the embedded H2 database (docs/benchmarks.md). Steps:
#   1. builds the jar and the bench classes (./mvnw -Pbench -Dmaven.test.skip=true package) unless SKIP_BUILD=1;
#   2. writes the request bodies: the valid operations of the peer's seeded stream (seed 42), mapped onto our
#      contract (DecisionHarness --dump-bodies);
#   3. starts the app jar from the project root on 127.0.0.1:$PORT with a fresh H2 data folder and the demo key,
#      and waits for /actuator/health to say UP;
#   4. wrk (installed with apt-get when missing): a warm-up of WARMUP_S seconds, then RUNS measured runs of DURATION_S
#      seconds each, CONNECTIONS connections over WRK_THREADS threads; each run reports decisions/s (answers 200 that
#      carry a decisionId), latency percentiles and any non-200 answer;
#      PROFILE=1 records the last run with JFR and prints where the request threads spend their time;
#   5. stops the app (SIGTERM, a graceful shutdown that closes H2) and counts the rows of the decision table in the
#      H2 file, which must be at least the number of 200 answers (the file cannot be opened while the app runs).
# Traffic goes to 127.0.0.1 only; every run is bounded by its duration.
#
#   scripts/load-evaluate.sh                                   # RUNS=3 DURATION_S=60 WARMUP_S=120 CONNECTIONS=16
#   CONNECTIONS=32 DURATION_S=30 SKIP_BUILD=1 scripts/load-evaluate.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PORT=${PORT:-18080}; KEY=${KEY:-demo-key-change-me}
RUNS=${RUNS:-3}; DURATION_S=${DURATION_S:-60}; WARMUP_S=${WARMUP_S:-120}; CONNECTIONS=${CONNECTIONS:-16}; WRK_THREADS=${WRK_THREADS:-2}
BODIES_N=${BODIES_N:-20000}
APP_OPTS=${APP_OPTS:--Xms1g -Xmx1g}
JAR=${JAR:-target/commerce-resolver-0.1.0-SNAPSHOT.jar}
OUT=${OUT:-target/bench/load-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
exec > >(tee -a "$OUT/run.log") 2>&1
URL="http://127.0.0.1:$PORT"

echo "== $(date -Is) load-evaluate: RUNS=$RUNS x ${DURATION_S}s (warm-up ${WARMUP_S}s) CONNECTIONS=$CONNECTIONS WRK_THREADS=$WRK_THREADS APP_OPTS='$APP_OPTS' OUT=$OUT"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-); $(java -version 2>&1 | head -1)"
echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?') $(git status --porcelain 2>/dev/null | wc -l) changed files"

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  if [[ $(id -u) == 0 ]]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get install -y wrk >/dev/null 2>&1 || { "${SUDO[@]}" apt-get update >/dev/null && "${SUDO[@]}" apt-get install -y wrk >/dev/null; }
fi

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" || ! -f target/bench-classpath.txt ]]; then
  echo "== build (./mvnw -Pbench -Dmaven.test.skip=true package)"
  ./mvnw -q ${MAVEN_OFFLINE:+-o} -Pbench -Dmaven.test.skip=true package
fi
CP="target/bench-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "== request bodies"
java -cp "$CP" io.commerceresolver.bench.DecisionHarness --dump-bodies "$OUT/bodies.jsonl" --n "$BODIES_N" --seed 42
awk '{ if (match($0, /"type":"[a-z_]+"/)) print substr($0, RSTART + 8, RLENGTH - 9) }' "$OUT/bodies.jsonl" | sort | uniq -c | sort -rn \
  | awk '{printf "  %s %s\n", $1, $2}'

DATA=$(mktemp -d /tmp/commerce-resolver-load.XXXXXX)
echo "== starting the app on $URL, H2 in $DATA (log: $OUT/app.log)"
# shellcheck disable=SC2086
RESOLVER_DEMO_API_KEY="$KEY" java $APP_OPTS -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$DATA/commerce-resolver" >"$OUT/app.log" 2>&1 &
APP=$!
stop_app() {
  if kill -0 "$APP" 2>/dev/null; then
    kill -TERM "$APP"
    for _ in $(seq 1 60); do kill -0 "$APP" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP" 2>/dev/null; then echo "app did not stop in 60 s; killing it"; kill -KILL "$APP"; fi
    wait "$APP" 2>/dev/null || true
  fi
}
trap stop_app EXIT

for i in $(seq 1 180); do
  if curl -fsS "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; then echo "app UP after ${i} s"; break; fi
  if ! kill -0 "$APP" 2>/dev/null; then echo "the app exited; last lines of its log:"; tail -40 "$OUT/app.log"; exit 1; fi
  if (( i == 180 )); then echo "the app is not UP after 180 s"; tail -40 "$OUT/app.log"; exit 1; fi
  sleep 1
done

echo "== one request by hand"
first=$(head -1 "$OUT/bodies.jsonl")
code=$(curl -sS -o "$OUT/first-answer.json" -w '%{http_code}' -X POST "$URL/api/v1/decisions/evaluate" \
  -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' --data-binary "$first")
echo "HTTP $code: $(head -c 600 "$OUT/first-answer.json")"
if [[ "$code" != 200 ]]; then echo "the endpoint does not answer 200; stopping"; exit 1; fi
bad=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$URL/api/v1/decisions/evaluate" -H "X-Api-Key: $KEY" \
  -H 'Content-Type: application/json' --data-binary '{"operation":{"type":"purge_catalog"},"actor":{"id":"u-1","role":"admin"}}')
echo "an unknown operation type answers HTTP $bad (expected 400)"

run_wrk() { # name seconds
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$2s" --latency -s scripts/load-evaluate.lua "$URL" -- "$OUT/bodies.jsonl" "$KEY" \
    >"$OUT/$1.txt" 2>&1
  grep -E 'Requests/sec|Latency|HTTP [0-9]+:' "$OUT/$1.txt" | head -8 || true
  grep '^LOAD_RESULT' "$OUT/$1.txt" | sed 's/^LOAD_RESULT //' >"$OUT/$1.json"
  cat "$OUT/$1.json"
}
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "== warm-up ${WARMUP_S}s"
run_wrk warmup "$WARMUP_S"
for r in $(seq 1 "$RUNS"); do
  echo "== run $r: ${DURATION_S}s, $CONNECTIONS connections"
  if [[ "${PROFILE:-0}" == 1 && "$r" == "$RUNS" ]]; then
    jcmd "$APP" JFR.start name=load settings=default filename="$OUT/app.jfr" >/dev/null
  fi
  t0=$(cpu_of "$APP"); b0=$(awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat)
  run_wrk "run$r" "$DURATION_S"
  t1=$(cpu_of "$APP"); b1=$(awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat)
  if [[ "${PROFILE:-0}" == 1 && "$r" == "$RUNS" ]]; then
    jcmd "$APP" JFR.stop name=load >/dev/null
  fi
  awk -v a="$t0" -v b="$t1" -v c="$b0" -v d="$b1" -v s="$DURATION_S" \
    'BEGIN{printf "app used %.2f cores; the whole machine %.2f cores (wrk and anything else: %.2f)\n", (b-a)/100/s, (d-c)/100/s, ((d-c)-(b-a))/100/s}' \
    | tee "$OUT/run$r.cpu"
done

echo "== stopping the app"
stop_app
trap - EXIT
H2=$(tr ':' '\n' < target/bench-classpath.txt | grep '/h2-[0-9.]*\.jar$' | head -1)
rows=$(java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/commerce-resolver" -user sa -password '' \
  -sql "SELECT COUNT(*) FROM decision" | grep -Eo '^[0-9]+' | head -1)
answered=$(cat "$OUT"/warmup.json "$OUT"/run*.json | grep -o '"with_decision_id":[0-9]*' | cut -d: -f2 | awk '{s+=$1} END {print s+0}')
echo "H2 file: $(du -sh "$DATA" | cut -f1)"
echo "decision rows in H2: $rows; 200 answers with a decisionId over the warm-up and the runs: $answered (+1 by hand)"
if (( rows < answered )); then echo "FEWER ROWS THAN ANSWERS: some answered decisions were not stored"; fi

echo "== summary"
for f in "$OUT"/run*.json; do grep -o '"decisions_per_s":[0-9.]*' "$f" | cut -d: -f2; done | sort -n \
  | awk '{v[NR]=$1} END {printf "decisions stored per second over HTTP: median %.0f (min %.0f, max %.0f) of %d runs\n", v[int((NR+1)/2)], v[1], v[NR], NR}' \
  | tee "$OUT/summary.txt"
for f in "$OUT"/run*.json; do grep -o '"p99_ms":[0-9.]*' "$f" | cut -d: -f2; done | sort -n \
  | awk '{v[NR]=$1} END {printf "p99 latency: median %.2f ms (min %.2f, max %.2f)\n", v[int((NR+1)/2)], v[1], v[NR]}' | tee -a "$OUT/summary.txt"
rm -rf "$DATA"
if [[ "${PROFILE:-0}" == 1 ]]; then
  echo "== where the request threads spend their time (JFR of run $RUNS; full listing in $OUT/profile.txt)"
  java -cp "$CP" io.commerceresolver.bench.JfrSummary "$OUT/app.jfr" --thread 'http-nio-*' --top 30 >"$OUT/profile.txt" 2>&1 || true
  head -40 "$OUT/profile.txt"
fi
echo "== done: $OUT"
