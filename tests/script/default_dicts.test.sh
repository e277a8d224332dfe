#!/usr/bin/env bash
# The dictionaries the project ships load with no problem that `tacitus
# dict check` reports (duplicates, entries repeated with another meaning,
# bad codes), each with its file:line.
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache
out=$("$bin" dict check --dict-dir dict/default 2>&1) || { echo "$out"; exit 1; }
echo "$out" | grep -q '^0 problems$' || { echo "$out"; exit 1; }
