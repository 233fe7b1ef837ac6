#!/usr/bin/env bash
# Crash test of the durable runtime: kill -9 the service while tickets are in flight, restart it on the same database,
# and check that every accepted ticket settles and that no side effect happened twice. Meant for CI: bounded in time,
# prints a short summary, exits non-zero on any violation.
#
# Steps:
#  1. build the jar (unless SKIP_BUILD=1); copy rules/ kie-config/ camel-routes/ features/ into a fresh working folder
#     (copies, as scripts/load-tickets.sh does); start the jar there on 127.0.0.1:$PORT with --resolver.work.lease=$LEASE
#     and the demo key, on a fresh H2 file in the working folder (DB=h2) or on PostgreSQL (DB=postgres: scripts/postgres.sh,
#     database $PG_DB dropped and recreated);
#  2. warm-up: the first WARMUP tickets are posted and followed until settled (a cold JVM is slow to read its first
#     tickets; without it the kill lands before any tool call is made);
#     scripts/CrashTickets.java push: N tickets, CLIENTS concurrent clients, closed loop; of every 20: 14 "where is my
#     order #<id>", 5 small refunds ($1.00-$1.99, DELIVERED orders), 1 refund of $250 (waits for approval), each from the
#     order's own customer. Every 202 is recorded (accepted.csv); a POST that got no answer is not accepted;
#  3. the client that receives the KILL_AT-th 202 sends SIGKILL to the JVM at once;
#  4. with the JVM dead, the database is read as the crash left it (H2: the file is free; PostgreSQL: psql): tickets
#     by status, tool calls PENDING (cut between the call and its record), jobs leased by the dead instance, the
#     WAITING_APPROVAL tickets, and the tickets stored without a 202 (they are followed too);
#  5. restart on the same database; push the tickets never sent (PUSH_REST=1); follow every accepted or stored ticket
#     with GET /api/v1/tickets/{id} until it is RESOLVED, DECLINED, NEEDS_HUMAN, FAILED or WAITING_APPROVAL (SETTLE_S);
#  6. stop the app (SIGTERM) and check in the database:
#     - every accepted ticket exists; no ticket RECEIVED or IN_PROGRESS; none FAILED (its status_detail is printed);
#     - refunds: at most one sandbox_operation 'refund' per run (= per ticket); refund operations == SUCCEEDED
#       issue_refund calls, key by key; per order, refunded_total == seeded refunded + the refund/discount operations;
#     - notifications: at most one mail_outbox row per ticket; mails == SUCCEEDED send_notification calls, key by key;
#       every RESOLVED ticket has its mail;
#     - approvals: every ticket WAITING_APPROVAL at the kill still is, and every WAITING_APPROVAL ticket has a PENDING
#       approval and vice versa; nothing decided one (nobody approves here);
#     - no tool_call PENDING, no agent_run RUNNING or PARKED, no row left in job but the deadline (FIRE_TIMER, due
#       in a day) of each PENDING approval, which keeps its timer across the kill.
# Traffic goes to 127.0.0.1 only; every wait and loop is bounded; the app is stopped on any exit.
#
# Options (environment variables):
#   N=1000  CLIENTS=8  KILL_AT=N/2 (accepted tickets before the SIGKILL)  PUSH_REST=1 (post the unsent tickets after
#   the restart; 0 = do not)  SETTLE_S=300 (bound on waiting for the tickets after the restart)  LEASE=PT5S
#   WARMUP=20 (tickets settled before the push that is cut; 0 = none)
#   DB=h2 | postgres (PG_DB=resolver_crash, dropped and recreated)  H2_OPTS (empty: the app's own H2 URL, from
#   application.properties; set, e.g. H2_OPTS=';WRITE_DELAY=500', it replaces that URL's options for the app and the
#   checks: with that one H2 writes a commit up to 0.5 s late, and a kill -9 loses tickets already answered 202)
#   PORT=18300  KEY=demo-key-change-me
#   APP_OPTS='-Xmx512m -Dspring.aot.enabled=true' (the jar started from its build-time bean definitions, as
#   scripts/run-jar.sh starts it; without the flag it evaluates its configuration at start)  START_TIMEOUT_S=300  STOP_TIMEOUT_S=60  SKIP_BUILD=1 (JAR=target/commerce-resolver-0.1.0-SNAPSHOT.jar)
#   OUT=target/crash/<db>-<timestamp> (run.log, app1.log, app2.log, at-kill.txt, final.txt, summary.txt, evidence/)
#   KEEP_WORK=1 (keep the working folder and its H2 file)
# Duration (2 shared cores, load average 7-19): N=1000 took 524-717 s, of which the two start-ups 100-255 s each, the
# settling after the restart about 180 s; N=300 took 362 s (start-ups dominate).
# Exit status: 0 all checks hold; 2 a check failed (a runtime bug: see summary.txt and evidence/); 1 the test could
# not run (build, start-up, client, or the kill never happened).
#
#   SKIP_BUILD=1 scripts/crash-test.sh                         # H2, 1000 tickets, kill after 500 accepted
#   N=200 CLIENTS=4 SKIP_BUILD=1 scripts/crash-test.sh         # a shorter run for CI
#   DB=postgres SKIP_BUILD=1 scripts/crash-test.sh             # PostgreSQL (installs/starts it via scripts/postgres.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
N=${N:-1000}; CLIENTS=${CLIENTS:-8}; KILL_AT=${KILL_AT:-$((N / 2))}; PUSH_REST=${PUSH_REST:-1}; SETTLE_S=${SETTLE_S:-300}
LEASE=${LEASE:-PT5S}; DB=${DB:-h2}; PORT=${PORT:-18300}; KEY=${KEY:-demo-key-change-me}; APP_OPTS=${APP_OPTS:--Xmx512m -Dspring.aot.enabled=true}
WARMUP=${WARMUP:-20}; H2_OPTS=${H2_OPTS-}
START_TIMEOUT_S=${START_TIMEOUT_S:-300}; STOP_TIMEOUT_S=${STOP_TIMEOUT_S:-60}
JAR=${JAR:-target/commerce-resolver-0.1.0-SNAPSHOT.jar}
PG_DB=${PG_DB:-resolver_crash}; PG_USER=${RESOLVER_DB_OWNER:-resolver}; PG_PASSWORD=${RESOLVER_DB_OWNER_PASSWORD:-resolver}
OUT=${OUT:-target/crash/$DB-$(date +%Y%m%d-%H%M%S)}
STORE=src/main/resources/sandbox/demo-store.json

