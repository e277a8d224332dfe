/*
 * test_store.c -- unit tests for the event store (store.c) and its export
 * writers (store_fmt.c): schema and version checks, idempotent ingest,
 * changed texts, GDELT-style counts, prefix filters, dyads, actors, and
 * the shape of each export line.  Events are built by hand, so the tests
 * do not depend on the dictionaries or the coder.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <json-c/json.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tacitus.h"

/* ---- fixtures ---- */

typedef struct fixture {
    char path[64];
    tac_store *s;
} fixture;

static void remove_db(const char *path)
{
    char p[96];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->path, sizeof f->path, "/tmp/tac_store_test_%d.db", (int)getpid());
    remove_db(f->path);
    if (tac_store_open(f->path, TAC_STORE_CREATE, &f->s) != TAC_OK)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    tac_store_close(f->s);
    remove_db(f->path);
    free(f);
    return 0;
}

/* One hand-made event: source/target codes, CAMEO code and the sentence
 * it sits in (offsets into text). */
typedef struct ev_spec {
    const char *src, *tgt, *cameo;
    int sentence;
} ev_spec;

static const char TEXT_A[] = "Kyiv urged Washington to act. Moscow rejected the plan.";

/* A document with an id, a date (0: none) and a text. */
static tac_doc make_doc(const char *id, int32_t date, const char *text)
{
    tac_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.id = id;
    doc.id_len = strlen(id);
    doc.date = date;
    doc.text = text;
    doc.text_len = strlen(text);
    return doc;
}

/* Stores a document with the given events; returns its begin status. */
static int put_doc(tac_store *s, const char *id, int32_t date, const char *meta, const char *text,
                   const ev_spec *ev, int nev)
{
    tac_doc doc = make_doc(id, date, text);
    doc.title = "A title";
    doc.title_len = 7;
    if (meta) {
        doc.meta = meta;
        doc.meta_len = strlen(meta);
    }
    int status = -1;
    assert_int_equal(tac_store_begin_doc(s, &doc, &status), TAC_OK);
    if (status == TAC_STORE_DOC_SAME)
        return status;
    for (int i = 0; i < nev; i++) {
        tac_event e;
        tac_cameo_info ci;
        memset(&e, 0, sizeof e);
        e.sentence = ev[i].sentence;
        e.sent_start = 0;
        e.sent_end = (uint32_t)doc.text_len;
        e.source.code = ev[i].src;
        e.source.start = 0;
        e.source.end = 4;
        e.target.code = ev[i].tgt;
        e.target.start = ev[i].tgt ? 11 : 0;
        e.target.end = ev[i].tgt ? 21 : 0;
        e.verb_start = 5;
        e.verb_end = 10;
        e.cameo = ev[i].cameo;
        memcpy(e.root, ev[i].cameo, 2);
        e.root[2] = 0;
        if (tac_cameo_lookup(ev[i].cameo, &ci) == TAC_OK) {
            e.quad = ci.quad;
            e.goldstein = ci.goldstein;
            e.plover = ci.plover;
        } else {
            e.goldstein = NAN;
        }
        assert_int_equal(tac_store_add_event(s, &doc, &e), TAC_OK);
    }
    assert_int_equal(tac_store_end_doc(s), TAC_OK);
    return status;
}

/* Collected query rows. */
typedef struct rows {
    int n;
    char key[64][48];
    long mentions[64], sources[64], articles[64];
    char doc[64][16];
} rows;

static int on_row(void *ud, const tac_store_event *ev)
{
    rows *r = ud;
    if (r->n >= 64)
        return 1;
    snprintf(r->key[r->n], sizeof r->key[0], "%d %s>%s %s", (int)ev->date, ev->source,
             *ev->target ? ev->target : "-", ev->cameo);
    r->mentions[r->n] = ev->num_mentions;
    r->sources[r->n] = ev->num_sources;
    r->articles[r->n] = ev->num_articles;
    snprintf(r->doc[r->n], sizeof r->doc[0], "%s", ev->doc_id);
    r->n++;
    return 0;
}

static rows run_query(tac_store *s, const tac_store_filter *f)
{
    rows r;
    memset(&r, 0, sizeof r);
    assert_int_equal(tac_store_query(s, f, on_row, &r), TAC_OK);
    return r;
}

static int find_key(const rows *r, const char *key)
{
    for (int i = 0; i < r->n; i++)
        if (!strcmp(r->key[i], key))
            return i;
    return -1;
}

/* ---- schema ---- */

static int sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

static void sql_exec(const char *path, const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* Runs first: before any store is opened SQLite can still be configured;
 * once one has been, tac_store_tune_process() refuses and changes nothing. */
static void test_tune_process(void **state)
{
    (void)state;
    assert_int_equal(tac_store_tune_process(), TAC_OK);
    char path[64];
    snprintf(path, sizeof path, "/tmp/tac_store_tune_%d.db", (int)getpid());
    remove_db(path);
    tac_store *s;
    assert_int_equal(tac_store_open(path, TAC_STORE_CREATE, &s), TAC_OK);
    assert_int_equal(tac_store_close(s), TAC_OK);
    assert_int_equal(tac_store_tune_process(), TAC_EINVAL);
    remove_db(path);
}

static void test_schema(void **state)
{
    fixture *f = *state;
    assert_int_equal(sql_int(f->path, "PRAGMA user_version"), TAC_STORE_SCHEMA);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                      " AND name IN ('documents', 'mentions', 'events')"), 3);
    assert_true(sql_int(f->path, "SELECT count(*) FROM sqlite_master WHERE type = 'index'") >= 4);
}

