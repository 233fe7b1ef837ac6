#!/usr/bin/env bash
# Load test of the whole ticket pipeline: "where is my order" tickets posted to POST /api/v1/tickets, read, decided,
# run through the order-status playbook and answered by mail. Reports what the runtime issue asks for:
#   - start-up: seconds from `java -jar` to the first 200 on an authenticated GET /api/v1/orders/1001;
#   - accepted/s (202 answers per second within the offered window), resolved/s sustained (RESOLVED tickets / time from the first accept to the
#     last resolution, on the server's clock), accept->resolved latency p50/p90/p99/max from the ticket's own
#     timestamps (its `received` event to its last event / updatedAt; polling frequency does not enter it),
#     5xx and other non-202 answers, accepted tickets not RESOLVED by the end with their final status;
#   - the app's RSS (VmHWM peak, VmRSS now) at the end of the load, and its CPU seconds;
#   - after the app stopped, counts in the database: tickets by status, mail_outbox rows, tool_call rows by tool and
#     status, and duplicates (a ticket with more than one mail or more than one SUCCEEDED send_notification, a run
#     twice for a ticket, an idempotency key twice). Notifications written must equal RESOLVED tickets (with a MIX,
#     RESOLVED + DECLINED: the declined are told why);
#   - with a MIX: the client's figures per kind and per playbook (see LoadTickets.java), the approver's, and from the
#     database approvals by outcome, the store's writes by kind, orders by status, and per playbook the time from
#     received to read (the job queue) and from read to final.
# Steps: build the jar (unless SKIP_BUILD=1); copy rules/ kie-config/ camel-routes/ features/ into a fresh temporary
# working folder (copies: the app's file walker does not follow symlinks); start the jar(s) there on 127.0.0.1;
# run scripts/LoadTickets.java (JDK source launcher, no dependencies); record RSS; stop the app(s) with SIGTERM;
# count in the database; print the summary and write it to $OUT/summary.txt.
# Traffic goes to 127.0.0.1 only; every wait and run is bounded. The app(s) are stopped on any exit.
#
# Options (environment variables):
#   RATE=20            offered tickets/s, open loop (a ticket is due every 1/RATE s whether answers came or not);
#                      RATE=0 is closed loop: each client posts again as soon as it has its answer
#   DURATION_S=20      the offered window
#   CLIENTS=8          concurrent clients (connections)
#   SETTLE_S=120       after the window, how long to follow unfinished tickets until they are final
#   POLL_CONCURRENCY=4 GETs at a time while following them (gentle: it must not distort the run)
#   DB=h2              h2: a fresh H2 file in the working folder; postgres: scripts/postgres.sh installs/starts a local
#                      PostgreSQL, and database $PG_DB (default resolver_load) is dropped and recreated for the run
#   INSTANCES=1        2 = two jars on PORT and PORT+1 sharing one PostgreSQL (DB=postgres only); tickets alternate
#   PORT=18180         first app port (127.0.0.1)
#   LAUNCH=java-jar    java-jar: `java $APP_OPTS -jar $JAR`; run-jar: scripts/run-jar.sh $JAR (the README's way: the jar
#                      extracted, a CDS archive, which it prepares once per jar before the start that is timed)
#   APP_OPTS=-Xmx512m  JVM options of the app(s) (with LAUNCH=run-jar: run-jar.sh's defaults, the README's settings)
#   KEY=demo-key-change-me   the demo tenant's API key (RESOLVER_DEMO_API_KEY of the app)
#   MIX=status=1       the intents written, as weights (LoadTickets.java's --mix): e.g.
#                      MIX=status=50,refund=20,cancel=10,address=5,goodwill=10,return=5; the default is the original
#                      "where is my order" load. With any other kind an approver thread decides what waits for approval
#                      (an approver key made with KEY at start) and the figures are also given per kind and playbook.
#   THINK_MS=2000      the approver's think time, from first seeing an approval in the inbox to deciding it
#   REJECT_SHARE=0.1   the share of approvals it rejects (spread evenly); APPROVE=auto|on|off (auto: on with a mix)
#   APPROVAL_POLL_MS=500  how often it reads GET /api/v1/approvals?outcome=PENDING
#   SKIP_BUILD=1       use the existing jar (JAR=target/commerce-resolver-0.1.0-SNAPSHOT.jar)
#   OUT=target/bench/tickets-<timestamp>   where run.log, app*.log, client.txt, tickets.csv, db.txt, summary.txt go
#   START_TIMEOUT_S=240  STOP_TIMEOUT_S=60  KEEP_WORK=1 (keep the temporary working folder and H2 file)
# Exit status: 0 when the run was measured (errors and FAILED tickets are figures, not a failure of the script);
# 1 when the app did not start (the tail of its log is printed) or the client failed; 3 when duplicates were found.
#
#   RATE=20 DURATION_S=20 CLIENTS=8 SKIP_BUILD=1 scripts/load-tickets.sh              # open loop on H2
#   RATE=0 DURATION_S=20 CLIENTS=8 SKIP_BUILD=1 scripts/load-tickets.sh               # closed loop
#   RATE=300 DURATION_S=60 CLIENTS=64 scripts/load-tickets.sh                         # the issue's target
#   DB=postgres INSTANCES=2 RATE=100 DURATION_S=30 CLIENTS=32 SKIP_BUILD=1 scripts/load-tickets.sh
#   MIX=status=50,refund=20,cancel=10,address=5,goodwill=10,return=5 RATE=5 DURATION_S=60 SKIP_BUILD=1 scripts/load-tickets.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RATE=${RATE:-20}; DURATION_S=${DURATION_S:-20}; CLIENTS=${CLIENTS:-8}; SETTLE_S=${SETTLE_S:-120}
POLL_CONCURRENCY=${POLL_CONCURRENCY:-4}
DB=${DB:-h2}; INSTANCES=${INSTANCES:-1}; PORT=${PORT:-18180}; KEY=${KEY:-demo-key-change-me}
LAUNCH=${LAUNCH:-java-jar}
MIX=${MIX:-status=1}; THINK_MS=${THINK_MS:-2000}; REJECT_SHARE=${REJECT_SHARE:-0.1}; APPROVE=${APPROVE:-auto}
APPROVAL_POLL_MS=${APPROVAL_POLL_MS:-500}
[[ $MIX =~ ^[a-z]+=[0-9]+(,[a-z]+=[0-9]+)*$ ]] || { echo "load-tickets: MIX must be kind=weight,..., not '$MIX'" >&2; exit 1; }
[[ $LAUNCH == java-jar || $LAUNCH == run-jar ]] || { echo "load-tickets: LAUNCH must be java-jar or run-jar, not '$LAUNCH'" >&2; exit 1; }
# run-jar.sh's own JVM settings (the README's) unless APP_OPTS says otherwise
if [[ $LAUNCH == run-jar ]]; then
  APP_OPTS=${APP_OPTS:--Xmx384m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC}
