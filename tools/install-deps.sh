#!/usr/bin/env bash
# Installs everything citekit needs to build and to run its whole test suite
# on Debian 12 (bookworm), as root. Safe to run again.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
cd "$(dirname "$0")/.."

# Build tools and the libraries citekit links, then the readers the export
# tests prove the exports with (docs/dependencies.md says why each is there).
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libpcre2-dev libcurl4-openssl-dev libpugixml-dev libfmt-dev nlohmann-json3-dev libcli11-dev
  libsqlite3-dev libzip-dev libtomlplusplus-dev libidn2-dev
  libgumbo-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libpoppler-cpp-dev libuchardet-dev libyaml-cpp-dev
  catch2 libcpp-httplib-dev libssl-dev
  clang libclang-rt-14-dev python3
  pandoc biber texlive-latex-base texlive-latex-recommended lmodern jing libxml2-utils
  citation-style-language-styles citation-style-language-locales
)
# Node.js and npm for the npm readers in tools/node; a machine that already
# has a Node.js with npm keeps it.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The npm packages, at the versions package-lock.json pins, into
# tools/node/node_modules; npm's cache stays inside the clone too.
node_dir=tools/node
if [[ ! -f $node_dir/node_modules/.package-lock.json || $node_dir/package-lock.json -nt $node_dir/node_modules/.package-lock.json ]]; then
  npm ci --prefix "$node_dir" --cache "$node_dir/.npm-cache" --no-audit --no-fund --loglevel=error
fi