static void test_newer_schema_refused(void **state)
{
    fixture *f = *state;
    tac_store_close(f->s);
    f->s = NULL;
    sql_exec(f->path, "PRAGMA user_version = 99");
    tac_store *s = NULL;
    assert_int_equal(tac_store_open(f->path, 0, &s), TAC_EINVAL);
    assert_non_null(strstr(tac_store_errmsg(s), "newer"));
    tac_store_close(s);
    s = NULL;
    assert_int_equal(tac_store_open(f->path, TAC_STORE_READONLY, &s), TAC_EINVAL);
    tac_store_close(s);
}

static void test_foreign_files_refused(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "/tmp/tac_store_foreign_%d.db", (int)getpid());
    remove_db(path);
    sql_exec(path, "CREATE TABLE t(x)");
    tac_store *s = NULL;
    assert_int_equal(tac_store_open(path, TAC_STORE_CREATE, &s), TAC_EIO);
    assert_non_null(strstr(tac_store_errmsg(s), "not a tacitus store"));
    tac_store_close(s);
    remove_db(path);

    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("this is not a database at all, just some text that is long enough to look like a header\n", fp);
    fclose(fp);
    s = NULL;
    assert_int_not_equal(tac_store_open(path, TAC_STORE_CREATE, &s), TAC_OK);
    tac_store_close(s);
    remove_db(path);

    s = NULL;
    assert_int_equal(tac_store_open("/nonexistent-dir/x.db", TAC_STORE_READONLY, &s), TAC_EIO);
    tac_store_close(s);
}

/* ---- ingest ---- */

static void test_idempotent(void **state)
{
    fixture *f = *state;
    ev_spec ev[] = { { "UKR", "USA", "0232", 0 }, { "RUS", NULL, "120", 1 } };
    assert_int_equal(put_doc(f->s, "a", 20250425, NULL, TEXT_A, ev, 2), TAC_STORE_DOC_NEW);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    rows r1 = run_query(f->s, NULL);
    assert_int_equal(r1.n, 2);
    assert_int_equal(put_doc(f->s, "a", 20250425, NULL, TEXT_A, ev, 2), TAC_STORE_DOC_SAME);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    rows r2 = run_query(f->s, NULL);
    assert_int_equal(r2.n, 2);
    assert_memory_equal(&r1, &r2, sizeof r1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM mentions"), 2);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM documents"), 1);
    tac_store_stats st;
    tac_store_get_stats(f->s, &st);
    assert_int_equal(st.docs_new, 1);
    assert_int_equal(st.docs_same, 1);
    assert_int_equal(st.mentions, 2);
}

static void test_changed_text(void **state)
{
    fixture *f = *state;
    ev_spec ev1[] = { { "UKR", "USA", "0232", 0 }, { "RUS", NULL, "120", 1 } };
    ev_spec ev2[] = { { "UKR", "USA", "0232", 0 }, { "DEU", "FRA", "040", 1 } };
    put_doc(f->s, "a", 20250425, NULL, TEXT_A, ev1, 2);
    assert_int_equal(put_doc(f->s, "a", 20250425, NULL, "Kyiv urged Washington to act. Berlin met Paris.", ev2, 2),
                     TAC_STORE_DOC_CHANGED);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    rows r = run_query(f->s, NULL);
    assert_int_equal(r.n, 2);
    assert_true(find_key(&r, "20250425 RUS>- 120") < 0);          /* gone with its mention */
    int i = find_key(&r, "20250425 DEU>FRA 040");
    assert_true(i >= 0);
    i = find_key(&r, "20250425 UKR>USA 0232");
    assert_true(i >= 0);
    assert_int_equal(r.mentions[i], 1);                             /* replaced, not added */
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM mentions"), 2);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM documents"), 1);
}

