#!/usr/bin/env bash
# Lints the generated OpenAPI document with the NL API Design Rules. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
ruleset=standards/nl-api-design-rules.spectral.yaml
[ -f ../shared/standards/nl-api-design-rules.spectral.yaml ] && ruleset=../shared/standards/nl-api-design-rules.spectral.yaml
npx tsx scripts/write-openapi.ts build/openapi.json
npx spectral lint --fail-severity error -r "$ruleset" build/openapi.json