else
  APP_OPTS=${APP_OPTS:--Xmx512m}
fi
START_TIMEOUT_S=${START_TIMEOUT_S:-240}; STOP_TIMEOUT_S=${STOP_TIMEOUT_S:-60}
JAR=${JAR:-target/commerce-resolver-0.1.0-SNAPSHOT.jar}
PG_DB=${PG_DB:-resolver_load}; PG_USER=${RESOLVER_DB_OWNER:-resolver}; PG_PASSWORD=${RESOLVER_DB_OWNER_PASSWORD:-resolver}
OUT=${OUT:-target/bench/tickets-$(date +%Y%m%d-%H%M%S)}

die() { echo "load-tickets: $*" >&2; exit 1; }
for v in DURATION_S CLIENTS SETTLE_S POLL_CONCURRENCY INSTANCES PORT START_TIMEOUT_S STOP_TIMEOUT_S THINK_MS APPROVAL_POLL_MS; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, not '${!v}'"
done
[[ $RATE =~ ^[0-9]+([.][0-9]+)?$ ]] || die "RATE must be a number, not '$RATE'"
[[ $REJECT_SHARE =~ ^(0([.][0-9]+)?|1([.]0+)?)$ ]] || die "REJECT_SHARE must be a number from 0 to 1, not '$REJECT_SHARE'"
[[ $APPROVE == auto || $APPROVE == on || $APPROVE == off ]] || die "APPROVE must be auto, on or off"
[[ $DB == h2 || $DB == postgres ]] || die "DB must be h2 or postgres, not '$DB'"
(( INSTANCES == 1 || INSTANCES == 2 )) || die "INSTANCES must be 1 or 2"
(( INSTANCES == 1 )) || [[ $DB == postgres ]] || die "INSTANCES=2 needs DB=postgres (two apps cannot share an H2 file)"
[[ $PG_DB =~ ^[a-z_][a-z0-9_]*$ && $PG_DB != postgres && $PG_DB != template0 && $PG_DB != template1 ]] \
  || die "PG_DB must be a plain database name of its own (it is dropped and recreated), not '$PG_DB'"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