static void test_dedup_counts(void **state)
{
    fixture *f = *state;
    ev_spec twice[] = { { "UKRGOV", "USA", "0232", 0 }, { "UKRGOV", "USA", "0232", 1 } };
    ev_spec once[] = { { "UKRGOV", "USA", "0232", 0 } };
    ev_spec other[] = { { "UKRGOV", "USA", "0233", 0 } };
    put_doc(f->s, "a", 20250425, "{\"source\":\"Outlet X\"}", TEXT_A, twice, 2);
    put_doc(f->s, "b", 20250425, "{\"source\":\"Outlet X\",\"url\":\"https://b\"}", TEXT_A, once, 1);
    put_doc(f->s, "c", 20250425, "{\"source\":\"Outlet Y\"}", TEXT_A, once, 1);
    put_doc(f->s, "d", 20250426, "{\"source\":\"Outlet Y\"}", TEXT_A, once, 1);  /* another day */
    rows r = run_query(f->s, NULL);
    assert_int_equal(r.n, 2);
    int i = find_key(&r, "20250425 UKRGOV>USA 0232");
    assert_true(i >= 0);
    assert_int_equal(r.mentions[i], 4);
    assert_int_equal(r.articles[i], 3);
    assert_int_equal(r.sources[i], 2);
    assert_string_equal(r.doc[i], "a");                            /* first mention */
    i = find_key(&r, "20250426 UKRGOV>USA 0232");
    assert_int_equal(r.mentions[i], 1);

    /* c changes and no longer reports it; b reports another code */
    put_doc(f->s, "c", 20250425, "{\"source\":\"Outlet Y\"}", "Nothing happened.", NULL, 0);
    put_doc(f->s, "b", 20250425, "{\"source\":\"Outlet X\"}", "Kyiv asked Washington.", other, 1);
    r = run_query(f->s, NULL);
    i = find_key(&r, "20250425 UKRGOV>USA 0232");
    assert_int_equal(r.mentions[i], 2);
    assert_int_equal(r.articles[i], 1);
    assert_int_equal(r.sources[i], 1);
    assert_true(find_key(&r, "20250425 UKRGOV>USA 0233") >= 0);

    /* a stops reporting it: the event goes */
    put_doc(f->s, "a", 20250425, NULL, "Quiet day.", NULL, 0);
    r = run_query(f->s, NULL);
    assert_true(find_key(&r, "20250425 UKRGOV>USA 0232") < 0);
    assert_int_equal(r.n, 2);
}

/* The text hash can be computed apart (on another thread) and given. */
/* NumSources when a document changes its outlet: the writer remembers
 * which outlet an event's mentions share, and must forget it then. */
static void test_sources_after_outlet_change(void **state)
{
    fixture *f = *state;
    ev_spec e[] = { { "RUS", "UKR", "190", 0 } };
    put_doc(f->s, "d1", 20250501, "{\"source\":\"Outlet X\"}", TEXT_A, e, 1);
    put_doc(f->s, "d2", 20250501, "{\"source\":\"Outlet X\"}", TEXT_A, e, 1);
    rows r = run_query(f->s, NULL);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.sources[0], 1);
    assert_int_equal(r.articles[0], 2);
    /* d1, revised, moves to another outlet and d2 goes quiet: one
     * mention, of Y (an outlet alone does not make a revision: the text
     * hash decides) */
    put_doc(f->s, "d1", 20250501, "{\"source\":\"Outlet Y\"}", "Kyiv urged Washington to act. Revised.", e, 1);
    put_doc(f->s, "d2", 20250501, "{\"source\":\"Outlet X\"}", "Nothing.", NULL, 0);
    r = run_query(f->s, NULL);
    assert_int_equal(r.sources[0], 1);
    assert_int_equal(r.articles[0], 1);
    /* a new document of X is a second source */
    put_doc(f->s, "d3", 20250501, "{\"source\":\"Outlet X\"}", TEXT_A, e, 1);
    r = run_query(f->s, NULL);
    assert_int_equal(r.sources[0], 2);
    assert_int_equal(r.articles[0], 2);
    /* and another of Y is not */
    put_doc(f->s, "d4", 20250501, "{\"source\":\"Outlet Y\"}", TEXT_A, e, 1);
    r = run_query(f->s, NULL);
    assert_int_equal(r.sources[0], 2);
    assert_int_equal(r.articles[0], 3);
}

static void test_hashed_api(void **state)
{
    fixture *f = *state;
    ev_spec ev[] = { { "UKR", "USA", "0232", 0 } };
    tac_doc doc = make_doc("h", 20250425, TEXT_A);
    int found = -1;
    uint64_t stored = 1;
    assert_int_equal(tac_store_doc_lookup(f->s, &doc, &found, &stored), TAC_OK);
    assert_int_equal(found, 0);
    put_doc(f->s, "h", 20250425, NULL, TEXT_A, ev, 1);
    assert_int_equal(tac_store_doc_lookup(f->s, &doc, &found, &stored), TAC_OK);
    assert_int_equal(found, 1);
    uint64_t h = tac_store_text_hash(TEXT_A, strlen(TEXT_A));
    assert_true(stored == h);
    assert_true(h != tac_store_text_hash("Kyiv urged Washington to act.", 29));
    int st = -1;
    assert_int_equal(tac_store_begin_doc_hashed(f->s, &doc, h, 0, &st), TAC_OK);
    assert_int_equal(st, TAC_STORE_DOC_SAME);
    assert_int_equal(tac_store_begin_doc_hashed(f->s, &doc, h + 1, 0, &st), TAC_OK);
    assert_int_equal(st, TAC_STORE_DOC_CHANGED);
    tac_store_abort_doc(f->s);

    /* begun as absent while stored: unchanged text keeps it, another
     * text replaces its mentions */
    assert_int_equal(tac_store_begin_doc_hashed(f->s, &doc, h, 1, &st), TAC_OK);
    assert_int_equal(st, TAC_STORE_DOC_NEW);
    assert_int_equal(tac_store_end_doc(f->s), TAC_OK);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM mentions"), 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM documents"), 1);
    assert_int_equal(tac_store_begin_doc_hashed(f->s, &doc, h + 1, 1, &st), TAC_OK);
    assert_int_equal(tac_store_end_doc(f->s), TAC_OK);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM mentions"), 0);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM events"), 0);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM documents"), 1);
    tac_store_stats ss;
    tac_store_get_stats(f->s, &ss);
    assert_int_equal(ss.docs_new, 1);
    assert_int_equal(ss.docs_same, 2);
    assert_int_equal(ss.docs_changed, 1);
    doc.date = 0;
    assert_int_equal(tac_store_doc_lookup(f->s, &doc, &found, &stored), TAC_EINVAL);
}

