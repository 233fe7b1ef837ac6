#!/usr/bin/env bash
# Rotates the key that encrypts tenants' secrets: adds a new primary key to the keyset file, encrypts every stored
# secret again with it, and exits. The old keys stay in the keyset (they cost nothing and keep old backups readable).
#
#   scripts/rotate-secrets-key.sh [--spring.profiles.active=postgres ...]
#
# Run it with the same settings as the service (database, RESOLVER_SECRETS_KEYSET_FILE); running instances pick the
# new key up at their next start, and until then still decrypt with the keys they hold. When the keyset comes from
# RESOLVER_SECRETS_KEYSET instead (a KMS), rotate it there and run this with --resolver.secrets.reencrypt=true.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls target/commerce-resolver-*.jar 2>/dev/null | head -1)
[[ -n $JAR ]] || { echo "rotate-secrets-key.sh: build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
exec java -jar "$JAR" --resolver.secrets.rotate=true --server.port=0 "$@"
