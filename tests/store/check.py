#!/usr/bin/env python3
"""Checks on a tacitus event store and its exports, for tests/store/run.sh.

  check.py invariants DB            counts agree with mentions; ids unique
  check.py same DB1 DB2             two stores hold the same content
  check.py vs-code DB CODE.jsonl    the store holds what `tacitus code` wrote
  check.py exports DB DIR           gdelt.tsv, plover.jsonl, phoenix.tsv, events.csv
  check.py reader DB PIDFILE        reads while an ingest runs: always consistent

Prints one line per check; exits 1 on the first failure.
"""
import csv
import datetime
import json
import os
import sqlite3
import sys
import time

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


# CAMEO role and religion parts: never a country column in an export
NOT_COUNTRIES = set("""GOV MIL COP SPY REB UAF OPP LEG JUD CVL BUS MED REF EDU HLH LAB REL AGR
CRM HRI RAD ELI PTY ENV DEV MOD SET INS AMN IGO NGO NGM MNC IMG
MOS CHR JEW BUD HIN SHI SUN CTH ORT PRO""".split())

def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def connect(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=30)
    db.isolation_level = None
    return db


def invariants(db):
    """Returns a list of problems (empty when the store is consistent)."""
    q = lambda sql: db.execute(sql).fetchall()
    bad = []
    if q("SELECT count(*) - count(DISTINCT doc_id) FROM documents")[0][0]:
        bad.append("a document id is stored twice")
    dup = q("SELECT count(*) FROM (SELECT doc, sentence, src_start, tgt_start, verb_start, event, count(*) c"
            " FROM mentions GROUP BY 1, 2, 3, 4, 5, 6 HAVING c > 1)")[0][0]
    if dup:
        bad.append("%d duplicate mentions" % dup)
    if q("SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.id = m.doc WHERE d.id IS NULL")[0][0]:
        bad.append("a mention without its document")
    if q("SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event WHERE e.id IS NULL")[0][0]:
        bad.append("a mention without its event")
    wrong = q("""SELECT count(*) FROM events e LEFT JOIN (
                   SELECT m.event, count(*) nm, count(DISTINCT m.doc) na, count(DISTINCT d.outlet) ns
                   FROM mentions m JOIN documents d ON d.id = m.doc GROUP BY m.event) c ON c.event = e.id
                 WHERE c.event IS NULL OR c.nm != e.num_mentions OR c.na != e.num_articles
                    OR c.ns != e.num_sources""")[0][0]
    if wrong:
        bad.append("%d events whose counts disagree with their mentions" % wrong)
    return bad


def cmd_invariants(path):
    db = connect(path)
    bad = invariants(db)
    if bad:
        fail("; ".join(bad))
    n = db.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions),"
                   " (SELECT count(*) FROM events)").fetchone()
    print("ok: invariants hold (%d documents, %d mentions, %d events)" % n)


def content(db):
    docs = db.execute("SELECT doc_id, date, hash, outlet, url FROM documents ORDER BY doc_id").fetchall()
    events = db.execute("SELECT date, source, target, cameo, num_mentions, num_sources, num_articles"
                        " FROM events ORDER BY 1, 2, 3, 4").fetchall()
    mentions = db.execute("SELECT d.doc_id, m.sentence, m.src_start, m.tgt_start, m.verb_start,"
                          " e.source, e.target, e.cameo, m.text FROM mentions m JOIN documents d ON d.id = m.doc"
                          " JOIN events e ON e.id = m.event ORDER BY 1, 2, 3, 4, 5, 6, 7, 8").fetchall()
    return docs, events, mentions


def schema(db):
    return db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def cmd_same(a, b):
    """Same rows and same schema: tables and every index, including those a
    bulk load drops and builds again at its end."""
    da, db_ = connect(a), connect(b)
    sa, sb = schema(da), schema(db_)
    if sa != sb:
        fail("schemas differ: %s" % sorted(set(x[1] for x in sa) ^ set(x[1] for x in sb)))
    ca, cb = content(da), content(db_)
    for name, x, y in zip(("documents", "events", "mentions"), ca, cb):
        if x != y:
            fail("%s differ: %d vs %d rows" % (name, len(x), len(y)))
    print("ok: same content and schema (%d documents, %d events, %d mentions)" % tuple(len(x) for x in ca))


