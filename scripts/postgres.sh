#!/usr/bin/env bash
# Makes a local PostgreSQL server available for Commerce Resolver (profile "postgres") and its tests.
#
# Idempotent: installs Debian's postgresql package only when no server is installed, creates a cluster
# only when none exists, starts it only when it is down, and (re)asserts the roles and databases every run.
#   owner     $RESOLVER_DB_OWNER (default resolver), password $RESOLVER_DB_OWNER_PASSWORD (default resolver), LOGIN
#             CREATEDB: owns the databases and, through the migrations it runs, every table
#   service   $RESOLVER_DB_USER (default resolver_app), password $RESOLVER_DB_PASSWORD (default resolver), LOGIN and
#             nothing else: the role the service connects as, which owns nothing, so row-level security binds it
#   databases resolver (the application's) and resolver_test (the test suite's), both owned by the owner
# The server listens on localhost only (Debian's default listen_addresses); nothing here widens that.
#
# Works without systemd (containers, CI): the cluster is driven with pg_ctlcluster, not service/systemctl.
# Needs root for apt-get, pg_ctlcluster and the postgres superuser; a non-root caller is re-run under sudo.
set -euo pipefail

DB_USER="${RESOLVER_DB_OWNER:-resolver}"
DB_PASSWORD="${RESOLVER_DB_OWNER_PASSWORD:-resolver}"
APP_USER="${RESOLVER_DB_USER:-resolver_app}"
APP_PASSWORD="${RESOLVER_DB_PASSWORD:-resolver}"
DATABASES=(resolver resolver_test)
PORT=5432
READY_TIMEOUT_SECONDS=60

log() { echo "postgres.sh: $*"; }
die() { echo "postgres.sh: ERROR: $*" >&2; exit 1; }

[[ "$APP_USER" != "$DB_USER" ]] || die "RESOLVER_DB_USER and RESOLVER_DB_OWNER must be two roles: row-level security does not bind a table's owner"

if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || die "must run as root (or with sudo available) to install and start PostgreSQL"
  log "not root; re-running under sudo"
  exec sudo --preserve-env=RESOLVER_DB_OWNER,RESOLVER_DB_OWNER_PASSWORD,RESOLVER_DB_USER,RESOLVER_DB_PASSWORD bash "$0" "$@"
fi

# Runs a command as the postgres OS user. cd / first so psql does not warn that it cannot enter the
# caller's (root-owned) working directory.
as_postgres() {
  if command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    local cmd; printf -v cmd '%q ' "$@"
    (cd / && su postgres -s /bin/bash -c "$cmd")
  fi
}

