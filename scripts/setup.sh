#!/usr/bin/env bash
# Installs everything Edge Python needs to build and test, from the Debian and npm
# registries only. Idempotent: a second run checks and does nothing.
#
# What it provides:
#   - native toolchain: g++, cmake, make, libfmt-dev, doctest-dev, libsimdjson-dev
#   - wasm toolchain: Debian's emscripten (clang-14/lld-14/binaryen underneath)
#   - simdjson *source* (apt-get source) under .deps/simdjson for the wasm build,
#     because Debian ships simdjson only as a compiled x86 library
#   - browser tests: Debian's chromium, npm's playwright-core (pinned in package-lock.json)
#   - size reporting: brotli
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "[setup] need root to run: $*" >&2; exit 1; fi
}

debian_packages=(
  build-essential cmake make pkg-config
  libfmt-dev doctest-dev libsimdjson-dev
  emscripten binaryen
  chromium
  brotli
  dpkg-dev
  python3
)

missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# simdjson source for the Emscripten build (singleheader/simdjson.{h,cpp}).
if [ ! -f .deps/simdjson/singleheader/simdjson.cpp ]; then
  if ! apt-cache showsrc simdjson >/dev/null 2>&1 || [ -z "$(apt-cache showsrc simdjson 2>/dev/null)" ]; then
    # Reuse the keyring the machine's own Debian entry uses: apt refuses two entries for
    # the same archive with different Signed-By values.
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    log "adding a deb-src entry for bookworm main"
    {
      echo "Types: deb-src"
      echo "URIs: http://deb.debian.org/debian"
      echo "Suites: bookworm"
      echo "Components: main"
      [ -n "$keyring" ] && echo "Signed-By: $keyring"
    } | as_root tee /etc/apt/sources.list.d/edge-python-src.sources >/dev/null
    as_root apt-get update -qq
  fi
  log "fetching simdjson source with apt-get source"
  rm -rf .deps/src && mkdir -p .deps/src
  (cd .deps/src && apt-get source -qq --download-only simdjson >/dev/null && dpkg-source -x --skip-patches ./*.dsc simdjson >/dev/null)
  rm -rf .deps/simdjson && mv .deps/src/simdjson .deps/simdjson && rm -rf .deps/src
fi

# npm dev dependencies (playwright-core only; the browser is Debian's chromium).
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm dev dependencies"
  npm ci --no-audit --no-fund --loglevel=error
else
  log "npm dependencies present"
fi

log "done"
