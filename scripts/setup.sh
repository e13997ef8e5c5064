#!/usr/bin/env bash
# Installs what Spotcheck needs and is missing: Debian packages through apt-get,
# npm packages through npm. Does nothing when everything is present.
#   scripts/setup.sh            build + test dependencies
#   scripts/setup.sh --build    only what building and serving need
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(cmake g++ make emscripten nlohmann-json3-dev doctest-dev)
test_packages=(clang libclang-rt-14-dev chromium firefox-esr webkit2gtk-driver xvfb)
packages=("${build_packages[@]}")
[ "${1:-}" = "--build" ] || packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm packages: install when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