/* Whether a store holds documents, and the check of a document without
 * looking it up: a read-only handle sees what another one committed. */
static void test_empty_and_check(void **state)
{
    fixture *f = *state;
    ev_spec ev[] = { { "UKR", "USA", "0232", 0 } };
    tac_store *ro;
    assert_int_equal(tac_store_open(f->path, TAC_STORE_READONLY, &ro), TAC_OK);
    int empty = -1;
    assert_int_equal(tac_store_is_empty(f->s, &empty), TAC_OK);
    assert_int_equal(empty, 1);
    assert_int_equal(tac_store_is_empty(ro, &empty), TAC_OK);
    assert_int_equal(empty, 1);
    put_doc(f->s, "e", 20250425, NULL, TEXT_A, ev, 1);
    assert_int_equal(tac_store_is_empty(f->s, &empty), TAC_OK);
    assert_int_equal(empty, 0);
    assert_int_equal(tac_store_is_empty(ro, &empty), TAC_OK);
    assert_int_equal(empty, 1);   /* not committed yet */
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    assert_int_equal(tac_store_is_empty(ro, &empty), TAC_OK);
    assert_int_equal(empty, 0);
    assert_int_equal(tac_store_is_empty(NULL, &empty), TAC_EINVAL);

    tac_doc doc = make_doc("x", 20250425, TEXT_A);
    assert_int_equal(tac_store_doc_check(ro, &doc), TAC_OK);
    doc.date = 0;
    assert_int_equal(tac_store_doc_check(ro, &doc), TAC_EINVAL);
    assert_non_null(strstr(tac_store_errmsg(ro), "no date"));
    doc.date = 20250425;
    doc.id_len = 0;
    assert_int_equal(tac_store_doc_check(ro, &doc), TAC_EINVAL);
    assert_non_null(strstr(tac_store_errmsg(ro), "without an id"));
    tac_store_close(ro);
}

/* An event deleted (its only document changed) and reported again is
 * stored again, in the same batch and in a later one. */
static void test_event_back_after_delete(void **state)
{
    fixture *f = *state;
    ev_spec ev[] = { { "UKR", "USA", "0232", 0 } };
    put_doc(f->s, "a", 20250425, NULL, TEXT_A, ev, 1);
    put_doc(f->s, "a", 20250425, NULL, "Quiet day.", NULL, 0);
    put_doc(f->s, "b", 20250425, NULL, TEXT_A, ev, 1);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    rows r = run_query(f->s, NULL);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.mentions[0], 1);
    assert_string_equal(r.doc[0], "b");
    put_doc(f->s, "b", 20250425, NULL, "Quiet day.", NULL, 0);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM events"), 0);
    put_doc(f->s, "c", 20250425, NULL, TEXT_A, ev, 1);
    put_doc(f->s, "d", 20250425, NULL, TEXT_A, ev, 1);
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    r = run_query(f->s, NULL);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.mentions[0], 2);
    assert_int_equal(r.articles[0], 2);
    assert_string_equal(r.doc[0], "c");
}

/* Two handles writing the same store in turns: neither trusts what it
 * knew of the events once the other has committed. */
static void test_two_writers(void **state)
{
    fixture *f = *state;
    ev_spec e1[] = { { "UKR", "USA", "0232", 0 } };
    ev_spec e2[] = { { "RUS", "DEU", "120", 0 } };
    tac_store *b = NULL;
    assert_int_equal(tac_store_open(f->path, 0, &b), TAC_OK);
    put_doc(f->s, "a", 20250425, NULL, TEXT_A, e1, 1);        /* the first handle creates e1 */
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    put_doc(b, "x", 20250425, NULL, TEXT_A, e2, 1);           /* the second creates e2 */
    put_doc(b, "a", 20250425, NULL, "Quiet day.", NULL, 0);   /* and deletes e1 */
    assert_int_equal(tac_store_commit(b), TAC_OK);
    put_doc(f->s, "y", 20250425, NULL, TEXT_A, e2, 1);        /* e2 exists: one more mention */
    put_doc(f->s, "z", 20250425, NULL, TEXT_A, e1, 1);        /* e1 does not: made again */
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    rows r = run_query(f->s, NULL);
    assert_int_equal(r.n, 2);
    int i = find_key(&r, "20250425 RUS>DEU 120");
    assert_true(i >= 0);
    assert_int_equal(r.mentions[i], 2);
    assert_int_equal(r.articles[i], 2);
    i = find_key(&r, "20250425 UKR>USA 0232");
    assert_true(i >= 0);
    assert_int_equal(r.mentions[i], 1);
    assert_string_equal(r.doc[i], "z");
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM events"), 2);
    tac_store_close(b);
}