die() { echo "crash-test: $*" >&2; exit 1; }
for v in N CLIENTS KILL_AT WARMUP PUSH_REST SETTLE_S PORT START_TIMEOUT_S STOP_TIMEOUT_S; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, not '${!v}'"
done
(( N >= 2 && N <= 20000 )) || die "N must be within 2..20000"
(( KILL_AT >= 1 && KILL_AT < N )) || die "KILL_AT must be within 1..N-1"
(( WARMUP < KILL_AT )) || die "WARMUP must be less than KILL_AT"
[[ -z $H2_OPTS || $H2_OPTS =~ ^(\;[A-Z_]+=[A-Za-z0-9_]+)+$ ]] || die "H2_OPTS must look like ';WRITE_DELAY=0', not '$H2_OPTS'"
[[ $DB == h2 || $DB == postgres ]] || die "DB must be h2 or postgres, not '$DB'"
[[ $LEASE =~ ^PT[0-9]+S$ ]] || die "LEASE must look like PT5S, not '$LEASE'"
[[ $PG_DB =~ ^[a-z_][a-z0-9_]*$ && $PG_DB != postgres && $PG_DB != template0 && $PG_DB != template1 && $PG_DB != resolver ]] \
  || die "PG_DB must be a plain database name of its own (it is dropped and recreated), not '$PG_DB'"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
