#!/usr/bin/env bash
# Script tests: each tests/script/*.test.sh is run with the tacitus binary
# as its argument, from the repository root, and passes when it exits 0.
# For checks that compare several runs of the CLI (which a golden case,
# one run against one expected file, cannot express).
set -u
shopt -s nullglob
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
pass=0; fail=0
for t in tests/script/*.test.sh; do
    if out=$(bash "$t" "$bin" 2>&1); then
        pass=$((pass+1))
    else
        fail=$((fail+1)); echo "FAIL $(basename "$t")"; echo "$out" | tail -20 | sed 's/^/  /'
    fi
done
echo "script: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