# Newest installed server version, e.g. "15" (empty when no server binaries are installed).
installed_server_version() {
  local dir best=""
  for dir in /usr/lib/postgresql/*/bin/postgres; do
    [[ -x "$dir" ]] || continue
    dir="${dir#/usr/lib/postgresql/}"; dir="${dir%%/*}"
    if [[ -z "$best" ]] || (( dir > best )); then best="$dir"; fi
  done
  echo "$best"
}

# --- 1. Install the server when it is absent -------------------------------------------------------
if [[ -z "$(installed_server_version)" ]] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "PostgreSQL server not installed; installing Debian's postgresql package (apt-get)"
  install_log="$(mktemp /tmp/postgres-install.XXXXXX.log)"
  # apt's output is long; keep it in a file and show its tail only if something goes wrong.
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >"$install_log" 2>&1; then
    tail -n 30 "$install_log" >&2
    die "apt-get install postgresql failed (full log: $install_log)"
  fi
  rm -f "$install_log"
  [[ -n "$(installed_server_version)" ]] || die "postgresql package installed but no server binary found under /usr/lib/postgresql"
  log "installed PostgreSQL $(installed_server_version)"
else
  log "PostgreSQL $(installed_server_version) is installed"
fi

# --- 2. Find (or create) the cluster on port $PORT -------------------------------------------------
# pg_lsclusters -h prints: version name port status owner datadir logfile
cluster_line() { pg_lsclusters -h 2>/dev/null | awk -v port="$PORT" '$3 == port { print; exit }'; }

line="$(cluster_line)"
if [[ -z "$line" ]]; then
  if [[ -n "$(pg_lsclusters -h 2>/dev/null)" ]]; then
    # Some cluster exists but on another port: creating a second one would be surprising; say so instead.
    pg_lsclusters >&2
    die "no PostgreSQL cluster on port $PORT (the application's default); move one to $PORT or set RESOLVER_DB_URL"
  fi
  version="$(installed_server_version)"
  log "no cluster found; creating cluster $version/main on port $PORT"
  pg_createcluster --port "$PORT" "$version" main >/dev/null || die "pg_createcluster $version main failed"
  line="$(cluster_line)"
  [[ -n "$line" ]] || die "cluster $version/main was created but pg_lsclusters does not list it on port $PORT"
fi
read -r version cluster _port status _owner _datadir logfile <<<"$line"

# --- 3. Start it when it is down -------------------------------------------------------------------
if [[ "$status" == online* ]]; then
  log "cluster $version/$cluster is running on port $PORT"
else
  log "starting cluster $version/$cluster on port $PORT (pg_ctlcluster)"
  # The socket directory lives on a tmpfs in many containers and may be missing after a restart.
  install -d -m 2775 -o postgres -g postgres /var/run/postgresql
  # On failure pg_ctlcluster itself prints the server's log lines that say why.
  if ! pg_ctlcluster "$version" "$cluster" start; then
    die "pg_ctlcluster $version $cluster start failed (log: $logfile)"
  fi
fi

# --- 4. Wait until it accepts connections ----------------------------------------------------------
for ((i = 0; i < READY_TIMEOUT_SECONDS; i++)); do
  pg_isready -q -h localhost -p "$PORT" && break
  sleep 1
done
if ! pg_isready -q -h localhost -p "$PORT"; then
  [[ -f "$logfile" ]] && tail -n 20 "$logfile" >&2
  die "server on localhost:$PORT did not accept connections within ${READY_TIMEOUT_SECONDS}s (log: $logfile)"
fi
log "server accepts connections on localhost:$PORT"

# --- 5. Roles and databases ------------------------------------------------------------------------
# psql variables (:'x' literal, :"x" identifier) do the quoting; \gexec runs a CREATE only when the
# object is missing (CREATE ROLE/DATABASE have no IF NOT EXISTS). The ALTERs re-assert password,
# attributes and ownership so a re-run repairs drift; the service's role is stripped of anything that would
# let it past row-level security (superuser, BYPASSRLS) or grow its own rights (CREATEDB, CREATEROLE).
log "ensuring roles '$DB_USER' (owner: LOGIN CREATEDB) and '$APP_USER' (service: LOGIN only)"
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres \
  -v role="$DB_USER" -v password="$DB_PASSWORD" -v app="$APP_USER" -v app_password="$APP_PASSWORD" <<'SQL' >/dev/null \
  || die "could not create roles '$DB_USER' and '$APP_USER'"
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN CREATEDB PASSWORD :'password';
SELECT format('CREATE ROLE %I LOGIN', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"app" WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
log "ensuring databases ${DATABASES[*]}, owned by '$DB_USER'"
for db in "${DATABASES[@]}"; do
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres -v role="$DB_USER" -v db="$db" <<'SQL' >/dev/null \
    || die "could not create database '$db'"
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO :"role";
SQL
done

# --- 6. Prove the application's way in: password login over TCP, for both roles ------------------------
for db in "${DATABASES[@]}"; do
  PGPASSWORD="$DB_PASSWORD" psql -X -q -At -h localhost -p "$PORT" -U "$DB_USER" -d "$db" -c 'SELECT 1' >/dev/null \
    || die "role '$DB_USER' cannot log in to '$db' over TCP on localhost:$PORT (check pg_hba.conf)"
  PGPASSWORD="$APP_PASSWORD" psql -X -q -At -h localhost -p "$PORT" -U "$APP_USER" -d "$db" -c 'SELECT 1' >/dev/null \
    || die "role '$APP_USER' cannot log in to '$db' over TCP on localhost:$PORT (check pg_hba.conf)"
done
log "ready: jdbc:postgresql://localhost:$PORT/{$(IFS=,; echo "${DATABASES[*]}")}, service role '$APP_USER', owner '$DB_USER'"
