#!/usr/bin/env bash
# The main job on the bundled demo project (README's first command runs this): build, then show what
# `keywarden scan` finds in test/fixtures/demo, in each format. Exits 0 when the findings are exactly the
# planted ones listed in the fixture's EXPECTED.md (the scan itself exits 1 because it finds them).
# Later steps (vault, editor) are appended below the scan section.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
cli() { node dist/cli.js "$@"; }
demo=test/fixtures/demo
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# --- scan ---
step "keywarden scan $demo"
code=0; cli scan "$demo" || code=$?
if [[ $code -ne 1 ]]; then echo "demo: keywarden scan exited $code; expected 1 (findings)" >&2; exit 1; fi

# The scan exits 1 on findings: capture each format's report first, then look at it.
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT  # later sections: add to this trap, do not replace it
cli scan "$demo" --format json --output "$out/scan.json" 2>/dev/null || true
cli scan "$demo" --format sarif --output "$out/scan.sarif" 2>/dev/null || true

step "keywarden scan $demo --format json (first finding)"
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(JSON.stringify(r.findings[0], null, 2)); console.log(`… ${r.findings.length} findings`)' "$out/scan.json"

step "keywarden scan $demo --format sarif (one result)"
node -e '
  const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
  console.log(`${run.tool.driver.name} ${run.tool.driver.version}: ${run.tool.driver.rules.length} rules, ${run.results.length} results`);
  console.log(JSON.stringify(run.results[0], null, 2));' "$out/scan.sarif"

step "check: the findings are exactly the planted secrets of $demo/EXPECTED.md"
node -e '
  const fs = require("fs");
  const [json, demo] = [fs.readFileSync(process.argv[1], "utf8"), process.argv[2]];
  const rows = fs.readFileSync(`${demo}/EXPECTED.md`, "utf8").split("\n")
    .map((l) => /^\| `([^`]+)` \| (\d+):(\d+) \| `([^`]+)` \|/.exec(l)).filter(Boolean)
    .map((m) => `${demo}/${m[1]}:${m[2]}:${m[3]} ${m[4]}`);
  const found = JSON.parse(json).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
  const missing = rows.filter((r) => !found.includes(r));
  const extra = found.filter((f) => !rows.includes(f));
  for (const m of missing) console.log(`missing: ${m}`);
  for (const e of extra) console.log(`unexpected: ${e}`);
  console.log(`${rows.length - missing.length}/${rows.length} planted secrets found, ${extra.length} false positives`);
  process.exit(rows.length > 0 && missing.length === 0 && extra.length === 0 ? 0 : 1);' "$out/scan.json" "$demo"
# (end scan)

# --- vault ---
step "the key lifecycle on a copy of $demo, in a throwaway OS keychain"
cp -r "$demo" "$out/demo"
bash test/with-keyring.sh bash test/demo-vault.sh "$out/demo"
# (end vault)

# --- editor ---
step "npm run package   (the VS Code extension, with the language server and the native keytar)"
npm run --silent package >/dev/null
python3 - dist/keywarden.vsix <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for want in ('extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/cli.js',
             'extension/node_modules/keytar/build/Release/keytar.node'):
    print(('ok      ' if want in names else 'MISSING ') + want)
    if want not in names: sys.exit(1)
print(f'{sys.argv[1]}: {len(names)} files; install it with: code --install-extension {sys.argv[1]}')
PY
# (end editor)
