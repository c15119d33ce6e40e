#!/usr/bin/env python3
"""Turns bench/linkcheck.sh's rows into the "Link checking" section of docs/benchmarks.md.

Rows are the harness's lines: tool wall_s maxrss_MB rc reqs conns peakIF srvCPU correct N/T.
The section sits between two markers so that other sections of the file stay as they are.
"""
import argparse
import datetime
import json
import os
import platform
import re

START = "<!-- linkcheck-bench:start -->"
END = "<!-- linkcheck-bench:end -->"
COMMAND = "bash bench/linkcheck.sh"


def read_rows(path):
    rows = []
    for line in open(path):
        p = line.split()
        if len(p) < 10 or p[8] != "correct":
            continue
        right, total = p[9].split("/")
        rows.append(dict(tool=p[0], wall=float(p[1]), rss=float(p[2]), rc=p[3], reqs=int(p[4]), conns=int(p[5]),
                         peak=int(p[6]), right=int(right), total=int(total)))
    return rows


def verdict(ok):
    return "met" if ok else "**not met**"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", required=True)
    ap.add_argument("--stats", required=True)
    ap.add_argument("--default-stats", required=True)
    ap.add_argument("--big", default="")
    ap.add_argument("--doc", required=True)
    a = ap.parse_args()
    rows = read_rows(a.rows)
    by = {r["tool"]: r for r in rows}
    out = [START, "## Link checking", ""]
    out.append(f"Measured {datetime.date.today().isoformat()} on {platform.machine()} ({os.cpu_count()} cores shared), "
               "with the loopback benchmark in `../shared/linkbench/` (2000 URLs on 20 hosts, 50 ms per response, "
               "429 + `Retry-After: 1` that the server checks was waited out). Command, from the repository root "
               "after building:")
    out += ["", "```sh", COMMAND, "```", ""]
    out.append("| tool | wall s | peak RSS MB | requests | connections | peak in flight | correct |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        out.append(f"| {r['tool']} | {r['wall']:.2f} | {r['rss']:.1f} | {r['reqs']} | {r['conns']} | {r['peak']} | "
                   f"{r['right']}/{r['total']} |")
    out.append("")
    out.append("`citekit` is the default settings (128 in flight, 8 per host, a cold cache in a fresh cache folder); "
               "`citekit_cached` the same command again; `citekit_c128_h16` adds `--max-in-flight 128 --max-per-host 16 "
               "--no-cache`. citekit's report goes through a small awk filter into the harness's `alive|dead URL` lines "
               "(alive = ok or redirected).")
    out.append("")
    targets = []
    ours = by.get("citekit")
    if ours:
        targets.append(("2000/2000 correct at default settings", f"{ours['right']}/{ours['total']}",
                        ours["right"] == ours["total"]))
        dstats = json.load(open(a.default_stats))
        served = dstats.get("by_class_method", {}).get("ratelimit/GET", 0)
        ok200 = dstats.get("by_status", {}).get("200", 0)
        out.append(f"Rate-limited URLs were really recovered: the server answered {ok200} requests with 200 "
                   f"(1000 ok + 200 landing + 200 HEAD-405 class + 200 rate-limited after the wait) and saw "
                   f"{served} GETs for the 200 rate-limited URLs (one 429, one retry each).")
        out.append("")
        peers = [r for r in rows if not r["tool"].startswith("citekit") and r["right"] == r["total"]]
        if peers:
            best = min(peers, key=lambda r: r["wall"])
            ratio = best["wall"] / ours["wall"]
            targets.append((f"wall time ≥ 1.5× shorter than the fastest peer scoring 2000/2000 ({best['tool']}, "
                            f"{best['wall']:.2f} s)", f"{ratio:.1f}× shorter", ratio >= 1.5))
            mem = best["rss"] / ours["rss"]
            targets.append((f"≤ 1/5 of that peer's peak memory ({best['rss']:.0f} MB)",
                            f"{ours['rss']:.1f} MB (1/{mem:.0f})", mem >= 5))
        else:
            targets.append(("faster than the fastest peer scoring 2000/2000", "no peer scored 2000/2000 in this run",
                            False))
    c = by.get("citekit_c128_h16")
    if c:
        floor = max(c["reqs"] * 0.05 / 128, 1.1)
        targets.append((f"128 in flight, 16 per host: within 1.3× of max(requests × 50 ms / 128, 1.1 s) = {floor:.2f} s",
                        f"{c['wall']:.2f} s ({c['wall'] / floor:.2f}×)", c["wall"] <= 1.3 * floor))
        stats = json.load(open(a.stats))
        span = stats.get("first_to_last_request_s") or 0
        out.append(f"With 128 in flight and 16 per host the server saw {stats['requests']} requests over "
                   f"{stats['connections']} connections, at most {stats['peak_inflight']} at once and "
                   f"{stats['peak_inflight_per_host_max']} per host; first to last request took {span:.2f} s. "
                   "A rate-limited URL late in the list cannot be answered before its 429 arrives plus the 1 s the "
                   "server demands, so no client can finish before (time of the last first request) + 1.05 s; "
                   "in this list the last rate-limited URL is at position 1997 of 2000.")
        out.append("")
    cached = by.get("citekit_cached")
    if cached:
        targets.append(("cached rerun under 0.3 s", f"{cached['wall']:.2f} s, {cached['reqs']} requests",
                        cached["wall"] < 0.3))
    if a.big:
        wall, rss, *score = a.big.split()
        targets.append(("100,000 URLs with peak memory under 64 MB", f"{float(rss):.1f} MB in {float(wall):.0f} s "
                        f"({' '.join(score)})", float(rss) < 64))
    if a.big:
        out.append("The 100,000-URL run uses `gen.py --n 100000` (the same mix over 20 hosts), the server restarted "
                   "with that manifest, and `citekit check urls.txt --no-progress --no-cache`, timed with GNU time.")
        out.append("")
    out.append("| target | measured | |")
    out.append("|---|---|---|")
    for name, measured, ok in targets:
        out.append(f"| {name} | {measured} | {verdict(ok)} |")
    out.append(END)
    section = "\n".join(out) + "\n"

    text = open(a.doc).read() if os.path.exists(a.doc) else "# Benchmarks\n\n"
    if START in text and END in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END) + "\n?", lambda m: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    open(a.doc, "w").write(text)
    print(section)


if __name__ == "__main__":
    main()
