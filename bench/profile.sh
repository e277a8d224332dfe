#!/usr/bin/env bash
# make profile: where the time of `tacitus code` and `tacitus ingest` goes,
# on ../shared/corpus/reuters21578 with the default dictionaries, with
# perf (linux-perf).  Prints, for coding on one thread, each function's
# own share and each stage's share with what it calls; for ingest on all
# cores, the share of each thread.  Asserts nothing; skips with a message
# where perf or the corpus is missing.  docs/performance.md explains the
# figures.
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${TACITUS_SHARED:-$root/../shared}
input=$shared/corpus/reuters21578/docs.jsonl
if [ ! -f "$input" ]; then
    echo "profile: skipped: $input not found (the corpora live in ../shared)"
    exit 0
fi
if ! command -v perf >/dev/null 2>&1 || ! perf record -q -o /dev/null true >/dev/null 2>&1; then
    echo "profile: skipped: perf is missing or not allowed here (apt-get install linux-perf;"
    echo "         kernel.perf_event_paranoid may need to be lowered)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" dict compile >/dev/null 2>&1

echo "== tacitus code, reuters21578, 1 thread: own time of each function (top 20)"
perf record -q -F 2000 --call-graph fp -o "$tmp/code.data" \
    "$bin" code -q --threads 1 "$input" -o /dev/null >/dev/null 2>&1
# perf's lines: share(s), then "[.]" or "[k]", then the symbol
sym='function sym() { for (i = 1; i < NF; i++) if ($i == "[.]" || $i == "[k]") return $(i + 1); return "" }'
perf report -i "$tmp/code.data" --no-children --sort symbol -g none --stdio 2>/dev/null |
    awk "$sym"' /^ *[0-9.]+%/ { printf "  %7s  %s\n", $1, sym() }' | head -20

echo "== the same run by stage, with what each calls"
perf report -i "$tmp/code.data" --children --sort symbol -g none --stdio 2>/dev/null |
    awk "$sym"'
        BEGIN {
            n = split("tac_reader_next:reading JSON Lines|tacx_prepare_doc:splitting sentences and tokenizing|tacx_find_actors:finding actors|tacx_code_sentence:coding sentences (verbs, patterns, roles, and the events handed out)|tacx_verb_code:  of which verb patterns|tac_event_write_json:  of which writing the events as JSON", st, "|")
            for (i = 1; i <= n; i++) { split(st[i], kv, ":"); name[kv[1]] = kv[2]; order[i] = kv[1] }
        }
        /^ *[0-9.]+%/ { f = sym(); if ((f in name) && !(f in share)) share[f] = $1 }
        END { for (i = 1; i <= n; i++) if (order[i] in share) printf "  %-8s %s\n", share[order[i]], name[order[i]] }'

echo "== tacitus ingest, reuters21578, all cores: share of the processor time by thread"
perf record -q -F 2000 -o "$tmp/ingest.data" \
    "$bin" ingest -q --db "$tmp/profile.db" "$input" >/dev/null 2>&1
# the calling thread stores; the thread that reads runs tac_reader_next;
# the others code
perf report -i "$tmp/ingest.data" --no-children --sort pid,symbol -g none --stdio 2>/dev/null |
    awk "$sym"'
        /^ *[0-9.]+%/ {
            pct = $1; sub("%", "", pct); split($2, p, ":"); tid = p[1]; f = sym()
            tot[tid] += pct
            if (f == "jsonl_direct" || f == "js_string" || f == "par_read") reader[tid] += pct
            if (mainpid == "" || tid + 0 < mainpid + 0) mainpid = tid
        }
        END {
            for (t in tot) {
                if (t == mainpid) kind = "storing (the calling thread)"
                else if (reader[t] > tot[t] / 10) kind = "reading"
                else kind = "coding"
                sum[kind] += tot[t]
            }
            for (k in sum) printf "  %5.1f%%  %s\n", sum[k], k
        }' | sort -rn
