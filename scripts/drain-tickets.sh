#!/usr/bin/env bash
# How much a ticket costs, measured as a backlog drains: PARALLEL curl loops post N "where is my order" tickets as
# fast as the service answers, then the script follows the last one until it is final. Per round it prints the
# seconds to post, the seconds to drain what was left, the tickets per second over both, and the app's CPU time per
# ticket (from /proc, user + system). The first round warms the JVM; read the later ones.
# The app runs as the README runs it (scripts/run-jar.sh) from a fresh temporary folder, on H2 unless DB_URL is set.
#
#   SKIP_BUILD=1 scripts/drain-tickets.sh                 # N=480 PARALLEL=8 ROUNDS=3
#   N=960 ROUNDS=4 SKIP_BUILD=1 scripts/drain-tickets.sh
#   DB_URL='jdbc:h2:file:./data/commerce-resolver;WRITE_DELAY=500' SKIP_BUILD=1 scripts/drain-tickets.sh   # another URL
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
N=${N:-480}; PARALLEL=${PARALLEL:-8}; ROUNDS=${ROUNDS:-3}; PORT=${PORT:-18400}; KEY=${KEY:-demo-key-change-me}
JAR=${JAR:-target/commerce-resolver-0.1.0-SNAPSHOT.jar}
for v in N PARALLEL ROUNDS PORT; do [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "drain-tickets: $v must be a positive whole number" >&2; exit 1; }; done
(( N % PARALLEL == 0 )) || { echo "drain-tickets: N must be a multiple of PARALLEL" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"
if curl -s -o /dev/null -m 2 "$URL/" 2>/dev/null; then echo "drain-tickets: something already listens on $URL" >&2; exit 1; fi
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then ./mvnw -B -q -DskipTests package; fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
RESOLVER_CDS_PREPARE_ONLY=1 timeout 900 scripts/run-jar.sh "$JAR"

WORK=$(mktemp -d /tmp/commerce-resolver-drain.XXXXXX)
cp -r rules kie-config camel-routes features "$WORK/"
APP=""
cleanup() {
  if [[ -n $APP ]] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
ARGS=(--server.address=127.0.0.1 --server.port="$PORT")
[[ -n ${DB_URL:-} ]] && ARGS+=(--spring.datasource.url="$DB_URL")
(cd "$WORK" && RESOLVER_DEMO_API_KEY="$KEY" exec "$ROOT/scripts/run-jar.sh" "$JAR" "${ARGS[@]}") >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 1200); do
  [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "X-Api-Key: $KEY" "$URL/api/v1/orders/1004" 2>/dev/null) == 200 ]] && break
  kill -0 "$APP" 2>/dev/null || { echo "drain-tickets: the app exited; its log:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
  sleep 0.25
done
# the ticket must come from the order's own customer, or the playbook hands it to a person instead of answering
EMAIL=$(curl -s -H "X-Api-Key: $KEY" "$URL/api/v1/orders/1004" | sed -n 's/.*"customerEmail":"\([^"]*\)".*/\1/p')
[[ -n $EMAIL ]] || { echo "drain-tickets: order 1004 has no customer e-mail" >&2; exit 1; }
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP/stat"; }
# bytes the app has handed to write(2) so far: the database file (H2's commits), its log, the mail outbox
written() { awk '/^wchar:/ {print $2}' "/proc/$APP/io"; }
post_loop() { # $1 = round, $2 = loop: posts N/PARALLEL tickets one after the other, prints each answer
  for i in $(seq 1 $((N / PARALLEL))); do
    curl -s -X POST "$URL/api/v1/tickets" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
      -d "{\"customerEmail\":\"$EMAIL\",\"subject\":\"where is my order\",\"text\":\"Hi, where is my order #1004? ($1-$2-$i)\"}"
    echo
  done
}
# the ticket's own status is the first "status" of its view (its story's events have theirs too)
status_of() { curl -s -H "X-Api-Key: $KEY" "$URL/api/v1/tickets/$1" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4; }

echo "round | posted | post s | drain s | tickets/s | app CPU ms/ticket | app writes KB/ticket | status of the last tickets"
for round in $(seq 1 "$ROUNDS"); do
  c0=$(cpu); w0=$(written); t0=$(date +%s.%N)
  for loop in $(seq 1 "$PARALLEL"); do post_loop "$round" "$loop" >"$WORK/answers-$loop" & done
  wait $(jobs -p | grep -v "^$APP$") 2>/dev/null || true
  t1=$(date +%s.%N)
  posted=$(cat "$WORK"/answers-* | grep -c '"status":"RECEIVED"' || true)
  # the last ticket of every loop: the queue is worked through in order, so these are the last to finish
  status=""
  for loop in $(seq 1 "$PARALLEL"); do
    last=$(tail -1 "$WORK/answers-$loop" | sed -n 's/.*"ticketId":"\([^"]*\)".*/\1/p')
    for _ in $(seq 1 3000); do
      status=$(status_of "$last")
      [[ $status == RESOLVED || $status == NEEDS_HUMAN || $status == FAILED ]] && break
      sleep 0.2
    done
  done
  t2=$(date +%s.%N); c2=$(cpu); w2=$(written)
  awk -v r="$round" -v p="$posted" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v c0="$c0" -v c2="$c2" -v w0="$w0" -v w2="$w2" -v s="$status" 'BEGIN {
    printf "%5d | %6d | %6.1f | %7.1f | %9.1f | %17.0f | %20.0f | %s\n", r, p, t1 - t0, t2 - t1, p / (t2 - t0), (c2 - c0) * 1000 / p,
      (w2 - w0) / 1024 / p, s }'
done