static void test_refuses_undated(void **state)
{
    fixture *f = *state;
    tac_doc doc = make_doc("x", 0, "text");
    int st;
    assert_int_equal(tac_store_begin_doc(f->s, &doc, &st), TAC_EINVAL);
    assert_non_null(strstr(tac_store_errmsg(f->s), "no date"));
    assert_int_equal(tac_store_doc_status(f->s, &doc, &st), TAC_EINVAL);
}

/* ---- filters ---- */

static void load_filter_set(tac_store *s)
{
    ev_spec a[] = { { "UKRGOV", "USA", "0232", 0 }, { "UKR", "RUSMIL", "190", 1 } };
    ev_spec b[] = { { "USA", "UKR", "1951", 0 }, { "RUS", "UKRGOV", "119", 0 } };
    ev_spec c[] = { { "UKB", "USA", "040", 0 }, { "RUS", NULL, "012", 0 } };
    put_doc(s, "a", 20250110, NULL, TEXT_A, a, 2);
    put_doc(s, "b", 20250220, NULL, TEXT_A, b, 2);
    put_doc(s, "c", 20260301, NULL, TEXT_A, c, 2);
}

static void test_prefix_filters(void **state)
{
    fixture *f = *state;
    load_filter_set(f->s);
    tac_store_filter q;

    memset(&q, 0, sizeof q);
    q.source = "UKR";                       /* UKR and UKRGOV, not UKB */
    rows r = run_query(f->s, &q);
    assert_int_equal(r.n, 2);
    assert_true(find_key(&r, "20250110 UKRGOV>USA 0232") >= 0);
    assert_true(find_key(&r, "20250110 UKR>RUSMIL 190") >= 0);

    q.source = "ukr";                       /* case does not matter */
    assert_int_equal(run_query(f->s, &q).n, 2);

    memset(&q, 0, sizeof q);
    q.actor = "UKR";
    q.role = TAC_ROLE_TARGET;
    r = run_query(f->s, &q);
    assert_int_equal(r.n, 2);               /* USA>UKR, RUS>UKRGOV */

    q.role = TAC_ROLE_EITHER;
    assert_int_equal(run_query(f->s, &q).n, 4);

    memset(&q, 0, sizeof q);
    q.cameo = "19";                         /* 190 and 1951, not 119 */
    r = run_query(f->s, &q);
    assert_int_equal(r.n, 2);
    assert_true(find_key(&r, "20250220 RUS>UKRGOV 119") < 0);

    memset(&q, 0, sizeof q);
    q.plover = "ASSAULT";
    r = run_query(f->s, &q);
    assert_true(r.n >= 1);
    assert_true(find_key(&r, "20250110 UKR>RUSMIL 190") >= 0);

    memset(&q, 0, sizeof q);
    q.quad = 4;
    r = run_query(f->s, &q);
    for (int i = 0; i < r.n; i++)
        assert_true(strstr(r.key[i], " 19") || strstr(r.key[i], " 18") || strstr(r.key[i], " 17") ||
                    strstr(r.key[i], " 20") || strstr(r.key[i], " 15") || strstr(r.key[i], " 14"));

    memset(&q, 0, sizeof q);
    q.from = 20250201;
    q.to = 20251231;
    assert_int_equal(run_query(f->s, &q).n, 2);

    memset(&q, 0, sizeof q);
    q.doc_id = "c";
    r = run_query(f->s, &q);
    assert_int_equal(r.n, 2);
    assert_true(find_key(&r, "20260301 RUS>- 012") >= 0);

    memset(&q, 0, sizeof q);
    q.source = "UKR";
    q.target = "US";
    assert_int_equal(run_query(f->s, &q).n, 1);

    memset(&q, 0, sizeof q);
    q.limit = 3;
    assert_int_equal(run_query(f->s, &q).n, 3);

    memset(&q, 0, sizeof q);
    q.quad = 9;
    rows dummy;
    assert_int_equal(tac_store_query(f->s, &q, on_row, &dummy), TAC_EINVAL);
}

typedef struct dy_rows {
    int n;
    tac_store_dyad r[16];
} dy_rows;

static int on_dyad(void *ud, const tac_store_dyad *row)
{
    dy_rows *d = ud;
    if (d->n < 16)
        d->r[d->n++] = *row;
    return 0;
}

static void test_dyads(void **state)
{
    fixture *f = *state;
    load_filter_set(f->s);
    dy_rows d = {0};
    assert_int_equal(tac_store_dyads(f->s, "UKR", "USA", TAC_BY_MONTH, NULL, on_dyad, &d), TAC_OK);
    /* UKR->USA: 2025-01 (UKRGOV 0232); USA->UKR: 2025-02 (1951).  UKB is not UKR. */
    assert_int_equal(d.n, 2);
    assert_int_equal(d.r[0].direction, 0);
    assert_int_equal(d.r[0].period, 202501);
    assert_int_equal(d.r[0].events, 1);
    assert_int_equal(d.r[0].quad[1], 1);
    assert_int_equal(d.r[1].direction, 1);
    assert_int_equal(d.r[1].period, 202502);
    tac_cameo_info ci;
    assert_int_equal(tac_cameo_lookup("1951", &ci), TAC_OK);
    assert_true(fabs(d.r[1].goldstein - ci.goldstein) < 1e-9);

    memset(&d, 0, sizeof d);
    assert_int_equal(tac_store_dyads(f->s, "RUS", "UKR", TAC_BY_YEAR, NULL, on_dyad, &d), TAC_OK);
    assert_int_equal(d.n, 2);                /* UKR->RUSMIL and RUS->UKRGOV, both 2025 */
    assert_int_equal(d.r[0].period, 2025);
    assert_int_equal(d.r[0].direction, 0);   /* RUS -> UKR first */
}

