# The database a benchmark or crash run works on and counts in. Sourced by scripts/load-tickets.sh and
# scripts/crash-test.sh (from the project root); they set PG_USER and PG_PASSWORD (the tables' owner) first.

# psql as the tables' owner over TCP (row-level security does not bind it: it counts every tenant's rows): a database,
# then psql's arguments.
psql_app() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=10 timeout 120 psql -X -q -v ON_ERROR_STOP=1 -h localhost -p 5432 \
    -U "$PG_USER" -d "$@"
}

# Database $1 dropped and made again on the local PostgreSQL (scripts/postgres.sh installs and starts it when absent),
# and the app's RESOLVER_DB_* exported for it: the service's role (RESOLVER_DB_USER, default resolver_app) and the owner.
fresh_postgres_database() {
  echo "== PostgreSQL (scripts/postgres.sh), database $1 dropped and recreated"
  export RESOLVER_DB_OWNER="$PG_USER" RESOLVER_DB_OWNER_PASSWORD="$PG_PASSWORD"
  export RESOLVER_DB_USER="${RESOLVER_DB_USER:-resolver_app}" RESOLVER_DB_PASSWORD="${RESOLVER_DB_PASSWORD:-resolver}"
  timeout 600 scripts/postgres.sh
  psql_app postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 OWNER $PG_USER"
  export RESOLVER_DB_URL="jdbc:postgresql://localhost:5432/$1"
}

# The H2 jar that the app jar $1 was built with, from ~/.m2: its Shell reads the database once the app has stopped.
h2_jar_of() {
  local version jar
  version=$(unzip -l "$1" | grep -o 'BOOT-INF/lib/h2-[0-9.]*\.jar' | head -1 | sed 's|^BOOT-INF/lib/h2-||; s/\.jar$//')
  jar=~/.m2/repository/com/h2database/h2/$version/h2-$version.jar
  if [[ -z $version || ! -f $jar ]]; then
    echo "no H2 jar for version '$version' in ~/.m2 (the app jar's H2)" >&2
    return 1
  fi
  echo "$jar"
}
