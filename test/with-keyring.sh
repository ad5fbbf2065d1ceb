#!/usr/bin/env bash
# Runs a command against a throwaway, unlocked gnome-keyring Secret Service on a private D-Bus session bus,
# so tests use a real OS keychain without touching the user's own keyrings.
# Needs (Debian): dbus dbus-x11 gnome-keyring (test/setup.sh installs them).
set -euo pipefail
if [[ -z "${WITH_KEYRING_INNER:-}" ]]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/kw-keyring.XXXXXX"); trap 'rm -rf "$tmp"' EXIT
  mkdir -m 700 "$tmp/home" "$tmp/run"; rc=0
  # HOME/XDG are set before the bus starts so nothing it activates touches real keyrings.
  # No DISPLAY: an unlock prompt fails fast instead of appearing.
  env -u DISPLAY -u WAYLAND_DISPLAY KW_REAL_HOME="$HOME" HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" \
      XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
      XDG_CACHE_HOME="$tmp/home/.cache" WITH_KEYRING_INNER=1 \
      dbus-run-session -- "$0" "$@" || rc=$?
  exit "$rc"
fi
# --unlock creates the 'login' collection with this password and unlocks it: no prompts.
gnome-keyring-daemon --foreground --unlock --components=secrets \
  < <(printf '%s' "${KEYRING_TEST_PASSWORD:-ci-only-password}") >/dev/null 2>>"${KEYRING_DAEMON_LOG:-/dev/null}" &
gk_pid=$!
stop_keyring() {
  kill "$gk_pid" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 "$gk_pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$gk_pid" 2>/dev/null || true
}
trap stop_keyring EXIT
# Wait until the daemon owns org.freedesktop.secrets: an earlier client would activate a second, locked daemon.
ready=
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    ready=1; break; fi
  kill -0 "$gk_pid" 2>/dev/null || { echo "gnome-keyring-daemon died" >&2; exit 1; }
  sleep 0.05
done
[[ -n "$ready" ]] || { echo "Secret Service did not come up" >&2; exit 1; }
"$@"
