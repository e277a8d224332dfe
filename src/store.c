/*
 * store.c -- the event store: documents, mentions and deduplicated events
 * in one SQLite file (schema in docs/store.md).
 *
 * Invariants:
 *   - a document and all its mentions are written in the same transaction,
 *     so after a crash a document is either fully stored or absent; the
 *     text hash decides on re-ingest whether it is unchanged (skipped) or
 *     changed (its mentions replaced);
 *   - an event row exists only while at least one mention refers to it;
 *     a new event is inserted with its counts (its mentions in the one
 *     document, one article, one source); a new document adds its k
 *     mentions, one article, and one source unless another document of
 *     the same outlet already mentions the event; a changed document has
 *     every event it touched (before or after) recounted from the
 *     mentions table, so the counts never drift from it;
 *   - the text is hashed once per document (tac_store_text_hash(), on the
 *     caller's thread when it likes); known events are cached by key so
 *     that most events cost no SELECT (see "Event cache");
 *   - the first mention of an event (its evidence in queries and
 *     exports) is the one with the lowest id;
 *   - one write transaction per batch of documents (WAL, synchronous
 *     NORMAL): readers in other processes see the last committed batch;
 *   - codes are matched by prefix with ranges (code >= p AND code < p'),
 *     which the indexes on source, target and date serve directly;
 *   - the library never prints: errors are codes, the reason is kept on
 *     the handle (tac_store_errmsg).
 */
#include <json-c/json.h>
#include <math.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tacitus.h"

#define STORE_APP_ID 0x54414331   /* "TAC1": marks a tacitus store */
#define MAX_PREFIX 64

/* The schema of version TAC_STORE_SCHEMA. */
static const char SCHEMA_SQL[] =
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY,"
    " doc_id TEXT NOT NULL UNIQUE,"
    " date INTEGER NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " outlet TEXT NOT NULL DEFAULT '',"
    " hash INTEGER NOT NULL,"
    " text_len INTEGER NOT NULL,"
    " added INTEGER NOT NULL);"
    "CREATE TABLE events("
    " id INTEGER PRIMARY KEY,"
    " date INTEGER NOT NULL,"
    " source TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " cameo TEXT NOT NULL,"
    " quad INTEGER NOT NULL,"
    " goldstein REAL,"
    " plover TEXT,"
    " num_mentions INTEGER NOT NULL DEFAULT 0,"
    " num_sources INTEGER NOT NULL DEFAULT 0,"
    " num_articles INTEGER NOT NULL DEFAULT 0,"
    " added INTEGER NOT NULL,"
    " UNIQUE(date, source, target, cameo));"
    "CREATE TABLE mentions("
    " id INTEGER PRIMARY KEY,"
    " event INTEGER NOT NULL,"
    " doc INTEGER NOT NULL,"
    " sentence INTEGER NOT NULL,"
    " sent_start INTEGER NOT NULL,"
    " src_start INTEGER NOT NULL, src_end INTEGER NOT NULL,"
    " tgt_start INTEGER NOT NULL, tgt_end INTEGER NOT NULL,"
    " verb_start INTEGER NOT NULL, verb_end INTEGER NOT NULL,"
    " flags INTEGER NOT NULL,"
    " text TEXT NOT NULL);"
    "CREATE INDEX mentions_event ON mentions(event, doc);"
    "CREATE INDEX mentions_doc ON mentions(doc);";

/* The indexes that serve queries by actor and nothing in ingest.  A
 * handle that begins writing into a store without events drops them in
 * its first batch and builds them again, sorted in one pass, when it
 * commits its last (tac_store_commit or tac_store_close): about a quarter
 * of the writer's work in a bulk load, for the cost of two sorts.  A run
 * killed in between leaves a store without them, still correct for every
 * query (slower); the next read-write open builds them. */
#define QUERY_INDEX_SQL                                                        \
    "CREATE INDEX IF NOT EXISTS events_source ON events(source, date);"        \
    "CREATE INDEX IF NOT EXISTS events_target ON events(target, date);"
#define QUERY_INDEX_DROP_SQL "DROP INDEX IF EXISTS events_source; DROP INDEX IF EXISTS events_target;"
/* how many of them a store has */
#define QUERY_INDEX_HAVE_SQL                                                   \
    "SELECT count(*) FROM sqlite_master WHERE type = 'index'"                  \
    " AND name IN ('events_source', 'events_target')"
#define QUERY_INDEX_COUNT 2

/* Migrations: MIGRATIONS[v] takes a store from version v to v + 1.
 * Version 0 is "no schema yet", handled by SCHEMA_SQL. */
static const char *const MIGRATIONS[TAC_STORE_SCHEMA] = { NULL };

/* Prepared statements of the ingest path. */
enum {
    Q_DOC_FIND, Q_DOC_INSERT, Q_DOC_UPDATE, Q_DOC_OLD_EVENTS, Q_DOC_DEL_MENTIONS,
    Q_EV_FIND, Q_EV_INSERT, Q_MENTION_INSERT, Q_EV_RECOUNT, Q_EV_DROP_EMPTY, Q_EV_ADD, Q_EV_ADD_SAME,
    Q_EV_EMPTY_KEY, Q_EV_ANY, Q_DATA_VERSION, Q_EV_MAX, Q_EV_FLUSH, Q_MENTION_FLUSH, Q_COUNT
};
static const char *const QUERY_SQL[Q_COUNT] = {
    [Q_DOC_FIND] = "SELECT id, hash FROM documents WHERE doc_id = ?1",
    [Q_DOC_INSERT] = "INSERT INTO documents(doc_id, date, title, url, outlet, hash, text_len, added)"
                     " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(doc_id) DO NOTHING",
    [Q_DOC_UPDATE] = "UPDATE documents SET date = ?2, title = ?3, url = ?4, outlet = ?5,"
                     " hash = ?6, text_len = ?7, added = ?8 WHERE id = ?1",
    [Q_DOC_OLD_EVENTS] = "SELECT DISTINCT event FROM mentions WHERE doc = ?1",
    [Q_DOC_DEL_MENTIONS] = "DELETE FROM mentions WHERE doc = ?1",
    [Q_EV_FIND] = "SELECT id FROM events WHERE date = ?1 AND source = ?2 AND target = ?3 AND cameo = ?4",
    [Q_EV_INSERT] = "INSERT INTO events(date, source, target, cameo, quad, goldstein, plover, added,"
                    " num_mentions, num_articles, num_sources) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, 1)",
    [Q_MENTION_INSERT] = "INSERT INTO mentions(event, doc, sentence, sent_start, src_start, src_end,"
                         " tgt_start, tgt_end, verb_start, verb_end, flags, text)"
                         " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [Q_EV_RECOUNT] =
        "UPDATE events SET"
        " num_mentions = (SELECT count(*) FROM mentions WHERE event = ?1),"
        " num_articles = (SELECT count(DISTINCT doc) FROM mentions WHERE event = ?1),"
        " num_sources = (SELECT count(DISTINCT d.outlet) FROM mentions m JOIN documents d"
        "                ON d.id = m.doc WHERE m.event = ?1)"
        " WHERE id = ?1",
    [Q_EV_DROP_EMPTY] = "DELETE FROM events WHERE id = ?1 AND num_mentions = 0",
    /* ?2 more mentions of event ?1 in new document ?3 of outlet ?4: one
     * more article, one more source unless another document of the same
     * outlet already mentions it */
    [Q_EV_ADD] =
        "UPDATE events SET num_mentions = num_mentions + ?2, num_articles = num_articles + 1,"
        " num_sources = num_sources + NOT EXISTS(SELECT 1 FROM mentions m JOIN documents d"
        "                ON d.id = m.doc WHERE m.event = ?1 AND m.doc <> ?3 AND d.outlet = ?4)"
        " WHERE id = ?1",
    /* the same when all its mentions are known to have this outlet */
    [Q_EV_ADD_SAME] = "UPDATE events SET num_mentions = num_mentions + ?2, num_articles = num_articles + 1"
                      " WHERE id = ?1",
    [Q_EV_EMPTY_KEY] = "SELECT date, source, target, cameo FROM events WHERE id = ?1 AND num_mentions = 0",
    [Q_EV_ANY] = "SELECT 1 FROM events LIMIT 1",
    [Q_DATA_VERSION] = "PRAGMA data_version",
    [Q_EV_MAX] = "SELECT max(id) FROM events",
    /* the deferred rows (see "Deferred rows") */
    [Q_EV_FLUSH] = "INSERT INTO events(id, date, source, target, cameo, quad, goldstein, plover, added,"
                   " num_mentions, num_articles, num_sources)"
                   " SELECT id, date, source, target, cameo, quad, goldstein, plover, added,"
                   " num_mentions, num_articles, 1 FROM tac_pending_events",
    [Q_MENTION_FLUSH] = "INSERT INTO mentions(event, doc, sentence, sent_start, src_start, src_end,"
                        " tgt_start, tgt_end, verb_start, verb_end, flags, text)"
                        " SELECT event, doc, sentence, sent_start, src_start, src_end,"
                        " tgt_start, tgt_end, verb_start, verb_end, flags, text FROM tac_pending_mentions",
};

/* An event of the current document, waiting for tac_store_end_doc(). */
typedef struct pend_event {
    uint32_t source, target, cameo, plover;   /* offsets in strs; plover UINT32_MAX = none */
    int sentence, quad;
    double goldstein;
    uint32_t sent_start, sent_end, src_start, src_end, tgt_start, tgt_end, verb_start, verb_end;
    unsigned flags;
    uint32_t group;   /* index of the first event with the same key */
} pend_event;

/* A new event row of the open batch, not yet written (see "Deferred
 * rows"); its id is pend_ev_first + its index. */
