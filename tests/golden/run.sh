#!/usr/bin/env bash
# Golden CLI tests: each tests/golden/cases/NAME.args holds the arguments
# of one `tacitus` run (paths relative to the repository root); its
# standard output must equal NAME.expected, and its exit code NAME.exit
# (0 when that file is absent).  Adding a case needs no C.
#   TACITUS_GOLDEN_UPDATE=1 tests/golden/run.sh build/tacitus  rewrites
#   the expected files (review the diff before committing).
set -u
shopt -s nullglob
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
pass=0; fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for args in tests/golden/cases/*.args; do
    name=${args%.args}
    base=$(basename "$name")
    want_exit=0
    [ -f "$name.exit" ] && want_exit=$(cat "$name.exit")
    # shellcheck disable=SC2046
    eval "set -- $(cat "$args")"
    "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
    got_exit=$?
    if [ "${TACITUS_GOLDEN_UPDATE:-}" = 1 ]; then
        cp "$tmp/out" "$name.expected"
        [ "$got_exit" -ne 0 ] && echo "$got_exit" >"$name.exit"
    fi
    if [ "$got_exit" -ne "$want_exit" ]; then
        echo "FAIL $base: exit code $got_exit, expected $want_exit"; sed 's/^/  stderr: /' "$tmp/err" | head -5
        fail=$((fail+1)); continue
    fi
    if ! diff -u "$name.expected" "$tmp/out" >"$tmp/diff"; then
        echo "FAIL $base: output differs"; head -40 "$tmp/diff"
        fail=$((fail+1)); continue
    fi
    pass=$((pass+1))
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