typedef struct act_rows {
    int n;
    char code[16][16];
    long total[16];
} act_rows;

static int on_actor(void *ud, const tac_store_actor *a)
{
    act_rows *r = ud;
    if (r->n < 16) {
        snprintf(r->code[r->n], 16, "%s", a->code);
        r->total[r->n] = a->as_source + a->as_target;
        r->n++;
    }
    return 0;
}

static void test_actors(void **state)
{
    fixture *f = *state;
    load_filter_set(f->s);
    act_rows r = {0};
    assert_int_equal(tac_store_actors(f->s, NULL, 2, on_actor, &r), TAC_OK);
    assert_int_equal(r.n, 2);
    /* USA: 3 events (2 as target, 1 as source); RUS: 2 */
    assert_string_equal(r.code[0], "USA");
    assert_int_equal(r.total[0], 3);
    assert_string_equal(r.code[1], "RUS");
    assert_int_equal(r.total[1], 2);
}

/* ---- export writers ---- */

static tac_store_event sample_event(void)
{
    static const char sent[] = "Kyiv, said \"officials\", urged\tWashington.";
    tac_store_event ev;
    memset(&ev, 0, sizeof ev);
    ev.id = 7;
    ev.date = 20250425;
    ev.source = "UKRGOV";
    ev.target = "IGOWSTNAT";
    ev.cameo = "0232";
    ev.root = "02";
    ev.plover = "REQUEST";
    ev.quad = 1;
    ev.goldstein = 3.4;
    ev.num_mentions = 3;
    ev.num_sources = 2;
    ev.num_articles = 2;
    ev.added = 1745582400;   /* 2025-04-25 12:00:00 UTC */
    ev.doc_id = "doc-1";
    ev.title = "Title, with comma";
    ev.url = "https://example.org/a";
    ev.outlet = "Outlet";
    ev.sentence = 0;
    ev.text = sent;
    ev.text_len = sizeof sent - 1;
    ev.sent_start = 100;
    ev.source_start = 100;
    ev.source_end = 104;
    ev.target_start = 130;
    ev.target_end = 140;
    ev.verb_start = 124;
    ev.verb_end = 129;
    return ev;
}

static int count_fields(const char *line, char sep)
{
    int n = 1;
    for (const char *p = line; *p && *p != '\n'; p++)
        n += *p == sep;
    return n;
}

/* The query indexes of a bulk load: dropped while a handle fills a store
 * that had no events, built at close, rebuilt by a read-write open when a
 * run died in between, and kept by a run into a store with events. */
#define QUERY_INDEXES "SELECT count(*) FROM sqlite_master WHERE type = 'index'" \
                      " AND name IN ('events_source', 'events_target')"

static void test_bulk_indexes(void **state)
{
    fixture *f = *state;
    ev_spec a[] = { { "UKR", "USA", "0232", 0 } }, b[] = { { "RUS", "UKR", "190", 1 } };
    assert_int_equal(sql_int(f->path, QUERY_INDEXES), 2);
    tac_store_set_batch(f->s, 1);   /* each document committed: visible to others */
    put_doc(f->s, "d1", 20250101, NULL, TEXT_A, a, 1);
    assert_int_equal(sql_int(f->path, QUERY_INDEXES), 0);
    /* a reader meanwhile gets the same answers, without the indexes */
    tac_store *r;
    assert_int_equal(tac_store_open(f->path, TAC_STORE_READONLY, &r), TAC_OK);
    tac_store_filter flt;
    memset(&flt, 0, sizeof flt);
    flt.source = "UKR";
    rows got = run_query(r, &flt);
    assert_int_equal(got.n, 1);
    assert_string_equal(got.key[0], "20250101 UKR>USA 0232");
    tac_store_close(r);
    put_doc(f->s, "d2", 20250102, NULL, TEXT_A, b, 1);
    assert_int_equal(tac_store_close(f->s), TAC_OK);
    f->s = NULL;
    assert_int_equal(sql_int(f->path, QUERY_INDEXES), 2);

    /* a run killed before it built them: a read-only open leaves the store
     * as it is, a read-write open builds them */
    sql_exec(f->path, "DROP INDEX events_source; DROP INDEX events_target;");
    assert_int_equal(tac_store_open(f->path, TAC_STORE_READONLY, &r), TAC_OK);
    flt.source = "RUS";
    got = run_query(r, &flt);
    assert_int_equal(got.n, 1);
    tac_store_close(r);
    assert_int_equal(sql_int(f->path, QUERY_INDEXES), 0);
    assert_int_equal(tac_store_open(f->path, 0, &f->s), TAC_OK);
    assert_int_equal(sql_int(f->path, QUERY_INDEXES), 2);

    /* a store with events keeps its indexes throughout a run */
    tac_store_set_batch(f->s, 1);
    put_doc(f->s, "d3", 20250103, NULL, TEXT_A, b, 1);
    assert_int_equal(sql_int(f->path, QUERY_INDEXES), 2);
}

