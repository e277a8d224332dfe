#!/usr/bin/env bash
# make bench: throughput and memory of `tacitus code` on ../shared/corpus.
# Prints figures; asserts nothing (speed is measured here, never in tests).
# For reuters21578 and the whole corpus, with 1 thread and with all cores:
# MB/s, sentences/s, events/s and peak RSS (medians of interleaved rounds,
# TACITUS_BENCH_ROUNDS, default 5); the tokenize-only floor and how far
# full coding is above it; peak RSS on 1x and 4x the corpus; the time to
# compile the default dictionaries from text and to load them compiled.
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${TACITUS_SHARED:-$root/../shared}
corpus=$shared/corpus
if [ ! -d "$corpus" ]; then
    echo "bench: skipped: $corpus not found (the corpora live in ../shared)"
    exit 0
fi
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# the compiled dictionary cache is warmed once, so runs measure coding
"$bin" dict compile >/dev/null 2>&1

# One run: threads, extra options, files.  Sets mbs sps eps rss secs dsecs.
measure() {
    local th=$1 extra=$2; shift 2
    local out
    # shellcheck disable=SC2086
    out=$( { /usr/bin/time -f 'RSS %M' "$bin" code -q --stats --threads "$th" $extra "$@" -o /dev/null; } 2>&1 )
    mbs=$(echo "$out" | sed -n 's/.*coding [0-9.]* s: \([0-9.]*\) MB\/s.*/\1/p')
    sps=$(echo "$out" | sed -n 's/.* \([0-9]*\) sentences\/s.*/\1/p')
    eps=$(echo "$out" | sed -n 's/.* \([0-9]*\) events\/s.*/\1/p')
    secs=$(echo "$out" | sed -n 's/.*coding \([0-9.]*\) s:.*/\1/p')
    dsecs=$(echo "$out" | sed -n 's/.*dictionaries \([0-9.]*\) s;.*/\1/p')
    rss=$(echo "$out" | sed -n 's/^RSS //p')
}
row() {   # label
    printf '  %-22s %7s MB/s %8s sentences/s %7s events/s  peak RSS %6s kB  (dict load %s s)\n' \
        "$1" "$mbs" "$sps" "$eps" "$rss" "$dsecs"
}
# The machine's speed moves by a third from one run to the next, so the
# three configurations are run in turn, $rounds times, and each figure is
# a median; the speedup and the ratio to the floor are medians of the
# rounds' own ratios (each round's runs are close in time).
rounds=${TACITUS_BENCH_ROUNDS:-5}
bench_set() {   # label, files...
    local label=$1; shift
    local mb runs
    mb=$(cat "$@" | wc -c | awk '{printf "%.1f", $1 / 1e6}')
    echo "== $label ($mb MB of JSON Lines; medians of $rounds rounds)"
    runs=$(mktemp)
    for _ in $(seq "$rounds"); do
        measure 1 "" "$@"; echo "one $mbs $sps $eps $rss $secs $dsecs" >>"$runs"
        measure "$cores" "" "$@"; echo "all $mbs $sps $eps $rss $secs $dsecs" >>"$runs"
        measure 1 --tokenize-only "$@"; echo "tok $mbs $sps $eps $rss $secs $dsecs" >>"$runs"
    done
    python3 - "$runs" "$cores" <<'PY'
import sys, statistics as st
runs = {"one": [], "all": [], "tok": []}
for line in open(sys.argv[1]):
    k, *v = line.split()
    runs[k].append([float(x) for x in v])
labels = {"one": "1 thread", "all": sys.argv[2] + " threads", "tok": "tokenize only, 1 thread"}
for k in ("one", "all", "tok"):
    r = runs[k]
    med = lambda i: st.median(x[i] for x in r)
    print("  %-23s %6.2f MB/s (%.1f-%.1f) %7.0f sentences/s %6.0f events/s  peak RSS %6.0f kB  (dict load %.3f s)"
          % (labels[k], med(0), min(x[0] for x in r), max(x[0] for x in r), med(1), med(2),
             max(x[3] for x in r), med(5)))
sp = [a[0] / o[0] for o, a in zip(runs["one"], runs["all"]) if o[0] > 0]
fl = [o[4] / t[4] for o, t in zip(runs["one"], runs["tok"]) if t[4] > 0]
print("  speedup %.2fx (rounds: %s)" % (st.median(sp), " ".join("%.2f" % x for x in sp)))
print("  full coding takes %.1fx the tokenize-only time (rounds: %s)" % (st.median(fl), " ".join("%.1f" % x for x in fl)))
PY
    rm -f "$runs"
}
reuters=$corpus/reuters21578/docs.jsonl
[ -f "$reuters" ] && bench_set "reuters21578" "$reuters"
all=$(ls "$corpus"/*/docs.jsonl)
# shellcheck disable=SC2086
bench_set "whole corpus" $all
echo "== peak RSS, whole corpus once and four times ($cores threads)"
# shellcheck disable=SC2086
measure "$cores" "" $all; row "1x"
# shellcheck disable=SC2086
measure "$cores" "" $all $all $all $all; row "4x"
echo "== default dictionaries"
"$bin" dict stats | sed 's/^/  /'

# Event store: ingest reuters21578 into a temporary store, compare with
# `tacitus code` on the same input (seven interleaved pairs, medians and
# the median of the per-pair ratios: single runs vary by 20-30% on a busy
# machine, and pairs from 55% to 80%), time a query and a dyads call.
if [ -f "$reuters" ]; then
    st=$(mktemp -d)
    echo "== event store (reuters21578)"
    pairs=""
    for _ in 1 2 3 4 5 6 7; do
        c=$("$bin" code -q --stats "$reuters" -o /dev/null 2>&1 | grep -o '[0-9.]* MB/s' | head -1)
        rm -f "$st"/bench.db*
        i=$("$bin" ingest -q --stats --db "$st/bench.db" "$reuters" 2>&1 | grep -o '[0-9.]* MB/s' | head -1)
        pairs="$pairs ${c%% *}:${i%% *}"
    done
    python3 - "$reuters" "$st/bench.db" $pairs <<'PY'
import os, sys, json, statistics as s
pairs = [tuple(map(float, p.split(":"))) for p in sys.argv[3:]]
c, i = [p[0] for p in pairs], [p[1] for p in pairs]
print("  code   %.2f MB/s, ingest %.2f MB/s (medians of %s)" % (s.median(c), s.median(i), ", ".join("%.1f/%.1f" % p for p in pairs)))
print("  ingest / code throughput: %.0f%%" % (100 * s.median([b / a for a, b in pairs])))
text = sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8"))
size = sum(os.path.getsize(sys.argv[2] + x) for x in ("", "-wal") if os.path.exists(sys.argv[2] + x))
print("  store %.1f MB for %.1f MB of text (%.2fx)" % (size / 1e6, text / 1e6, size / text))
PY
    t() { local a b; a=$(date +%s%N); "$@" >/dev/null; b=$(date +%s%N); echo $(( (b - a) / 1000000 )); }
    echo "  query --source USA --target JPN --plover REJECT --from 1987-01-01 --to 1987-12-31: $(t "$bin" query --db "$st/bench.db" --source USA --target JPN --plover REJECT --from 1987-01-01 --to 1987-12-31) ms"
    echo "  query --actor USA (all, jsonl): $(t "$bin" query --db "$st/bench.db" --actor USA --format jsonl) ms"
    echo "  dyads --actor USA --actor JPN --by month: $(t "$bin" dyads --db "$st/bench.db" --actor USA --actor JPN --by month) ms"
    echo "  actors --top 20: $(t "$bin" actors --db "$st/bench.db" --top 20) ms"
    rm -rf "$st"
fi
