#!/usr/bin/env bash
# Runs the same test suite as `./mvnw -B verify`, but against a real PostgreSQL server instead of H2.
#
#   scripts/test-postgres.sh [extra Maven args...]     e.g. scripts/test-postgres.sh -Dtest=TicketApiTest
#
# scripts/postgres.sh installs/starts the local server and ensures the role and databases; this script
# then drops and recreates the dedicated test database resolver_test, so every run starts from an empty
# schema (Flyway migrates it from scratch) and never touches the application's own database "resolver".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TEST_DB=resolver_test
# The service's role (row-level security binds it) and the tables' owner (the migrations run as it); see postgres.sh.
export RESOLVER_DB_USER="${RESOLVER_DB_USER:-resolver_app}"
export RESOLVER_DB_PASSWORD="${RESOLVER_DB_PASSWORD:-resolver}"
export RESOLVER_DB_OWNER="${RESOLVER_DB_OWNER:-resolver}"
export RESOLVER_DB_OWNER_PASSWORD="${RESOLVER_DB_OWNER_PASSWORD:-resolver}"
# Fixed on purpose: the database dropped below must be the one the tests use.
export RESOLVER_DB_URL="jdbc:postgresql://localhost:5432/$TEST_DB"
# The postgres profile has no default key for tenants' secrets; the tests keep theirs under target/.
export RESOLVER_SECRETS_KEYSET_FILE="${RESOLVER_SECRETS_KEYSET_FILE:-target/test-secrets-keyset.json}"
# Nor a key for approval links (issue 14): without one no approval is mailed, and the tests read those mails.
export RESOLVER_LINKS_KEYSET_FILE="${RESOLVER_LINKS_KEYSET_FILE:-target/test-links-keyset.json}"
# Nor for customers' references in receipts: without one a receipt names no customer, and a test checks that it does.
export RESOLVER_RECEIPTS_CUSTOMER_KEYSET_FILE="${RESOLVER_RECEIPTS_CUSTOMER_KEYSET_FILE:-target/test-receipt-customers-keyset.json}"

scripts/postgres.sh

# The owner role owns resolver_test and has CREATEDB, so it can do this itself over TCP. FORCE ends sessions left open by an earlier, interrupted run. Each -c runs on its own,
# outside a transaction, as DROP/CREATE DATABASE require.
echo "test-postgres.sh: recreating empty database $TEST_DB"
PGPASSWORD="$RESOLVER_DB_OWNER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h localhost -p 5432 \
    -U "$RESOLVER_DB_OWNER" -d resolver \
    -c "DROP DATABASE IF EXISTS $TEST_DB WITH (FORCE)" \
    -c "CREATE DATABASE $TEST_DB" \
  || { echo "test-postgres.sh: ERROR: could not recreate database $TEST_DB" >&2; exit 1; }

# One Spring test context alive at a time: the workers of every live context would share this one database's work
# queue, as separate instances do (see resolver.test.contexts in pom.xml).
# Left out here, run by the H2 suite: the console's browser tests (tag browser; the pages call the same services whose
# tests run here) and the tests that touch no database at all (tag database-free: the rule set, the vendors' contracts,
# the architecture), which would only repeat themselves.
echo "test-postgres.sh: ./mvnw -B verify -Dresolver.test.profile=postgres -Dresolver.test.contexts=1 -Dresolver.test.excluded-groups=browser,database-free $* (RESOLVER_DB_URL=$RESOLVER_DB_URL)"
exec ./mvnw -B verify -Dresolver.test.profile=postgres -Dresolver.test.contexts=1 -Dresolver.test.excluded-groups=browser,database-free "$@"