typedef struct pend_ev_row {
    int32_t date;
    int quad;
    uint32_t source, target, cameo, plover;   /* offsets in rows_strs; plover UINT32_MAX = none */
    double goldstein;
    int64_t added, mentions, articles;
} pend_ev_row;

/* A mention row of the open batch, not yet written. */
typedef struct pend_mention {
    int64_t event, doc;
    int sentence;
    unsigned flags;
    uint32_t sent_start, src_start, src_end, tgt_start, tgt_end, verb_start, verb_end;
    uint32_t text, text_len;   /* the sentence, in rows_strs */
} pend_mention;

struct tac_store {
    sqlite3 *db;
    int readonly;
    char err[512];
    sqlite3_stmt *q[Q_COUNT];
    int in_txn, batch, batch_docs;
    /* current document */
    const tac_doc *doc;
    int doc_status;
    int64_t doc_rowid;
    uint64_t doc_hash;
    pend_event *ev;
    size_t nev, cap_ev;
    tac_buf strs;
    int64_t *touched;
    size_t ntouched, cap_touched;
    tac_store_stats stats;
    /* known events (see the event cache below) */
    struct evslot *evc;
    size_t evc_cap, evc_n;
    tac_buf evc_keys, key;
    int evc_started, evc_complete;
    int64_t data_version;
    int bulk;       /* the query indexes were dropped for a bulk load */
    int bulk_txn;   /* ... in the open transaction */
    /* deferred rows of the open batch */
    pend_ev_row *pev;
    size_t npev, cap_pev;
    pend_mention *pm;
    size_t npm, cap_pm;
    tac_buf rows_strs;
    int64_t pend_ev_first;   /* id of pev[0] */
    int64_t ev_next;         /* id of the next event inserted; 0 = not known */
};

/* ------------------------------------------------------------------ */
/* Errors and helpers                                                  */
/* ------------------------------------------------------------------ */

static int fail(tac_store *s, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->err, sizeof s->err, fmt, ap);
    va_end(ap);
    return code;
}

static int fail_db(tac_store *s, const char *what)
{
    return fail(s, TAC_EIO, "%s: %s", what, sqlite3_errmsg(s->db));
}

/* fail() with the reason recorded by the failure just before (exec())
 * after what is said: "what: reason". */
static int fail_with_reason(tac_store *s, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail_with_reason(tac_store *s, int code, const char *fmt, ...)
{
    char keep[sizeof s->err], what[sizeof s->err];
    memcpy(keep, s->err, sizeof keep);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return fail(s, code, "%s: %s", what, keep);
}

const char *tac_store_errmsg(const tac_store *s)
{
    if (!s)
        return "out of memory";
    return s->err[0] ? s->err : "no error";
}

/* 64-bit FNV-1a of the document text: cheap, and enough to tell an edited
 * text from the stored one. */
static uint64_t text_hash(const char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

/* ------------------------------------------------------------------ */
/* Event cache                                                         */
/* ------------------------------------------------------------------ */
/*
 * The events this handle has looked up, written or deleted, by key (date,
 * source, target, CAMEO code): id 0 means "not stored".  A hit saves the
 * SELECT on the events' unique index.  When the store had no events at
 * the start of the handle's first batch, every stored event is in the
 * cache ("complete") and a key not in it is not stored either, so a new
 * event costs no lookup at all.  The cache is emptied, and is no longer
 * complete, when another connection has committed since the last batch
 * (PRAGMA data_version), when a batch is rolled back, and when it holds
 * EVC_MAX keys, so its memory stays bounded (about 20 MB at most).
 *
 * A slot may also know the one outlet that all the event's mentions have
 * (a hash of it; 0 = not known, or several): set when this handle
 * inserts the event, kept while documents of that outlet add mentions,
 * cleared when another outlet adds some.  A new document of that outlet
 * then adds no source, which needs no look at the other mentions.
 */
#define EVC_MAX ((size_t)1 << 18)

typedef struct evslot {
    uint64_t h;
    int64_t id;
    uint64_t outlet;      /* see above */
    uint32_t key, klen;   /* in evc_keys; klen 0 = empty slot */
} evslot;

static void evc_clear(tac_store *s)
{
    if (s->evc)
        memset(s->evc, 0, s->evc_cap * sizeof *s->evc);
    s->evc_n = 0;
    s->evc_keys.len = 0;
    s->evc_complete = 0;
}

/* The key of an event in s->key; OUT: its hash. */
static int evc_key(tac_store *s, int32_t date, const char *src, const char *tgt, const char *cameo,
                   uint64_t *h)
{
    s->key.len = 0;
    unsigned char d[4] = { (unsigned char)(date >> 24), (unsigned char)(date >> 16),
                           (unsigned char)(date >> 8), (unsigned char)date };
    if (tac_buf_append(&s->key, (const char *)d, 4) || tac_buf_append(&s->key, src, strlen(src) + 1) ||
        tac_buf_append(&s->key, tgt, strlen(tgt) + 1) || tac_buf_append(&s->key, cameo, strlen(cameo) + 1))
        return TAC_ENOMEM;
    *h = text_hash(s->key.p, s->key.len);
    return TAC_OK;
}

/* The slot of s->key (hash h): the key's, or the empty one it would take. */
static evslot *evc_slot(tac_store *s, uint64_t h)
{
    size_t mask = s->evc_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        evslot *e = &s->evc[i];
        if (!e->klen || (e->h == h && e->klen == s->key.len &&
                         !memcmp(s->evc_keys.p + e->key, s->key.p, s->key.len)))
            return e;
    }
}

/* The slot of s->key when it is cached (its id 0 = not stored), else
 * NULL. */
static evslot *evc_find(tac_store *s, uint64_t h)
{
    if (!s->evc_n)
        return NULL;
    evslot *e = evc_slot(s, h);
    return e->klen ? e : NULL;
}

/* Records s->key -> id, with the outlet all its mentions have (0: not
 * known); returns its slot, valid until the next evc_put.  Failing to
 * record (memory) only makes the cache incomplete (NULL). */
static evslot *evc_put(tac_store *s, uint64_t h, int64_t id, uint64_t outlet)
{
    if (s->evc_n + 1 > s->evc_cap / 2) {
        if (s->evc_n >= EVC_MAX) {
            evc_clear(s);
        } else {
            size_t cap = s->evc_cap ? 2 * s->evc_cap : 1024;
            evslot *old = s->evc, *n = malloc(cap * sizeof *n);
            if (!n) {
                evc_clear(s);
                return NULL;
            }
            /* Each slot is written before it is read.  Fresh pages that
               calloc() leaves untouched are read-mapped to the kernel's
               zero page by the first probe, and the store into the slot
               that follows faults again and flushes the TLB of every
               core the coders run on (an ingest of reuters21578 made
               2,786 TLB flushes with calloc(), 69 with this).  A memset()
               after malloc() would be turned back into calloc() by the
               compiler. */
            for (size_t i = 0; i < cap; i++)
                n[i].klen = 0;
            size_t ocap = s->evc_cap;
            s->evc = n;
            s->evc_cap = cap;
            for (size_t i = 0; i < ocap; i++) {
                if (!old[i].klen)
                    continue;
                size_t j = (size_t)old[i].h & (cap - 1);
                while (n[j].klen)
                    j = (j + 1) & (cap - 1);
                n[j] = old[i];
            }
            free(old);
        }
    }
    if (!s->evc_cap)
        return NULL;
    evslot *e = evc_slot(s, h);
    if (!e->klen) {
        size_t off = s->evc_keys.len;
        if (off > UINT32_MAX - s->key.len || tac_buf_append(&s->evc_keys, s->key.p, s->key.len)) {
            evc_clear(s);
            return NULL;
        }
        e->h = h;
        e->key = (uint32_t)off;
        e->klen = (uint32_t)s->key.len;
        s->evc_n++;
    }
    e->id = id;
    e->outlet = outlet;
    return e;
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

static int exec(tac_store *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fail(s, TAC_EIO, "%s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return TAC_EIO;
    }
    return TAC_OK;
}

static int pragma_int(tac_store *s, const char *sql, int *out)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail_db(s, "cannot read the store");
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? TAC_OK : fail_db(s, "cannot read the store");
}

/* ------------------------------------------------------------------ */
/* Deferred rows                                                       */
/* ------------------------------------------------------------------ */
/*
 * In a batch, a new document's mentions, and the new events when the
 * event cache is complete, are kept in memory and written together, each
 * table in one INSERT ... SELECT from a virtual table that reads them
 * (tac_pending_events, tac_pending_mentions, known to this connection
 * only): per row, that spares the work of a statement of its own (its
 * start, cursors and end, the binding), and a document that adds
 * mentions to an event still waiting changes the counts in memory rather
 * than by an UPDATE.  A deferred event has its id already: the one SQLite
 * would give it, one more than the largest in the table or waiting
 * (ev_next, read again after anything that may delete an event).  The
 * rows are written (flush_rows) before the batch commits, and before any
 * statement that reads mentions or looks an event up by key, so nothing
 * ever sees the table without them; a rollback drops them.  The
 * sentences are copied, since the documents' texts do not outlive
 * tac_store_end_doc().
 */
enum { PEND_EVENTS, PEND_MENTIONS };

static const char *const PEND_SCHEMA[2] = {
    [PEND_EVENTS] = "CREATE TABLE x(id, date, source, target, cameo, quad, goldstein, plover, added,"
                    " num_mentions, num_articles)",
    [PEND_MENTIONS] = "CREATE TABLE x(event, doc, sentence, sent_start, src_start, src_end,"
                      " tgt_start, tgt_end, verb_start, verb_end, flags, text)",
};

typedef struct pend_vtab {
    sqlite3_vtab base;
    tac_store *s;
    int kind;
} pend_vtab;

typedef struct pend_cursor {
    sqlite3_vtab_cursor base;
    size_t i;
} pend_cursor;

/* the module's client data: which rows, of which handle */
typedef struct pend_aux {
    tac_store *s;
    int kind;
} pend_aux;

static int pend_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                        char **err)
{
    (void)argc; (void)argv; (void)err;
    const pend_aux *a = aux;
    int rc = sqlite3_declare_vtab(db, PEND_SCHEMA[a->kind]);
    if (rc != SQLITE_OK)
        return rc;
    pend_vtab *v = sqlite3_malloc(sizeof *v);
    if (!v)
        return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->s = a->s;
    v->kind = a->kind;
    *out = &v->base;
    return SQLITE_OK;
}