/* A batch keeps a new document's mentions, and new events, in memory and
 * writes them together: with more rows than it holds at once (written
 * mid-batch), outlets that take the slow path, a changed document and a
 * query on the writing handle in the middle, the rows and counts come
 * out as the mentions say. */
static void test_deferred_rows(void **state)
{
    fixture *f = *state;
    static const char *const cameo[] = { "0232", "190", "043" };
    char id[32], src[16], meta[40];
    tac_store_set_batch(f->s, 100000);
    for (int i = 0; i < 18000; i++) {
        snprintf(id, sizeof id, "n%d", i);
        snprintf(src, sizeof src, "X%02d", i % 50);
        snprintf(meta, sizeof meta, "{\"source\":\"Outlet %d\"}", (i / 7) % 2);
        ev_spec e[] = { { src, "USA", cameo[(i / 50) % 3], 0 }, { src, "USA", cameo[(i / 50) % 3], 1 } };
        put_doc(f->s, id, 20250101 + i / 6000, meta, TEXT_A, e, 1 + (i % 5 == 0));
        if (i == 9000) {
            ev_spec c[] = { { "X10", "USA", "190", 0 } };
            put_doc(f->s, "n10", 20250101, "{\"source\":\"Outlet 1\"}", "Kyiv urged Washington.", c, 1);
        }
        if (i == 12000) {
            tac_store_filter flt;
            memset(&flt, 0, sizeof flt);
            flt.source = "X07";
            flt.limit = 3;
            assert_int_equal(run_query(f->s, &flt).n, 3);
        }
    }
    assert_int_equal(tac_store_commit(f->s), TAC_OK);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM documents"), 18000);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM mentions"), 18000 + 3600 - 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM events e WHERE"
                                      " num_mentions <> (SELECT count(*) FROM mentions WHERE event = e.id)"
                                      " OR num_articles <> (SELECT count(DISTINCT doc) FROM mentions WHERE event = e.id)"
                                      " OR num_sources <> (SELECT count(DISTINCT d.outlet) FROM mentions m"
                                      "   JOIN documents d ON d.id = m.doc WHERE m.event = e.id)"),
                     0);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM events WHERE num_sources = 2"),
                     sql_int(f->path, "SELECT count(*) FROM events"));
}

/* An event with no source named (a passive naming no agent) is stored
 * with a blank source: it counts for its target only among the actors,
 * and a source filter never finds it. */
static void test_sourceless_event(void **state)
{
    fixture *f = *state;
    ev_spec e[] = { { NULL, "UKRMIL", "190", 0 }, { "RUS", "UKR", "190", 1 } };
    put_doc(f->s, "p1", 20250601, NULL, TEXT_A, e, 2);
    act_rows r = {0};
    assert_int_equal(tac_store_actors(f->s, NULL, 10, on_actor, &r), TAC_OK);
    assert_int_equal(r.n, 3);   /* RUS, UKR, UKRMIL; no blank actor */
    for (int i = 0; i < r.n; i++) {
        assert_true(r.code[i][0] != '\0');
        if (!strcmp(r.code[i], "UKRMIL"))
            assert_int_equal(r.total[i], 1);
    }
    tac_store_filter flt;
    memset(&flt, 0, sizeof flt);
    flt.target = "UKRMIL";
    rows q = run_query(f->s, &flt);
    assert_int_equal(q.n, 1);
    assert_string_equal(q.key[0], "20250601 >UKRMIL 190");
    memset(&flt, 0, sizeof flt);
    flt.source = "U";
    q = run_query(f->s, &flt);
    assert_int_equal(q.n, 0);
}

static void test_gdelt_line(void **state)
{
    (void)state;
    tac_store_event ev = sample_event();
    tac_buf b = {0};
    assert_int_equal(tac_store_event_write(&b, TAC_EXPORT_GDELT, &ev), TAC_OK);
    assert_int_equal(tac_buf_append(&b, "", 1), 0);
    assert_int_equal(count_fields(b.p, '\t'), 61);
    assert_int_equal(count_fields(tac_export_header(TAC_EXPORT_GDELT), '\t'), 61);
    /* split and check the columns we fill */
    char *cols[64];
    int n = 0;
    for (char *p = b.p, *tok; n < 64 && (tok = strsep(&p, "\t\n")); )
        cols[n++] = tok;
    assert_string_equal(cols[0], "7");
    assert_string_equal(cols[1], "20250425");
    assert_string_equal(cols[2], "202504");
    assert_string_equal(cols[3], "2025");
    assert_string_equal(cols[5], "UKRGOV");
    assert_string_equal(cols[6], "Kyiv");
    assert_string_equal(cols[7], "UKR");
    assert_string_equal(cols[12], "GOV");
    assert_string_equal(cols[15], "IGOWSTNAT");
    assert_string_equal(cols[17], "");            /* no country */
    assert_string_equal(cols[18], "NAT");         /* known group */
    assert_string_equal(cols[22], "IGO");
    assert_string_equal(cols[26], "0232");
    assert_string_equal(cols[27], "023");
    assert_string_equal(cols[28], "02");
    assert_string_equal(cols[29], "1");
    assert_string_equal(cols[30], "3.4");
    assert_string_equal(cols[31], "3");
    assert_string_equal(cols[32], "2");
    assert_string_equal(cols[33], "2");
    assert_string_equal(cols[34], "");            /* tone: not coded */
    assert_string_equal(cols[59], "20250425120000");
    assert_string_equal(cols[60], "https://example.org/a");
    tac_buf_free(&b);
}

