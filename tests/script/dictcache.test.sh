#!/usr/bin/env bash
# The compiled-dictionary cache of `tacitus code`: output with the cache
# (written, then read) is byte-identical to output with dictionaries
# built from text; a changed dictionary file or a damaged cache file makes
# it rebuild; the cache is never written into the dictionary directory.
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache
cp -r dict/default "$tmp/dict"
inputs="tests/data/golden/docs.jsonl tests/data/golden/seed_like.txt examples/article.txt"

code() { "$bin" code --threads 1 --date 2025-03-10 --dict-dir "$tmp/dict" "$@" $inputs 2>/dev/null || true; }
cache_file() { ls "$tmp/cache/tacitus/"default-*.tacd 2>/dev/null; }

code --no-cache >"$tmp/text.out"
[ -s "$tmp/text.out" ] || { echo "cache: no events"; exit 1; }
[ -z "$(cache_file)" ] || { echo "cache: --no-cache wrote a cache file"; exit 1; }
code >"$tmp/first.out"                   # builds and writes the cache
f=$(cache_file)
[ -n "$f" ] || { echo "cache: no cache file written"; exit 1; }
code >"$tmp/second.out"                  # maps the cache
cmp "$tmp/text.out" "$tmp/first.out"
cmp "$tmp/text.out" "$tmp/second.out"
sum1=$(cksum <"$f")

# a dictionary file changes: the cache is stale and rebuilt
printf '\n[actors]\nSaint Kestrel Isles = SKI\n' >>"$tmp/dict/countries.txt"
printf '{"id":"k","date":"2025-01-02","text":"Saint Kestrel Isles condemned France."}\n' >"$tmp/k.jsonl"
"$bin" code --threads 1 --dict-dir "$tmp/dict" --no-cache "$tmp/k.jsonl" >"$tmp/k.text"
"$bin" code --threads 1 --dict-dir "$tmp/dict" "$tmp/k.jsonl" >"$tmp/k.cache"
grep -q '"SKI"' "$tmp/k.cache" || { echo "cache: stale cache used after a dictionary change"; exit 1; }
cmp "$tmp/k.text" "$tmp/k.cache"
[ "$(cksum <"$f")" != "$sum1" ] || { echo "cache: not rewritten"; exit 1; }

# a damaged cache file is rebuilt quietly
code --no-cache >"$tmp/text2.out"
printf 'garbage' | dd of="$f" bs=1 seek=5000 conv=notrunc 2>/dev/null
code >"$tmp/damaged.out"
cmp "$tmp/text2.out" "$tmp/damaged.out"
head -c 100 "$f" >"$tmp/short" && cp "$tmp/short" "$f"
code >"$tmp/truncated.out"
cmp "$tmp/text2.out" "$tmp/truncated.out"
"$bin" code --threads 1 --dict-dir "$tmp/dict" "$tmp/k.jsonl" 2>&1 >/dev/null | grep -q . && { echo "cache: messages about the cache"; exit 1; }

# dict compile writes the cache file (or -o FILE); nothing in the dict dir
rm -f "$tmp/cache/tacitus/"*
"$bin" dict compile --dict-dir "$tmp/dict" >"$tmp/compile.out"
[ -f "$(cat "$tmp/compile.out")" ] || { echo "cache: dict compile wrote no file"; exit 1; }
"$bin" dict compile --dict-dir "$tmp/dict" -o "$tmp/x.tacd" >/dev/null
[ -s "$tmp/x.tacd" ]
ls "$tmp/dict" | grep -qv '\.txt$' && { echo "cache: something written into the dictionary directory"; exit 1; }
# old cache files (other builds, other dictionary directories) are pruned
# when a new one is written: the newest four stay, other files are left
c=$tmp/cache/tacitus
for i in 1 2 3 4 5 6; do
    printf 'old' >"$c/default-00000000000000a$i.tacd"
    touch -d "2020-01-0$i" "$c/default-00000000000000a$i.tacd"
done
printf 'mine' >"$c/default-notacache.tacd"
printf 'mine' >"$c/notes.txt"
touch -d 2019-01-01 "$c/default-notacache.tacd" "$c/notes.txt"
new=$("$bin" dict compile --dict-dir "$tmp/dict")
[ -f "$new" ] || { echo "cache: the new cache file was pruned"; exit 1; }
left=$(ls "$c" | grep -cE '^default-[0-9a-f]{16}\.tacd$')
[ "$left" = 4 ] || { echo "cache: $left cache files left, expected 4"; exit 1; }
for i in 4 5 6; do [ -f "$c/default-00000000000000a$i.tacd" ] || { echo "cache: a newer old file was removed"; exit 1; }; done
[ ! -e "$c/default-00000000000000a1.tacd" ] || { echo "cache: the oldest file was kept"; exit 1; }
[ -f "$c/default-notacache.tacd" ] && [ -f "$c/notes.txt" ] || { echo "cache: removed a file that is not a cache file"; exit 1; }
# tacitus code prunes too, when it rewrites its cache
rm -f "$new"
for i in 1 2 3; do printf 'old' >"$c/default-00000000000000b$i.tacd"; done
code >/dev/null
left=$(ls "$c" | grep -cE '^default-[0-9a-f]{16}\.tacd$')
[ "$left" = 4 ] || { echo "cache: code left $left cache files, expected 4"; exit 1; }

# the default dictionaries: cached and built output are the same
"$bin" code --threads 2 --date 2025-03-10 $inputs >"$tmp/d1.out" 2>/dev/null || true
"$bin" code --threads 2 --date 2025-03-10 $inputs >"$tmp/d2.out" 2>/dev/null || true
"$bin" code --threads 2 --no-cache --date 2025-03-10 $inputs >"$tmp/d3.out" 2>/dev/null || true
cmp "$tmp/d1.out" "$tmp/d3.out"
cmp "$tmp/d2.out" "$tmp/d3.out"
echo "dictcache: ok"