static int pend_disconnect(sqlite3_vtab *v)
{
    sqlite3_free(v);
    return SQLITE_OK;
}

static int pend_best_index(sqlite3_vtab *v, sqlite3_index_info *info)
{
    (void)v;
    info->estimatedCost = 1000;
    return SQLITE_OK;
}

static int pend_open(sqlite3_vtab *v, sqlite3_vtab_cursor **out)
{
    (void)v;
    pend_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c)
        return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *out = &c->base;
    return SQLITE_OK;
}

static int pend_close(sqlite3_vtab_cursor *c)
{
    sqlite3_free(c);
    return SQLITE_OK;
}

static int pend_filter(sqlite3_vtab_cursor *c, int idx, const char *idxs, int argc, sqlite3_value **argv)
{
    (void)idx; (void)idxs; (void)argc; (void)argv;
    ((pend_cursor *)c)->i = 0;
    return SQLITE_OK;
}

static int pend_next(sqlite3_vtab_cursor *c)
{
    ((pend_cursor *)c)->i++;
    return SQLITE_OK;
}

static int pend_eof(sqlite3_vtab_cursor *c)
{
    const pend_vtab *v = (const pend_vtab *)c->pVtab;
    return ((pend_cursor *)c)->i >= (v->kind == PEND_EVENTS ? v->s->npev : v->s->npm);
}

static int pend_rowid(sqlite3_vtab_cursor *c, sqlite3_int64 *rowid)
{
    *rowid = (sqlite3_int64)((pend_cursor *)c)->i;
    return SQLITE_OK;
}

static void result_str(sqlite3_context *ctx, const tac_store *s, uint32_t off)
{
    if (off == UINT32_MAX)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, s->rows_strs.p + off, -1, SQLITE_STATIC);
}

static int pend_column(sqlite3_vtab_cursor *c, sqlite3_context *ctx, int col)
{
    const pend_vtab *v = (const pend_vtab *)c->pVtab;
    const tac_store *s = v->s;
    size_t i = ((pend_cursor *)c)->i;
    if (v->kind == PEND_EVENTS) {
        const pend_ev_row *e = &s->pev[i];
        switch (col) {
        case 0: sqlite3_result_int64(ctx, s->pend_ev_first + (int64_t)i); break;
        case 1: sqlite3_result_int(ctx, e->date); break;
        case 2: result_str(ctx, s, e->source); break;
        case 3: result_str(ctx, s, e->target); break;
        case 4: result_str(ctx, s, e->cameo); break;
        case 5: sqlite3_result_int(ctx, e->quad); break;
        case 6:
            if (isnan(e->goldstein))
                sqlite3_result_null(ctx);
            else
                sqlite3_result_double(ctx, e->goldstein);
            break;
        case 7: result_str(ctx, s, e->plover); break;
        case 8: sqlite3_result_int64(ctx, e->added); break;
        case 9: sqlite3_result_int64(ctx, e->mentions); break;
        default: sqlite3_result_int64(ctx, e->articles); break;
        }
        return SQLITE_OK;
    }
    const pend_mention *m = &s->pm[i];
    switch (col) {
    case 0: sqlite3_result_int64(ctx, m->event); break;
    case 1: sqlite3_result_int64(ctx, m->doc); break;
    case 2: sqlite3_result_int(ctx, m->sentence); break;
    case 3: sqlite3_result_int64(ctx, m->sent_start); break;
    case 4: sqlite3_result_int64(ctx, m->src_start); break;
    case 5: sqlite3_result_int64(ctx, m->src_end); break;
    case 6: sqlite3_result_int64(ctx, m->tgt_start); break;
    case 7: sqlite3_result_int64(ctx, m->tgt_end); break;
    case 8: sqlite3_result_int64(ctx, m->verb_start); break;
    case 9: sqlite3_result_int64(ctx, m->verb_end); break;
    case 10: sqlite3_result_int(ctx, (int)m->flags); break;
    default: sqlite3_result_text(ctx, s->rows_strs.p + m->text, (int)m->text_len, SQLITE_STATIC); break;
    }
    return SQLITE_OK;
}

/* eponymous only: no xCreate, usable by name without CREATE VIRTUAL TABLE */
static const sqlite3_module PEND_MODULE = {
    .iVersion = 1,
    .xConnect = pend_connect,
    .xBestIndex = pend_best_index,
    .xDisconnect = pend_disconnect,
    .xOpen = pend_open,
    .xClose = pend_close,
    .xFilter = pend_filter,
    .xNext = pend_next,
    .xEof = pend_eof,
    .xColumn = pend_column,
    .xRowid = pend_rowid,
};

static int register_pending(tac_store *s)
{
    static const char *const names[2] = { "tac_pending_events", "tac_pending_mentions" };
    for (int k = 0; k < 2; k++) {
        pend_aux *a = malloc(sizeof *a);
        if (!a)
            return fail(s, TAC_ENOMEM, "out of memory");
        a->s = s;
        a->kind = k;
        if (sqlite3_create_module_v2(s->db, names[k], &PEND_MODULE, a, free) != SQLITE_OK)
            return fail_db(s, "cannot open the store");
    }
    return TAC_OK;
}

static void drop_rows(tac_store *s)
{
    s->npev = s->npm = 0;
    s->rows_strs.len = 0;
}

/* ------------------------------------------------------------------ */
/* Open, schema, close                                                 */
/* ------------------------------------------------------------------ */

static int create_schema(tac_store *s)
{
    char sql[128];
    if (exec(s, "BEGIN IMMEDIATE") != TAC_OK)
        return TAC_EIO;
    snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
             STORE_APP_ID, TAC_STORE_SCHEMA);
    if (exec(s, SCHEMA_SQL) != TAC_OK || exec(s, QUERY_INDEX_SQL) != TAC_OK || exec(s, sql) != TAC_OK) {
        char keep[sizeof s->err];
        memcpy(keep, s->err, sizeof keep);
        exec(s, "ROLLBACK");
        memcpy(s->err, keep, sizeof keep);
        return TAC_EIO;
    }
    return exec(s, "COMMIT");
}

static int migrate(tac_store *s, int from)
{
    if (exec(s, "BEGIN IMMEDIATE") != TAC_OK)
        return TAC_EIO;
    for (int v = from; v < TAC_STORE_SCHEMA; v++) {
        if (MIGRATIONS[v] && exec(s, MIGRATIONS[v]) != TAC_OK) {
            exec(s, "ROLLBACK");
            return fail(s, TAC_EIO, "cannot migrate the store from schema version %d", v);
        }
    }
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", TAC_STORE_SCHEMA);
    if (exec(s, sql) != TAC_OK) {
        exec(s, "ROLLBACK");
        return TAC_EIO;
    }
    return exec(s, "COMMIT");
}

/* Reads the schema version; creates, migrates or refuses. */
static int check_schema(tac_store *s, const char *path)
{
    int version, app, tables;
    if (pragma_int(s, "PRAGMA user_version", &version) ||
        pragma_int(s, "PRAGMA application_id", &app) ||
        pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables))
        return TAC_EIO;
    if (tables == 0 && version == 0) {
        if (s->readonly)
            return fail(s, TAC_EIO, "%s: not a tacitus store (empty); create it with `tacitus ingest`", path);
        return create_schema(s);
    }
    if (app != STORE_APP_ID)
        return fail(s, TAC_EIO, "%s: not a tacitus store (an SQLite database of another program)", path);
    if (version > TAC_STORE_SCHEMA)
        return fail(s, TAC_EINVAL,
                    "%s: store schema version %d is newer than this tacitus supports (%d); "
                    "use a newer tacitus, or export with it and ingest the documents again",
                    path, version, TAC_STORE_SCHEMA);
    if (version < TAC_STORE_SCHEMA) {
        if (s->readonly)
            return fail(s, TAC_EINVAL,
                        "%s: store schema version %d is older than this tacitus's (%d); "
                        "run `tacitus ingest --db %s` once (with no input) to migrate it",
                        path, version, TAC_STORE_SCHEMA, path);
        return migrate(s, version);
    }
    return TAC_OK;
}

/* Builds the query indexes when a bulk load was killed before it built
 * them (looked for first, so that a normal open takes no write lock). */
static int repair_indexes(tac_store *s)
{
    int have;
    if (pragma_int(s, QUERY_INDEX_HAVE_SQL, &have))
        return TAC_EIO;
    if (have == QUERY_INDEX_COUNT)
        return TAC_OK;
    if (exec(s, QUERY_INDEX_SQL) != TAC_OK)
        return fail_with_reason(s, TAC_EIO, "cannot build the store's indexes");
    return TAC_OK;
}

int tac_store_tune_process(void)
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK ? TAC_OK : TAC_EINVAL;
}

