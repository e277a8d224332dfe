#!/usr/bin/env bash
# `tacitus code --threads N` writes byte-identical standard output and
# standard error, and exits the same, for N = 1, 2, 3: on JSON Lines with
# a few hundred documents (several batches), bad lines among them, TSV,
# and several inputs in one run.
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache

# documents made from the repository's own example texts, with bad lines
python3 - "$tmp/docs.jsonl" <<'PY'
import json, sys, glob
texts = []
for p in ["examples/article.txt", "tests/data/golden/seed_like.txt", "tests/data/golden/tiny_doc.txt"]:
    with open(p, encoding="utf-8") as f:
        texts += [l.strip() for l in f.read().split("\n\n") if l.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(420):
        t = " ".join(texts[(i * k) % len(texts)] for k in (1, 3, 7)[: 1 + i % 3])
        out.write(json.dumps({"id": "doc-%d" % i, "date": "2025-03-%02d" % (1 + i % 28), "text": t}) + "\n")
        if i % 97 == 5:
            out.write('{"id": "broken-%d", "text": \n' % i)
        if i % 151 == 7:
            out.write('{"id": "notext-%d"}\n' % i)
PY

run() {   # name, args...
    local name=$1; shift
    set +e
    "$bin" code "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    echo $? >"$tmp/$name.rc"
    set -e
}
same() {  # a b
    for ext in out err rc; do
        if ! cmp -s "$tmp/$1.$ext" "$tmp/$2.$ext"; then
            echo "threads: $1.$ext and $2.$ext differ"; diff "$tmp/$1.$ext" "$tmp/$2.$ext" | head -10; exit 1
        fi
    done
}

for n in 1 2 3; do
    run "j$n" --threads "$n" "$tmp/docs.jsonl"
    run "t$n" --threads "$n" --output-format tsv "$tmp/docs.jsonl"
    run "m$n" --threads "$n" --date 2025-04-25 "$tmp/docs.jsonl" examples/article.txt missing-file.txt "$tmp/docs.jsonl"
    run "q$n" --threads "$n" -q --stats "$tmp/docs.jsonl"
    run "qm$n" --threads "$n" -q "$tmp/docs.jsonl" missing-file.txt
done
same j1 j2; same j1 j3
same t1 t2; same t1 t3
same m1 m2; same m1 m3
cmp -s "$tmp/q1.out" "$tmp/q2.out"
[ "$(wc -l <"$tmp/j1.out")" -gt 100 ] || { echo "threads: too few events to compare"; exit 1; }
[ "$(cat "$tmp/j1.rc")" = 1 ] || { echo "threads: bad lines should exit 1"; exit 1; }
grep -q "broken-" "$tmp/j1.err" || grep -q "docs.jsonl:" "$tmp/j1.err" || { echo "threads: no warning for bad lines"; exit 1; }
[ "$(cat "$tmp/m1.rc")" = 3 ] || { echo "threads: a missing input should exit 3"; exit 1; }
# -q hides the warnings about documents, not why an input cannot be read
same qm1 qm2; same qm1 qm3
grep -q "missing-file.txt.*No such file" "$tmp/qm1.err" || { echo "threads: -q hid an error's reason"; cat "$tmp/qm1.err"; exit 1; }
! grep -q "warning" "$tmp/qm1.err" || { echo "threads: -q printed warnings"; cat "$tmp/qm1.err"; exit 1; }
# --stats counts the same documents and events
for n in 1 2; do sed -n 1p "$tmp/q$n.err" >"$tmp/q$n.first"; done
cmp -s "$tmp/q1.first" "$tmp/q2.first" || { echo "threads: --stats totals differ"; cat "$tmp/q1.first" "$tmp/q2.first"; exit 1; }

# standard input, --explain (one thread), --tokenize-only, bad --threads
"$bin" code --threads 2 - <"$tmp/docs.jsonl" >"$tmp/stdin.out" 2>/dev/null || true
cmp -s "$tmp/stdin.out" "$tmp/j1.out" || { echo "threads: standard input differs"; exit 1; }
"$bin" code --threads 4 --explain --date 2025-04-25 examples/article.txt >"$tmp/e4.out"
"$bin" code --threads 1 --explain --date 2025-04-25 examples/article.txt >"$tmp/e1.out"
cmp -s "$tmp/e1.out" "$tmp/e4.out" && grep -q '^# ' "$tmp/e1.out"
for n in 1 2; do
    "$bin" code --threads $n --tokenize-only --stats "$tmp/docs.jsonl" >"$tmp/tok$n.out" 2>"$tmp/tok$n.err" || true
    [ ! -s "$tmp/tok$n.out" ] || { echo "threads: --tokenize-only wrote events"; exit 1; }
done
grep -q " 0 events" "$tmp/tok2.err" || { echo "threads: --tokenize-only stats"; cat "$tmp/tok2.err"; exit 1; }
set +e
"$bin" code --threads 0 examples/article.txt >/dev/null 2>&1; rc=$?
set -e
[ "$rc" = 2 ] || { echo "threads: --threads 0 should be a usage error"; exit 1; }
echo "threads: ok"
