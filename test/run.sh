#!/usr/bin/env bash
# The whole test suite: build, type-check, lint, then unit, integration and end-to-end tests in one
# node:test run inside a throwaway real keychain. `npm test -- FILE…` runs only the given test files.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
if [[ $# -gt 0 ]]; then
  files=("$@")
else
  npm run --silent typecheck
  npm run --silent lint
  shopt -s nullglob
  files=(test/unit/*.test.ts test/integration/*.test.ts test/e2e/*.test.ts)
fi
# Every temp folder the tests make (projects, keyrings, browser profiles) lives under one that goes at the end.
export TMPDIR
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/kw-test.XXXXXX")
trap 'rm -rf "$TMPDIR"' EXIT
bash test/with-keyring.sh node --import tsx --test --test-concurrency=2 --test-timeout=600000 "${files[@]}"