exec > >(tee -a "$OUT/run.log") 2>&1
echo "== $(date -Is) load-tickets: MIX=$MIX RATE=$RATE DURATION_S=$DURATION_S CLIENTS=$CLIENTS SETTLE_S=$SETTLE_S DB=$DB INSTANCES=$INSTANCES PORT=$PORT APP_OPTS='$APP_OPTS' OUT=$OUT"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-); $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?') $(git status --porcelain 2>/dev/null | wc -l) changed files"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  echo "== build (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q ${MAVEN_OFFLINE:+-o} -DskipTests package
fi
[[ -f "$JAR" ]] || die "no jar at $JAR"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
if [[ $LAUNCH == run-jar ]]; then
  echo "== scripts/run-jar.sh: the CDS archive for this jar (prepared once per jar, not part of the timed start)"
  JAVA_OPTS="$APP_OPTS" RESOLVER_CDS_PREPARE_ONLY=1 timeout 900 scripts/run-jar.sh "$JAR"
fi

WORK=$(mktemp -d /tmp/commerce-resolver-tickets.XXXXXX)
cp -r rules kie-config camel-routes features "$WORK/"
PIDS=()
stop_apps() {
  local pid
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 "$STOP_TIMEOUT_S"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then echo "app $pid did not stop in ${STOP_TIMEOUT_S} s; killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
cleanup() {
  stop_apps
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then echo "working folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=scripts/lib/databases.sh
source scripts/lib/databases.sh
DB_ARGS=()
if [[ $DB == postgres ]]; then
  fresh_postgres_database "$PG_DB"
  DB_ARGS=(--spring.profiles.active=postgres --resolver.demo.enabled=true)
fi
# H2: the app's own default URL (application.properties), which puts the file under ./data of the working folder

URLS=(); STARTUP=()
for n in $(seq 1 "$INSTANCES"); do
  port=$((PORT + n - 1)); url="http://127.0.0.1:$port"; log="$OUT/app$n.log"
  if curl -s -o /dev/null -m 2 "$url/" 2>/dev/null; then die "something already listens on $url"; fi
  echo "== starting app $n on $url from $WORK (log: $log)"
  t0=$(date +%s%N)
  if [[ $LAUNCH == run-jar ]]; then
    # the README's way: scripts/run-jar.sh (extracted jar, CDS archive prepared beforehand, its JVM settings)
    (cd "$WORK" && RESOLVER_DEMO_API_KEY="$KEY" JAVA_OPTS="$APP_OPTS" exec "$ROOT/scripts/run-jar.sh" "$JAR" \
      --server.address=127.0.0.1 --server.port="$port" "${DB_ARGS[@]}") >"$log" 2>&1 &
  else
    # shellcheck disable=SC2086
    (cd "$WORK" && RESOLVER_DEMO_API_KEY="$KEY" exec java $APP_OPTS -jar "$JAR" --server.address=127.0.0.1 \
      --server.port="$port" "${DB_ARGS[@]}") >"$log" 2>&1 &
  fi
  pid=$!; PIDS+=("$pid")
  up=""
  for _ in $(seq 1 $((START_TIMEOUT_S * 4))); do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "X-Api-Key: $KEY" "$url/api/v1/orders/1001" 2>/dev/null || true)
    if [[ $code == 200 ]]; then up=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "app $n exited during start-up; last lines of its log:"; tail -40 "$log"; exit 1; fi
    sleep 0.25
  done
  if [[ -z $up ]]; then echo "app $n does not answer 200 on GET /api/v1/orders/1001 after ${START_TIMEOUT_S} s; last lines of its log:"; tail -40 "$log"; exit 1; fi
  secs=$(awk -v ms="$up" 'BEGIN{printf "%.1f", ms / 1000}')
  echo "app $n (pid $pid) answers 200 on GET /api/v1/orders/1001 ${secs} s after $LAUNCH"
  URLS+=("$url"); STARTUP+=("$secs")
done

cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
CPU0=(); for pid in "${PIDS[@]}"; do CPU0+=("$(cpu_of "$pid")"); done
echo "== load: scripts/LoadTickets.java"
CLIENT_RC=0
timeout $((DURATION_S + SETTLE_S + 300)) java -Xmx${CLIENT_XMX:-256m} scripts/LoadTickets.java \
  --urls "$(IFS=,; echo "${URLS[*]}")" --key "$KEY" --rate "$RATE" --duration-s "$DURATION_S" --clients "$CLIENTS" \
  --settle-s "$SETTLE_S" --poll-concurrency "$POLL_CONCURRENCY" --store src/main/resources/sandbox/demo-store.json \
  --mix "$MIX" --approve "$APPROVE" --think-ms "$THINK_MS" --reject-share "$REJECT_SHARE" \
  --approval-poll-ms "$APPROVAL_POLL_MS" --out "$OUT" || CLIENT_RC=$?

APPINFO=""
for i in "${!PIDS[@]}"; do
  pid=${PIDS[$i]}
  if kill -0 "$pid" 2>/dev/null; then
    hwm=$(awk '/^VmHWM/{printf "%.0f MB", $2/1024}' "/proc/$pid/status"); rss=$(awk '/^VmRSS/{printf "%.0f MB", $2/1024}' "/proc/$pid/status")
    cpu=$(awk -v a="${CPU0[$i]}" -v b="$(cpu_of "$pid")" 'BEGIN{printf "%.0f", (b - a) / 100}')
    APPINFO+="app $((i + 1)): start-up ${STARTUP[$i]} s; RSS at the end: peak (VmHWM) $hwm, now (VmRSS) $rss; CPU during the load ${cpu} s"$'\n'
  else
    APPINFO+="app $((i + 1)): start-up ${STARTUP[$i]} s; EXITED during the load (see $OUT/app$((i + 1)).log)"$'\n'
  fi
done
echo "== stopping the app(s) (SIGTERM)"
stop_apps
errors_in_log=$(cat "$OUT"/app*.log | grep -c ' ERROR ' || true)

echo "== counting in the database"
if [[ $DB == postgres ]]; then
  sql() { psql_app "$PG_DB" -At -F ' | ' -c "$1"; }
else
  H2JAR=$(h2_jar_of "$JAR") || die "cannot count in the H2 database"
  # Shell prints a header line (one line only when every column is a name or has a short alias: keep it so), the rows
  # as "a | b" and a "(n rows, t ms)" line
  sql() {
    timeout 120 java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/commerce-resolver" -user sa -password '' \
      -sql "$1" | sed '1d; /^([0-9]* rows\?,/d'
  }
fi
RUN_OF_MAIL="LEFT(m.idempotency_key, 36) = r.id AND SUBSTRING(m.idempotency_key, 37, 1) = ':'"
{
  echo "tickets by status:"; sql "SELECT status, COUNT(*) FROM ticket GROUP BY status ORDER BY status" | sed 's/^/  /'
  echo "agent runs by status:"; sql "SELECT status, COUNT(*) FROM agent_run GROUP BY status ORDER BY status" | sed 's/^/  /'
  echo "mail_outbox rows by status:"; sql "SELECT status, COUNT(*) FROM mail_outbox GROUP BY status ORDER BY status" | sed 's/^/  /'
  echo "tool_call rows by tool and status:"
  sql "SELECT tool, status, COUNT(*) FROM tool_call GROUP BY tool, status ORDER BY tool, status" | sed 's/^/  /'
  echo "approvals by outcome:"; sql "SELECT outcome, COUNT(*) FROM approval GROUP BY outcome ORDER BY outcome" | sed 's/^/  /'
  echo "store writes (sandbox_operation) by kind:"
  sql "SELECT kind, COUNT(*) AS n, SUM(amount) AS amount FROM sandbox_operation GROUP BY kind ORDER BY kind" | sed 's/^/  /'
  echo "orders by status at the end:"; sql "SELECT status, COUNT(*) FROM sandbox_order GROUP BY status ORDER BY status" | sed 's/^/  /'
} >"$OUT/db.txt"
n() { # one number, or "?" when the query failed (its error goes to db-errors.txt)
  local v; v=$(sql "$1" 2>>"$OUT/db-errors.txt" | tr -dc '0-9') || v=""; echo "${v:-?}"
}
RESOLVED_DB=$(n "SELECT COUNT(*) AS n FROM ticket WHERE status = 'RESOLVED'")
TICKETS_DB=$(n "SELECT COUNT(*) AS n FROM ticket")
MAILS=$(n "SELECT COUNT(*) AS n FROM mail_outbox")
SENT_OK=$(n "SELECT COUNT(*) AS n FROM tool_call WHERE tool = 'send_notification' AND status = 'SUCCEEDED'")
DUP_MAIL=$(n "SELECT COUNT(*) AS n FROM (SELECT r.ticket_id FROM mail_outbox m JOIN agent_run r ON $RUN_OF_MAIL GROUP BY r.ticket_id HAVING COUNT(*) > 1) d")
STRAY_MAIL=$(n "SELECT COUNT(*) AS n FROM mail_outbox m WHERE NOT EXISTS (SELECT 1 FROM agent_run r WHERE $RUN_OF_MAIL)")
DUP_SEND=$(n "SELECT COUNT(*) AS n FROM (SELECT r.ticket_id FROM tool_call c JOIN agent_run r ON r.id = c.run_id WHERE c.tool = 'send_notification' AND c.status = 'SUCCEEDED' GROUP BY r.ticket_id HAVING COUNT(*) > 1) d")
DUP_RUN=$(n "SELECT COUNT(*) AS n FROM (SELECT tenant_id, ticket_id FROM agent_run GROUP BY tenant_id, ticket_id HAVING COUNT(*) > 1) d")
DUP_KEY=$(n "SELECT (SELECT COUNT(*) FROM (SELECT tenant_id, idempotency_key FROM tool_call GROUP BY tenant_id, idempotency_key HAVING COUNT(*) > 1) a) + (SELECT COUNT(*) FROM (SELECT tenant_id, idempotency_key FROM mail_outbox GROUP BY tenant_id, idempotency_key HAVING COUNT(*) > 1) b) + (SELECT COUNT(*) FROM (SELECT tenant_id, idempotency_key FROM sandbox_operation GROUP BY tenant_id, idempotency_key HAVING COUNT(*) > 1) c) AS n")
RESOLVED_NO_MAIL=$(n "SELECT COUNT(*) AS n FROM ticket t JOIN agent_run r ON r.ticket_id = t.id WHERE t.status = 'RESOLVED' AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE $RUN_OF_MAIL)")
# The same figures as the client's, from the database: what polling could not reach by the end is counted here too.
if [[ $DB == postgres ]]; then ms_between() { echo "CAST(ROUND(EXTRACT(EPOCH FROM ($2 - $1)) * 1000) AS BIGINT)"; }
else ms_between() { echo "DATEDIFF('MILLISECOND', $1, $2)"; }; fi
LAT_DB=$( { sql "SELECT $(ms_between created_at updated_at) AS ms FROM ticket WHERE status = 'RESOLVED'" 2>>"$OUT/db-errors.txt" || true; } \
  | tr -dc '0-9\n' | grep . | sort -n | awk '
    function p(q,  i) { i = int(q / 100 * NR + 0.999999); if (i < 1) i = 1; return v[i] }
    { v[NR] = $1 } END { if (NR) printf "p50 %dms  p90 %dms  p99 %dms  max %dms (%d tickets)", p(50), p(90), p(99), v[NR], NR; else print "n/a" }')
SPAN_DB=$(n "SELECT $(ms_between "(SELECT MIN(created_at) FROM ticket)" "(SELECT MAX(updated_at) FROM ticket WHERE status = 'RESOLVED')") AS ms")
RATE_DB=$(awk -v r="$RESOLVED_DB" -v ms="$SPAN_DB" 'BEGIN { if (ms ~ /^[0-9]+$/ && ms > 0) printf "%.2f/s (%d RESOLVED over %.1f s from the first ticket stored to the last resolved)", r / (ms / 1000), r, ms / 1000; else print "n/a" }')
if [[ "$DUP_MAIL$DUP_SEND$DUP_RUN$DUP_KEY" =~ ^[0-9]+$ ]]; then DUPS=$((DUP_MAIL + DUP_SEND + DUP_RUN + DUP_KEY)); else DUPS=-1; fi
{
  echo "tickets in the database: $TICKETS_DB (RESOLVED $RESOLVED_DB)"
  echo "notifications written (mail_outbox rows): $MAILS; SUCCEEDED send_notification calls: $SENT_OK; RESOLVED tickets: $RESOLVED_DB -> $(
    if [[ $MAILS == "$RESOLVED_DB" && $SENT_OK == "$RESOLVED_DB" ]]; then echo "equal"
    elif [[ $MIX != status=* || $MIX == *,* ]]; then echo "not equal: expected with a mix, DECLINED tickets are told why too"
    else echo "NOT EQUAL"; fi)"
  echo "resolved/s sustained (database): $RATE_DB"
  echo "accept->resolved latency (database, ticket created_at -> updated_at): $LAT_DB"
  echo "RESOLVED tickets without a mail: $RESOLVED_NO_MAIL; mails of no run: $STRAY_MAIL"
  echo "duplicates: tickets with >1 mail $DUP_MAIL, tickets with >1 SUCCEEDED send_notification $DUP_SEND, tickets with >1 run $DUP_RUN, idempotency keys used twice $DUP_KEY -> $(
    if (( DUPS == 0 )); then echo "none"; elif (( DUPS < 0 )); then echo "UNKNOWN (a query failed: $OUT/db-errors.txt)"; else echo "DUPLICATES FOUND"; fi)"
} >>"$OUT/db.txt"
# Where a final ticket's time went, per playbook: waiting for the reader (received -> intent: the job queue's backlog)
# and the rest (intent -> its last update: the run, its store calls, an approval wait and every later queued step).
QUEUE_MS=$(ms_between x.rcv x.rd); REST_MS=$(ms_between x.rd t.updated_at)
pc() { echo "CAST(PERCENTILE_CONT($1) WITHIN GROUP (ORDER BY $2) AS BIGINT)"; }
{
  echo "final tickets per playbook, ms: received -> read (queue) p50 | p90, read -> final p50 | p90:"
  sql "SELECT COALESCE(r.playbook, '(none)') AS playbook, COUNT(*) AS n, $(pc 0.5 "$QUEUE_MS") AS q50, $(pc 0.9 "$QUEUE_MS") AS q90,
         $(pc 0.5 "$REST_MS") AS r50, $(pc 0.9 "$REST_MS") AS r90
       FROM (SELECT ticket_id, MIN(CASE WHEN type = 'received' THEN ts END) AS rcv, MIN(CASE WHEN type = 'intent' THEN ts END) AS rd
             FROM event GROUP BY ticket_id) x
       JOIN ticket t ON t.id = x.ticket_id LEFT JOIN agent_run r ON r.ticket_id = t.id
       WHERE t.status IN ('RESOLVED', 'DECLINED', 'NEEDS_HUMAN', 'FAILED', 'SHADOWED') AND x.rd IS NOT NULL
       GROUP BY r.playbook ORDER BY playbook" 2>>"$OUT/db-errors.txt" | sed 's/^/  /' || true
} >>"$OUT/db.txt"
[[ $DB == h2 ]] && echo "H2 file: $(du -sh "$WORK/data" | cut -f1)" >>"$OUT/db.txt"

{
  echo "== summary: tickets load, $(date -Is), git $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores"
  echo "settings: MIX=$MIX THINK_MS=$THINK_MS REJECT_SHARE=$REJECT_SHARE RATE=$RATE DURATION_S=$DURATION_S CLIENTS=$CLIENTS SETTLE_S=$SETTLE_S DB=$DB INSTANCES=$INSTANCES LAUNCH=$LAUNCH APP_OPTS='$APP_OPTS'"
  printf '%s' "$APPINFO"
  echo "app log lines at level ERROR: $errors_in_log (app*.log)"
  echo "-- client (scripts/LoadTickets.java, exit $CLIENT_RC)"
  cat "$OUT/client.txt" 2>/dev/null || echo "(no client figures)"
  echo "-- database after the stop"
  cat "$OUT/db.txt"
} >"$OUT/summary.txt"
cat "$OUT/summary.txt"
echo "== done: $OUT"
(( CLIENT_RC == 0 )) || exit 1
(( DUPS <= 0 )) || exit 3
