#!/usr/bin/env bash
# Runs the packaged service with a class-data-sharing (CDS) archive and the JVM settings the README gives.
#
#   scripts/run-jar.sh [path/to/commerce-resolver-*.jar] [--spring.args ...]
#
# Run it from the folder that holds rules/, kie-config/, camel-routes/ and features/ (the project root, or /app in
# the image): the service reads them from its working directory.
#
# The first run for a given jar (and JDK) prepares, next to the jar, in <jar-dir>/cds/:
#   1. the jar extracted (java -Djarmode=tools -jar app.jar extract): CDS needs plain jars on the class path;
#   2. a training start in a scratch folder, on an in-memory H2 database, that records the classes loaded until the
#      service is up;
#   3. a static CDS archive of those classes (-Xshare:dump).
# That takes a few minutes once; later starts map the archived classes instead of loading ~28,000 of them from jars.
# A changed jar (or JDK) rebuilds the cache. `java -jar target/...jar` keeps working without any of this.
#
# Why a static archive from a class list instead of Spring Boot's documented -XX:ArchiveClassesAtExit: on the
# JDK 17 here (17.0.15) the dynamic dump crashes in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary;
# the static dump crashes there too unless the lambda-proxy entries are left out of the list, which is done below.
#
# The service starts from the bean definitions Spring's AOT step generated at build time (-Dspring.aot.enabled=true):
# no configuration scanning and condition evaluation at every start. Those definitions were made with the jar's own
# application.properties, so a setting that decides whether a bean exists cannot be changed at run time; the
# service's own switches (the demo tenant, the OpenAI reader, sandbox faults) are read at start and work either way.
#
# Environment: JAVA (default: java on the PATH), JAVA_OPTS (replaces the default JVM settings below),
# RESOLVER_AOT=off (evaluate the configuration at start, as `java -jar` does),
# RESOLVER_CDS=off (run the extracted jar without the archive), RESOLVER_CDS_TRAINING_TIMEOUT (seconds, default 600),
# RESOLVER_CDS_PREPARE_ONLY=1 (prepare the cache and exit: for an image build).
set -euo pipefail

JAVA=${JAVA:-java}
JAR=target/commerce-resolver-0.1.0-SNAPSHOT.jar
if [[ $# -gt 0 && $1 == *.jar ]]; then
  JAR=$1
  shift
fi
[[ -f $JAR ]] || { echo "run-jar: no jar at $JAR (build it with ./mvnw -B -DskipTests package)" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
# The README's settings for a small box: heap, metaspace and code cache bounded so that RSS stays under 768 MiB.
DEFAULT_JAVA_OPTS="-Xmx384m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC"
read -r -a JVM_OPTS <<< "${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}"
if [[ ${RESOLVER_AOT:-on} != off ]]; then
  JVM_OPTS+=(-Dspring.aot.enabled=true)
fi

CACHE=$(dirname "$JAR")/cds
APP_JAR=$CACHE/app/$(basename "$JAR")
ARCHIVE=$CACHE/app.jsa
STAMP=$CACHE/stamp
# Only the jar's identity and the JDK's decide whether the archive still fits: an archive made by another JDK or
# for other classes is refused by the JVM (silently, with -Xshare:auto), so it is rebuilt instead.
stamp() {
  { stat -c '%s %Y' "$JAR"; "$JAVA" -version 2>&1; } | sha256sum | cut -d' ' -f1
}

prepare() {
  echo "run-jar: preparing the CDS archive in $CACHE (once per jar; a few minutes)" >&2
  rm -rf "$CACHE"
  mkdir -p "$CACHE"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$CACHE/app" >/dev/null
  local scratch log pid waited=0 timeout=${RESOLVER_CDS_TRAINING_TIMEOUT:-600}
  scratch=$(mktemp -d)
  log=$CACHE/training.log
  for folder in rules kie-config camel-routes features; do
    # copies, not links: the rule loader does not follow symbolic links
    [[ -d $folder ]] && cp -r "$folder" "$scratch/"
  done
  # A full start (not spring.context.exit=onRefresh): the rule set compiles on a background thread and the web server
  # and Camel start after the refresh, and their classes belong in the archive too. The class list is written as
  # classes load; the training stops once the service reports it started.
  (cd "$scratch" && exec "$JAVA" "${JVM_OPTS[@]}" -Xshare:auto -XX:DumpLoadedClassList="$CACHE/classes.lst" -jar "$APP_JAR" \
      --server.port=0 --spring.datasource.url=jdbc:h2:mem:cds-training --spring.profiles.active=default \
      --resolver.demo.api-key=cds-training >"$log" 2>&1) &
  pid=$!
  until grep -q 'Started CommerceResolverApplication' "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run-jar: the training start failed (see $log); running without CDS" >&2
      rm -rf "$scratch"
      stamp >"$STAMP" # not retried on every start; a new jar tries again
      return 1
    fi
    if (( waited >= timeout )); then
      kill "$pid"; wait "$pid" || true
      echo "run-jar: the training start took over ${timeout}s; running without CDS" >&2
      rm -rf "$scratch"
      stamp >"$STAMP"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  kill "$pid"
  wait "$pid" || true
  rm -rf "$scratch"
  grep -v '^@lambda' "$CACHE/classes.lst" >"$CACHE/classes-without-lambdas.lst"
  # the class path must be spelled exactly as at run time (an absolute path to the extracted jar)
  if ! "$JAVA" -Xshare:dump -XX:SharedClassListFile="$CACHE/classes-without-lambdas.lst" -XX:SharedArchiveFile="$ARCHIVE" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$APP_JAR" >"$CACHE/dump.log" 2>&1; then
    echo "run-jar: the CDS dump failed (see $CACHE/dump.log); running without CDS" >&2
    rm -f "$ARCHIVE"
    stamp >"$STAMP"
    return 1
  fi
  stamp >"$STAMP"
}

if [[ ${RESOLVER_CDS:-on} != off ]]; then
  if [[ ! -f $STAMP || $(cat "$STAMP") != "$(stamp)" ]]; then
    prepare || true
  fi
fi
if [[ ${RESOLVER_CDS_PREPARE_ONLY:-} == 1 ]]; then
  [[ -f $ARCHIVE ]] && echo "run-jar: CDS archive ready in $ARCHIVE" >&2
  exit 0
fi
if [[ -f $ARCHIVE && ${RESOLVER_CDS:-on} != off ]]; then
  exec "$JAVA" "${JVM_OPTS[@]}" -Xshare:auto -XX:SharedArchiveFile="$ARCHIVE" -jar "$APP_JAR" "$@"
elif [[ -f $APP_JAR && -f $STAMP && $(cat "$STAMP") == "$(stamp)" ]]; then
  # the extracted copy only when it was extracted from this jar: with RESOLVER_CDS=off nothing refreshes it
  exec "$JAVA" "${JVM_OPTS[@]}" -jar "$APP_JAR" "$@"
else
  exec "$JAVA" "${JVM_OPTS[@]}" -jar "$JAR" "$@"
fi
