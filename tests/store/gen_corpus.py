#!/usr/bin/env python3
"""Writes a synthetic JSON Lines corpus for the store tests: documents made
of sentences drawn (with a fixed seed) from the repository's example texts,
with dates, outlets and URLs, plus a few malformed lines.

usage: gen_corpus.py OUT.jsonl N_DOCS SEED
"""
import json
import random
import re
import sys

out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
texts = []
for path in ("examples/article.txt", "tests/data/golden/seed_like.txt"):
    with open(path, encoding="utf-8") as f:
        texts.append(f.read())
sentences = []
for t in texts:
    for s in re.split(r"(?<=[.!?])\s+", t):
        s = s.strip()
        if len(s) > 20:
            sentences.append(s)
# passives that name no agent: events with a target and no source
sentences += ["Two Ukrainian soldiers were wounded near Kharkiv on Monday.",
              "Three Russian officers were arrested in Moscow."]
outlets = ["Daily Ledger", "Evening Courier", "Morning Wire", None]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        k = rng.randint(2, 7)
        doc = {
            "id": "syn-%05d" % i,
            "date": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
            "title": "Synthetic report %d" % i,
            "text": " ".join(rng.choice(sentences) for _ in range(k)),
        }
        outlet = rng.choice(outlets)
        if outlet:
            doc["source"] = outlet
            doc["url"] = "https://example.org/%s/%d" % (outlet.split()[0].lower(), i)
        f.write(json.dumps(doc) + "\n")
        if i % 500 == 250:
            f.write('{"id": "broken-%d", "date": "2025-01-01", "text": \n' % i)
            f.write('{"id": "undated-%d", "text": "Ukraine asked Poland for help."}\n' % i)