/* Codes without a country: a role ("GOV", as agents of no known country
 * are coded) or a religion ("MOSSHI") first is not a country. */
static void test_gdelt_no_country(void **state)
{
    (void)state;
    tac_store_event ev = sample_event();
    ev.source = "GOV";
    ev.target = "MOSSHI";
    tac_buf b = {0};
    assert_int_equal(tac_store_event_write(&b, TAC_EXPORT_GDELT, &ev), TAC_OK);
    assert_int_equal(tac_buf_append(&b, "", 1), 0);
    char *cols[64];
    int n = 0;
    for (char *p = b.p, *tok; n < 64 && (tok = strsep(&p, "\t\n")); )
        cols[n++] = tok;
    assert_true(n >= 61);
    assert_string_equal(cols[5], "GOV");
    assert_string_equal(cols[7], "");             /* no country */
    assert_string_equal(cols[12], "GOV");         /* Type1Code */
    assert_string_equal(cols[15], "MOSSHI");
    assert_string_equal(cols[17], "");
    assert_string_equal(cols[20], "MOS");         /* Religion1Code */
    assert_string_equal(cols[21], "SHI");
    tac_buf_free(&b);
}

static void test_plover_line(void **state)
{
    (void)state;
    tac_store_event ev = sample_event();
    tac_buf b = {0};
    assert_int_equal(tac_store_event_write(&b, TAC_EXPORT_PLOVER, &ev), TAC_OK);
    json_object *o = json_tokener_parse(b.p);
    assert_non_null(o);
    const char *need[] = { "id", "date", "actor", "recipient", "event", "mode", "context",
                           "event_text", "text", "cite_info", NULL };
    for (int i = 0; need[i]; i++) {
        json_object *v;
        assert_true(json_object_object_get_ex(o, need[i], &v));
    }
    json_object *v, *x;
    json_object_object_get_ex(o, "event", &v);
    assert_string_equal(json_object_get_string(json_object_array_get_idx(v, 0)), "REQUEST");
    json_object_object_get_ex(o, "actor", &v);
    x = json_object_array_get_idx(v, 0);
    json_object *code;
    json_object_object_get_ex(x, "code", &code);
    assert_string_equal(json_object_get_string(code), "UKR");
    json_object_object_get_ex(o, "date", &v);
    assert_string_equal(json_object_get_string(v), "2025-04-25");
    json_object_put(o);

    /* statements have no PLOVER type: nothing written */
    b.len = 0;
    ev.plover = NULL;
    assert_int_equal(tac_store_event_write(&b, TAC_EXPORT_PLOVER, &ev), TAC_OK);
    assert_int_equal(b.len, 0);
    tac_buf_free(&b);
}

static void test_csv_and_phoenix_lines(void **state)
{
    (void)state;
    tac_store_event ev = sample_event();
    tac_buf b = {0};
    assert_int_equal(tac_store_event_write(&b, TAC_EXPORT_CSV, &ev), TAC_OK);
    assert_int_equal(tac_buf_append(&b, "", 1), 0);
    assert_non_null(strstr(b.p, ",\"Title, with comma\","));
    assert_non_null(strstr(b.p, "\"Kyiv, said \"\"officials\"\", urged\tWashington.\"\n"));
    b.len = 0;
    assert_int_equal(tac_store_event_write(&b, TAC_EXPORT_PHOENIX, &ev), TAC_OK);
    assert_int_equal(tac_buf_append(&b, "", 1), 0);
    assert_int_equal(count_fields(b.p, '\t'), 26);
    assert_int_equal(count_fields(tac_export_header(TAC_EXPORT_PHOENIX), '\t'), 26);
    assert_non_null(strstr(b.p, "\tUKRGOV\tUKR\tGOV\t\tIGOWSTNAT\tIGO\tIGO\tNAT\t0232\t02\t1\t3.4\t"));
    assert_non_null(strstr(b.p, "\tdoc-1_0\thttps://example.org/a\tOutlet\n"));
    tac_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tune_process),
        cmocka_unit_test_setup_teardown(test_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_schema_refused, setup, teardown),
        cmocka_unit_test(test_foreign_files_refused),
        cmocka_unit_test_setup_teardown(test_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_changed_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dedup_counts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sources_after_outlet_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hashed_api, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_and_check, setup, teardown),
        cmocka_unit_test_setup_teardown(test_event_back_after_delete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_two_writers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuses_undated, setup, teardown),
        cmocka_unit_test_setup_teardown(test_prefix_filters, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dyads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_actors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bulk_indexes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deferred_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sourceless_event, setup, teardown),
        cmocka_unit_test(test_gdelt_line),
        cmocka_unit_test(test_gdelt_no_country),
        cmocka_unit_test(test_plover_line),
        cmocka_unit_test(test_csv_and_phoenix_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
