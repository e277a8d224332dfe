#!/usr/bin/env bash
# make bench: throughput and memory of `tacitus code` on ../shared/corpus.
# Prints figures; asserts nothing (speed is measured here, never in tests).
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${TACITUS_SHARED:-$root/../shared}
corpus=$shared/corpus
if [ ! -d "$corpus" ]; then
    echo "bench: skipped: $corpus not found (the corpora live in ../shared)"
    exit 0
fi
run() {   # label, files...
    local label=$1; shift
    local out
    out=$( { /usr/bin/time -f 'peak RSS %M kB, wall %e s' "$bin" code -q --stats "$@" -o /dev/null; } 2>&1 )
    echo "== $label"
    echo "$out" | sed 's/^tacitus: /  /; s/^peak/  peak/'
}
reuters=$corpus/reuters21578/docs.jsonl
[ -f "$reuters" ] && run "reuters21578 (1 thread)" "$reuters"
all=$(ls "$corpus"/*/docs.jsonl)
# shellcheck disable=SC2086
run "whole corpus (1 thread)" $all
echo "== dictionary compile (default dictionaries)"
"$bin" dict stats | sed 's/^/  /'
