#!/usr/bin/env bash
# Event store tests through the CLI (make store-test), each step needing a
# fresh store in a temporary directory:
#   1. a transcript of ingest/query/dyads/actors/export with the tiny test
#      dictionary, diffed against tests/store/expected.txt (counts there
#      can be checked by hand against tests/data/store/*.jsonl);
#   2. a synthetic corpus coded with the default dictionaries: the store
#      holds exactly what `tacitus code` writes, counts agree with
#      mentions, re-ingest changes nothing;
#   3. crash safety: an ingest killed with SIGKILL at random points, run
#      again until it completes, must equal a store built in one go;
#   4. a reader in another process sees a consistent store during ingest;
#   5. every export format checked with python3 (csv, json modules).
#   TACITUS_STORE_UPDATE=1 tests/store/run.sh build/tacitus  rewrites the
#   expected transcript (review the diff before committing).
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Pin the binary and the dictionaries: the tree may change while this runs.
cp "$bin" "$tmp/tacitus" && bin=$tmp/tacitus
cp -r dict/default "$tmp/dict"
export TACITUS_DICT_DIR=$tmp/dict
pass=0; fail=0
ok()   { pass=$((pass+1)); echo "  ok: $1"; }
bad()  { fail=$((fail+1)); echo "FAIL: $1"; }
check() { # description, command...
    local d=$1; shift
    local out
    if out=$("$@" 2>&1); then pass=$((pass+1)); echo "$out" | sed 's/^/  /'; else fail=$((fail+1)); echo "FAIL: $d"; echo "$out" | sed 's/^/  /' | head -20; fi
}
tiny=(--no-defaults --dict tests/data/golden/tiny.txt)

# ---- 1. transcript with the tiny dictionary ----
db=$tmp/tiny.db
{
    echo "## ingest (one undated document, one broken line)"
    "$bin" ingest --db "$db" "${tiny[@]}" tests/data/store/tiny.jsonl 2>&1 | sed "s#$tmp/##"; echo "exit ${PIPESTATUS[0]}"
    echo "## query"
    "$bin" query --db "$db"; echo "exit $?"
    echo "## query --source ARN (prefix: ARNMIL)"
    "$bin" query --db "$db" --source ARN --format jsonl | sed 's/"id":[0-9]*,//'; echo "exit $?"
    echo "## query --actor GND --role target --quad 1"
    "$bin" query --db "$db" --actor GND --role target --quad 1 --format csv | cut -d, -f2-12; echo "exit $?"
    echo "## query --plover THREATEN --from 2026-01-01"
    "$bin" query --db "$db" --plover threaten --from 2026-01-01; echo "exit $?"
    echo "## query --doc d3 --cameo 13"
    "$bin" query --db "$db" --doc d3 --cameo 13 --format csv | cut -d, -f2-14; echo "exit $?"
    echo "## dyads --by month"
    "$bin" dyads --db "$db" --actor GND --actor ARN --by month; echo "exit $?"
    echo "## dyads --by year --format csv"
    "$bin" dyads --db "$db" --actor arn --actor gnd --by year --format csv; echo "exit $?"
    echo "## actors"
    "$bin" actors --db "$db" --top 3; echo "exit $?"
    echo "## export csv"
    "$bin" export --db "$db" --format csv | cut -d, -f2-; echo "exit $?"
    echo "## ingest again: nothing changes"
    "$bin" ingest --db "$db" "${tiny[@]}" tests/data/store/tiny.jsonl 2>&1 | grep -v "^tacitus: tests/" | sed "s#$tmp/##"
    "$bin" query --db "$db" --format csv | cut -d, -f2-12
    echo "## d3 changed: its mentions are replaced"
    "$bin" ingest --db "$db" "${tiny[@]}" tests/data/store/tiny_changed.jsonl 2>&1 | sed "s#$tmp/##"; echo "exit ${PIPESTATUS[0]}"
    "$bin" query --db "$db" --format csv | cut -d, -f2-12
    echo "## usage errors"
    "$bin" dyads --db "$db" --actor GND 2>&1; echo "exit $?"
    "$bin" query --db "$db" --quad 7 2>&1; echo "exit $?"
    "$bin" export --db "$db" 2>&1; echo "exit $?"
    "$bin" query --db "$tmp/none.db" 2>&1 | sed "s#$tmp/##"; echo "exit ${PIPESTATUS[0]}"
    echo "## a store from a newer tacitus"
    cp "$db" "$tmp/newer.db"
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version = 9'); c.commit()" "$tmp/newer.db"
    "$bin" query --db "$tmp/newer.db" 2>&1 | sed "s#$tmp/##"; echo "exit ${PIPESTATUS[0]}"
} >"$tmp/transcript.txt"
if [ "${TACITUS_STORE_UPDATE:-}" = 1 ]; then cp "$tmp/transcript.txt" tests/store/expected.txt; fi
if diff -u tests/store/expected.txt "$tmp/transcript.txt" >"$tmp/diff"; then ok "transcript matches tests/store/expected.txt"
else bad "transcript differs from tests/store/expected.txt"; head -60 "$tmp/diff"; fi
check "tiny store invariants" python3 tests/store/check.py invariants "$db"

# ---- 2. synthetic corpus, default dictionaries ----
python3 tests/store/gen_corpus.py "$tmp/syn.jsonl" "${TACITUS_STORE_DOCS:-1500}" 11
"$bin" code -q "$tmp/syn.jsonl" >"$tmp/code.jsonl" 2>/dev/null
"$bin" ingest -q --db "$tmp/ref.db" "$tmp/syn.jsonl"; rc=$?
if [ "$rc" -eq 1 ]; then ok "ingest reports the bad documents (exit 1)"; else bad "ingest exit $rc, expected 1"; fi
for th in 1 2; do   # -q hides warnings, not why an input cannot be read
    msg=$("$bin" ingest -q --threads "$th" --db "$tmp/miss$th.db" "$tmp/no-such.jsonl" 2>&1 >/dev/null)
    if printf '%s' "$msg" | grep -q "no-such.jsonl.*No such file"; then ok "ingest -q ($th thread(s)) says why an input cannot be read"
    else bad "ingest -q ($th thread(s)): $msg"; fi
