#!/usr/bin/env bash
# Scores the ticket readers on a labelled set and prints, for each reader, intent accuracy, per-intent
# precision and recall, accuracy by language and tag, entity accuracy field by field, and any amount a reader
# produced that the writer never asked for.
#
#   scripts/intent-report.sh [eval|dev] [--misses]
#
# eval (default): src/test/resources/intent/eval-tickets.jsonl, the held-out set; dev: the set the keyword
# reader was tuned on. --misses lists every misread intent. The keyword reader is always scored; with
# OPENAI_API_KEY set (OPENAI_MODEL, OPENAI_BASE_URL optional) the OpenAI reader is scored too, through the same
# masking, checks and fallback the service uses.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  io.commerceresolver.intent.evaluation.IntentReport "$@"
