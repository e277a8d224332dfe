#!/usr/bin/env bash
# The progress line of `tacitus code` and `tacitus ingest` (1 and 2
# threads), with standard error on a terminal (a pseudo-terminal here) and
# TACITUS_PROGRESS_DELAY=0 so that a short run shows it:
#   - it appears: '\r' + "tacitus: N documents, X MB, Y MB/s, P%, ETA m:ss"
#     + erase-to-end-of-line (no percentage before any byte is read), with
#     N and the bytes never going down;
#   - it is cleared ('\r' + erase) before every message and at the end, so
#     that each message and the summary start at the left margin;
#   - the messages are the same as without a terminal, and nothing of the
#     line reaches standard output or changes the store;
#   - with -q, or without a terminal, there is no line at all.
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache

# a few hundred documents from the repository's example texts, three of
# them without a date (a message each when ingested)
python3 - "$tmp/docs.jsonl" <<'PY'
import json, sys
texts = []
for p in ["examples/article.txt", "tests/data/golden/seed_like.txt"]:
    with open(p, encoding="utf-8") as f:
        texts += [l.strip() for l in f.read().split("\n\n") if l.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(600):
        d = {"id": "doc-%d" % i, "text": " ".join(texts[(i * k) % len(texts)] for k in (1, 3))}
        if i not in (100, 350, 599):
            d["date"] = "2025-03-%02d" % (1 + i % 28)
        out.write(json.dumps(d) + "\n")
PY

# runs argv with stderr on a pseudo-terminal and stdout to a file; checks
# the terminal's bytes and writes the messages, the line taken out, to a file
cat >"$tmp/onterm.py" <<'PY'
import os, pty, re, subprocess, sys
out_path, msg_path, want_line = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
master, slave = pty.openpty()
env = dict(os.environ, TACITUS_PROGRESS_DELAY="0")
with open(out_path, "wb") as out:
    p = subprocess.Popen(sys.argv[4:], stdout=out, stderr=slave, stdin=subprocess.DEVNULL, env=env)
os.close(slave)
buf = b""
while True:
    try:
        d = os.read(master, 65536)
    except OSError:
        break
    if not d:
        break
    buf += d
rc = p.wait()
t = buf.decode("utf-8").replace("\r\n", "\n")   # the terminal's line discipline
def fail(why):
    sys.exit("progress: %s: %s\n%r" % (" ".join(sys.argv[4:]), why, t[:2000]))
line = re.compile(r"\rtacitus: (\d+) documents, ([0-9.]+) MB, [0-9.]+ MB/s(, \d+%, ETA \d+:\d\d)?\x1b\[K")
CLEAR = "\r\x1b[K"
shown, on, rest, i = [], False, [], 0
while i < len(t):
    m = line.match(t, i)
    if m:
        shown.append((int(m.group(1)), float(m.group(2)), m.group(3)))
        on, i = True, m.end()
    elif t.startswith(CLEAR, i):
        on, i = False, i + len(CLEAR)
    else:
        if on:
            fail("a message while the line is shown")
        j = t.find("\n", i)
        j = len(t) if j < 0 else j + 1
        if "\r" in t[i:j] or "\x1b" in t[i:j]:
            fail("a stray carriage return or escape")
        rest.append(t[i:j])
        i = j
if on:
    fail("the line is not cleared at the end")
if want_line:
    if not shown:
        fail("no progress line")
    if any(a[0] > b[0] or a[1] > b[1] for a, b in zip(shown, shown[1:])):
        fail("the counts go down")
    if any(s[2] is None for s in shown if s[1] > 0):
        fail("no percentage and ETA although the input size is known")
elif shown or "\x1b" in t:
    fail("a progress line where none belongs")
rest = "".join(rest)
with open(msg_path, "w") as f:
    f.write(rest)
sys.exit(rc)
PY

tty() {   # name, want-line (1/0), argv...
    local name=$1 want=$2; shift 2
    set +e
    python3 "$tmp/onterm.py" "$tmp/$name.out" "$tmp/$name.msg" "$want" "$@"
    echo $? >"$tmp/$name.rc"
    set -e
}
plain() {   # name, argv...  (no terminal)
    local name=$1; shift
    set +e
    "$@" >"$tmp/$name.out" 2>"$tmp/$name.msg"
    echo $? >"$tmp/$name.rc"
    set -e
}
same() {   # a b: same stdout, messages and exit code
    for ext in out msg rc; do
        if ! cmp -s "$tmp/$1.$ext" "$tmp/$2.$ext"; then
            echo "progress: $1.$ext and $2.$ext differ"; diff "$tmp/$1.$ext" "$tmp/$2.$ext" | head -10; exit 1
        fi
    done
}

# code: the line on the terminal, none on stdout, the events the same
tty code_tty 1 "$bin" code --threads 2 "$tmp/docs.jsonl"
plain code_plain "$bin" code --threads 2 "$tmp/docs.jsonl"
same code_tty code_plain
[ -s "$tmp/code_plain.out" ] || { echo "progress: code wrote no events"; exit 1; }
tty code_quiet 0 "$bin" code -q --threads 2 "$tmp/docs.jsonl"

# ingest with 1 and 2 threads: the same messages and store as without a
# terminal (the summary line names the store, so each pair uses one path)
for th in 1 2; do
    tty "ingest$th" 1 "$bin" ingest --threads "$th" --db "$tmp/t$th.db" "$tmp/docs.jsonl"
    "$bin" export --db "$tmp/t$th.db" --format csv >"$tmp/t$th.csv"
    rm -f "$tmp/t$th.db"*
    plain "ingest${th}_plain" "$bin" ingest --threads "$th" --db "$tmp/t$th.db" "$tmp/docs.jsonl"
    "$bin" export --db "$tmp/t$th.db" --format csv >"$tmp/p$th.csv"
    same "ingest$th" "ingest${th}_plain"
    cmp -s "$tmp/t$th.csv" "$tmp/p$th.csv" || { echo "progress: the store differs with the line ($th threads)"; exit 1; }
    [ "$(grep -c 'no date' "$tmp/ingest$th.msg")" -eq 3 ] || { echo "progress: ingest $th: expected 3 messages"; cat "$tmp/ingest$th.msg"; exit 1; }
    grep -q "new, 0 changed" "$tmp/ingest$th.msg" || { echo "progress: ingest $th: no summary"; exit 1; }
done
rm -f "$tmp/q.db"*
tty ingest_quiet 0 "$bin" ingest -q --db "$tmp/q.db" "$tmp/docs.jsonl"
echo "progress: ok"
