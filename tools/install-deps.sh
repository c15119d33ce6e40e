#!/usr/bin/env bash
# Installs everything citekit needs to build and to run its whole test suite
# on Debian 12 (bookworm), as root. Safe to run again.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

# Build tools and the libraries citekit links (docs/dependencies.md says why each is there).
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libpcre2-dev libcurl4-openssl-dev libpugixml-dev libfmt-dev nlohmann-json3-dev libcli11-dev
  libsqlite3-dev libzip-dev libtomlplusplus-dev libidn2-dev
  libgumbo-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libpoppler-cpp-dev libuchardet-dev
  catch2 libcpp-httplib-dev libssl-dev
  clang libclang-rt-14-dev python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