int tac_store_open(const char *path, unsigned flags, tac_store **out)
{
    if (!out)
        return TAC_EINVAL;
    tac_store *s = calloc(1, sizeof *s);
    *out = s;
    if (!s)
        return TAC_ENOMEM;
    s->batch = 2000;
    if (!path || !*path)
        return fail(s, TAC_EINVAL, "no store path");
    s->readonly = (flags & TAC_STORE_READONLY) != 0;
    /* one thread at a time per handle (tacitus.h), so SQLite need not
     * lock the connection on every call */
    int oflags = SQLITE_OPEN_NOMUTEX |
                 (s->readonly ? SQLITE_OPEN_READONLY
                              : SQLITE_OPEN_READWRITE | ((flags & TAC_STORE_CREATE) ? SQLITE_OPEN_CREATE : 0));
    if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
        int rc = fail(s, TAC_EIO, "%s: cannot open the store: %s", path,
                      s->db ? sqlite3_errmsg(s->db) : "out of memory");
        sqlite3_close(s->db);
        s->db = NULL;
        return rc;
    }
    sqlite3_busy_timeout(s->db, 30000);
    int rc;
    if (!s->readonly && (rc = register_pending(s)) != TAC_OK)
        goto bad;
    /* A file that is not SQLite fails at the first read. */
    if (!s->readonly &&
        (rc = exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")) != TAC_OK) {
        fail_with_reason(s, TAC_EIO, "%s: cannot open the store", path);
        goto bad;
    }
    exec(s, "PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY;");
    if ((rc = check_schema(s, path)) != TAC_OK)
        goto bad;
    if (!s->readonly && (rc = repair_indexes(s)) != TAC_OK)
        goto bad;
    return TAC_OK;
bad:
    sqlite3_close(s->db);
    s->db = NULL;
    return rc;
}

static void rollback_batch(tac_store *s);
static int flush_rows(tac_store *s);

static int prepare(tac_store *s, int which)
{
    if (s->q[which])
        return TAC_OK;
    if (sqlite3_prepare_v3(s->db, QUERY_SQL[which], -1, SQLITE_PREPARE_PERSISTENT,
                           &s->q[which], NULL) != SQLITE_OK)
        return fail_db(s, "cannot prepare a statement");
    return TAC_OK;
}

/* Commits the open batch; the last one of a bulk load (last != 0) also
 * builds the query indexes. */
static int commit_batch(tac_store *s, int last)
{
    if (s->in_txn) {
        int rc = flush_rows(s);
        if (rc != TAC_OK) {
            rollback_batch(s);
            return rc;
        }
        s->in_txn = 0;
        s->batch_docs = 0;
        s->bulk_txn = 0;
        if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
            int rc = fail_db(s, "cannot commit");
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            evc_clear(s);
            return rc;
        }
    }
    if (last && s->bulk) {
        s->bulk = 0;
        if (exec(s, "BEGIN IMMEDIATE;" QUERY_INDEX_SQL "COMMIT;") != TAC_OK) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return fail_with_reason(s, TAC_EIO,
                                    "cannot build the store's indexes (the next read-write open builds them)");
        }
    }
    return TAC_OK;
}

int tac_store_commit(tac_store *s)
{
    if (!s || !s->db)
        return TAC_EINVAL;
    int rc = commit_batch(s, 1);
    /* copy what the log holds into the database file now, without
     * waiting for readers: the close then has less to do */
    if (rc == TAC_OK && !s->readonly)
        sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return rc;
}

int tac_store_close(tac_store *s)
{
    if (!s)
        return TAC_OK;
    int rc = TAC_OK;
    if (s->db) {
        rc = tac_store_commit(s);
        for (int i = 0; i < Q_COUNT; i++)
            sqlite3_finalize(s->q[i]);
        sqlite3_close(s->db);
    }
    free(s->ev);
    free(s->touched);
    tac_buf_free(&s->strs);
    free(s->evc);
    free(s->pev);
    free(s->pm);
    tac_buf_free(&s->rows_strs);
    tac_buf_free(&s->evc_keys);
    tac_buf_free(&s->key);
    free(s);
    return rc;
}

void tac_store_set_batch(tac_store *s, int docs)
{
    if (s)
        s->batch = docs < 1 ? 1 : docs;
}

void tac_store_get_stats(const tac_store *s, tac_store_stats *out)
{
    if (!out)
        return;
    if (s)
        *out = s->stats;
    else
        memset(out, 0, sizeof *out);
}

/* ------------------------------------------------------------------ */
/* Ingest                                                              */
/* ------------------------------------------------------------------ */

static void rollback_batch(tac_store *s)
{
    if (s->in_txn)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    if (s->bulk_txn)   /* the indexes are back */
        s->bulk = s->bulk_txn = 0;
    s->in_txn = 0;
    s->batch_docs = 0;
    evc_clear(s);
    drop_rows(s);
    s->ev_next = 0;
}

/* Reads one integer row of a prepared statement; *out 0 when no row. */
static int step_int(tac_store *s, int which, int64_t *out)
{
    if (prepare(s, which))
        return TAC_EIO;
    sqlite3_stmt *st = s->q[which];
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? TAC_OK : fail_db(s, "cannot read the store");
}

/* Opens a batch's write transaction; keeps the event cache only while no
 * other connection has written (see the event cache). */
static int begin_batch(tac_store *s)
{
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return fail_db(s, "cannot start a transaction");
    s->in_txn = 1;
    int64_t version, any;
    if (step_int(s, Q_DATA_VERSION, &version)) {
        rollback_batch(s);
        return TAC_EIO;
    }
    if (!s->evc_started) {
        if (step_int(s, Q_EV_ANY, &any)) {
            rollback_batch(s);
            return TAC_EIO;
        }
        s->evc_started = 1;
        s->evc_complete = !any;
        if (!any) {
            if (exec(s, QUERY_INDEX_DROP_SQL) != TAC_OK) {
                rollback_batch(s);
                return TAC_EIO;
            }
            s->bulk = s->bulk_txn = 1;
        }
    } else if (version != s->data_version) {
        evc_clear(s);
    }
    s->data_version = version;
    s->ev_next = 0;   /* read when needed */
    return TAC_OK;
}

void tac_store_abort_doc(tac_store *s)
{
    if (!s)
        return;
    s->doc = NULL;
    s->nev = 0;
    s->strs.len = 0;
}

/* Finds doc by id: OUT: its row id and stored text hash (both 0 when
 * absent). */
static int check_doc(tac_store *s, const tac_doc *doc)
{
    int idn = doc->id_len > 200 ? 200 : (int)doc->id_len;
    if (!doc->id || !doc->id_len)
        return fail(s, TAC_EINVAL, "a document without an id cannot be stored");
    if (doc->date <= 0)
        return fail(s, TAC_EINVAL, "doc %.*s: no date (give one with --date)", idn, doc->id);
    return TAC_OK;
}

static int find_doc(tac_store *s, const tac_doc *doc, int64_t *rowid, uint64_t *stored)
{
    if (check_doc(s, doc))
        return TAC_EINVAL;
    if (prepare(s, Q_DOC_FIND))
        return TAC_EIO;
    sqlite3_stmt *st = s->q[Q_DOC_FIND];
    sqlite3_bind_text(st, 1, doc->id, (int)doc->id_len, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    *rowid = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    *stored = rc == SQLITE_ROW ? (uint64_t)sqlite3_column_int64(st, 1) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail_db(s, "cannot look up a document");
    return TAC_OK;
}

static int doc_status(int64_t rowid, uint64_t stored, uint64_t hash)
{
    return !rowid ? TAC_STORE_DOC_NEW : stored == hash ? TAC_STORE_DOC_SAME : TAC_STORE_DOC_CHANGED;
}

uint64_t tac_store_text_hash(const char *text, size_t len)
{
    return text_hash(text, len);
}

int tac_store_doc_lookup(tac_store *s, const tac_doc *doc, int *found, uint64_t *hash)
{
    if (!s || !s->db || !doc || !found || !hash)
        return TAC_EINVAL;
    int64_t rowid;
    int rc = find_doc(s, doc, &rowid, hash);
    *found = rc == TAC_OK && rowid != 0;
    return rc;
}

int tac_store_doc_check(tac_store *s, const tac_doc *doc)
{
    if (!s || !doc)
        return TAC_EINVAL;
    return check_doc(s, doc);
}

int tac_store_is_empty(tac_store *s, int *empty)
{
    if (!s || !s->db || !empty)
        return TAC_EINVAL;
    return pragma_int(s, "SELECT NOT EXISTS(SELECT 1 FROM documents)", empty);
}

int tac_store_doc_status(tac_store *s, const tac_doc *doc, int *status)
{
    if (!s || !s->db || !doc || !status)
        return TAC_EINVAL;
    int64_t rowid;
    uint64_t stored;
    int rc = find_doc(s, doc, &rowid, &stored);
    if (rc == TAC_OK)
        *status = doc_status(rowid, stored, text_hash(doc->text, doc->text_len));
    return rc;
}

int tac_store_begin_doc_hashed(tac_store *s, const tac_doc *doc, uint64_t hash, int absent, int *status)
{
    if (!s || !s->db || !doc || !status)
        return TAC_EINVAL;
    if (s->readonly)
        return fail(s, TAC_EINVAL, "the store is open read-only");
    tac_store_abort_doc(s);
    if (!s->in_txn && begin_batch(s))
        return TAC_EIO;
    uint64_t stored = 0;
    s->doc_rowid = 0;
    /* when the caller's lookup found nothing, the insert checks again */
    int rc = absent ? check_doc(s, doc) : find_doc(s, doc, &s->doc_rowid, &stored);
    if (rc != TAC_OK)
        return rc;
    s->doc_hash = hash;
    s->doc_status = doc_status(s->doc_rowid, stored, hash);
    *status = s->doc_status;
    if (s->doc_status == TAC_STORE_DOC_SAME)
        s->stats.docs_same++;
    else
        s->doc = doc;
    return TAC_OK;
}

int tac_store_begin_doc(tac_store *s, const tac_doc *doc, int *status)
{
    if (!s || !s->db || !doc || !status)
        return TAC_EINVAL;
    return tac_store_begin_doc_hashed(s, doc, text_hash(doc->text, doc->text_len), 0, status);
}

/* Makes room for one more element in the array *v of *cap elements of
 * elem bytes, n of them in use: doubles it, or gives it first elements
 * when it has none.  -1 when out of memory, the array unchanged. */
static int grow(void **v, size_t *cap, size_t n, size_t elem, size_t first)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? 2 * *cap : first;
    void *p = realloc(*v, c * elem);
    if (!p)
        return -1;
    *v = p;
    *cap = c;
    return 0;
}

