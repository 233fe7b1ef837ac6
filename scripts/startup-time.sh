#!/usr/bin/env bash
# Seconds from starting the packaged service to its first answer to an authenticated request (200 on
# GET /api/v1/orders/1001 with the demo key), as the README starts it (scripts/run-jar.sh), over RUNS starts. Each
# start is on a fresh H2 database in a fresh folder (migrations and the demo store's seeding included); then the
# last one is started again on its own database (a restart). Prints every start and the medians, with the process's
# CPU seconds until that answer (user + system, all threads: the JIT compilers are about half of it).
#
#   SKIP_BUILD=1 scripts/startup-time.sh                   # RUNS=5
#   RESOLVER_AOT=off SKIP_BUILD=1 scripts/startup-time.sh  # without the build-time bean definitions
#   LAUNCH=java-jar SKIP_BUILD=1 scripts/startup-time.sh   # plain `java -jar` (JAVA_OPTS, default none)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}; PORT=${PORT:-18500}; KEY=${KEY:-demo-key-change-me}; LAUNCH=${LAUNCH:-run-jar}
JAR=${JAR:-target/commerce-resolver-0.1.0-SNAPSHOT.jar}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "startup-time: RUNS must be a positive whole number" >&2; exit 1; }
[[ $LAUNCH == run-jar || $LAUNCH == java-jar ]] || { echo "startup-time: LAUNCH is run-jar or java-jar" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"
if curl -s -o /dev/null -m 2 "$URL/" 2>/dev/null; then echo "startup-time: something already listens on $URL" >&2; exit 1; fi
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then ./mvnw -B -q -DskipTests package; fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[[ $LAUNCH == run-jar ]] && RESOLVER_CDS_PREPARE_ONLY=1 timeout 900 scripts/run-jar.sh "$JAR"

WORK=$(mktemp -d /tmp/commerce-resolver-startup.XXXXXX)
APP=""
cleanup() {
  if [[ -n $APP ]] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# One start in folder $1; prints "<seconds to the first 200> <CPU seconds by then>".
start_once() {
  local dir=$1 t0 secs="" cpu
  mkdir -p "$dir"
  for folder in rules kie-config camel-routes features; do [[ -d $dir/$folder ]] || cp -r "$folder" "$dir/"; done
  t0=$(date +%s%N)
  if [[ $LAUNCH == run-jar ]]; then
    (cd "$dir" && RESOLVER_DEMO_API_KEY="$KEY" exec "$ROOT/scripts/run-jar.sh" "$JAR" --server.address=127.0.0.1 \
      --server.port="$PORT") >>"$dir/app.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    (cd "$dir" && RESOLVER_DEMO_API_KEY="$KEY" exec java ${JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 \
      --server.port="$PORT") >>"$dir/app.log" 2>&1 &
  fi
  APP=$!
  for _ in $(seq 1 6000); do
    if [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "X-Api-Key: $KEY" "$URL/api/v1/orders/1001" 2>/dev/null) == 200 ]]; then
      secs=$(( ($(date +%s%N) - t0) / 1000000 ))
      break
    fi
    kill -0 "$APP" 2>/dev/null || { echo "startup-time: the app exited; its log:" >&2; tail -40 "$dir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  [[ -n $secs ]] || { echo "startup-time: no 200 within 300 s" >&2; exit 1; }
  cpu=$(awk '{ print ($14 + $15) / 100 }' "/proc/$APP/stat")
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
  awk -v ms="$secs" -v cpu="$cpu" 'BEGIN { printf "%.1f %.1f\n", ms / 1000, cpu }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

if [[ $LAUNCH == run-jar ]]; then how="RESOLVER_AOT=${RESOLVER_AOT:-on}"; else how="JAVA_OPTS='${JAVA_OPTS:-}'"; fi
echo "== $(date -Is) startup-time: LAUNCH=$LAUNCH $how RUNS=$RUNS; load average $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$WORK/fresh"
for run in $(seq 1 "$RUNS"); do
  result=$(start_once "$WORK/run$run")
  echo "fresh database, start $run: ${result% *} s to the first 200, ${result#* } CPU-s"
  echo "$result" >>"$WORK/fresh"
done
restart=$(start_once "$WORK/run$RUNS")
echo "restart on the database of start $RUNS: ${restart% *} s, ${restart#* } CPU-s"
echo "median of $RUNS fresh starts: $(cut -d' ' -f1 "$WORK/fresh" | median) s to the first 200, $(cut -d' ' -f2 "$WORK/fresh" | median) CPU-s"
