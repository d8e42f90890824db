#!/usr/bin/env bash
# Installs what the build (and, with --test, the tests) need, skipping whatever is already there.
# With --check, only what `make check` needs (the wasm target for clippy, the npm tools for the
# build steps' tests): no Trunk, no wasm-bindgen-cli, no browser.
# Pinned: Trunk 0.21.14, wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock, npm tools
# from package-lock.json (binaryen 132 for wasm-opt, playwright-core, axe-core), Debian's
# chromium and chromium-driver (tests only). Nothing downloads a browser or a prebuilt binary.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
want_build=true
case "${1:-}" in
  --test) want_test=true ;;
  --check) want_build=false ;;
  "") ;;
  *) echo "setup: unknown option ${1} (--test, --check or none)" >&2; exit 2 ;;
esac
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if $want_build && [[ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]]; then
  say "installing Trunk 0.21.14 (about 13 minutes on 2 cores)"
  cargo install --locked trunk --version 0.21.14
fi

bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ -z "$bindgen" ]]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if $want_build && [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]]; then
  say "installing wasm-bindgen-cli $bindgen (matches Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$bindgen"
fi

if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
fi

if $want_test && { [[ ! -x /usr/bin/chromium ]] || [[ ! -x /usr/bin/chromedriver ]]; }; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# Trunk builds offline (Trunk.toml), so every crate must be in the local registry first.
cargo fetch --locked -q
say "ready"