/* Copies a NUL-terminated code into strs; returns its offset. */
static int put_str(tac_store *s, const char *str, uint32_t *off)
{
    if (!str)
        str = "";
    *off = (uint32_t)s->strs.len;
    return tac_buf_append(&s->strs, str, strlen(str) + 1) ? TAC_ENOMEM : TAC_OK;
}

int tac_store_add_event(tac_store *s, const tac_doc *doc, const tac_event *ev)
{
    if (!s || !ev || !s->doc)
        return TAC_EINVAL;
    (void)doc;
    if (!ev->cameo || (!ev->source.code && !ev->target.code))
        return TAC_OK;   /* nothing to store without a code and an actor */
    if (grow((void **)&s->ev, &s->cap_ev, s->nev, sizeof *s->ev, 32))
        return TAC_ENOMEM;
    pend_event *p = &s->ev[s->nev];
    if (put_str(s, ev->source.code, &p->source) || put_str(s, ev->target.code, &p->target) ||
        put_str(s, ev->cameo, &p->cameo))
        return TAC_ENOMEM;
    p->plover = UINT32_MAX;
    if (ev->plover && put_str(s, ev->plover, &p->plover))
        return TAC_ENOMEM;
    p->sentence = ev->sentence;
    p->quad = ev->quad;
    p->goldstein = ev->goldstein;
    p->sent_start = ev->sent_start;
    p->sent_end = ev->sent_end;
    p->src_start = ev->source.start;
    p->src_end = ev->source.end;
    p->tgt_start = ev->target.code ? ev->target.start : 0;
    p->tgt_end = ev->target.code ? ev->target.end : 0;
    p->verb_start = ev->verb_start;
    p->verb_end = ev->verb_end;
    p->flags = ev->flags;
    s->nev++;
    return TAC_OK;
}

static int touch(tac_store *s, int64_t id)
{
    for (size_t i = 0; i < s->ntouched; i++)
        if (s->touched[i] == id)
            return TAC_OK;
    if (grow((void **)&s->touched, &s->cap_touched, s->ntouched, sizeof *s->touched, 32))
        return TAC_ENOMEM;
    s->touched[s->ntouched++] = id;
    return TAC_OK;
}

/* Title, URL and outlet of a document: the title field, and "url" /
 * "source" (or their usual synonyms) among the other JSON fields. */
typedef struct doc_info {
    const char *url, *outlet;
    int url_len, outlet_len;
    json_object *meta;
} doc_info;

static const char *meta_string(json_object *o, const char *const *keys, int *len)
{
    for (int i = 0; keys[i]; i++) {
        json_object *v = NULL;
        if (json_object_object_get_ex(o, keys[i], &v) && json_object_is_type(v, json_type_string)) {
            *len = json_object_get_string_len(v);
            return json_object_get_string(v);
        }
    }
    *len = 0;
    return "";
}

/* Whether a meta object may hold one of the keys above: parsing it is
 * skipped otherwise. */
static int has_info_key(const char *m, size_t n)
{
    static const char *const keys[] = { "url\"", "source", "link\"", "outlet\"", "publi", NULL };
    const char *p = m, *end = m + n;
    while (end - p > 4 && (p = memchr(p, '"', (size_t)(end - p - 4))) != NULL) {
        p++;
        if (*p != 'u' && *p != 's' && *p != 'l' && *p != 'o' && *p != 'p')
            continue;
        for (int k = 0; keys[k]; k++) {
            size_t kl = strlen(keys[k]);
            if ((size_t)(end - p) >= kl && !memcmp(p, keys[k], kl))
                return 1;
        }
    }
    return 0;
}

static void doc_info_read(const tac_doc *doc, doc_info *di)
{
    static const char *const url_keys[] = { "url", "source_url", "link", NULL };
    static const char *const outlet_keys[] = { "source", "outlet", "publication", "publisher", NULL };
    memset(di, 0, sizeof *di);
    di->url = di->outlet = "";
    if (!doc->meta || !doc->meta_len || doc->meta_len > 1u << 24 || !has_info_key(doc->meta, doc->meta_len))
        return;
    json_tokener *tok = json_tokener_new();
    if (!tok)
        return;
    json_object *o = json_tokener_parse_ex(tok, doc->meta, (int)doc->meta_len);
    json_tokener_free(tok);
    if (!o)
        return;
    if (json_object_is_type(o, json_type_object)) {
        di->url = meta_string(o, url_keys, &di->url_len);
        di->outlet = meta_string(o, outlet_keys, &di->outlet_len);
    }
    di->meta = o;
}

static int bind_doc(sqlite3_stmt *st, const tac_doc *doc, const doc_info *di, uint64_t hash, int64_t now)
{
    sqlite3_bind_int(st, 2, doc->date);
    sqlite3_bind_text(st, 3, doc->title ? doc->title : "", doc->title ? (int)doc->title_len : 0, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, di->url, di->url_len, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, di->outlet, di->outlet_len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, (int64_t)hash);
    sqlite3_bind_int64(st, 7, (int64_t)doc->text_len);
    sqlite3_bind_int64(st, 8, now);
    return TAC_OK;
}

/* Runs a prepared statement that returns no rows; resets it. */
static int run(tac_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TAC_OK : fail_db(s, what);
}

/* Writes the deferred events (see "Deferred rows"), before an event is
 * looked up by key or inserted at once; on failure the caller rolls the
 * batch back. */
static int flush_events(tac_store *s)
{
    if (!s->npev)
        return TAC_OK;
    if (prepare(s, Q_EV_FLUSH) || run(s, s->q[Q_EV_FLUSH], "cannot store an event"))
        return TAC_EIO;
    s->npev = 0;
    if (!s->npm)
        s->rows_strs.len = 0;
    return TAC_OK;
}

/* Writes all the deferred rows. */
static int flush_rows(tac_store *s)
{
    if (flush_events(s))
        return TAC_EIO;
    if (s->npm && (prepare(s, Q_MENTION_FLUSH) || run(s, s->q[Q_MENTION_FLUSH], "cannot store a mention")))
        return TAC_EIO;
    drop_rows(s);
    return TAC_OK;
}

/* The id the next event inserted gets (as SQLite gives it: one more than
 * the largest); 0 when it cannot be known, and the event is then
 * inserted at once. */
static int64_t next_event_id(tac_store *s)
{
    if (s->ev_next)
        return s->ev_next;
    int64_t max;
    if (s->npev || step_int(s, Q_EV_MAX, &max) || max < 0 || max >= INT64_MAX - 1)
        return 0;
    return s->ev_next = max + 1;
}

/* Copies a string into rows_strs (offset in *off). */
static int row_str(tac_store *s, const char *str, size_t n, uint32_t *off)
{
    if (s->rows_strs.len > UINT32_MAX - n - 1)
        return fail(s, TAC_ENOMEM, "out of memory");
    *off = (uint32_t)s->rows_strs.len;
    if (tac_buf_append(&s->rows_strs, str, n) || tac_buf_append(&s->rows_strs, "", 1))
        return fail(s, TAC_ENOMEM, "out of memory");
    return TAC_OK;
}

/* Deferred rows wait up to these amounts, then are written mid-batch:
 * the memory stays bounded whatever the batch size. */
#define PEND_MAX_ROWS 16384
#define PEND_MAX_BYTES ((size_t)4 << 20)

/* Makes room for one more deferred row of each kind (writing the waiting
 * ones when there are many). */
static int defer_room(tac_store *s)
{
    if ((s->npm >= PEND_MAX_ROWS || s->npev >= PEND_MAX_ROWS || s->rows_strs.len >= PEND_MAX_BYTES) &&
        flush_rows(s))
        return TAC_EIO;
    if (grow((void **)&s->pev, &s->cap_pev, s->npev, sizeof *s->pev, 256) ||
        grow((void **)&s->pm, &s->cap_pm, s->npm, sizeof *s->pm, 256))
        return fail(s, TAC_ENOMEM, "out of memory");
    return TAC_OK;
}

/* Defers new event id (the key and codes of p, k mentions in doc). */
static int defer_event(tac_store *s, const tac_doc *doc, const pend_event *p, int64_t id, int64_t now, int k)
{
    int rc = defer_room(s);
    if (rc)
        return rc;
    if (!s->npev)
        s->pend_ev_first = id;
    else if (id != s->pend_ev_first + (int64_t)s->npev)
        return fail(s, TAC_EIO, "event ids out of order");
    pend_ev_row *e = &s->pev[s->npev];
    const char *src = s->strs.p + p->source, *tgt = s->strs.p + p->target, *cameo = s->strs.p + p->cameo;
    if ((rc = row_str(s, src, strlen(src), &e->source)) || (rc = row_str(s, tgt, strlen(tgt), &e->target)) ||
        (rc = row_str(s, cameo, strlen(cameo), &e->cameo)))
        return rc;
    e->plover = UINT32_MAX;
    if (p->plover != UINT32_MAX &&
        (rc = row_str(s, s->strs.p + p->plover, strlen(s->strs.p + p->plover), &e->plover)))
        return rc;
    e->date = doc->date;
    e->quad = p->quad;
    e->goldstein = p->goldstein;
    e->added = now;
    e->mentions = k;
    e->articles = 1;
    s->npev++;
    return TAC_OK;
}

