#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine with Node 20 (run as root, or with sudo):
# the Secret Service for keychain tests, unzip, pre-commit, Neovim and Emacs for the packaging and editor tests, each language's toolchain for the
# quick-fix suite (test/integration/toolchain-moves.test.ts), Chromium for end-to-end tests, npm dependencies,
# and code-server.
# `--no-e2e` skips Chromium and code-server (enough to build and run the demo).
set -euo pipefail
e2e=1; [[ "${1:-}" == "--no-e2e" ]] && e2e=""

cd "$(dirname "$0")/.."
pkgs=(dbus dbus-x11 gnome-keyring libsecret-1-dev libsecret-1-0 libsecret-tools pkg-config git unzip)
# Compilers and interpreters that prove each quick fix's result compiles (Debian's rustc, not rustup's).
pkgs+=(python3 golang-go default-jdk-headless mono-mcs ruby php-cli rustc)
# Real clients of what ships: the pre-commit framework, Neovim's built-in LSP client, Emacs with eglot.
pkgs+=(pre-commit neovim emacs-nox elpa-eglot)
[[ -n "$e2e" ]] && pkgs+=(chromium fonts-dejavu-core libkrb5-dev)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=; [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
if [[ -n "$e2e" && -f test/e2e/install-code-server.sh ]]; then bash test/e2e/install-code-server.sh; fi
