#!/usr/bin/env bash
# Installs what the real-client tests need, from Debian's packages and the npm
# registry only: Neovim (its built-in LSP client), Emacs with eglot, pre-commit, Chromium, Firefox ESR, and code-server
# (VS Code for the browser) built by hand, because its npm postinstall fails
# offline. code-server is cached outside the checkout, keyed by version, so a
# second run is quick.
#
#   scripts/setup-real-clients.sh            # prints the code-server entry point last
set -euo pipefail

CODE_SERVER_VERSION=4.100.3   # VS Code 1.100, the last release that runs on Node 20
CACHE="${REPLYLINT_CACHE:-$HOME/.cache/replylint}"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"

need_apt=()
command -v nvim >/dev/null || need_apt+=(neovim)
command -v chromium >/dev/null || need_apt+=(chromium)
# Firefox ESR, for the browser extension in Firefox (test/clients/firefox.test.ts, driven over its own Marionette).
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v pre-commit >/dev/null || need_apt+=(pre-commit)
# Emacs with eglot (an independent LSP client) and markdown-mode, for test/clients/emacs.test.ts.
command -v emacs >/dev/null || need_apt+=(emacs-nox)
for pkg in elpa-eglot elpa-markdown-mode; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-real-clients: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2
fi

if [ ! -f "$CS_DIR/.complete" ]; then
  echo "setup-real-clients: building code-server $CODE_SERVER_VERSION in $CS_DIR (a few minutes, once)" >&2
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  cd "$CS_DIR"
  npm pack --silent "code-server@$CODE_SERVER_VERSION" >&2
  tar xzf "code-server-$CODE_SERVER_VERSION.tgz"
  rm "code-server-$CODE_SERVER_VERSION.tgz"
  cd package
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  npm rebuild argon2 >&2
  cd lib/vscode
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  for m in @vscode/spdlog @parcel/watcher kerberos native-watchdog @vscode/deviceid; do
    npm rebuild "$m" >&2 || echo "setup-real-clients: rebuilding $m failed; continuing" >&2
  done
  ln -sfn node_modules node_modules.asar
  cd extensions
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  touch "$CS_DIR/.complete"
fi
echo "$CS_DIR/package/out/node/entry.js"