/* Defers a mention of event evid (q in the current document; its
 * sentence txt). */
static int defer_mention(tac_store *s, const pend_event *q, int64_t evid, const char *txt, int tlen)
{
    int rc = defer_room(s);
    if (rc)
        return rc;
    pend_mention *m = &s->pm[s->npm];
    const pend_mention *last = s->npm ? m - 1 : NULL;
    /* mentions of one sentence share its copy */
    if (last && last->doc == s->doc_rowid && last->sent_start == q->sent_start &&
        last->text_len == (uint32_t)tlen) {
        m->text = last->text;
    } else if ((rc = row_str(s, txt, (size_t)tlen, &m->text))) {
        return rc;
    }
    m->text_len = (uint32_t)tlen;
    m->event = evid;
    m->doc = s->doc_rowid;
    m->sentence = q->sentence;
    m->flags = q->flags;
    m->sent_start = q->sent_start;
    m->src_start = q->src_start;
    m->src_end = q->src_end;
    m->tgt_start = q->tgt_start;
    m->tgt_end = q->tgt_end;
    m->verb_start = q->verb_start;
    m->verb_end = q->verb_end;
    s->npm++;
    return TAC_OK;
}

static int clamp_sentence(const tac_doc *doc, const pend_event *p, const char **txt, int *len)
{
    size_t a = p->sent_start, b = p->sent_end;
    if (a > doc->text_len)
        a = doc->text_len;
    if (b > doc->text_len || b < a)
        b = a > b ? a : (b > doc->text_len ? doc->text_len : b);
    *txt = doc->text + a;
    *len = (int)(b - a);
    return TAC_OK;
}

/* Writes the current document; on failure the open batch is rolled back
 * (TAC_EIO) and the caller should stop. */
static int write_doc(tac_store *s)
{
    const tac_doc *doc = s->doc;
    int64_t now = (int64_t)time(NULL);
    doc_info di;
    int rc = TAC_OK;
    for (int i = 0; i < Q_COUNT; i++)
        if (prepare(s, i))
            return TAC_EIO;
    doc_info_read(doc, &di);
    s->ntouched = 0;
    /* the outlet's hash, never 0 (which means "not known") */
    uint64_t outlet_h = text_hash(di.outlet, (size_t)di.outlet_len) | 1;

    if (s->doc_status == TAC_STORE_DOC_NEW) {
        sqlite3_stmt *st = s->q[Q_DOC_INSERT];
        sqlite3_bind_text(st, 1, doc->id, (int)doc->id_len, SQLITE_STATIC);
        bind_doc(st, doc, &di, s->doc_hash, now);
        if ((rc = run(s, st, "cannot store a document")))
            goto out;
        if (sqlite3_changes(s->db) == 1) {
            s->doc_rowid = sqlite3_last_insert_rowid(s->db);
            s->stats.docs_new++;
        } else {
            /* begun without a lookup, and the id is stored by now (given
             * twice, or by another writer): unchanged or replaced */
            uint64_t stored;
            if ((rc = find_doc(s, doc, &s->doc_rowid, &stored)))
                goto out;
            s->doc_status = doc_status(s->doc_rowid, stored, s->doc_hash);
            if (s->doc_status == TAC_STORE_DOC_SAME) {
                s->stats.docs_same++;
                goto out;
            }
        }
    }
    if (s->doc_status != TAC_STORE_DOC_NEW) {
        /* what follows reads the mentions: write the waiting rows first */
        if ((rc = flush_rows(s)))
            goto out;
        sqlite3_stmt *st = s->q[Q_DOC_OLD_EVENTS];
        sqlite3_bind_int64(st, 1, s->doc_rowid);
        int k;
        while ((k = sqlite3_step(st)) == SQLITE_ROW)
            if (touch(s, sqlite3_column_int64(st, 0))) {
                k = SQLITE_NOMEM;
                break;
            }
        sqlite3_reset(st);
        if (k != SQLITE_DONE) {
            rc = fail_db(s, "cannot read a document's mentions");
            goto out;
        }
        st = s->q[Q_DOC_DEL_MENTIONS];
        sqlite3_bind_int64(st, 1, s->doc_rowid);
        if ((rc = run(s, st, "cannot replace a document's mentions")))
            goto out;
        st = s->q[Q_DOC_UPDATE];
        sqlite3_bind_int64(st, 1, s->doc_rowid);
        bind_doc(st, doc, &di, s->doc_hash, now);
        if ((rc = run(s, st, "cannot update a document")))
            goto out;
        s->stats.docs_changed++;
    }

    /* Events of the document grouped by key, in order of first mention:
     * a new event is inserted with its final counts (k mentions, one
     * article, one source); an existing one gets k more mentions, one
     * more article and perhaps one more source when the document is new,
     * and is recounted below when the document changed. */
    for (size_t i = 0; i < s->nev; i++)
        s->ev[i].group = UINT32_MAX;
    for (size_t i = 0; i < s->nev; i++) {
        pend_event *p = &s->ev[i];
        if (p->group != UINT32_MAX)
            continue;
        const char *src = s->strs.p + p->source, *tgt = s->strs.p + p->target,
                   *cameo = s->strs.p + p->cameo;
        int k = 0;
        for (size_t j = i; j < s->nev; j++) {
            pend_event *q = &s->ev[j];
            if (q->group == UINT32_MAX && !strcmp(src, s->strs.p + q->source) &&
                !strcmp(tgt, s->strs.p + q->target) && !strcmp(cameo, s->strs.p + q->cameo)) {
                q->group = (uint32_t)i;
                k++;
            }
        }
        uint64_t h;
        if ((rc = evc_key(s, doc->date, src, tgt, cameo, &h)))
            goto out;
        /* what the cache knows of the event: its id, the outlet of its
           mentions */
        evslot *slot = evc_find(s, h);
        int64_t evid = slot ? slot->id : 0;
        if (!slot && !s->evc_complete) {
            if ((rc = flush_events(s)))
                goto out;
            sqlite3_stmt *st = s->q[Q_EV_FIND];
            sqlite3_bind_int(st, 1, doc->date);
            sqlite3_bind_text(st, 2, src, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, tgt, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 4, cameo, -1, SQLITE_STATIC);
            int r = sqlite3_step(st);
            evid = r == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
            sqlite3_reset(st);
            if (r != SQLITE_ROW && r != SQLITE_DONE) {
                rc = fail_db(s, "cannot look up an event");
                goto out;
            }
            if (evid)
                slot = evc_put(s, h, evid, 0);
        }
        if (!evid)
            slot = NULL;   /* known not to be stored */
        sqlite3_stmt *st;
        if (evid && s->doc_status == TAC_STORE_DOC_NEW && slot && slot->outlet == outlet_h &&
            evid >= s->pend_ev_first && evid - s->pend_ev_first < (int64_t)s->npev) {
            /* an event still waiting: its counts change in memory */
            pend_ev_row *e = &s->pev[evid - s->pend_ev_first];
            e->mentions += k;
            e->articles++;
        } else if (evid && s->doc_status == TAC_STORE_DOC_NEW) {
            /* no new source when all its mentions have this outlet */
            int same = slot && slot->outlet == outlet_h;
            /* the other outlets' mentions are read: write the waiting
             * rows (and the event, if it waits) first */
            if (!same && (rc = flush_rows(s)))
                goto out;
            st = s->q[same ? Q_EV_ADD_SAME : Q_EV_ADD];
            sqlite3_bind_int64(st, 1, evid);
            sqlite3_bind_int(st, 2, k);
            if (!same) {
                sqlite3_bind_int64(st, 3, s->doc_rowid);
                sqlite3_bind_text(st, 4, di.outlet, di.outlet_len, SQLITE_STATIC);
            }
            if ((rc = run(s, st, "cannot count an event's mentions")))
                goto out;
            if (slot && !same)
                slot->outlet = 0;
        } else if (evid) {
            if ((rc = touch(s, evid)))
                goto out;
            if (slot && slot->outlet != outlet_h)
                slot->outlet = 0;
        } else if (s->doc_status == TAC_STORE_DOC_NEW && s->evc_complete && (evid = next_event_id(s)) != 0) {
            /* a new event, written with the batch's other rows */
            if ((rc = defer_event(s, doc, p, evid, now, k)))
                goto out;
            s->ev_next = evid + 1;
            evc_put(s, h, evid, outlet_h);
            s->stats.events_new++;
        } else {
            if ((rc = flush_events(s)))
                goto out;
            st = s->q[Q_EV_INSERT];
            sqlite3_bind_int(st, 1, doc->date);
            sqlite3_bind_text(st, 2, src, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, tgt, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 4, cameo, -1, SQLITE_STATIC);
            sqlite3_bind_int(st, 5, p->quad);
            if (isnan(p->goldstein))
                sqlite3_bind_null(st, 6);
            else
                sqlite3_bind_double(st, 6, p->goldstein);
            if (p->plover != UINT32_MAX)
                sqlite3_bind_text(st, 7, s->strs.p + p->plover, -1, SQLITE_STATIC);
            else
                sqlite3_bind_null(st, 7);
            sqlite3_bind_int64(st, 8, now);
            sqlite3_bind_int(st, 9, k);
            if ((rc = run(s, st, "cannot store an event")))
                goto out;
            evid = sqlite3_last_insert_rowid(s->db);
            s->ev_next = 0;
            evc_put(s, h, evid, outlet_h);
            s->stats.events_new++;
        }
        for (size_t j = i; j < s->nev; j++) {
            const pend_event *q = &s->ev[j];
            if (q->group != (uint32_t)i)
                continue;
            const char *txt;
            int tlen;
            clamp_sentence(doc, q, &txt, &tlen);
            if (s->doc_status == TAC_STORE_DOC_NEW) {
                if ((rc = defer_mention(s, q, evid, txt, tlen)))
                    goto out;
                s->stats.mentions++;
                continue;
            }
            st = s->q[Q_MENTION_INSERT];
            sqlite3_bind_int64(st, 1, evid);
            sqlite3_bind_int64(st, 2, s->doc_rowid);
            sqlite3_bind_int(st, 3, q->sentence);
            sqlite3_bind_int64(st, 4, q->sent_start);
            sqlite3_bind_int64(st, 5, q->src_start);
            sqlite3_bind_int64(st, 6, q->src_end);
            sqlite3_bind_int64(st, 7, q->tgt_start);
            sqlite3_bind_int64(st, 8, q->tgt_end);
            sqlite3_bind_int64(st, 9, q->verb_start);
            sqlite3_bind_int64(st, 10, q->verb_end);
            sqlite3_bind_int(st, 11, (int)q->flags);
            sqlite3_bind_text(st, 12, txt, tlen, SQLITE_STATIC);
            if ((rc = run(s, st, "cannot store a mention")))
                goto out;
            s->stats.mentions++;
        }
    }

    for (size_t i = 0; i < s->ntouched; i++) {
        sqlite3_stmt *st = s->q[Q_EV_RECOUNT];
        sqlite3_bind_int64(st, 1, s->touched[i]);
        if ((rc = run(s, st, "cannot count an event's mentions")))
            goto out;
        if (s->doc_status == TAC_STORE_DOC_CHANGED) {
            /* an event left without mentions goes, and the cache learns it */
            st = s->q[Q_EV_EMPTY_KEY];
            sqlite3_bind_int64(st, 1, s->touched[i]);
            int r = sqlite3_step(st);
            uint64_t h;
            if (r == SQLITE_ROW &&
                evc_key(s, sqlite3_column_int(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3), &h) == TAC_OK)
                evc_put(s, h, 0, 0);
            else if (r == SQLITE_ROW)
                evc_clear(s);
            sqlite3_reset(st);
            if (r != SQLITE_ROW && r != SQLITE_DONE) {
                rc = fail_db(s, "cannot read an event");
                goto out;
            }
            st = s->q[Q_EV_DROP_EMPTY];
            sqlite3_bind_int64(st, 1, s->touched[i]);
            if ((rc = run(s, st, "cannot drop an event")))
                goto out;
            s->ev_next = 0;   /* the largest id may have gone */
        }
    }
out:
    if (di.meta)
        json_object_put(di.meta);
    return rc;
}

