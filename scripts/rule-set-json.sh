#!/usr/bin/env bash
# Prints the JSON body that uploads a rule set folder (its .drl and .dmn files) to the admin API, e.g.
#   cp -r rules my-rules && $EDITOR my-rules/policy-thresholds.dmn
#   scripts/rule-set-json.sh my-rules | curl -s -X POST localhost:8080/api/v1/admin/rule-sets/what-if \
#     -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d @-
# A second argument, a folder of .feature files, uploads them as the policy features the version must pass.
set -euo pipefail
rules=${1:?usage: scripts/rule-set-json.sh RULES_FOLDER [FEATURES_FOLDER]}
features=${2:-}
args=()
for file in "$rules"/*.drl "$rules"/*.dmn; do
  [ -f "$file" ] && args+=(--rawfile "$(basename "$file")" "$file")
done
if [ -z "$features" ]; then
  jq -n '{files: $ARGS.named}' "${args[@]}"
else
  feature_args=()
  for file in "$features"/*.feature; do
    [ -f "$file" ] && feature_args+=(--rawfile "$(basename "$file")" "$file")
  done
  jq -n --argjson files "$(jq -n '$ARGS.named' "${args[@]}")" '{files: $files, features: $ARGS.named}' "${feature_args[@]}"
fi