exec > >(tee -a "$OUT/run.log") 2>&1
T_START=$(date +%s)
echo "== $(date -Is) crash-test: N=$N CLIENTS=$CLIENTS KILL_AT=$KILL_AT WARMUP=$WARMUP H2_OPTS='$H2_OPTS' PUSH_REST=$PUSH_REST SETTLE_S=$SETTLE_S LEASE=$LEASE DB=$DB PORT=$PORT OUT=$OUT"
echo "git $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  echo "== build (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q ${MAVEN_OFFLINE:+-o} -DskipTests package
fi
[[ -f "$JAR" ]] || die "no jar at $JAR"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

WORK=$(mktemp -d /tmp/commerce-resolver-crash.XXXXXX)
cp -r rules kie-config camel-routes features "$WORK/"
APP_PID=""
stop_app() { # SIGTERM, bounded; SIGKILL only when it does not stop (said so)
  [[ -n $APP_PID ]] || return 0
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 "$STOP_TIMEOUT_S"); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then echo "app $APP_PID did not stop in ${STOP_TIMEOUT_S} s after SIGTERM; killing it"; kill -KILL "$APP_PID" 2>/dev/null || true; fi
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}
cleanup() {
  stop_app
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
  # Runs ';'-separated statements; prints their rows as "a | b | c", no headers.
  sql() { printf '%s;\n' "$1" | psql_app "$PG_DB" -At -F ' | ' -f -; }
else
  # without H2_OPTS the app keeps its own default URL, which puts the file under ./data of the working folder
  if [[ -n $H2_OPTS ]]; then DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/data/commerce-resolver$H2_OPTS"); fi
  H2JAR=$(h2_jar_of "$JAR") || die "cannot check the H2 database"
  # Only with the app stopped (or killed): H2 locks its file. Every column has a short alias, so each statement's
  # header is one line: "TAG | A | ..."; it is dropped with the "(n rows, t ms)" lines. The Shell pads its columns:
  # the padding is taken out, so that rows read "a | b | c" as psql -At writes them.
  sql() {
    timeout 120 java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/commerce-resolver$H2_OPTS" -user sa -password '' \
      -sql "$1" | sed -E '/^TAG +[|] /d; /^\([0-9]* rows?,/d; s/ *[|] */ | /g; s/ +$//'
  }
fi

URL="http://127.0.0.1:$PORT"
start_app() { # $1: log file; sets APP_PID, prints the start-up time
  local log=$1 t0 up="" code
  if curl -s -o /dev/null -m 2 "$URL/" 2>/dev/null; then die "something already listens on $URL"; fi
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$WORK" && RESOLVER_DEMO_API_KEY="$KEY" exec java $APP_OPTS -jar "$JAR" --server.address=127.0.0.1 \
    --server.port="$PORT" --resolver.work.lease="$LEASE" "${DB_ARGS[@]}") >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 $((START_TIMEOUT_S * 4))); do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "X-Api-Key: $KEY" "$URL/api/v1/orders/1001" 2>/dev/null || true)
    if [[ $code == 200 ]]; then up=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app exited during start-up; last lines of $log:"; tail -40 "$log"; exit 1; fi
    sleep 0.25
  done
  [[ -n $up ]] || { echo "the app does not answer 200 after ${START_TIMEOUT_S} s; last lines of $log:"; tail -40 "$log"; exit 1; }
  STARTUP_S=$(awk -v ms="$up" 'BEGIN{printf "%.1f", ms / 1000}')
  echo "app (pid $APP_PID) answers on $URL ${STARTUP_S} s after java -jar"
}
client() { timeout $((SETTLE_S + 600)) java -Xmx256m scripts/CrashTickets.java "$@"; }

# ---- 1-3: start, push, kill -9 ----
echo "== start (log app1.log)"
start_app "$OUT/app1.log"
START1_S=$STARTUP_S
mkdir -p "$OUT/push1"
WARM=0
if (( WARMUP > 0 )); then
  # a cold JVM reads its first tickets slowly: without a warm-up the kill lands before any tool call is made
  echo "== warm-up: the first $WARMUP tickets, followed until settled (at most 240 s)"
  client push --url "$URL" --key "$KEY" --store "$STORE" --n "$WARMUP" --clients "$CLIENTS" --out "$OUT/push1" \
    || die "the warm-up push failed"
  mkdir -p "$OUT/warmup"
  client wait --url "$URL" --key "$KEY" --accepted "$OUT/push1/accepted.csv" --timeout-s 240 --out "$OUT/warmup" \
    || echo "(not every warm-up ticket settled; going on)"
  WARM=$(wc -l <"$OUT/push1/accepted.csv")
fi
echo "== push the other tickets of $N with $CLIENTS clients; SIGKILL to pid $APP_PID at the ${KILL_AT}th 202"
PUSH_RC=0
client push --url "$URL" --key "$KEY" --store "$STORE" --n "$N" --clients "$CLIENTS" --kill-pid "$APP_PID" \
  --kill-at "$((KILL_AT - WARM))" --skip-file "$OUT/push1/attempted.txt" --out "$OUT/push1" || PUSH_RC=$?
# the JVM must be gone: reap it (exit status 137 = SIGKILL)
for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID"; APP_RC="still alive after the push (killed now)"
else APP_RC=0; wait "$APP_PID" 2>/dev/null || APP_RC=$?; fi
APP_PID=""
(( PUSH_RC == 0 || PUSH_RC == 4 )) || die "the push client failed (exit $PUSH_RC; 3 = the kill threshold was never reached)"
ACCEPTED1=$(wc -l <"$OUT/push1/accepted.csv")
SENT1=$(wc -l <"$OUT/push1/attempted.txt")
echo "app exit status: $APP_RC (137 = SIGKILL); $ACCEPTED1 accepted of $SENT1 sent before the kill"

# ---- 4: the database as the crash left it ----
echo "== the database after the kill, before the restart"
sql "SELECT 'ticket' AS tag, status AS a, COUNT(*) AS b FROM ticket GROUP BY status;
SELECT 'call' AS tag, tool AS a, status AS b, COUNT(*) AS c FROM tool_call GROUP BY tool, status;
SELECT 'job' AS tag, kind AS a, CASE WHEN owner IS NULL THEN 'free' ELSE 'leased' END AS b, COUNT(*) AS c FROM job GROUP BY kind, CASE WHEN owner IS NULL THEN 'free' ELSE 'leased' END;
SELECT 'run' AS tag, status AS a, COUNT(*) AS b FROM agent_run GROUP BY status;
SELECT 'refund_ops' AS tag, COUNT(*) AS a FROM sandbox_operation WHERE kind = 'refund';
SELECT 'mails' AS tag, COUNT(*) AS a FROM mail_outbox;
SELECT 'tid' AS tag, id AS a, status AS b FROM ticket" >"$OUT/at-kill.txt"
grep -q '^tid | ' "$OUT/at-kill.txt" || die "could not read the database after the kill (see $OUT/at-kill.txt)"
count_at_kill() { awk -F' [|] ' -v t="$1" -v a="${2:-}" -v b="${3:-}" '$1 == t && (a == "" || $2 == a) && (b == "" || $3 == b) { s += $NF } END { print s + 0 }' "$OUT/at-kill.txt"; }
STORED_AT_KILL=$(grep -c '^tid | ' "$OUT/at-kill.txt" || true)
PENDING_AT_KILL=$(count_at_kill call "" PENDING)
LEASED_AT_KILL=$(count_at_kill job "" leased)
JOBS_AT_KILL=$(count_at_kill job)
awk -F' [|] ' '$1 == "tid" && $3 == "WAITING_APPROVAL" { print $2 }' "$OUT/at-kill.txt" | sort >"$OUT/waiting-at-kill.txt"
cut -d, -f2 "$OUT/push1/accepted.csv" | sort >"$OUT/accepted1-ids.txt"
# tickets stored whose POST got no 202 (cut by the kill): not accepted, but followed and checked like the others
awk -F' [|] ' '$1 == "tid" { print $2 }' "$OUT/at-kill.txt" | sort | comm -23 - "$OUT/accepted1-ids.txt" \
  | sed 's/^/-,/; s/$/,stored_without_answer,-/' >"$OUT/stored-without-answer.csv"
MISSING_AT_KILL=$(awk -F' [|] ' '$1 == "tid" { print $2 }' "$OUT/at-kill.txt" | sort | comm -13 - "$OUT/accepted1-ids.txt" | wc -l)
AT_KILL_LINE="stored $STORED_AT_KILL tickets ($(awk -F' [|] ' '$1 == "ticket" { printf "%s %s ", $2, $3 }' "$OUT/at-kill.txt")); tool calls PENDING $PENDING_AT_KILL ($(awk -F' [|] ' '$1 == "call" && $3 == "PENDING" { printf "%s %s ", $2, $4 }' "$OUT/at-kill.txt")); jobs $JOBS_AT_KILL, leased by the dead instance $LEASED_AT_KILL; refunds $(count_at_kill refund_ops), mails $(count_at_kill mails); stored without a 202: $(wc -l <"$OUT/stored-without-answer.csv"); accepted but not stored: $MISSING_AT_KILL"
echo "at the kill: $AT_KILL_LINE"

# ---- 5: restart, push the rest, wait ----
echo "== restart on the same database (log app2.log)"
T_RESTART=$(date +%s%N)
start_app "$OUT/app2.log"
START2_S=$STARTUP_S
FOLLOW="$OUT/push1/accepted.csv,$OUT/stored-without-answer.csv"
ACCEPTED2=0
mkdir -p "$OUT/push2"; touch "$OUT/push2/accepted.csv"
if (( PUSH_REST == 1 )); then
  echo "== push the $((N - SENT1)) tickets never sent"
  PUSH2_RC=0
  client push --url "$URL" --key "$KEY" --store "$STORE" --n "$N" --clients "$CLIENTS" --skip-file "$OUT/push1/attempted.txt" \
    --out "$OUT/push2" || PUSH2_RC=$?
  ACCEPTED2=$(wc -l <"$OUT/push2/accepted.csv")
  (( PUSH2_RC == 0 || PUSH2_RC == 4 )) || die "the second push failed (exit $PUSH2_RC)"
  FOLLOW+=",$OUT/push2/accepted.csv"
fi
echo "== wait until every ticket is settled (at most ${SETTLE_S} s)"
WAIT_RC=0
client wait --url "$URL" --key "$KEY" --accepted "$FOLLOW" --timeout-s "$SETTLE_S" --out "$OUT" || WAIT_RC=$?
SETTLE_AFTER_RESTART_S=$(awk -v a="$T_RESTART" -v b="$(date +%s%N)" 'BEGIN{printf "%.1f", (b - a) / 1e9}')
echo "settled ${SETTLE_AFTER_RESTART_S} s after the restart began (start-up ${START2_S} s included); wait exit $WAIT_RC"
ERRORS2=$(grep -c ' ERROR ' "$OUT/app2.log" || true)

# ---- 6: stop, check ----
echo "== stop (SIGTERM) and check the database"
stop_app
CALL_KEY_RUN="LEFT(c.idempotency_key, 36)"
sql "SELECT 'tid' AS tag, id AS a, status AS b FROM ticket;
SELECT 'failed' AS tag, id AS a, COALESCE(status_detail, '-') AS b FROM ticket WHERE status = 'FAILED';
SELECT 'call' AS tag, tool AS a, status AS b, COUNT(*) AS c FROM tool_call GROUP BY tool, status;
SELECT 'run' AS tag, status AS a, COUNT(*) AS b FROM agent_run GROUP BY status;
SELECT 'job' AS tag, kind AS a, ref AS b, COALESCE(owner, '-') AS c FROM job WHERE kind <> 'FIRE_TIMER';
SELECT 'deadline_missing' AS tag, a.id AS a FROM approval a WHERE a.outcome = 'PENDING' AND NOT EXISTS (SELECT 1 FROM process_timer p JOIN job j ON j.tenant_id = p.tenant_id AND j.kind = 'FIRE_TIMER' AND j.ref = p.id WHERE p.process_instance_id = a.process_instance_id);
SELECT 'stray_deadline' AS tag, j.ref AS a FROM job j WHERE j.kind = 'FIRE_TIMER' AND NOT EXISTS (SELECT 1 FROM process_timer p JOIN approval a ON a.process_instance_id = p.process_instance_id AND a.outcome = 'PENDING' WHERE p.tenant_id = j.tenant_id AND p.id = j.ref);
SELECT 'pending_call' AS tag, idempotency_key AS a, tool AS b FROM tool_call WHERE status = 'PENDING';
SELECT 'open_run' AS tag, r.ticket_id AS a, r.status AS b FROM agent_run r WHERE r.status IN ('RUNNING', 'PARKED');
SELECT 'refund_ops' AS tag, COUNT(*) AS a FROM sandbox_operation WHERE kind = 'refund';
SELECT 'refund_calls' AS tag, COUNT(*) AS a FROM tool_call WHERE tool = 'issue_refund' AND status = 'SUCCEEDED';
SELECT 'dup_refund' AS tag, r.ticket_id AS a, COUNT(*) AS b FROM sandbox_operation o JOIN agent_run r ON r.id = LEFT(o.idempotency_key, 36) WHERE o.kind = 'refund' GROUP BY r.ticket_id HAVING COUNT(*) > 1;
SELECT 'refund_no_run' AS tag, o.idempotency_key AS a FROM sandbox_operation o WHERE o.kind = 'refund' AND NOT EXISTS (SELECT 1 FROM agent_run r WHERE r.id = LEFT(o.idempotency_key, 36));
SELECT 'refund_no_call' AS tag, o.idempotency_key AS a FROM sandbox_operation o WHERE o.kind = 'refund' AND NOT EXISTS (SELECT 1 FROM tool_call c WHERE c.tenant_id = o.tenant_id AND c.idempotency_key = o.idempotency_key AND c.tool = 'issue_refund' AND c.status = 'SUCCEEDED');
SELECT 'call_no_refund' AS tag, c.idempotency_key AS a FROM tool_call c WHERE c.tool = 'issue_refund' AND c.status = 'SUCCEEDED' AND NOT EXISTS (SELECT 1 FROM sandbox_operation o WHERE o.tenant_id = c.tenant_id AND o.idempotency_key = c.idempotency_key AND o.kind = 'refund');
SELECT 'refunded' AS tag, o.id AS a, o.refunded_total AS b, (SELECT COALESCE(SUM(op.amount), 0) FROM sandbox_operation op WHERE op.tenant_id = o.tenant_id AND op.order_id = o.id AND op.kind IN ('refund', 'discount')) AS c FROM sandbox_order o;
SELECT 'mails' AS tag, COUNT(*) AS a FROM mail_outbox;
SELECT 'mail_calls' AS tag, COUNT(*) AS a FROM tool_call WHERE tool = 'send_notification' AND status = 'SUCCEEDED';
SELECT 'dup_mail' AS tag, r.ticket_id AS a, COUNT(*) AS b FROM mail_outbox m JOIN agent_run r ON r.id = LEFT(m.idempotency_key, 36) GROUP BY r.ticket_id HAVING COUNT(*) > 1;
SELECT 'mail_no_call' AS tag, m.idempotency_key AS a FROM mail_outbox m WHERE NOT EXISTS (SELECT 1 FROM tool_call c WHERE c.tenant_id = m.tenant_id AND c.idempotency_key = m.idempotency_key AND c.tool = 'send_notification' AND c.status = 'SUCCEEDED');
SELECT 'call_no_mail' AS tag, c.idempotency_key AS a FROM tool_call c WHERE c.tool = 'send_notification' AND c.status = 'SUCCEEDED' AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.tenant_id = c.tenant_id AND m.idempotency_key = c.idempotency_key);
SELECT 'resolved_no_mail' AS tag, t.id AS a FROM ticket t JOIN agent_run r ON r.ticket_id = t.id WHERE t.status = 'RESOLVED' AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE LEFT(m.idempotency_key, 36) = r.id);
SELECT 'approval' AS tag, outcome AS a, COUNT(*) AS b FROM approval GROUP BY outcome;
SELECT 'waiting_no_pending' AS tag, t.id AS a FROM ticket t WHERE t.status = 'WAITING_APPROVAL' AND NOT EXISTS (SELECT 1 FROM agent_run r JOIN approval a ON a.run_id = r.id WHERE r.ticket_id = t.id AND a.outcome = 'PENDING');
SELECT 'pending_not_waiting' AS tag, t.id AS a, t.status AS b FROM approval a JOIN agent_run r ON r.id = a.run_id JOIN ticket t ON t.id = r.ticket_id WHERE a.outcome = 'PENDING' AND t.status <> 'WAITING_APPROVAL';
SELECT 'span' AS tag, MIN(created_at) AS a, MAX(updated_at) AS b FROM ticket;
SELECT 'decided' AS tag, a.id AS a, a.outcome AS b FROM approval a WHERE a.outcome <> 'PENDING'" >"$OUT/final.txt"
grep -q '^tid | ' "$OUT/final.txt" || die "could not read the database after the stop (see $OUT/final.txt)"