int tac_store_end_doc(tac_store *s)
{
    if (!s || !s->db || !s->doc)
        return TAC_EINVAL;
    int rc = write_doc(s);
    tac_store_abort_doc(s);
    if (rc != TAC_OK) {
        rollback_batch(s);
        return rc;
    }
    if (++s->batch_docs >= s->batch)
        return commit_batch(s, 0);
    return TAC_OK;
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */
/* ------------------------------------------------------------------ */

/* Parameters bound to a query built at run time. */
typedef struct binds {
    int n;
    struct { int is_text; const char *text; int64_t num; char own[MAX_PREFIX + 1]; } v[32];
} binds;

static int bind_text(binds *b, const char *t)
{
    if (b->n >= 32)
        return -1;
    b->v[b->n].is_text = 1;
    b->v[b->n].text = t;
    return ++b->n;
}

static int bind_num(binds *b, int64_t x)
{
    if (b->n >= 32)
        return -1;
    b->v[b->n].is_text = 0;
    b->v[b->n].num = x;
    return ++b->n;
}

/* Binds an upper-cased copy of a code prefix and the first string after
 * every string with that prefix; returns the two parameter numbers in
 * lo/hi (hi 0 when there is no upper bound). */
static int bind_prefix(tac_store *s, binds *b, const char *prefix, int *lo, int *hi)
{
    size_t n = strlen(prefix);
    if (n == 0 || n > MAX_PREFIX)
        return fail(s, TAC_EINVAL, "code prefix '%.64s' is empty or too long", prefix);
    if (b->n + 2 > 32)
        return fail(s, TAC_EINVAL, "too many filters");
    char *a = b->v[b->n].own, *z = b->v[b->n + 1].own;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)prefix[i];
        a[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    a[n] = 0;
    memcpy(z, a, n + 1);
    size_t k = n;
    while (k > 0 && (unsigned char)z[k - 1] == 0xFF)
        z[--k] = 0;
    *lo = bind_text(b, a);
    if (k == 0) {
        *hi = 0;
        return TAC_OK;
    }
    z[k - 1] = (char)((unsigned char)z[k - 1] + 1);
    *hi = bind_text(b, z);
    return TAC_OK;
}

/* "col >= ?lo AND col < ?hi" for a bound prefix. */
static int add_range(tac_buf *sql, const char *col, int lo, int hi)
{
    if (hi)
        return tac_buf_printf(sql, "(%s >= ?%d AND %s < ?%d)", col, lo, col, hi);
    return tac_buf_printf(sql, "(%s >= ?%d)", col, lo);
}

/* Appends " AND ..." conditions of f on the events table aliased e.
 * With actors == 0 the actor, source and target fields are ignored. */
static int add_filter(tac_store *s, tac_buf *sql, binds *b, const tac_store_filter *f, int actors)
{
    int lo, hi, rc = TAC_OK;
    if (!f)
        return TAC_OK;
    if (actors && f->actor && *f->actor) {
        if (f->role < TAC_ROLE_EITHER || f->role > TAC_ROLE_TARGET)
            return fail(s, TAC_EINVAL, "unknown actor role %d", f->role);
        if ((rc = bind_prefix(s, b, f->actor, &lo, &hi)))
            return rc;
        if (f->role == TAC_ROLE_SOURCE)
            rc = tac_buf_printf(sql, " AND ") || add_range(sql, "e.source", lo, hi);
        else if (f->role == TAC_ROLE_TARGET)
            rc = tac_buf_printf(sql, " AND ") || add_range(sql, "e.target", lo, hi);
        else
            rc = tac_buf_printf(sql, " AND (") || add_range(sql, "e.source", lo, hi) ||
                 tac_buf_printf(sql, " OR ") || add_range(sql, "e.target", lo, hi) || tac_buf_printf(sql, ")");
        if (rc)
            return fail(s, TAC_ENOMEM, "out of memory");
    }
    if (actors && f->source && *f->source) {
        if ((rc = bind_prefix(s, b, f->source, &lo, &hi)))
            return rc;
        if (tac_buf_printf(sql, " AND ") || add_range(sql, "e.source", lo, hi))
            return fail(s, TAC_ENOMEM, "out of memory");
    }
    if (actors && f->target && *f->target) {
        if ((rc = bind_prefix(s, b, f->target, &lo, &hi)))
            return rc;
        if (tac_buf_printf(sql, " AND ") || add_range(sql, "e.target", lo, hi))
            return fail(s, TAC_ENOMEM, "out of memory");
    }
    if (f->cameo && *f->cameo) {
        if ((rc = bind_prefix(s, b, f->cameo, &lo, &hi)))
            return rc;
        if (tac_buf_printf(sql, " AND ") || add_range(sql, "e.cameo", lo, hi))
            return fail(s, TAC_ENOMEM, "out of memory");
    }
    if (f->plover && *f->plover) {
        if (strlen(f->plover) > MAX_PREFIX)
            return fail(s, TAC_EINVAL, "PLOVER type too long");
        if (b->n >= 32)
            return fail(s, TAC_EINVAL, "too many filters");
        char *u = b->v[b->n].own;
        size_t n = strlen(f->plover);
        for (size_t i = 0; i <= n; i++) {
            unsigned char c = (unsigned char)f->plover[i];
            u[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        if (tac_buf_printf(sql, " AND e.plover = ?%d", bind_text(b, u)))
            return fail(s, TAC_ENOMEM, "out of memory");
    }
    if (f->quad) {
        if (f->quad < 1 || f->quad > 4)
            return fail(s, TAC_EINVAL, "quad class %d is not 1..4", f->quad);
        if (tac_buf_printf(sql, " AND e.quad = ?%d", bind_num(b, f->quad)))
            return fail(s, TAC_ENOMEM, "out of memory");
    }
    if (f->from && tac_buf_printf(sql, " AND e.date >= ?%d", bind_num(b, f->from)))
        return fail(s, TAC_ENOMEM, "out of memory");
    if (f->to && tac_buf_printf(sql, " AND e.date <= ?%d", bind_num(b, f->to)))
        return fail(s, TAC_ENOMEM, "out of memory");
    if (f->doc_id && *f->doc_id &&
        tac_buf_printf(sql, " AND e.id IN (SELECT m2.event FROM mentions m2 JOIN documents d2"
                     " ON d2.id = m2.doc WHERE d2.doc_id = ?%d)", bind_text(b, f->doc_id)))
        return fail(s, TAC_ENOMEM, "out of memory");
    if (b->n >= 32)
        return fail(s, TAC_EINVAL, "too many filters");
    return TAC_OK;
}

/* Prepares sql and binds b. */
static int prepare_bound(tac_store *s, tac_buf *sql, binds *b, sqlite3_stmt **st)
{
    if (!s->db)
        return fail(s, TAC_EINVAL, "the store is not open");
    /* a query on the writing handle sees the batch's rows */
    if (s->in_txn && flush_rows(s)) {
        rollback_batch(s);
        return TAC_EIO;
    }
    if (sqlite3_prepare_v2(s->db, sql->p, (int)sql->len, st, NULL) != SQLITE_OK)
        return fail_db(s, "cannot prepare the query");
    for (int i = 0; i < b->n; i++) {
        if (b->v[i].is_text)
            sqlite3_bind_text(*st, i + 1, b->v[i].text, -1, SQLITE_STATIC);
        else
            sqlite3_bind_int64(*st, i + 1, b->v[i].num);
    }
    return TAC_OK;
}

int tac_store_query(tac_store *s, const tac_store_filter *f, tac_store_event_fn fn, void *ud)
{
    if (!s || !fn)
        return TAC_EINVAL;
    tac_buf sql = {0};
    binds b = {0};
    sqlite3_stmt *st = NULL;
    int rc = TAC_OK;
    if (tac_buf_printf(&sql,
                "SELECT e.id, e.date, e.source, e.target, e.cameo, e.plover, e.quad, e.goldstein,"
                " e.num_mentions, e.num_sources, e.num_articles, e.added,"
                " d.doc_id, d.title, d.url, d.outlet, m.sentence, m.text, m.sent_start,"
                " m.src_start, m.src_end, m.tgt_start, m.tgt_end, m.verb_start, m.verb_end, m.flags"
                " FROM events e JOIN mentions m"
                " ON m.id = (SELECT min(id) FROM mentions WHERE event = e.id)"
                " JOIN documents d ON d.id = m.doc WHERE 1")) {
        rc = fail(s, TAC_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = add_filter(s, &sql, &b, f, 1)))
        goto out;
    if (tac_buf_printf(&sql, " ORDER BY e.date, e.id") ||
        (f && f->limit > 0 && tac_buf_printf(&sql, " LIMIT %ld", f->limit))) {
        rc = fail(s, TAC_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = prepare_bound(s, &sql, &b, &st)))
        goto out;
    int k;
    while ((k = sqlite3_step(st)) == SQLITE_ROW) {
        tac_store_event ev;
        char root[3] = {0};
        memset(&ev, 0, sizeof ev);
        ev.id = sqlite3_column_int64(st, 0);
        ev.date = sqlite3_column_int(st, 1);
        ev.source = col_text(st, 2);
        ev.target = col_text(st, 3);
        ev.cameo = col_text(st, 4);
        memcpy(root, ev.cameo, strlen(ev.cameo) >= 2 ? 2 : strlen(ev.cameo));
        ev.root = root;
        ev.plover = sqlite3_column_type(st, 5) == SQLITE_NULL ? NULL : col_text(st, 5);
        ev.quad = sqlite3_column_int(st, 6);
        ev.goldstein = sqlite3_column_type(st, 7) == SQLITE_NULL ? NAN : sqlite3_column_double(st, 7);
        ev.num_mentions = (long)sqlite3_column_int64(st, 8);
        ev.num_sources = (long)sqlite3_column_int64(st, 9);
        ev.num_articles = (long)sqlite3_column_int64(st, 10);
        ev.added = sqlite3_column_int64(st, 11);
        ev.doc_id = col_text(st, 12);
        ev.title = col_text(st, 13);
        ev.url = col_text(st, 14);
        ev.outlet = col_text(st, 15);
        ev.sentence = sqlite3_column_int(st, 16);
        ev.text = col_text(st, 17);
        ev.text_len = (size_t)sqlite3_column_bytes(st, 17);
        ev.sent_start = (uint32_t)sqlite3_column_int64(st, 18);
        ev.source_start = (uint32_t)sqlite3_column_int64(st, 19);
        ev.source_end = (uint32_t)sqlite3_column_int64(st, 20);
        ev.target_start = (uint32_t)sqlite3_column_int64(st, 21);
        ev.target_end = (uint32_t)sqlite3_column_int64(st, 22);
        ev.verb_start = (uint32_t)sqlite3_column_int64(st, 23);
        ev.verb_end = (uint32_t)sqlite3_column_int64(st, 24);
        ev.flags = (unsigned)sqlite3_column_int(st, 25);
        if (fn(ud, &ev)) {
            rc = TAC_EABORT;
            goto out;
        }
    }
    if (k != SQLITE_DONE)
        rc = fail_db(s, "query failed");
out:
    sqlite3_finalize(st);
    tac_buf_free(&sql);
    return rc;
}

int tac_store_dyads(tac_store *s, const char *a, const char *b_code, int by,
                    const tac_store_filter *f, tac_store_dyad_fn fn, void *ud)
{
    if (!s || !fn || !a || !b_code)
        return TAC_EINVAL;
    static const int divisor[] = { 1, 100, 10000 };
    if (by < TAC_BY_DAY || by > TAC_BY_YEAR)
        return fail(s, TAC_EINVAL, "unknown period %d", by);
    tac_buf sql = {0};
    binds b = {0};
    sqlite3_stmt *st = NULL;
    int alo, ahi, blo, bhi, rc;
    if ((rc = bind_prefix(s, &b, a, &alo, &ahi)) || (rc = bind_prefix(s, &b, b_code, &blo, &bhi)))
        return rc;
    if (tac_buf_printf(&sql, "SELECT CASE WHEN ") || add_range(&sql, "e.source", alo, ahi) ||
        tac_buf_printf(&sql, " AND ") || add_range(&sql, "e.target", blo, bhi) ||
        tac_buf_printf(&sql, " THEN 0 ELSE 1 END AS dir, e.date / %d AS period, count(*),"
                      " sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4),"
                      " sum(e.num_mentions), avg(e.goldstein)"
                      " FROM events e WHERE ((", divisor[by]) ||
        add_range(&sql, "e.source", alo, ahi) || tac_buf_printf(&sql, " AND ") ||
        add_range(&sql, "e.target", blo, bhi) || tac_buf_printf(&sql, ") OR (") ||
        add_range(&sql, "e.source", blo, bhi) || tac_buf_printf(&sql, " AND ") ||
        add_range(&sql, "e.target", alo, ahi) || tac_buf_printf(&sql, "))")) {
        rc = fail(s, TAC_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = add_filter(s, &sql, &b, f, 0)))
        goto out;
    if (tac_buf_printf(&sql, " GROUP BY dir, period ORDER BY dir, period")) {
        rc = fail(s, TAC_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = prepare_bound(s, &sql, &b, &st)))
        goto out;
    int k;
    while ((k = sqlite3_step(st)) == SQLITE_ROW) {
        tac_store_dyad row;
        memset(&row, 0, sizeof row);
        row.direction = sqlite3_column_int(st, 0);
        row.period = sqlite3_column_int(st, 1);
        row.events = (long)sqlite3_column_int64(st, 2);
        long known = 0;
        for (int q = 1; q <= 4; q++) {
            row.quad[q] = (long)sqlite3_column_int64(st, 2 + q);
            known += row.quad[q];
        }
        row.quad[0] = row.events - known;
        row.mentions = (long)sqlite3_column_int64(st, 7);
        row.goldstein = sqlite3_column_type(st, 8) == SQLITE_NULL ? NAN : sqlite3_column_double(st, 8);
        if (fn(ud, &row)) {
            rc = TAC_EABORT;
            goto out;
        }
    }
    if (k != SQLITE_DONE)
        rc = fail_db(s, "dyad query failed");
out:
    sqlite3_finalize(st);
    tac_buf_free(&sql);
    return rc;
}

int tac_store_actors(tac_store *s, const tac_store_filter *f, long top,
                     tac_store_actor_fn fn, void *ud)
{
    if (!s || !fn)
        return TAC_EINVAL;
    tac_buf sql = {0}, cond = {0};
    binds b = {0};
    sqlite3_stmt *st = NULL;
    int rc;
    /* The same numbered parameters serve both halves of the union. */
    if ((rc = add_filter(s, &cond, &b, f, 1)))
        goto out;
    if (tac_buf_append(&cond, "", 1)) {
        rc = fail(s, TAC_ENOMEM, "out of memory");
        goto out;
    }
    /* an event with no source named (a passive) counts for its target only */
    if (tac_buf_printf(&sql, "SELECT code, sum(s), sum(t), sum(m) FROM ("
                             "SELECT e.source AS code, 1 AS s, 0 AS t, e.num_mentions AS m"
                             " FROM events e WHERE e.source <> ''") ||
        tac_buf_append(&sql, cond.p, cond.len - 1) ||
        tac_buf_printf(&sql, " UNION ALL SELECT e.target, 0, 1, e.num_mentions FROM events e"
                      " WHERE e.target <> ''") ||
        tac_buf_append(&sql, cond.p, cond.len - 1) ||
        tac_buf_printf(&sql, ") GROUP BY code ORDER BY sum(s) + sum(t) DESC, code") ||
        (top > 0 && tac_buf_printf(&sql, " LIMIT %ld", top))) {
        rc = fail(s, TAC_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = prepare_bound(s, &sql, &b, &st)))
        goto out;
    int k;
    while ((k = sqlite3_step(st)) == SQLITE_ROW) {
        tac_store_actor row;
        row.code = col_text(st, 0);
        row.as_source = (long)sqlite3_column_int64(st, 1);
        row.as_target = (long)sqlite3_column_int64(st, 2);
        row.mentions = (long)sqlite3_column_int64(st, 3);
        if (fn(ud, &row)) {
            rc = TAC_EABORT;
            goto out;
        }
    }
    if (k != SQLITE_DONE)
        rc = fail_db(s, "actor query failed");
out:
    sqlite3_finalize(st);
    tac_buf_free(&sql);
    tac_buf_free(&cond);
    return rc;
}