def cmd_vs_code(path, code_out):
    db = connect(path)
    keys, per_doc, n = set(), {}, 0
    with open(code_out, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if not e.get("date"):
                continue          # undated: the store skips the document
            n += 1
            tgt = e["target"]["code"] if e.get("target") else ""
            src = e["source"]["code"] if e.get("source") else ""   # a passive naming no agent
            keys.add((int(e["date"].replace("-", "")), src, tgt, e["cameo"]))
            per_doc[e["doc_id"]] = per_doc.get(e["doc_id"], 0) + 1
    stored = set(db.execute("SELECT date, source, target, cameo FROM events").fetchall())
    if stored != keys:
        fail("events differ from the coder's: %d stored, %d expected, %d in common"
             % (len(stored), len(keys), len(stored & keys)))
    m = dict(db.execute("SELECT d.doc_id, count(*) FROM mentions m JOIN documents d ON d.id = m.doc"
                        " GROUP BY 1").fetchall())
    if m != per_doc:
        fail("mentions per document differ from the coder's events")
    print("ok: the store holds the coder's %d events as %d mentions of %d events" % (n, n, len(keys)))


def check_date(s, fmt, what):
    try:
        return datetime.datetime.strptime(s, fmt)
    except ValueError:
        fail("%s: invalid date %r" % (what, s))


def cmd_exports(path, d):
    db = connect(path)
    nev = db.execute("SELECT count(*) FROM events").fetchone()[0]
    nplover = db.execute("SELECT count(*) FROM events WHERE plover IS NOT NULL").fetchone()[0]
    ids = set(r[0] for r in db.execute("SELECT id FROM events"))

    n = 0
    with open(os.path.join(d, "gdelt.tsv"), encoding="utf-8", newline="\n") as f:
        for ln, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            where = "gdelt.tsv:%d" % ln
            if len(c) != 61:
                fail("%s: %d columns, not 61" % (where, len(c)))
            if int(c[0]) not in ids:
                fail("%s: unknown GlobalEventId" % where)
            check_date(c[1], "%Y%m%d", where)
            if c[2] != c[1][:6] or c[3] != c[1][:4] or not c[4].startswith(c[3] + "."):
                fail("%s: MonthYear/Year/FractionDate disagree with Day" % where)
            # Actor1Code is empty only for a passive that names no agent,
            # which has an Actor2Code (GDELT leaves unknown actors blank)
            if c[5] and (not c[5].isalnum() or c[5] != c[5].upper()):
                fail("%s: bad Actor1Code %r" % (where, c[5]))
            if not c[5] and not c[15]:
                fail("%s: neither Actor1Code nor Actor2Code" % where)
            if c[15] and (not c[15].isalnum() or c[15] != c[15].upper()):
                fail("%s: bad Actor2Code %r" % (where, c[15]))
            for col in (7, 17):
                if c[col] and (len(c[col]) != 3 or c[col] in NOT_COUNTRIES):
                    fail("%s: %r is not a country code" % (where, c[col]))
            code = c[26]
            if not (code.isdigit() and 2 <= len(code) <= 4 and c[27] == code[:3] and c[28] == code[:2]):
                fail("%s: bad CAMEO codes %r %r %r" % (where, code, c[27], c[28]))
            if c[29] not in ("1", "2", "3", "4"):
                fail("%s: bad QuadClass %r" % (where, c[29]))
            if not -10.0 <= float(c[30]) <= 10.0:
                fail("%s: Goldstein out of range" % where)
            nm, ns, na = int(c[31]), int(c[32]), int(c[33])
            if not (nm >= na >= 1 and ns >= 1 and ns <= na):
                fail("%s: NumMentions/NumSources/NumArticles inconsistent" % where)
            if any(c[i] for i in range(34, 59)):
                fail("%s: tone or geography filled in" % where)
            check_date(c[59], "%Y%m%d%H%M%S", where)
            if not c[60]:
                fail("%s: empty SOURCEURL" % where)
            n += 1
    if n != nev:
        fail("gdelt.tsv: %d rows for %d events" % (n, nev))
    print("ok: gdelt.tsv: %d rows of 61 columns, valid codes and dates" % n)

    n = 0
    with open(os.path.join(d, "plover.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = "plover.jsonl:%d" % ln
            e = json.loads(line)
            for k in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text",
                      "text", "cite_info"):
                if k not in e:
                    fail("%s: no %r" % (where, k))
            check_date(e["date"], "%Y-%m-%d", where)
            # a passive that names no agent has a recipient and no actor
            if not e["actor"] and not e["recipient"]:
                fail("%s: neither actor nor recipient" % where)
            for side in ("actor", "recipient"):
                if e[side] and not e[side][0].get("code"):
                    fail("%s: %s without a code" % (where, side))
            if not e["event"] or any(t not in PLOVER for t in e["event"]):
                fail("%s: bad event %r" % (where, e["event"]))
            if not isinstance(e["mode"], list) or not isinstance(e["context"], list):
                fail("%s: mode/context not lists" % where)
            n += 1
    if n != nplover:
        fail("plover.jsonl: %d lines for %d events with a PLOVER type" % (n, nplover))
    print("ok: plover.jsonl: %d lines with the required fields" % n)

    n = 0
    with open(os.path.join(d, "phoenix.tsv"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            if len(c) != 26:
                fail("phoenix.tsv:%d: %d columns, not 26" % (ln, len(c)))
            check_date(c[1], "%Y%m%d", "phoenix.tsv:%d" % ln)
            if c[2] != c[1][:4] or c[3] != c[1][4:6] or c[4] != c[1][6:]:
                fail("phoenix.tsv:%d: Year/Month/Day disagree with Date" % ln)
            if c[14] != c[13][:2]:
                fail("phoenix.tsv:%d: root code" % ln)
            n += 1
    if n != nev:
        fail("phoenix.tsv: %d rows for %d events" % (n, nev))
    print("ok: phoenix.tsv: %d rows of 26 columns" % n)

    with open(os.path.join(d, "events.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != nev:
        fail("events.csv: %d rows for %d events" % (len(rows), nev))
    for i, r in enumerate(rows, 2):
        check_date(r["date"], "%Y-%m-%d", "events.csv:%d" % i)
        if int(r["event_id"]) not in ids or not (r["source"] or r["target"]) or not r["cameo"].isdigit():
            fail("events.csv:%d: bad row" % i)
        int(r["num_mentions"]), float(r["goldstein"])
    print("ok: events.csv: %d rows load with the csv module" % len(rows))


def cmd_reader(path, pidfile):
    """Reads the store in read transactions until the ingest whose pid is
    in pidfile has ended; every snapshot must be consistent."""
    while not os.path.exists(pidfile):
        time.sleep(0.01)
    with open(pidfile) as f:
        pid = int(f.read().strip() or 0)
    checks, seen = 0, set()
    while True:
        alive = os.path.exists("/proc/%d" % pid)
        if os.path.exists(path):
            try:
                db = connect(path)
                db.execute("BEGIN")
                bad = invariants(db)
                seen.add(db.execute("SELECT count(*) FROM documents").fetchone()[0])
                db.execute("COMMIT")
                db.close()
            except sqlite3.OperationalError as e:   # not created yet
                if "no such table" not in str(e) and "unable to open" not in str(e):
                    fail("reader: %s" % e)
                bad = []
            if bad:
                fail("reader saw an inconsistent state: " + "; ".join(bad))
            checks += 1
        if not alive:
            break
        time.sleep(0.05)
    print("ok: %d consistent reads during the ingest (%d distinct document counts seen)"
          % (checks, len(seen)))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {"invariants": cmd_invariants, "same": cmd_same, "vs-code": cmd_vs_code,
     "exports": cmd_exports, "reader": cmd_reader}[cmd](*args)


if __name__ == "__main__":
    main()