# ---- the checks ----
VIOLATIONS=0
REPORT=""
check() { # name, number of violations, detail lines (tag of final.txt rows to show, optional)
  local name=$1 n=$2 tag=${3:-}
  if [[ ! $n =~ ^[0-9]+$ ]]; then n=1; fi
  if (( n == 0 )); then REPORT+="  ok    $name"$'\n'
  else
    VIOLATIONS=$((VIOLATIONS + 1)); REPORT+="  FAIL  $name: $n"$'\n'
    if [[ -n $tag ]]; then
      REPORT+=$(awk -F' [|] ' -v t="$tag" '$1 == t { print "          " $0; if (++k == 10) exit }' "$OUT/final.txt")$'\n'
    fi
  fi
}
rows() { grep -c "^$1 | " "$OUT/final.txt" || true; }
val() { awk -F' [|] ' -v t="$1" '$1 == t { print $2; exit }' "$OUT/final.txt"; }
awk -F' [|] ' '$1 == "tid" { print $2 }' "$OUT/final.txt" | sort >"$OUT/final-ids.txt"
cat "$OUT/push1/accepted.csv" "$OUT/push2/accepted.csv" | cut -d, -f2 | sort >"$OUT/accepted-ids.txt"
ACCEPTED_TOTAL=$(wc -l <"$OUT/accepted-ids.txt")
MISSING=$(comm -13 "$OUT/final-ids.txt" "$OUT/accepted-ids.txt" | tee "$OUT/accepted-missing.txt" | wc -l)
BY_STATUS=$(awk -F' [|] ' '$1 == "tid" { c[$3]++ } END { for (s in c) printf "%s %d, ", s, c[s] }' "$OUT/final.txt" | sed 's/, $//')
UNSETTLED=$(awk -F' [|] ' '$1 == "tid" && ($3 == "RECEIVED" || $3 == "IN_PROGRESS") { n++ } END { print n + 0 }' "$OUT/final.txt")
# every ticket WAITING_APPROVAL at the kill still waits
awk -F' [|] ' '$1 == "tid" && $3 == "WAITING_APPROVAL" { print $2 }' "$OUT/final.txt" | sort >"$OUT/waiting-final.txt"
LOST_WAIT=$(comm -23 "$OUT/waiting-at-kill.txt" "$OUT/waiting-final.txt" | tee "$OUT/waiting-lost.txt" | wc -l)
REFUND_MISMATCH=$(client seed --store "$STORE" --out "$OUT" | awk -v f="$OUT/final.txt" '
  { seed[$1] = $2 }
  END { while ((getline line < f) > 0) { split(line, x, " [|] "); if (x[1] == "refunded") {
          d = x[3] - (seed[x[2]] + x[4]); if (d > 0.001 || d < -0.001) { n++; print "refunded " x[2] ": refunded_total " x[3] " != seeded " (seed[x[2]] + 0) " + operations " x[4] > "/dev/stderr" } } }
        print n + 0 }' 2>"$OUT/refund-mismatch.txt")
REFUND_OPS=$(val refund_ops); REFUND_CALLS=$(val refund_calls); MAILS=$(val mails); MAIL_CALLS=$(val mail_calls)
REFUND_DIFF=$(( ${REFUND_OPS:-0} != ${REFUND_CALLS:-0} ? 1 : 0 )); MAIL_DIFF=$(( ${MAILS:-0} != ${MAIL_CALLS:-0} ? 1 : 0 ))
check "every accepted ticket is stored ($ACCEPTED_TOTAL accepted)" "$MISSING"
check "no ticket RECEIVED or IN_PROGRESS" "$UNSETTLED"
check "no ticket FAILED" "$(rows failed)" failed
check "the client saw every followed ticket settle (wait exit $WAIT_RC)" "$(( WAIT_RC == 0 ? 0 : 1 ))"
check "at most one refund per ticket (sandbox_operation kind refund)" "$(rows dup_refund)" dup_refund
check "refund operations ($REFUND_OPS) == SUCCEEDED issue_refund calls ($REFUND_CALLS)" "$REFUND_DIFF"
check "every refund operation has its SUCCEEDED issue_refund call (same key) and run" "$(( $(rows refund_no_call) + $(rows refund_no_run) ))" refund_no_call
check "every SUCCEEDED issue_refund call has its refund operation" "$(rows call_no_refund)" call_no_refund
check "refunded_total per order == seeded + refund operations" "$REFUND_MISMATCH"
check "at most one mail per ticket (mail_outbox)" "$(rows dup_mail)" dup_mail
check "mails ($MAILS) == SUCCEEDED send_notification calls ($MAIL_CALLS), key by key" "$(( MAIL_DIFF + $(rows mail_no_call) + $(rows call_no_mail) ))" mail_no_call
check "every RESOLVED ticket has its mail" "$(rows resolved_no_mail)" resolved_no_mail
check "every ticket WAITING_APPROVAL at the kill ($(wc -l <"$OUT/waiting-at-kill.txt")) still waits" "$LOST_WAIT"
check "every WAITING_APPROVAL ticket has a PENDING approval" "$(rows waiting_no_pending)" waiting_no_pending
check "every PENDING approval's ticket is WAITING_APPROVAL" "$(rows pending_not_waiting)" pending_not_waiting
check "no approval decided (nobody approves here)" "$(rows decided)" decided
check "no tool_call left PENDING" "$(rows pending_call)" pending_call
check "no agent_run left RUNNING or PARKED" "$(rows open_run)" open_run
check "no job left but the deadlines of PENDING approvals" "$(rows job)" job
check "every PENDING approval keeps its deadline (a process_timer and its FIRE_TIMER job)" "$(rows deadline_missing)" deadline_missing
check "every deadline job belongs to a PENDING approval" "$(rows stray_deadline)" stray_deadline
if [[ -s $OUT/refund-mismatch.txt ]]; then REPORT+=$(sed 's/^/          /' "$OUT/refund-mismatch.txt" | head -10)$'\n'; fi
# evidence of a failing ticket: its GET answer (written by the client for FAILED/unsettled ones) is in evidence/

T_TOTAL=$(( $(date +%s) - T_START ))
{
  echo "== crash-test summary: $(date -Is), git $(git rev-parse --short HEAD 2>/dev/null || echo '?'), DB=$DB, N=$N, CLIENTS=$CLIENTS, LEASE=$LEASE"
  echo "before the kill: start-up ${START1_S} s; $SENT1 POSTs sent, $ACCEPTED1 accepted (KILL_AT=$KILL_AT); app exit status $APP_RC"
  echo "at the kill: $AT_KILL_LINE"
  echo "after the restart: start-up ${START2_S} s; $ACCEPTED2 more accepted; every followed ticket settled ${SETTLE_AFTER_RESTART_S} s after the restart began (wait exit $WAIT_RC); app2.log ERROR lines: $ERRORS2"
  echo "final: $(wc -l <"$OUT/final-ids.txt") tickets: $BY_STATUS; first created $(val span), last updated $(awk -F' [|] ' '$1 == "span" { print $3 }' "$OUT/final.txt")"
  echo "final: tool calls $(awk -F' [|] ' '$1 == "call" { printf "%s/%s %s, ", $2, $3, $4 }' "$OUT/final.txt" | sed 's/, $//')"
  echo "final: runs $(awk -F' [|] ' '$1 == "run" { printf "%s %s, ", $2, $3 }' "$OUT/final.txt" | sed 's/, $//'); approvals $(awk -F' [|] ' '$1 == "approval" { printf "%s %s, ", $2, $3 }' "$OUT/final.txt" | sed 's/, $//'); refunds $REFUND_OPS; mails $MAILS"
  echo "checks:"
  printf '%s' "$REPORT"
  echo "total run time ${T_TOTAL} s; files in $OUT"
  if (( VIOLATIONS == 0 )); then echo "RESULT: PASS"; else echo "RESULT: FAIL ($VIOLATIONS checks)"; fi
} | tee "$OUT/summary.txt"
(( VIOLATIONS == 0 )) || exit 2