done
check "store equals the coder output" python3 tests/store/check.py vs-code "$tmp/ref.db" "$tmp/code.jsonl"
check "reference invariants" python3 tests/store/check.py invariants "$tmp/ref.db"
cp "$tmp/ref.db" "$tmp/again.db"
"$bin" ingest -q --db "$tmp/again.db" "$tmp/syn.jsonl"
check "re-ingest changes nothing" python3 tests/store/check.py same "$tmp/ref.db" "$tmp/again.db"
"$bin" ingest -q --threads 1 --db "$tmp/one.db" "$tmp/syn.jsonl"
check "one coding thread gives the same store" python3 tests/store/check.py same "$tmp/ref.db" "$tmp/one.db"
# ids given twice with different texts, close together (within what the
# coding threads read ahead): ingesting again must end as one thread does
python3 - "$tmp/syn.jsonl" "$tmp/dup.jsonl" <<'PY'
import json, sys
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        docs.append(json.loads(line))
    except ValueError:
        pass   # the corpus has broken lines on purpose
out = []
for i, d in enumerate(docs):
    out.append(d)
    if i % 7 == 0 and "text" in d:
        e = dict(d)
        e["text"] = d["text"] + " The talks ended without a statement."
        out.append(e)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d) + "\n")
PY
for n in 1 2; do
    "$bin" ingest -q --threads 1 --db "$tmp/dup1.db" "$tmp/dup.jsonl"
    "$bin" ingest -q --threads 3 --db "$tmp/dup3.db" "$tmp/dup.jsonl"
    check "ids given twice: ingest $n with 3 threads ends as with one" python3 tests/store/check.py same "$tmp/dup1.db" "$tmp/dup3.db"
done
check "ids given twice: the store is not empty" python3 -c "import sqlite3, sys; n = sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM documents').fetchone()[0]; print('  %d documents' % n); sys.exit(n == 0)" "$tmp/dup3.db"

# ---- 3. kill -9 at random points, then run again ----
# Each trial starts a fresh store, kills the ingest at a random point of
# its expected run time, runs it again (killing that one too, at random),
# then completes it; the result must equal the reference store.
python3 tests/store/gen_corpus.py "$tmp/kill.jsonl" "${TACITUS_KILL_DOCS:-3000}" 12
t0=$(date +%s.%N)
"$bin" ingest -q --batch 20 --db "$tmp/kill-ref.db" "$tmp/kill.jsonl"
full=$(python3 -c "import sys; print(max(0.2, float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$(date +%s.%N)")
kills=0
# the six delays, drawn before any ingest starts: a Python start-up
# (about 0.15 s here) between the first commit and the kill would take
# up much of a run of 0.4 s, and let most of them end before the kill
# (the second run has less left to do: it is killed sooner)
read -r -a delays <<<"$(python3 -c "import random, sys; print(' '.join('%.3f' % (random.uniform(0.0, 0.5 if i % 2 == 0 else 0.15) * float(sys.argv[1])) for i in range(6)))" "$full")"
run=0
for trial in 1 2 3; do
    rm -f "$tmp/killed.db" "$tmp/killed.db-wal" "$tmp/killed.db-shm"
    for round in 1 2; do
        "$bin" ingest -q --batch 20 --db "$tmp/killed.db" "$tmp/kill.jsonl" &
        pid=$!
        # wait for the first committed batch, then a random part of the run
        for _ in $(seq 1 500); do [ -s "$tmp/killed.db-wal" ] && break; sleep 0.01; done
        sleep "${delays[$run]}"
        run=$((run + 1))
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        rc=$?
        if [ "$rc" -eq 137 ]; then kills=$((kills+1)); else echo "  (ingest ended with exit $rc before the kill)"; fi
        check "invariants after kill (trial $trial, round $round)" python3 tests/store/check.py invariants "$tmp/killed.db"
    done
    "$bin" ingest -q --batch 20 --db "$tmp/killed.db" "$tmp/kill.jsonl"
    check "killed and resumed store equals the reference (trial $trial)" python3 tests/store/check.py same "$tmp/kill-ref.db" "$tmp/killed.db"
done
echo "  ($kills of 6 ingests killed before they ended)"
if [ "$kills" -ge 3 ]; then ok "at least 3 ingests were killed mid-run"; else bad "only $kills ingests were killed mid-run"; fi

# ---- 4. a reader during ingest ----
rm -f "$tmp/pid"
python3 tests/store/check.py reader "$tmp/live.db" "$tmp/pid" >"$tmp/reader.out" 2>&1 &
rpid=$!
"$bin" ingest -q --batch 10 --db "$tmp/live.db" "$tmp/syn.jsonl" &
echo $! >"$tmp/pid"
wait $!
if wait "$rpid"; then ok "$(sed 's/^ok: //' "$tmp/reader.out")"; else bad "reader during ingest"; cat "$tmp/reader.out"; fi

# ---- 5. exports ----
for f in gdelt:gdelt.tsv plover:plover.jsonl phoenix:phoenix.tsv csv:events.csv; do
    "$bin" export --db "$tmp/ref.db" --format "${f%%:*}" -o "$tmp/${f#*:}" || bad "export ${f%%:*}"
done
check "exports" python3 tests/store/check.py exports "$tmp/ref.db" "$tmp"

echo "store: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
