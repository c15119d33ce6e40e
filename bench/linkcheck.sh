#!/usr/bin/env bash
# Link-checking benchmark: citekit against its peers on ../shared/linkbench
# (2000 URLs on 20 loopback hosts, 50 ms per response), all in one run, then
# the section "Link checking" of docs/benchmarks.md is rewritten with the table.
#
#   bash bench/linkcheck.sh            # everything (peers take a few minutes)
#   PEERS_ONLY= SKIP_PEERS=1 bash bench/linkcheck.sh   # citekit's rows only
#   SKIP_100K=1 bash bench/linkcheck.sh                # without the 100,000-URL run
#
# Needs a built citekit (build/cli/citekit, or CITEKIT=path), python3, curl and
# GNU time. The peers are installed outside the repository, under $WORK
# (default /tmp/citekit-linkbench): linkinator 7 and markdown-link-check from
# npm, LinkChecker from Debian. Never run in CI.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=${BENCH:-$ROOT/../shared/linkbench}
BENCH=$(cd "$BENCH" && pwd)
CITEKIT=${CITEKIT:-$ROOT/build/cli/citekit}
WORK=${WORK:-/tmp/citekit-linkbench}
PEERS_DIR=$WORK/peers
mkdir -p "$WORK"

install_peers() {
  if [ ! -x "$PEERS_DIR/node_modules/.bin/linkinator" ] || [ ! -x "$PEERS_DIR/node_modules/.bin/markdown-link-check" ]; then
    npm install --silent --prefix "$PEERS_DIR" linkinator@7 markdown-link-check >/dev/null
  fi
  if ! command -v linkchecker >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends linkchecker >/dev/null
  fi
}

# citekit's readable report as the harness's "alive|dead URL [status]" lines:
# alive for ok and redirected, dead for every other verdict.
to_lines() {
  awk '$1 ~ /^(ok|redirected|soft-404|broken|server-error|rate-limited|timeout|dns-error|connection-error|tls-error|invalid-url|excluded|unchecked)$/ {
         status = ($2 ~ /^[0-9]+$/) ? $2 : ""; url = (status == "") ? $2 : $3
         print (($1 == "ok" || $1 == "redirected") ? "alive" : "dead"), url, status }'
}
export -f to_lines

server() { STATE=$WORK/server "$BENCH/serve.sh" "$@" >/dev/null; }

# Stops the server and waits until its control port is free, so that the next
# start cannot find the old server still answering.
server_stop() {
  server stop || true
  for _ in $(seq 1 100); do curl -s -m 1 http://127.0.0.1:18099/__stats >/dev/null || return 0; sleep 0.1; done
}

# run_tool NAME [OURS command]: one row of the harness, results under $WORK/results/NAME.
run_tool() {
  local name=$1 results=$WORK/results/$1
  rm -rf "$results"; mkdir -p "$results"
  if [ $# -gt 1 ]; then
    OURS="$2" RESULTS=$results PEERS=$PEERS_DIR/node_modules/.bin "$BENCH/run.sh" ours | tail -1 | sed "s/^ours /$name /"
  else
    RESULTS=$results PEERS=$PEERS_DIR/node_modules/.bin "$BENCH/run.sh" "$name" | tail -1
  fi
}

ours_check() {  # ours_check ENV FLAGS: the command line run.sh times
  echo "$1 '$CITEKIT' check urls.txt --no-progress $2 | to_lines"
}

rows=$WORK/rows.txt; : > "$rows"
server_stop
server start
trap 'server_stop' EXIT

default_cache=$WORK/xdg-default; rm -rf "$default_cache"
run_tool citekit "$(ours_check "XDG_CACHE_HOME=$default_cache" "")" | tee -a "$rows"
run_tool citekit_cached "$(ours_check "XDG_CACHE_HOME=$default_cache" "")" | tee -a "$rows"
run_tool citekit_c128_h16 "$(ours_check "" "--no-cache --max-in-flight 128 --max-per-host 16")" | tee -a "$rows"
if [ -z "${SKIP_PEERS:-}" ]; then
  install_peers
  for peer in linkinator linkinator_retry mlc mlc_retry linkchecker; do run_tool "$peer" | tee -a "$rows"; done
fi
stats=$WORK/results/citekit_c128_h16/ours.stats.json
default_stats=$WORK/results/citekit/ours.stats.json

big=""
if [ -z "${SKIP_100K:-}" ]; then
  server_stop
  python3 "$BENCH/gen.py" --n 100000 --out "$WORK/corpus100k" >/dev/null
  STATE=$WORK/server "$BENCH/serve.sh" start --manifest "$WORK/corpus100k/manifest.tsv" >/dev/null
  grep -q "serving 100000 urls" "$WORK/server/server.log" || { echo "the 100k server did not start" >&2; exit 1; }
  curl -s http://127.0.0.1:18099/__reset >/dev/null
  /usr/bin/time -v -o "$WORK/100k.time" "$CITEKIT" check "$WORK/corpus100k/urls.txt" --no-progress --no-cache \
    > "$WORK/100k.out" 2>/dev/null || true
  to_lines < "$WORK/100k.out" > "$WORK/100k.lines"
  (cd "$BENCH" && python3 score.py lines "$WORK/100k.lines" --manifest "$WORK/corpus100k/manifest.tsv" | head -1) > "$WORK/100k.score"
  big_wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$WORK/100k.time" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  big_rss=$(awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$WORK/100k.time")
  big="$big_wall $big_rss $(cat "$WORK/100k.score")"
fi

python3 "$ROOT/bench/linkcheck_report.py" --rows "$rows" --stats "$stats" --default-stats "$default_stats" \
  --big "$big" --doc "$ROOT/docs/benchmarks.md"
