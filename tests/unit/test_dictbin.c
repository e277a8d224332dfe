/*
 * test_dictbin.c -- compiled dictionary files: a dictionary saved and
 * loaded back codes every document exactly as the dictionary built from
 * text; damaged files (a flipped byte, truncation, another version, not a
 * dictionary at all) give TAC_EPARSE and a diagnostic, never a crash; the
 * source hash notices changed files.  Also tac_tokenize_only().
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <cmocka.h>
#include "internal.h"

#define DATA TAC_SOURCE_DIR "/tests/data/dictbin"

static char tmpdir[64];

/* Diagnostics are collected so that tests can check the reason given. */
typedef struct diags { int n; char last[512]; } diags;
static void on_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    diags *g = ud;
    (void)where; (void)line;
    if (severity >= TAC_DIAG_ERROR)
        g->n++;
    snprintf(g->last, sizeof g->last, "%s", msg);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/tacitus-dictbin-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void tmp_path(char *buf, size_t cap, const char *name)
{
    snprintf(buf, cap, "%s/%s", tmpdir, name);
}

static tac_dict *build_small(void)
{
    tac_builder *b = tac_builder_new(NULL, NULL);
    assert_non_null(b);
    assert_int_equal(tac_builder_add_file(b, DATA "/actors.txt", TAC_FMT_TACITUS), TAC_OK);
    assert_int_equal(tac_builder_add_file(b, DATA "/verbs.txt", TAC_FMT_TACITUS), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    return d;
}

static tac_dict *build_defaults(void)
{
    tac_builder *b = tac_builder_new(NULL, NULL);
    assert_int_equal(tac_builder_add_defaults(b, TAC_SOURCE_DIR "/dict/default"), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    return d;
}

static tac_dict *save_load(const tac_dict *d, const char *name)
{
    char path[256];
    tmp_path(path, sizeof path, name);
    assert_int_equal(tac_dict_save(d, path), TAC_OK);
    tac_dict *l = NULL;
    diags g = { 0 };
    assert_int_equal(tac_dict_load(path, &l, on_diag, &g), TAC_OK);
    assert_int_equal(g.n, 0);
    assert_non_null(l);
    return l;
}

static int collect(void *ud, const tac_doc *doc, const tac_event *ev)
{
    return tac_event_write_json(ud, doc, ev) != TAC_OK;
}

/* Codes every document of path with d; returns the JSON lines (caller
 * frees out->p) and the number of events. */
static long code_file(const tac_dict *d, const char *path, int32_t date, tac_buf *out)
{
    tac_reader *r = NULL;
    assert_int_equal(tac_reader_open(path, TAC_INPUT_AUTO, date, NULL, NULL, &r), TAC_OK);
    tac_ctx *c = tac_ctx_new();
    tac_doc doc;
    int rc;
    while ((rc = tac_reader_next(r, &doc)) == 1)
        assert_int_equal(tac_code(d, c, &doc, collect, out), TAC_OK);
    assert_int_equal(rc, 0);
    tac_code_stats st;
    tac_ctx_get_stats(c, &st);
    tac_ctx_free(c);
    tac_reader_free(r);
    return (long)st.events;
}

static void assert_same_events(const tac_dict *a, const tac_dict *b, const char *path, int32_t date, long min_events)
{
    tac_buf x = { 0 }, y = { 0 };
    long na = code_file(a, path, date, &x);
    long nb = code_file(b, path, date, &y);
    assert_true(na >= min_events);
    assert_int_equal(na, nb);
    assert_int_equal(x.len, y.len);
    if (x.len)
        assert_memory_equal(x.p, y.p, x.len);
    tac_buf_free(&x);
    tac_buf_free(&y);
}

static void test_roundtrip_small(void **state)
{
    (void)state;
    tac_dict *d = build_small();
    tac_dict *l = save_load(d, "small.tacd");
    /* the same tables, not only the same events */
    assert_int_equal(l->nwords, d->nwords);
    assert_int_equal(l->pool_len, d->pool_len);
    assert_memory_equal(l->pool, d->pool, (size_t)d->pool_len);
    assert_int_equal(l->nentries, d->nentries);
    assert_memory_equal(l->first_start, d->first_start, sizeof(int32_t) * (size_t)(d->nwords + 2));
    assert_int_equal(l->nesig, d->nesig);
    assert_memory_equal(l->esig, d->esig, sizeof(*d->esig) * (size_t)d->nesig);
    assert_memory_equal(l->elem_esig, d->elem_esig, sizeof(int32_t) * (size_t)d->nelems);
    assert_memory_equal(&l->opt, &d->opt, sizeof d->opt);
    tac_dict_stats s1, s2;
    tac_dict_get_stats(d, &s1);
    tac_dict_get_stats(l, &s2);
    assert_memory_equal(&s1, &s2, sizeof s1);
    assert_true(s2.patterns > 0 && s2.synsets == 2);
    assert_same_events(d, l, DATA "/docs.jsonl", 0, 8);
    tac_dict_free(l);
    tac_dict_free(d);
}

static void test_roundtrip_defaults(void **state)
{
    (void)state;
    tac_dict *d = build_defaults();
    tac_dict *l = save_load(d, "defaults.tacd");
    assert_same_events(d, l, TAC_SOURCE_DIR "/examples/article.txt", 20250425, 1);
    assert_same_events(d, l, TAC_SOURCE_DIR "/tests/data/golden/docs.jsonl", 20250101, 1);
    assert_same_events(d, l, TAC_SOURCE_DIR "/tests/data/golden/seed_like.txt", 20250310, 1);
    assert_same_events(d, l, DATA "/docs.jsonl", 0, 0);
    /* a loaded dictionary can be saved again, byte for byte the same data */
    char p2[256];
    tmp_path(p2, sizeof p2, "again.tacd");
    assert_int_equal(tac_dict_save(l, p2), TAC_OK);
    tac_dict *l2 = NULL;
    assert_int_equal(tac_dict_load(p2, &l2, NULL, NULL), TAC_OK);
    assert_int_equal(l2->nphrases, d->nphrases);
    assert_same_events(d, l2, TAC_SOURCE_DIR "/examples/article.txt", 20250425, 1);
    tac_dict_free(l2);
    tac_dict_free(l);
    tac_dict_free(d);
}

/* Reads a whole file. */
static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc((size_t)n + 1);
    assert_non_null(p);
    assert_int_equal(fread(p, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return p;
}

static void spill(const char *path, const unsigned char *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (n)
        assert_int_equal(fwrite(p, 1, n, f), n);
    fclose(f);
}

/* Loading path must fail with rc and a diagnostic containing why. */
static void assert_load_fails(const char *path, int rc, const char *why)
{
    diags g = { 0 };
    tac_dict *d = (tac_dict *)&g;   /* must be reset to NULL */
    assert_int_equal(tac_dict_load(path, &d, on_diag, &g), rc);
    assert_null(d);
    assert_true(g.n >= 1);
    if (why && !strstr(g.last, why))
        fail_msg("diagnostic '%s' does not mention '%s'", g.last, why);
}

static void test_damaged_files(void **state)
{
    (void)state;
    tac_dict *d = build_small();
    char good[256], bad[256];
    tmp_path(good, sizeof good, "good.tacd");
    tmp_path(bad, sizeof bad, "bad.tacd");
    assert_int_equal(tac_dict_save(d, good), TAC_OK);
    tac_dict_free(d);
    size_t n;
    unsigned char *img = slurp(good, &n);
    assert_true(n > 4096);

    /* one byte flipped anywhere: in the arrays, in the header's scalars */
    size_t where[] = { n / 2, n - 1, 200, 40, 16 };
    for (size_t i = 0; i < sizeof where / sizeof where[0]; i++) {
        img[where[i]] ^= 0x20;
        spill(bad, img, n);
        assert_load_fails(bad, TAC_EPARSE, NULL);
        img[where[i]] ^= 0x20;
    }
    img[n / 3] ^= 1;
    spill(bad, img, n);
    assert_load_fails(bad, TAC_EPARSE, "checksum");
    img[n / 3] ^= 1;

    /* truncated: mid-array, inside the header, empty */
    spill(bad, img, n - 100);
    assert_load_fails(bad, TAC_EPARSE, "truncated");
    spill(bad, img, 100);
    assert_load_fails(bad, TAC_EPARSE, "truncated");
    spill(bad, img, 0);
    assert_load_fails(bad, TAC_EPARSE, "truncated");

    /* another format version (field after the magic) */
    uint32_t v;
    memcpy(&v, img + 8, 4);
    uint32_t v2 = v + 1;
    memcpy(img + 8, &v2, 4);
    spill(bad, img, n);
    assert_load_fails(bad, TAC_EPARSE, "version");
    memcpy(img + 8, &v, 4);

    /* another byte order */
    uint32_t bo, swapped;
    memcpy(&bo, img + 12, 4);
    swapped = __builtin_bswap32(bo);
    memcpy(img + 12, &swapped, 4);
    spill(bad, img, n);
    assert_load_fails(bad, TAC_EPARSE, "byte order");
    memcpy(img + 12, &bo, 4);

    /* not a dictionary at all; missing */
    assert_load_fails(DATA "/verbs.txt", TAC_EPARSE, NULL);
    tmp_path(bad, sizeof bad, "missing.tacd");
    assert_load_fails(bad, TAC_EIO, NULL);

    /* the untouched image still loads */
    tmp_path(bad, sizeof bad, "copy.tacd");
    spill(bad, img, n);
    tac_dict *l = NULL;
    assert_int_equal(tac_dict_load(bad, &l, NULL, NULL), TAC_OK);
    tac_dict_free(l);
    free(img);
}

/* A file with a valid checksum whose arrays point out of bounds (written
 * by a faulty or hostile program): each such reference is refused at
 * load, naming what is wrong, before the coder could follow it. */
static void save_and_expect(tac_dict *d, const char *path, const char *why)
{
    assert_int_equal(tac_dict_save(d, path), TAC_OK);
    assert_load_fails(path, TAC_EPARSE, why);
}

static void test_crafted_references(void **state)
{
    (void)state;
    tac_dict *d = build_small();
    char path[256];
    tmp_path(path, sizeof path, "crafted.tacd");
    assert_true(d->npatterns > 0 && d->nentries > 0 && d->nwords > 1 && d->nverbs > 0);

    int32_t keep = d->patterns[0].phrase;
    d->patterns[0].phrase = d->nphrases;
    save_and_expect(d, path, "pattern");
    d->patterns[0].phrase = keep;

    keep = d->entries[0].ref;
    d->entries[0].ref = 1 << 30;
    save_and_expect(d, path, "entry reference");
    d->entries[0].ref = keep;

    keep = d->verbs[0].npats;
    d->verbs[0].npats = d->npatterns + 1;
    save_and_expect(d, path, "verb");
    d->verbs[0].npats = keep;

    keep = d->word_off[1];
    d->word_off[1] = -5;
    save_and_expect(d, path, "word string");
    d->word_off[1] = keep;

    int32_t w = 0;
    while (w < d->nwords && d->first_start[w] == d->first_start[w + 1])
        w++;
    assert_true(w < d->nwords);   /* some word starts an entry */
    keep = d->first_start[w + 1];
    d->first_start[w + 1] = d->first_start[w] - 1;
    save_and_expect(d, path, "first-word index");
    d->first_start[w + 1] = keep;

    /* all restored: it loads again */
    assert_int_equal(tac_dict_save(d, path), TAC_OK);
    tac_dict *l = NULL;
    assert_int_equal(tac_dict_load(path, &l, NULL, NULL), TAC_OK);
    tac_dict_free(l);
    tac_dict_free(d);
}

/* Lint (tac_builder_set_lint, `tacitus dict check`): a name or pattern
 * written again is reported at file:line, saying whether it means the
 * same; variants on one line are not, and without lint nothing is. */
typedef struct lint_log { int n; char msg[16][256]; long line[16]; } lint_log;
static void on_lint(void *ud, int severity, const char *where, long line, const char *msg)
{
    lint_log *g = ud;
    (void)where;
    if (severity == TAC_DIAG_WARNING && g->n < 16) {
        snprintf(g->msg[g->n], sizeof g->msg[0], "%s", msg);
        g->line[g->n++] = line;
    }
}

static int lint_file(const char *path, int on, lint_log *g)
{
    memset(g, 0, sizeof *g);
    tac_builder *b = tac_builder_new(on_lint, g);
    assert_non_null(b);
    tac_builder_set_lint(b, on);
    assert_int_equal(tac_builder_add_file(b, path, TAC_FMT_TACITUS), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    tac_dict_free(d);
    return g->n;
}

static void test_lint_duplicates(void **state)
{
    (void)state;
    static const char text[] =
        "[actors]\n"
        "Ruritania | RURITANIA = RUR\n"          /* 2: one line, folded alike: fine */
        "Ruritania = RUR\n"                      /* 3: repeats line 2 */
        "Strelsau = RUR\n"
        "Strelsau = ZND\n"                       /* 5: another meaning */
        "[verbs]\n"
        "condemn = 111\n"
        "- * village = 1712\n"
        "- * village = 1712\n"                   /* 9: repeats line 8 */
        "- * town = 1712\n"
        "- * town = 190\n";                      /* 11: another code */
    char path[256];
    tmp_path(path, sizeof path, "lint.txt");
    spill(path, (const unsigned char *)text, sizeof text - 1);
    lint_log g;
    assert_int_equal(lint_file(path, 1, &g), 4);
    int seen = 0;
    for (int i = 0; i < g.n; i++) {
        if (g.line[i] == 3 && strstr(g.msg[i], "actor name 'RURITANIA' repeats") && strstr(g.msg[i], ":2"))
            seen |= 1;
        if (g.line[i] == 5 && strstr(g.msg[i], "'STRELSAU' is also") && strstr(g.msg[i], "another meaning"))
            seen |= 2;
        if (g.line[i] == 9 && strstr(g.msg[i], "pattern '* VILLAGE' repeats") && strstr(g.msg[i], ":8"))
            seen |= 4;
        if (g.line[i] == 11 && strstr(g.msg[i], "pattern '* TOWN' is also") && strstr(g.msg[i], ":10"))
            seen |= 8;
    }
    if (seen != 15)
        for (int i = 0; i < g.n; i++)
            print_message("  %ld: %s\n", g.line[i], g.msg[i]);
    assert_int_equal(seen, 15);
    assert_int_equal(lint_file(path, 0, &g), 0);   /* lint off: loading is quiet */
}

/* A pattern that an earlier one of its verb matches wherever it does,
 * with the same rank, never decides: reported as shadowed.  One joined
 * by '_' where the earlier one is not is; the other way round (the later
 * one matches more), with other words, or with alternatives (whose
 * matches count their own words) it is not. */
static void test_lint_shadowed(void **state)
{
    (void)state;
    static const char text[] =
        "[verbs]\n"
        "hold = 040\n"
        "- * talks with + = 040\n"              /* 3 */
        "- * talks_with + = 041\n"              /* 4: shadowed by 3 */
        "- * talks_with $ = 042\n"              /* 5 */
        "- * talks with $ = 043\n"              /* 6: matches more than 5: fine */
        "- * {talks | meeting} with + = 044\n"  /* 7 */
        "- * {talks | meeting}_with + = 045\n"  /* 8: alternatives: not judged */
        "- * talks about + = 046\n";            /* 9: other words */
    char path[256];
    tmp_path(path, sizeof path, "shadow.txt");
    spill(path, (const unsigned char *)text, sizeof text - 1);
    lint_log g;
    assert_int_equal(lint_file(path, 1, &g), 1);
    assert_int_equal(g.line[0], 4);
    assert_non_null(strstr(g.msg[0], "pattern '* TALKS_WITH +' never decides"));
    assert_non_null(strstr(g.msg[0], "shadow.txt:3"));
}

/* Builds the PETRARCH2 verbs file at path with lint on, every diagnostic
 * to fn. */
static void lint_petrarch_verbs(const char *path, tac_diag_fn fn, void *ud)
{
    tac_builder *b = tac_builder_new(fn, ud);
    assert_non_null(b);
    tac_builder_set_lint(b, 1);
    assert_int_equal(tac_builder_add_file(b, path, TAC_FMT_PETRARCH_VERBS), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    tac_dict_free(d);
}

/* An event code that is no CAMEO code (its events would have no
 * Goldstein score, quad class or PLOVER type) is reported at its line,
 * a paired code by either half; codes of the table, with a suffix, or
 * "---" are not. */
static void test_lint_unknown_codes(void **state)
{
    (void)state;
    static const char text[] =
        "[verbs]\n"
        "besiege = 999\n"                /* 2 */
        "- * + = 190\n"
        "- * + town = 190:1999\n"        /* 4 */
        "- * + ships = 0000\n"           /* 5 */
        "- * + troops = 0874!\n"
        "- * + peacefully = ---\n"
        "- * + village = 032:033\n";
    char path[256];
    tmp_path(path, sizeof path, "codes.txt");
    spill(path, (const unsigned char *)text, sizeof text - 1);
    lint_log g;
    assert_int_equal(lint_file(path, 1, &g), 3);
    assert_int_equal(g.line[0], 2);
    assert_non_null(strstr(g.msg[0], "event code '999' is not in the CAMEO code table"));
    assert_int_equal(g.line[1], 4);
    assert_non_null(strstr(g.msg[1], "'190:1999'"));
    assert_int_equal(g.line[2], 5);
    assert_int_equal(lint_file(path, 0, &g), 0);   /* lint off: loading is quiet */

    /* a PETRARCH2 block hands its pattern line to each of its verbs: one
       report all the same */
    static const char petr[] = "--- BESIEGE [---] ---\nBESIEGE\nENCIRCLE\n- * $ TOWN [1999]\n";
    tmp_path(path, sizeof path, "codes_petr.txt");
    spill(path, (const unsigned char *)petr, sizeof petr - 1);
    memset(&g, 0, sizeof g);
    lint_petrarch_verbs(path, on_lint, &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.line[0], 4);
    assert_non_null(strstr(g.msg[0], "'1999'"));
}

/* Every warning of a build, in order: its line and whether it repeats
 * the one before (same line and message). */
typedef struct warn_seq { int n, repeats, unordered; long last; char prev[256]; } warn_seq;
static void on_warn_seq(void *ud, int severity, const char *where, long line, const char *msg)
{
    warn_seq *w = ud;
    (void)where;
    if (severity != TAC_DIAG_WARNING)
        return;
    if (w->n && line == w->last && !strcmp(msg, w->prev))
        w->repeats++;
    if (w->n && line < w->last)
        w->unordered++;
    w->n++;
    w->last = line;
    snprintf(w->prev, sizeof w->prev, "%s", msg);
}

/* A PETRARCH verb block hands each pattern line to the builder once per
 * verb of the block.  Each of 70 lines written twice is still reported
 * once, in line order (the pairs already said were kept in 64 slots, and
 * past them every pair came out once per verb), and an unknown synonym
 * set on a pattern line is one warning, not one per verb. */
static void test_lint_many_repeats(void **state)
{
    (void)state;
    char path[256];
    tmp_path(path, sizeof path, "lint_many.txt");
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "--- IGNORE [---] ---\nDEFY {DEFYING DEFIED DEFIES} [120]\nIGNORE\n");
    fprintf(f, "- * &NOSUCH [128] # DEFY\n");   /* line 4: reported before the lint */
    for (int i = 0; i < 70; i++)
        fprintf(f, "- * VILLAGE%d [128] # DEFY\n- * VILLAGE%d [128] # DEFY\n", i, i);
    fclose(f);
    warn_seq w;
    memset(&w, 0, sizeof w);
    lint_petrarch_verbs(path, on_warn_seq, &w);
    assert_int_equal(w.repeats, 0);
    assert_int_equal(w.n, 70 + 1);   /* 70 repeated lines, one unknown synset */
    assert_int_equal(w.unordered, 0);
}

static void copy_file(const char *from, const char *to)
{
    size_t n;
    unsigned char *p = slurp(from, &n);
    spill(to, p, n);
    free(p);
}

/* A new dictionary directory `name` (its path in dir) holding the test
 * actors as actors.txt. */
static void dir_with_actors(const char *name, char *dir, size_t cap)
{
    char f[256];
    tmp_path(dir, cap, name);
    assert_int_equal(mkdir(dir, 0755), 0);
    snprintf(f, sizeof f, "%s/actors.txt", dir);
    copy_file(DATA "/actors.txt", f);
}

/* A new dictionary directory `name` with the test actors and a file
 * `file` of another format (text, n bytes), built: there must be one
 * diagnostic, saying `says`. */
static tac_dict *dir_with_foreign(const char *name, const char *file, const char *text, size_t n, const char *says)
{
    char dir[200], f2[256];
    dir_with_actors(name, dir, sizeof dir);
    snprintf(f2, sizeof f2, "%s/%s", dir, file);
    spill(f2, (const unsigned char *)text, n);
    diags g = { 0, "" };
    tac_builder *b = tac_builder_new(on_diag, &g);
    assert_non_null(b);
    assert_int_equal(tac_builder_add_defaults(b, dir), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.last, says));
    return d;
}

/* A file of another format in a dictionary directory is skipped with one
 * error naming what it looks like, not an error on each of its lines;
 * the directory's own files still load. */
static void test_foreign_file_in_dir(void **state)
{
    (void)state;
    const char *petrarch = "# actors in another format\n"
                           "FRANCE_ [FRA]\nGERMANY_ [DEU]\nITALY_ [ITA]\nSPAIN_ [ESP]\n+SPANISH_\n";
    tac_dict *d = dir_with_foreign("mixeddir", "other.actors.txt", petrarch, strlen(petrarch),
                                   "looks like a PETRARCH2 actors dictionary");
    /* the same actors as the directory's own file alone gives */
    tac_builder *b1 = tac_builder_new(NULL, NULL);
    assert_int_equal(tac_builder_add_file(b1, DATA "/actors.txt", TAC_FMT_TACITUS), TAC_OK);
    tac_dict *own = NULL;
    assert_int_equal(tac_builder_build(b1, &own), TAC_OK);
    tac_builder_free(b1);
    tac_dict_stats st, st_own;
    tac_dict_get_stats(d, &st);
    tac_dict_get_stats(own, &st_own);
    assert_true(st.actors > 0);
    assert_int_equal(st.actors, st_own.actors);
    assert_int_equal(st.actor_names, st_own.actor_names);
    tac_dict_free(own);
    tac_dict_free(d);
}

/* The same for a PETRARCH2 verbs file, which opens with its synonym
 * sets rather than with a verb. */
static void test_foreign_verbs_in_dir(void **state)
{
    (void)state;
    /* synonym sets longer than the lines a guess looks at, then a verb */
    char petrarch[8192];
    size_t len = (size_t)snprintf(petrarch, sizeof petrarch, "# verbs in another format\n\n");
    for (int k = 0; k < 80; k++)
        len += (size_t)snprintf(petrarch + len, sizeof petrarch - len, "&SET%d_\n+TALKS\n+SUMMIT\n\n", k);
    len += (size_t)snprintf(petrarch + len, sizeof petrarch - len, "---  MEET   [040]  ---\n- * &SET0_ [043]\n");
    assert_true(len < sizeof petrarch);
    tac_dict *d = dir_with_foreign("mixedverbs", "moreverbs.txt", petrarch, len,
                                   "looks like a PETRARCH2 verbs dictionary");
    tac_dict_stats st;
    tac_dict_get_stats(d, &st);
    assert_true(st.actors > 0);
    tac_dict_free(d);
}

static void test_source_hash(void **state)
{
    (void)state;
    char dir[200], f2[256];
    dir_with_actors("dictdir", dir, sizeof dir);
    snprintf(f2, sizeof f2, "%s/verbs.txt", dir);
    copy_file(DATA "/verbs.txt", f2);

    tac_builder *b = tac_builder_new(NULL, NULL);
    assert_int_equal(tac_builder_add_defaults(b, dir), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    uint64_t h = 0;
    assert_int_equal(tac_dict_defaults_hash(dir, &h), TAC_OK);
    assert_true(h != 0);
    assert_true(tac_dict_source_hash(d) == h);
    tac_dict *l = save_load(d, "hash.tacd");
    assert_true(tac_dict_source_hash(l) == h);

    /* a new modification time makes the saved dictionary stale */
    struct timeval tv[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
    assert_int_equal(utimes(f2, tv), 0);
    uint64_t h2 = 0;
    assert_int_equal(tac_dict_defaults_hash(dir, &h2), TAC_OK);
    assert_true(h2 != h);
    /* so does a new file */
    char f3[256];
    snprintf(f3, sizeof f3, "%s/more.txt", dir);
    spill(f3, (const unsigned char *)"[actors]\nX = XXX\n", 17);
    uint64_t h3 = 0;
    assert_int_equal(tac_dict_defaults_hash(dir, &h3), TAC_OK);
    assert_true(h3 != h2 && h3 != h);
    tmp_path(f3, sizeof f3, "nodir");
    assert_int_equal(tac_dict_defaults_hash(f3, &h3), TAC_EIO);
    tac_dict_free(l);
    tac_dict_free(d);
}

static void test_tokenize_only(void **state)
{
    (void)state;
    tac_dict *d = build_small();
    tac_ctx *c1 = tac_ctx_new(), *c2 = tac_ctx_new();
    const char *text = "Valdoria condemned Ostmark. Gen. Dorr said so on Monday!  Then he left.";
    tac_doc doc = { .id = "t", .id_len = 1, .text = text, .text_len = strlen(text) };
    uint64_t ns = 0, nt = 0;
    assert_int_equal(tac_tokenize_only(d, c1, &doc, &ns, &nt), TAC_OK);
    assert_int_equal(tac_code(d, c2, &doc, NULL, NULL), TAC_OK);
    tac_code_stats a, b;
    tac_ctx_get_stats(c1, &a);
    tac_ctx_get_stats(c2, &b);
    assert_int_equal(ns, 3);
    assert_int_equal(ns, b.sentences);
    assert_int_equal(nt, b.tokens);
    assert_int_equal(a.sentences, b.sentences);
    assert_int_equal(a.tokens, b.tokens);
    assert_int_equal(a.bytes, b.bytes);
    assert_int_equal(a.events, 0);
    /* mixing both on one context is fine */
    assert_int_equal(tac_code(d, c1, &doc, NULL, NULL), TAC_OK);
    tac_doc empty = { .id = "e", .id_len = 1 };
    assert_int_equal(tac_tokenize_only(d, c1, &empty, &ns, NULL), TAC_OK);
    assert_int_equal(ns, 0);
    assert_int_equal(tac_tokenize_only(NULL, c1, &doc, NULL, NULL), TAC_EINVAL);
    tac_ctx_free(c1);
    tac_ctx_free(c2);
    tac_dict_free(d);
}

static void test_bad_arguments(void **state)
{
    (void)state;
    tac_dict *d = NULL;
    assert_int_equal(tac_dict_save(NULL, "/tmp/x"), TAC_EINVAL);
    assert_int_equal(tac_dict_load(NULL, &d, NULL, NULL), TAC_EINVAL);
    assert_int_equal(tac_dict_source_hash(NULL), 0);
    tac_dict *s = build_small();
    assert_int_equal(tac_dict_save(s, "/nonexistent-dir/x.tacd"), TAC_EIO);
    tac_dict_free(s);
    tac_dict_free(NULL);
    /* the stats of nothing are zeros, not what the caller's struct held */
    tac_dict_stats ds;
    memset(&ds, 0x55, sizeof ds);
    tac_dict_get_stats(NULL, &ds);
    assert_int_equal(ds.actors, 0);
    assert_int_equal(ds.patterns, 0);
    tac_code_stats cs;
    memset(&cs, 0x55, sizeof cs);
    tac_ctx_get_stats(NULL, &cs);
    assert_int_equal(cs.docs, 0);
    assert_int_equal(cs.events, 0);
    tac_dict_get_stats(NULL, NULL);
    tac_ctx_get_stats(NULL, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_small),
        cmocka_unit_test(test_roundtrip_defaults),
        cmocka_unit_test(test_damaged_files),
        cmocka_unit_test(test_crafted_references),
        cmocka_unit_test(test_lint_duplicates),
        cmocka_unit_test(test_lint_many_repeats),
        cmocka_unit_test(test_lint_shadowed),
        cmocka_unit_test(test_source_hash),
        cmocka_unit_test(test_lint_unknown_codes),
        cmocka_unit_test(test_foreign_file_in_dir),
        cmocka_unit_test(test_foreign_verbs_in_dir),
        cmocka_unit_test(test_tokenize_only),
        cmocka_unit_test(test_bad_arguments),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
