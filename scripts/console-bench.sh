#!/usr/bin/env bash
# Times the console's pages with 100,000 tickets in the database, on the packaged jar as a user runs it, against
# PostgreSQL (the production database; scripts/postgres.sh installs and starts it). Results go to stdout as a table of
# medians and 95th percentiles of the time to the first byte over loopback (docs/benchmarks.md records them).
#   N=100000 RUNS=30 scripts/console-bench.sh        (SKIP_BUILD=1 uses the jar in target/ as it is)
# ARGS is passed to the service: ARGS=--resolver.console.dashboard.fresh-for=0 times the dashboard read afresh for
# every page, rather than drawn from the records it keeps for 30 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

N="${N:-100000}"
RUNS="${RUNS:-30}"
PORT="${PORT:-8093}"
DB=resolver_console_bench
KEY="bench-admin-key-0123456789abcdef"
BASE="http://localhost:$PORT"
JAR=target/commerce-resolver-0.1.0-SNAPSHOT.jar
WORK="$(mktemp -d)"
export PGPASSWORD="${RESOLVER_DB_OWNER_PASSWORD:-resolver}"

log() { echo "console-bench.sh: $*" >&2; }
[[ -n "${SKIP_BUILD:-}" && -f "$JAR" ]] || ./mvnw -B -q -DskipTests package

scripts/postgres.sh >/dev/null
psql -X -q -h localhost -U resolver -d resolver -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

log "starting the jar on :$PORT (PostgreSQL database $DB)"
SPRING_PROFILES_ACTIVE=postgres RESOLVER_DB_URL="jdbc:postgresql://localhost:5432/$DB" RESOLVER_DB_PASSWORD=resolver \
  RESOLVER_DB_OWNER_PASSWORD=resolver RESOLVER_DEMO=true RESOLVER_DEMO_API_KEY="$KEY" \
  RESOLVER_SECRETS_KEYSET_FILE="$WORK/keyset.json" \
  java -Xmx384m -XX:+UseSerialGC -jar "$JAR" --server.port="$PORT" --resolver.work.workers=1 ${ARGS:-} >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $KEY" "$BASE/api/v1/runs?limit=1")" == 200 ]] && break
  kill -0 $SERVICE 2>/dev/null || { tail -50 "$WORK/service.log"; exit 1; }
  sleep 1
done

log "seeding $N tickets for tenant demo"
psql -X -q -h localhost -U resolver -d "$DB" -v tenant=demo -v n="$N" -f scripts/lib/seed-console-bench.sql

curl -sf -X POST "$BASE/api/v1/admin/users" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"username":"bench","roles":["viewer","agent","approver","analyst","operations"],"password":"correct horse battery"}' >/dev/null
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token="$(curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/console/sign-in" | csrf)"
curl -s -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" -X POST "$BASE/console/sign-in" \
  --data-urlencode "_csrf=$token" --data-urlencode tenant=demo --data-urlencode username=bench --data-urlencode "password=correct horse battery"

# Pages, each as a person opens it. A ticket, a run and an approval from the middle of the seeded range.
PAGES=(
  "/console"
  "/console/tickets"
  "/console/tickets?tab=all"
  "/console/tickets?tab=resolved"
  "/console/tickets?tab=all&q=customer123%40example.com"
  "/console/tickets?tab=all&q=A12345"
  "/console/tickets?tab=all&q=damaged+refund"
  "/console/tickets/bench-0050000"
  "/console/approvals"
  "/console/approvals?for=me"
  "/console/processes"
  "/console/processes?period=30d"
  "/console/processes?playbook=refund_order&status=COMPLETED"
  "/console/processes?period=30d&order=A12345"
  "/console/processes/runs/run-bench-0050000"
  "/console/dashboard?period=24h"
  "/console/dashboard"
  "/console/dashboard?period=30d"
  "/console/rules"
  "/console/manual"
)
printf '| page | status | median ms | p95 ms |\n|---|---|---|---|\n'
for page in "${PAGES[@]}"; do
  status="$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/cookies" "$BASE$page")"
  for _ in 1 2 3; do curl -s -o /dev/null -b "$WORK/cookies" "$BASE$page"; done
  for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' -b "$WORK/cookies" "$BASE$page"; done \
    | sort -n | awk -v page="$page" -v status="$status" '{ t[NR] = $1 * 1000 } END {
        printf "| `%s` | %s | %.0f | %.0f |\n", page, status, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
done
