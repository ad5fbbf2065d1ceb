#!/usr/bin/env bash
# The key lifecycle on a copy of the demo project (test/demo.sh runs this inside a throwaway keychain):
# import .env, list with due dates, run with secrets injected, rotate with overlap, finish, revoke,
# read and verify the audit log, and the review report. Values are generated here and never printed.
set -euo pipefail
cli="node $(cd "$(dirname "$0")/.." && pwd)/dist/cli.js"
cd "$1"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
rand() { node -e 'const a="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";let s="";for(const b of require("crypto").randomBytes(+process.argv[1]))s+=a[b%62];process.stdout.write(s)' "$1"; }

git init -q . && git add -A && git -c user.email=demo@example.com -c user.name=demo commit -qm demo
printf 'STRIPE_SECRET_KEY=sk_live_%s\nGITHUB_TOKEN=ghp_%s\nLOG_LEVEL=debug\n' "$(rand 48)" "$(rand 36)" > .env
chmod 600 .env

step "keywarden import .env   (plaintext values → OS keychain; .env keeps references)"
$cli import --owner payments@example.com
echo "--- .env now:"; cat .env

step "keywarden keys list"
$cli keys list

step "keywarden run -- node app   (secrets injected at run time)"
$cli run -- node -e 'console.log("app sees STRIPE_SECRET_KEY of length", process.env.STRIPE_SECRET_KEY.length)'
$cli run --redact -- node -e 'console.log("a careless log line:", process.env.STRIPE_SECRET_KEY)'

step "keywarden rotate STRIPE_SECRET_KEY   (new value from stdin; the old one overlaps for 7 days)"
printf 'sk_live_%s' "$(rand 48)" | $cli rotate STRIPE_SECRET_KEY --overlap-days 7
$cli keys list

step "keywarden rotate STRIPE_SECRET_KEY --finish   (the old value is revoked)"
$cli rotate STRIPE_SECRET_KEY --finish

step "keywarden revoke GITHUB_TOKEN"
$cli revoke GITHUB_TOKEN --reason "demo: leaked in a screenshot"
$cli keys list

step "keywarden audit && keywarden audit verify"
$cli audit
$cli audit verify

step "keywarden report   (exits 1: the demo still has hardcoded secrets, and code reading a revoked key)"
code=0; $cli report || code=$?
[[ $code -eq 1 ]] || { echo "demo: keywarden report exited $code; expected 1" >&2; exit 1; }
