/*
 * eval.c -- `tacitus eval`: codes the gold-standard sets kept in the shared
 * data directory and prints how close the coder comes.
 *
 *   tabari      TABARI's validation records, with the project's own
 *               dictionaries and options: records exactly right, P/R/F1
 *               over (source, target, event) triples.
 *   petrarch    PETRARCH2's unit-test records and dictionaries: the same
 *               figures.
 *   plover      CAMEO-manual sentences recoded in PLOVER, default
 *               dictionaries: coverage, type, country-level actors.
 *   conflibert  news sentences with marked actor spans and a five-way
 *               class, default dictionaries: coverage, class, actor text.
 *
 * Only the public API is used.  Gold files are read by eval_gold.c; this
 * file builds dictionaries, codes, compares and prints.  A set whose files
 * are missing is skipped with a message, so the command works on a
 * checkout without the shared data.  docs/eval.md defines every figure.
 */
#include "cli.h"
#include "eval_gold.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Options and small helpers                                           */
/* ------------------------------------------------------------------ */

enum { SET_TABARI = 1, SET_PETRARCH = 2, SET_PLOVER = 4, SET_CONFLIBERT = 8, SET_ALL = 15 };

typedef struct eval_opts {
    unsigned sets;
    int failures;
    int verbose;
    const char *shared;
    const char *dict_dir;
} eval_opts;

/* Counts library diagnostics; prints errors always and the rest only with
 * --verbose, so that the dictionaries' many small complaints do not bury
 * the figures. */
typedef struct diag_count {
    long warnings, errors;
    int verbose;
} diag_count;

static void eval_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    diag_count *d = ud;
    if (severity >= TAC_DIAG_ERROR)
        d->errors++;
    else if (severity == TAC_DIAG_WARNING)
        d->warnings++;
    if (severity >= TAC_DIAG_ERROR || d->verbose)
        cli_diag_print("tacitus eval", severity, where, line, msg);
}

/* dir + "/" + rel in a malloc'd string. */
static char *path_join(const char *dir, const char *rel)
{
    if (rel[0] == '/')
        return strdup(rel);
    size_t a = strlen(dir), b = strlen(rel);
    char *p = malloc(a + b + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    p[a] = '/';
    memcpy(p + a + 1, rel, b + 1);
    return p;
}

static int readable(const char *path)
{
    return path && access(path, R_OK) == 0;
}

static double pct(long a, long b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

static double ratio(long a, long b)
{
    return b ? (double)a / (double)b : 0.0;
}

/* Prints text on one line, blanks collapsed, for --failures. */
static void print_flat(FILE *f, const char *s, size_t n)
{
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c)) {
            space = 1;
            continue;
        }
        if (space)
            fputc(' ', f);
        space = 0;
        fputc(c, f);
    }
}

static void print_triples(FILE *f, const char *label, const eg_triple *t, size_t n, int none)
{
    fprintf(f, "    %-6s", label);
    if (n == 0)
        fputs(none ? " (no events)" : " (none)", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s %s / %s / %s", i ? "," : "", t[i].src[0] ? t[i].src : "---",
                t[i].tgt[0] ? t[i].tgt : "---", t[i].code[0] ? t[i].code : "---");
    fputc('\n', f);
}

/* ------------------------------------------------------------------ */
/* Coding and collecting events                                        */
/* ------------------------------------------------------------------ */

/* What eval keeps of an event: the triple, plus the PLOVER type, CAMEO
 * root and actor offsets the PLOVER and ConfliBERT scores need. */
typedef struct ev_info {
    char plover[24];
    char root[3];
    int has_src, has_tgt;
    uint32_t ss, se, ts, te;
} ev_info;

typedef struct ev_list {
    eg_triple *t;
    ev_info *info;
    size_t n, cap;
    int oom;
} ev_list;

static void ev_free(ev_list *l)
{
    free(l->t);
    free(l->info);
    memset(l, 0, sizeof *l);
}

static int collect(void *ud, const tac_doc *doc, const tac_event *ev)
{
    (void)doc;
    ev_list *l = ud;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 16;
        eg_triple *nt = realloc(l->t, nc * sizeof *nt);
        if (nt)
            l->t = nt;
        ev_info *ni = nt ? realloc(l->info, nc * sizeof *ni) : NULL;
        if (!ni) {
            l->oom = 1;
            return 1;
        }
        l->info = ni;
        l->cap = nc;
    }
    eg_triple *t = &l->t[l->n];
    ev_info *in = &l->info[l->n];
    /* An absent actor is "---", as TABARI and PETRARCH write it in
     * their gold (PETRARCH's require_dyad-off records expect it). */
    const char *s = ev->source.code ? ev->source.code : "---";
    const char *g = ev->target.code ? ev->target.code : "---";
    const char *c = ev->cameo ? ev->cameo : "";
    eg_triple_set(t, s, strlen(s), g, strlen(g), c, strlen(c));
    memset(in, 0, sizeof *in);
    if (ev->plover)
        snprintf(in->plover, sizeof in->plover, "%s", ev->plover);
    memcpy(in->root, ev->root, 2);
    in->root[2] = '\0';
    in->has_src = ev->source.code != NULL;
    in->has_tgt = ev->target.code != NULL;
    in->ss = ev->source.start;
    in->se = ev->source.end;
    in->ts = ev->target.start;
    in->te = ev->target.end;
    l->n++;
    return 0;
}

/* Codes doc into *out (emptied first).  Returns tac_code's result. */
static int code_doc(const tac_dict *d, tac_ctx *ctx, const tac_doc *doc, ev_list *out)
{
    out->n = 0;
    out->oom = 0;
    int rc = tac_code(d, ctx, doc, collect, out);
    if (out->oom)
        rc = TAC_ENOMEM;
    return rc;
}

/* A dictionary file and its format. */
typedef struct dict_file {
    const char *path;
    tac_dict_format fmt;
} dict_file;

/* Builds a dictionary from files (and the defaults when defaults_dir is
 * not NULL).  Returns NULL after printing the reason. */
static tac_dict *build_dict(const char *set, const char *label, const dict_file *files,
                            int nfiles, int with_defaults, const char *defaults_dir,
                            const tac_options *opt, diag_count *dc)
{
    long w0 = dc->warnings;
    tac_builder *b = tac_builder_new(eval_diag, dc);
    if (!b) {
        fprintf(stderr, "%s eval: %s: out of memory\n", cli_prog, set);
        return NULL;
    }
    int rc = TAC_OK;
    for (int i = 0; i < nfiles && rc == TAC_OK; i++) {
        rc = tac_builder_add_file(b, files[i].path, files[i].fmt);
        if (rc != TAC_OK)
            fprintf(stderr, "%s eval: %s: cannot load %s: %s\n", cli_prog, set, files[i].path,
                    tac_errstr(rc));
    }
    if (rc == TAC_OK && with_defaults) {
        rc = tac_builder_add_defaults(b, defaults_dir);
        if (rc != TAC_OK)
            fprintf(stderr, "%s eval: %s: cannot load the default dictionaries from %s: %s\n",
                    cli_prog, set, defaults_dir ? defaults_dir : "(installed)", tac_errstr(rc));
    }
    tac_dict *d = NULL;
    if (rc == TAC_OK) {
        if (opt)
            tac_builder_set_options(b, opt);
        rc = tac_builder_build(b, &d);
        if (rc != TAC_OK)
            fprintf(stderr, "%s eval: %s: cannot build the dictionary: %s\n", cli_prog, set,
                    tac_errstr(rc));
    }
    tac_builder_free(b);
    if (d) {
        tac_dict_stats st;
        tac_dict_get_stats(d, &st);
        printf("  dictionary%s%s%s: %ld actors (%ld names), %ld agents, %ld verbs (%ld forms), "
               "%ld patterns; %ld warnings%s\n",
               label ? " (" : "", label ? label : "", label ? ")" : "", st.actors, st.actor_names, st.agents, st.verbs, st.verb_forms, st.patterns,
               dc->warnings - w0, dc->warnings > w0 && !dc->verbose ? " (--verbose shows them)" : "");
    }
    return d;
}

/* ------------------------------------------------------------------ */
/* Triple scoring shared by the tabari and petrarch sets               */
/* ------------------------------------------------------------------ */

typedef struct cat_row {
    char name[32];
    long gold, right;
} cat_row;

typedef struct tri_score {
    long records;     /* records coded */
    long bearing;     /* gold-bearing records */
    long right;       /* exactly right */
    long ngold, ncoded, matched;
    long no_target;   /* coded events without a target */
    long gold_no_target;
    long code_errors; /* tac_code failures */
    cat_row *cat;
    size_t ncat, capcat;
} tri_score;

/* The row of a category: cat when given, else the id's prefix. */
static cat_row *category_row(tri_score *s, const char *cat, const char *id, size_t id_len)
{
    char name[32];
    if (cat && *cat)
        snprintf(name, sizeof name, "%s", cat);
    else
        eg_category(id, id_len, name, sizeof name);
    for (size_t i = 0; i < s->ncat; i++)
        if (!strcmp(s->cat[i].name, name))
            return &s->cat[i];
    if (s->ncat == s->capcat) {
        size_t nc = s->capcat ? s->capcat * 2 : 32;
        cat_row *n = realloc(s->cat, nc * sizeof *n);
        if (!n)
            return NULL;
        s->cat = n;
        s->capcat = nc;
    }
    cat_row *r = &s->cat[s->ncat++];
    memset(r, 0, sizeof *r);
    snprintf(r->name, sizeof r->name, "%s", name);
    return r;
}

/* Scores one gold-bearing record; prints it when it fails and --failures
 * is on.  cat (NULL: the id's prefix) names its category; note (may be
 * NULL) is shown with the failure. */
static void score_triples(tri_score *s, const eval_opts *o, const char *cat, const char *id,
                          size_t id_len, const char *text, size_t text_len, const eg_gold *g,
                          const ev_list *ev, const char *note)
{
    for (size_t i = 0; i < ev->n; i++)
        s->no_target += !ev->info[i].has_tgt;
    for (size_t i = 0; i < g->n; i++)
        s->gold_no_target += !strcmp(g->ev[i].tgt, "---");
    s->bearing++;
    s->ngold += (long)g->n;
    s->ncoded += (long)ev->n;
    s->matched += (long)eg_triples_matched(g->ev, g->n, ev->t, ev->n);
    int ok = eg_triples_same(g->ev, g->n, ev->t, ev->n);
    s->right += ok;
    cat_row *c = category_row(s, cat, id, id_len);
    if (c) {
        c->gold++;
        c->right += ok;
    }
    if (ok || !o->failures)
        return;
    printf("  FAIL %.*s%s%s\n", (int)id_len, id, note ? "  " : "", note ? note : "");
    printf("    text   ");
    print_flat(stdout, text, text_len);
    putchar('\n');
    print_triples(stdout, "gold", g->ev, g->n, g->none);
    print_triples(stdout, "coded", ev->t, ev->n, 0);
}

static void print_triple_summary(const tri_score *s)
{
    double p = ratio(s->matched, s->ncoded), r = ratio(s->matched, s->ngold);
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("  %-34s %6ld / %ld  (%.1f%%)\n", "exactly right", s->right, s->bearing,
           pct(s->right, s->bearing));
    printf("  %-34s gold %ld, coded %ld, matched %ld\n", "event triples", s->ngold, s->ncoded,
           s->matched);
    printf("  %-34s %.3f / %.3f / %.3f\n", "precision / recall / F1", p, r, f1);
    if (s->no_target || s->gold_no_target)
        printf("  %-34s %6ld  (gold triples without one: %ld)\n",
               "coded events without a target", s->no_target, s->gold_no_target);
    if (s->code_errors)
        printf("  %-34s %ld\n", "records the coder failed on", s->code_errors);
    printf("  %-16s %6s %6s %7s\n", "category", "gold", "right", "%");
    for (size_t i = 0; i < s->ncat; i++)
        printf("  %-16s %6ld %6ld %6.1f%%\n", s->cat[i].name, s->cat[i].gold, s->cat[i].right,
               pct(s->cat[i].right, s->cat[i].gold));
}

/* ------------------------------------------------------------------ */
/* Set: tabari                                                         */
/* ------------------------------------------------------------------ */

/* The raw split of the record file: gold is read from whole records, so
 * it does not depend on how the reader attributes lines to comments. */
typedef struct raw_rec {
    char *id;
    eg_gold gold;        /* with {###} counted as "no events" */
    int bearing_strict;  /* gold-bearing without counting {###} */
    int used;
} raw_rec;

typedef struct raw_set {
    raw_rec *r;
    size_t n, cap;
    int oom;
} raw_set;

static int raw_add(void *ud, const eg_tabari_rec *rec)
{
    raw_set *s = ud;
    /* The record announcing the end of the standard records, and what
     * follows it, needs other options or crashes TABARI: stop there. */
    if (eg_tabari_is_final(rec->body, rec->body_len))
        return 1;
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 256;
        raw_rec *n = realloc(s->r, nc * sizeof *n);
        if (!n) {
            s->oom = 1;
            return 1;
        }
        s->r = n;
        s->cap = nc;
    }
    raw_rec *r = &s->r[s->n];
    memset(r, 0, sizeof *r);
    if (!(r->id = strndup(rec->id, rec->id_len))) {
        s->oom = 1;
        return 1;
    }
    eg_gold_init(&r->gold);
    eg_tabari_gold(rec->body, rec->body_len, 0, &r->gold);
    r->bearing_strict = r->gold.bearing;
    eg_tabari_gold(rec->body, rec->body_len, EG_TABARI_DISCARD_IS_NONE, &r->gold);
    s->n++;
    return 0;
}

static void raw_free(raw_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->r[i].id);
        eg_gold_free(&s->r[i].gold);
    }
    free(s->r);
    memset(s, 0, sizeof *s);
}

static int load_raw(const char *path, raw_set *out)
{
    memset(out, 0, sizeof *out);
    size_t n;
    char *buf = eg_read_file(path, &n);
    if (!buf)
        return -1;
    eg_tabari_split(buf, n, raw_add, out);
    free(buf);
    if (out->oom) {
        raw_free(out);
        return -1;
    }
    return 0;
}

/* Finds the raw record of a delivered document: the next unused record
 * with the same id, looking a few records ahead so that one the reader
 * skipped or merged does not derail the pairing (ids repeat in the file,
 * so order matters). */
static raw_rec *raw_match(raw_set *s, size_t *pos, const char *id, size_t id_len)
{
    for (size_t i = *pos; i < s->n && i < *pos + 8; i++)
        if (!s->r[i].used && strlen(s->r[i].id) == id_len && !memcmp(s->r[i].id, id, id_len)) {
            s->r[i].used = 1;
            *pos = i + 1;
            return &s->r[i];
        }
    return NULL;
}

/* Applies the "{ OPTION: ... }" settings of a TABARI record's comment:
 * the validation file changes options between records this way. */
static void apply_record_options(const char *comment, tac_options *run)
{
    for (const char *p = comment; p && (p = strstr(p, "OPTION:")); ) {
        p += 7;
        const char *e = p;
        while (*e && *e != '}' && *e != '\n' && !(e[0] == '*' && e[1] == '/'))
            e++;
        char line[256];
        size_t n = (size_t)(e - p) < sizeof line - 1 ? (size_t)(e - p) : sizeof line - 1;
        memcpy(line, p, n);
        line[n] = 0;
        tac_options_apply(run, line, NULL, 0);
        p = e;
    }
}

static int run_tabari(const eval_opts *o, diag_count *dc)
{
    char *dir = path_join(o->shared, "eval/tabari_validate");
    char *proj_path = dir ? path_join(dir, "Validate.project") : NULL;
    int ret = EXIT_OK;
    if (!proj_path) {
        free(dir);
        return EXIT_FATAL;
    }
    if (!readable(proj_path)) {
        printf("eval: tabari skipped: %s not found\n\n", proj_path);
        free(dir);
        free(proj_path);
        return EXIT_OK;
    }
    printf("== tabari: TABARI validation records (%s)\n", proj_path);
    double t0 = cli_seconds(CLOCK_MONOTONIC);
    tac_project *p = NULL;
    tac_dict *d = NULL;
    tac_reader *rd = NULL;
    tac_ctx *ctx = NULL;
    raw_set raw = {0};
    tri_score s = {0};
    ev_list ev = {0};
    eg_gold meta_gold;
    eg_gold_init(&meta_gold);

    int rc = tac_project_load(proj_path, &p, eval_diag, dc);
    if (rc != TAC_OK || !p) {
        fprintf(stderr, "%s eval: tabari: cannot load %s: %s\n", cli_prog, proj_path, tac_errstr(rc));
        ret = EXIT_FATAL;
        goto out;
    }
    dict_file files[24];
    int nf = 0;
    for (int i = 0; i < p->nactors && nf < 24; i++)
        files[nf++] = (dict_file){p->actors[i], TAC_FMT_TABARI_ACTORS};
    for (int i = 0; i < p->nverbs && nf < 24; i++)
        files[nf++] = (dict_file){p->verbs[i], TAC_FMT_TABARI_VERBS};
    for (int i = 0; i < p->nagents && nf < 24; i++)
        files[nf++] = (dict_file){p->agents[i], TAC_FMT_TABARI_AGENTS};
    if (!(d = build_dict("tabari", NULL, files, nf, 0, NULL, &p->opt, dc))) {
        ret = EXIT_FATAL;
        goto out;
    }
    if (!p->text || load_raw(p->text, &raw) != 0) {
        fprintf(stderr, "%s eval: tabari: cannot read the record file %s\n", cli_prog,
                p->text ? p->text : "(none named in the project)");
        ret = EXIT_FATAL;
        goto out;
    }
    rc = tac_reader_open(p->text, TAC_INPUT_TABARI, 0, eval_diag, dc, &rd);
    if (rc != TAC_OK) {
        fprintf(stderr, "%s eval: tabari: cannot open %s: %s\n", cli_prog, p->text, tac_errstr(rc));
        ret = EXIT_FATAL;
        goto out;
    }
    if (!(ctx = tac_ctx_new())) {
        ret = EXIT_FATAL;
        goto out;
    }
    tac_ctx_set_diag(ctx, eval_diag, dc);
    tac_options run_opt = p->opt;
    int forward_on = 0;
    char prev_story[128];
    size_t prev_story_len = 0;

    size_t pos = 0;
    long meta_differs = 0, unmatched = 0;
    tac_doc doc;
    while ((rc = tac_reader_next(rd, &doc)) == 1) {
        if (eg_tabari_is_final(doc.text, doc.text_len))
            break;
        s.records++;
        raw_rec *rr = raw_match(&raw, &pos, doc.id, doc.id_len);
        char *comment = eg_meta_comment(doc.meta, doc.meta_len);
        eg_tabari_gold(comment, comment ? strlen(comment) : 0, EG_TABARI_DISCARD_IS_NONE,
                       &meta_gold);
        if (comment && strstr(comment, "OPTION:")) {
            apply_record_options(comment, &run_opt);
            tac_ctx_set_options(ctx, &run_opt);
            const char *fw = strstr(comment, "FORWARD:");
            if (fw) {
                const char *eol = strchr(fw, '\n');
                const char *off = strstr(fw, "OFF");
                forward_on = !(off && (!eol || off < eol));
            }
        }
        free(comment);
        const eg_gold *g = &meta_gold;
        if (rr) {
            /* The reader's comment should carry the same gold; when it
             * does not, the record file's own lines win and the
             * difference is reported as a reader issue. */
            if (rr->gold.bearing != meta_gold.bearing ||
                !eg_triples_same(rr->gold.ev, rr->gold.n, meta_gold.ev, meta_gold.n)) {
                meta_differs++;
                if (o->verbose)
                    fprintf(stderr, "%s eval: tabari: %s: gold in the reader's comment differs "
                            "from the record's own lines\n", cli_prog, rr->id);
            }
            g = &rr->gold;
        } else {
            unmatched++;
        }
        /* TABARI's FORWARD: records of one story ("FRWD-001-002" after
           "FRWD-001-001") go on from each other */
        size_t slen = doc.id_len;
        while (slen > 0 && doc.id[slen - 1] != '-')
            slen--;
        if (slen)
            slen--;      /* the story: the id up to its last '-' */
        if (forward_on && slen && slen == prev_story_len && !memcmp(doc.id, prev_story, slen))
            tac_ctx_continue(ctx);
        if (slen < sizeof prev_story) {
            memcpy(prev_story, doc.id, slen);
            prev_story_len = slen;
        }
        if (!g->bearing) {
            prev_story_len = 0;
            continue;
        }
        rc = code_doc(d, ctx, &doc, &ev);
        if (rc != TAC_OK) {
            s.code_errors++;
            ret = EXIT_PARTIAL;
        }
        score_triples(&s, o, NULL, doc.id, doc.id_len, doc.text, doc.text_len, g, &ev,
                      rr ? NULL : "(no matching record in the raw split)");
    }
    if (rc < 0) {
        fprintf(stderr, "%s eval: tabari: reading %s: %s\n", cli_prog, p->text, tac_errstr(rc));
        ret = EXIT_PARTIAL;
    }
    /* Gold-bearing records the reader never delivered count as coded
     * with nothing: the pipeline as a whole missed them. */
    long missing = 0, raw_bearing = 0, raw_strict = 0;
    ev.n = 0;
    for (size_t i = 0; i < raw.n; i++) {
        raw_bearing += raw.r[i].gold.bearing;
        raw_strict += raw.r[i].bearing_strict;
        if (raw.r[i].used || !raw.r[i].gold.bearing)
            continue;
        missing++;
        score_triples(&s, o, NULL, raw.r[i].id, strlen(raw.r[i].id), "", 0, &raw.r[i].gold, &ev,
                      "(not delivered by the reader)");
    }
    printf("  %-34s %6ld  (%.2f s)\n", "records read", s.records, cli_seconds(CLOCK_MONOTONIC) - t0);
    printf("  %-34s %6ld  (%ld without the %ld {###} discard records)\n", "gold-bearing records",
           s.bearing, raw_strict, raw_bearing - raw_strict);
    if (missing)
        printf("  %-34s %6ld  (scored as coding nothing)\n", "gold records the reader missed",
               missing);
    if (meta_differs)
        printf("  %-34s %6ld  (the record file's own gold lines used)\n",
               "reader comment gold differs", meta_differs);
    if (unmatched)
        printf("  %-34s %6ld  (their comment gold used)\n", "records not in the raw split",
               unmatched);
    print_triple_summary(&s);
    printf("  reference: TABARI itself gets 384 of 436 gold-bearing records exactly right "
           "(88.1%%), counted its own way\n\n");
out:
    eg_gold_free(&meta_gold);
    ev_free(&ev);
    free(s.cat);
    raw_free(&raw);
    tac_ctx_free(ctx);
    tac_reader_free(rd);
    tac_dict_free(d);
    tac_project_free(p);
    free(dir);
    free(proj_path);
    if (ret == EXIT_FATAL)
        printf("  tabari: not completed (see the messages above)\n\n");
    return ret;
}

/* ------------------------------------------------------------------ */
/* Set: petrarch                                                       */
/* ------------------------------------------------------------------ */

static int run_petrarch(const eval_opts *o, diag_count *dc)
{
    char *dir = path_join(o->shared, "eval/petrarch2_unittest");
    char *xml = dir ? path_join(dir, "PETR.UnitTest.records.xml") : NULL;
    int ret = EXIT_OK;
    if (!xml) {
        free(dir);
        return EXIT_FATAL;
    }
    if (!readable(xml)) {
        printf("eval: petrarch skipped: %s not found\n\n", xml);
        free(dir);
        free(xml);
        return EXIT_OK;
    }
    printf("== petrarch: PETRARCH2 unit-test records (%s)\n", xml);
    double t0 = cli_seconds(CLOCK_MONOTONIC);
    eg_petr_file pf = {0};
    tac_dict *dict[2] = {NULL, NULL};   /* [require_dyad] */
    tac_ctx *ctx = NULL;
    tri_score s = {0};
    ev_list ev = {0};
    char *paths[4] = {NULL, NULL, NULL, NULL};
    size_t len;
    char err[256];
    char *buf = eg_read_file(xml, &len);
    if (!buf || eg_petr_parse(buf, len, &pf, err, sizeof err) != 0) {
        fprintf(stderr, "%s eval: petrarch: cannot read %s: %s\n", cli_prog, xml,
                buf ? err : "read error");
        free(buf);
        ret = EXIT_FATAL;
        goto out;
    }
    free(buf);
    /* The record file names its dictionaries; fall back to the names the
     * suite ships with. */
    const char *names[4] = {pf.verbfile ? pf.verbfile : "PETR.Validate.verbs.txt",
                            pf.actorfile ? pf.actorfile : "PETR.Validate.actors.txt",
                            pf.agentfile ? pf.agentfile : "PETR.Validate.agents.txt",
                            pf.discardfile ? pf.discardfile : "PETR.Validate.discards.txt"};
    const tac_dict_format fmts[4] = {TAC_FMT_PETRARCH_VERBS, TAC_FMT_PETRARCH_ACTORS,
                                     TAC_FMT_PETRARCH_AGENTS, TAC_FMT_PETRARCH_DISCARDS};
    dict_file files[4];
    int nf = 0;
    for (int i = 0; i < 4; i++) {
        if (!(paths[i] = path_join(dir, names[i]))) {
            ret = EXIT_FATAL;
            goto out;
        }
        if (!readable(paths[i])) {
            /* The discards file is optional in PETRARCH; the others are not. */
            if (i == 3)
                continue;
            fprintf(stderr, "%s eval: petrarch: %s not found\n", cli_prog, paths[i]);
            ret = EXIT_FATAL;
            goto out;
        }
        files[nf++] = (dict_file){paths[i], fmts[i]};
    }
    /* PETRARCH drops events without a target unless require_dyad is
     * switched off, which a few records do through <Config>: keep one
     * dictionary per setting. */
    int need[2] = {0, 0};
    for (size_t i = 0; i < pf.n; i++)
        need[pf.rec[i].require_dyad ? 1 : 0] = 1;
    for (int k = 1; k >= 0; k--) {
        if (!need[k])
            continue;
        tac_options opt;
        memset(&opt, 0, sizeof opt);
        opt.require_target = k;
        if (!(dict[k] = build_dict("petrarch", k ? "require_dyad on" : "require_dyad off", files, nf, 0, NULL, &opt, dc))) {
            ret = EXIT_FATAL;
            goto out;
        }
    }
    if (!(ctx = tac_ctx_new())) {
        ret = EXIT_FATAL;
        goto out;
    }
    tac_ctx_set_diag(ctx, eval_diag, dc);
    long inactive = 0, excluded = 0, no_gold = 0, odd = 0;
    for (size_t i = 0; i < pf.n; i++) {
        eg_petr_rec *r = &pf.rec[i];
        if (!r->active) {
            inactive++;
            continue;
        }
        if (!eg_petr_included(&pf, r->category)) {
            excluded++;
            continue;
        }
        s.records++;
        odd += r->gold.odd;
        if (!r->gold.bearing) {
            no_gold++;
            continue;
        }
        tac_doc doc;
        memset(&doc, 0, sizeof doc);
        doc.id = r->id;
        doc.id_len = strlen(r->id);
        doc.date = tac_parse_date(r->date, strlen(r->date));
        doc.text = r->text;
        doc.text_len = strlen(r->text);
        if (code_doc(dict[r->require_dyad ? 1 : 0], ctx, &doc, &ev) != TAC_OK) {
            s.code_errors++;
            ret = EXIT_PARTIAL;
        }
        score_triples(&s, o, r->category, doc.id, doc.id_len, doc.text, doc.text_len, &r->gold, &ev,
                      r->require_dyad ? NULL : "(require_dyad off)");
    }
    printf("  %-34s %6ld  (%.2f s)\n", "records read", s.records, cli_seconds(CLOCK_MONOTONIC) - t0);
    printf("  %-34s %6ld\n", "gold-bearing records", s.bearing);
    if (inactive)
        printf("  %-34s %6ld  (sentence=\"false\": PETRARCH skips them too)\n",
               "records not scored", inactive);
    if (excluded)
        printf("  %-34s %6ld  (category not in the file's <Include>)\n", "records not scored",
               excluded);
    if (no_gold)
        printf("  %-34s %6ld\n", "records without <EventCoding>", no_gold);
    if (odd)
        printf("  %-34s %6ld\n", "unreadable <EventCoding> tags", odd);
    print_triple_summary(&s);
    putchar('\n');
out:
    for (int i = 0; i < 4; i++)
        free(paths[i]);
    ev_free(&ev);
    free(s.cat);
    tac_ctx_free(ctx);
    tac_dict_free(dict[0]);
    tac_dict_free(dict[1]);
    eg_petr_free(&pf);
    free(dir);
    free(xml);
    if (ret == EXIT_FATAL)
        printf("  petrarch: not completed (see the messages above)\n\n");
    return ret;
}

/* ------------------------------------------------------------------ */
/* The default dictionaries, shared by plover and conflibert           */
/* ------------------------------------------------------------------ */

typedef struct defaults {
    tac_dict *d;
    int tried;
} defaults;

static tac_dict *default_dict(defaults *df, const eval_opts *o, diag_count *dc, const char *set)
{
    if (!df->tried) {
        df->tried = 1;
        const char *dir = o->dict_dir ? o->dict_dir : cli_default_dict_dir();
        printf("  default dictionaries: %s\n", dir ? dir : "(installed)");
        tac_options opt;
        memset(&opt, 0, sizeof opt);
        df->d = build_dict(set, NULL, NULL, 0, 1, dir, &opt, dc);
    }
    return df->d;
}

/* ------------------------------------------------------------------ */
/* Set: plover                                                         */
/* ------------------------------------------------------------------ */

typedef struct plover_tally {
    long n, covered, type_ok;
    long with_src, src_ok, with_tgt, tgt_ok;
    long full;
} plover_tally;

/* 1 when some gold code and the event's code agree at country level. */
static int country_ok(const char *code, char **gold, size_t ngold)
{
    for (size_t i = 0; i < ngold; i++)
        if (eg_same_country(code, gold[i]))
            return 1;
    return 0;
}

/* The path of one gold file under the shared directory, after printing
   the set's heading; NULL when there is nothing to run, with *st set to
   EXIT_OK when the file is absent (the set is skipped, saying so) or
   EXIT_FATAL when out of memory. */
static char *gold_file(const eval_opts *o, const char *rel, const char *name, const char *title, int *st)
{
    char *path = path_join(o->shared, rel);
    *st = path ? EXIT_OK : EXIT_FATAL;
    if (path && !readable(path)) {
        printf("eval: %s skipped: %s not found\n\n", name, path);
        free(path);
        return NULL;
    }
    if (path)
        printf("== %s: %s (%s)\n", name, title, path);
    return path;
}

static int run_plover(const eval_opts *o, diag_count *dc, defaults *df)
{
    int ret = EXIT_OK;
    char *path = gold_file(o, "eval/plover_gsr/PLOVER_GSR_CAMEO.txt", "plover", "PLOVER gold standard records", &ret);
    if (!path)
        return ret;
    double t0 = cli_seconds(CLOCK_MONOTONIC);
    eg_plover_set ps = {0};
    tac_ctx *ctx = NULL;
    ev_list ev = {0};
    char err[256];
    if (eg_plover_load(path, &ps, err, sizeof err) != 0) {
        fprintf(stderr, "%s eval: plover: %s\n", cli_prog, err);
        free(path);
        printf("  plover: not completed (see the messages above)\n\n");
        return EXIT_FATAL;
    }
    tac_dict *d = default_dict(df, o, dc, "plover");
    if (!d || !(ctx = tac_ctx_new())) {
        ret = EXIT_FATAL;
        goto out;
    }
    tac_ctx_set_diag(ctx, eval_diag, dc);
    plover_tally all = {0}, apart = {0};
    /* Per type: the names in the file, mapped to PLOVER 2.0. */
    struct { const char *type; long n, covered, type_ok; } per[32];
    size_t nper = 0;
    long apart_cameo09 = 0, code_errors = 0;
    for (size_t i = 0; i < ps.n; i++) {
        eg_plover_rec *r = &ps.rec[i];
        tac_doc doc;
        memset(&doc, 0, sizeof doc);
        doc.id = r->id;
        doc.id_len = strlen(r->id);
        doc.date = tac_parse_date(r->date, strlen(r->date));
        doc.text = r->text;
        doc.text_len = strlen(r->text);
        if (code_doc(d, ctx, &doc, &ev) != TAC_OK) {
            code_errors++;
            ret = EXIT_PARTIAL;
        }
        plover_tally *t = r->apart ? &apart : &all;
        t->n++;
        t->covered += ev.n > 0;
        /* The events of the gold type, or all events when none has it:
         * actors are judged on the event the coder meant as the match. */
        int have_type = 0, cameo09 = 0;
        for (size_t k = 0; k < ev.n; k++) {
            have_type |= !strcmp(ev.info[k].plover, r->type);
            cameo09 |= !strcmp(ev.info[k].root, "09");
        }
        /* INVESTIGATE has no PLOVER 2.0 type: CAMEO 09 stands in. */
        int type_ok = r->apart ? cameo09 : have_type;
        t->type_ok += type_ok;
        apart_cameo09 += r->apart && cameo09;
        int src_ok = 0, tgt_ok = 0, full = 0;
        for (size_t k = 0; k < ev.n; k++) {
            int of_type = r->apart ? !strcmp(ev.info[k].root, "09") : !strcmp(ev.info[k].plover, r->type);
            if (type_ok && !of_type)
                continue;
            int s_ok = ev.info[k].has_src && country_ok(ev.t[k].src, r->src, r->nsrc);
            int g_ok = ev.info[k].has_tgt && country_ok(ev.t[k].tgt, r->tgt, r->ntgt);
            src_ok |= s_ok;
            tgt_ok |= g_ok;
            if (of_type && (!r->nsrc || s_ok) && (!r->ntgt || g_ok))
                full = 1;
        }
        if (r->nsrc) {
            t->with_src++;
            t->src_ok += src_ok;
        }
        if (r->ntgt) {
            t->with_tgt++;
            t->tgt_ok += tgt_ok;
        }
        t->full += full;
        if (!r->apart) {
            size_t j = 0;
            while (j < nper && strcmp(per[j].type, r->type))
                j++;
            if (j == nper && nper < sizeof per / sizeof per[0]) {
                per[nper].type = r->type;
                per[nper].n = per[nper].covered = per[nper].type_ok = 0;
                nper++;
            }
            if (j < nper) {
                per[j].n++;
                per[j].covered += ev.n > 0;
                per[j].type_ok += type_ok;
            }
        }
        if (o->failures && !full) {
            int renamed = strcmp(r->type, r->event) != 0;
            printf("  FAIL %s  (%s%s%s)\n", r->id, r->event, renamed ? " = " : "",
                   renamed ? r->type : "");
            printf("    text   ");
            print_flat(stdout, r->text, strlen(r->text));
            printf("\n    gold   %s:", r->type);
            for (size_t k = 0; k < r->nsrc; k++)
                printf(" %s", r->src[k]);
            printf(" ->");
            for (size_t k = 0; k < r->ntgt; k++)
                printf(" %s", r->tgt[k]);
            printf("\n    coded ");
            if (!ev.n)
                printf(" (none)");
            for (size_t k = 0; k < ev.n; k++)
                printf("%s %s / %s / %s %s", k ? "," : "", ev.t[k].src[0] ? ev.t[k].src : "---",
                       ev.t[k].tgt[0] ? ev.t[k].tgt : "---", ev.t[k].code,
                       ev.info[k].plover[0] ? ev.info[k].plover : "(no type)");
            putchar('\n');
        }
    }
    printf("  %-34s %6ld  (%.2f s; %zu skipped: documentation or no text)\n", "sentences scored",
           all.n, cli_seconds(CLOCK_MONOTONIC) - t0, ps.skipped);
    printf("  %-34s %6ld  %5.1f%%\n", "coverage (>= 1 event)", all.covered, pct(all.covered, all.n));
    printf("  %-34s %6ld  %5.1f%%\n", "type accuracy", all.type_ok, pct(all.type_ok, all.n));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "source right (country)", all.src_ok, all.with_src,
           pct(all.src_ok, all.with_src));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "target right (country)", all.tgt_ok, all.with_tgt,
           pct(all.tgt_ok, all.with_tgt));
    printf("  %-34s %6ld  %5.1f%%\n", "full match", all.full, pct(all.full, all.n));
    if (code_errors)
        printf("  %-34s %6ld\n", "sentences the coder failed on", code_errors);
    printf("  %-16s %6s %8s %8s\n", "type", "gold", "covered", "type ok");
    for (size_t j = 0; j < nper; j++)
        printf("  %-16s %6ld %8ld %8ld  %5.1f%%\n", per[j].type, per[j].n, per[j].covered,
               per[j].type_ok, pct(per[j].type_ok, per[j].n));
    if (apart.n)
        printf("  INVESTIGATE (apart, %ld): covered %ld, CAMEO 09 coded %ld, source right %ld/%ld, "
               "target right %ld/%ld\n",
               apart.n, apart.covered, apart_cameo09, apart.src_ok, apart.with_src, apart.tgt_ok,
               apart.with_tgt);
    putchar('\n');
out:
    ev_free(&ev);
    tac_ctx_free(ctx);
    eg_plover_free(&ps);
    free(path);
    if (ret == EXIT_FATAL)
        printf("  plover: not completed (see the messages above)\n\n");
    return ret;
}

/* ------------------------------------------------------------------ */
/* Set: conflibert                                                     */
/* ------------------------------------------------------------------ */

/* 1 when the actor text [start, end) of doc shares a content word with
 * one of the spans. */
static int span_ok(const char *text, size_t text_len, int has, uint32_t start, uint32_t end,
                   char **spans, size_t nspans)
{
    if (!has || end <= start || end > text_len)
        return 0;
    for (size_t i = 0; i < nspans; i++)
        if (eg_shares_content_word(text + start, end - start, spans[i], strlen(spans[i])))
            return 1;
    return 0;
}

static int run_conflibert(const eval_opts *o, diag_count *dc, defaults *df)
{
    int ret = EXIT_OK;
    char *path = gold_file(o, "eval/conflibert_dev/cameo_joined.train.jsonl", "conflibert", "ConfliBERT CAMEO sentences", &ret);
    if (!path)
        return ret;
    double t0 = cli_seconds(CLOCK_MONOTONIC);
    eg_cb_set cs = {0};
    tac_ctx *ctx = NULL;
    ev_list ev = {0};
    char err[256];
    if (eg_cb_load(path, &cs, err, sizeof err) != 0) {
        fprintf(stderr, "%s eval: conflibert: %s\n", cli_prog, err);
        free(path);
        printf("  conflibert: not completed (see the messages above)\n\n");
        return EXIT_FATAL;
    }
    tac_dict *d = default_dict(df, o, dc, "conflibert");
    if (!d || !(ctx = tac_ctx_new())) {
        ret = EXIT_FATAL;
        goto out;
    }
    tac_ctx_set_diag(ctx, eval_diag, dc);
    long n = 0, covered = 0, with_class = 0, type_ok = 0;
    long with_src = 0, src_ok = 0, with_tgt = 0, tgt_ok = 0, full_n = 0, full = 0;
    long ev_scored = 0, ev_right = 0, with_rcp = 0, rcp_ok = 0, code_errors = 0;
    long class_gold[5] = {0}, class_ok[5] = {0};
    for (size_t i = 0; i < cs.n; i++) {
        eg_cb_rec *r = &cs.rec[i];
        char id[32];
        snprintf(id, sizeof id, "line-%ld", r->line);
        tac_doc doc;
        memset(&doc, 0, sizeof doc);
        doc.id = id;
        doc.id_len = strlen(id);
        doc.text = r->text;
        doc.text_len = strlen(r->text);
        if (code_doc(d, ctx, &doc, &ev) != TAC_OK) {
            code_errors++;
            ret = EXIT_PARTIAL;
        }
        n++;
        covered += ev.n > 0;
        int pc = r->pentaclass, has_class = 0;
        for (size_t k = 0; k < ev.n; k++)
            has_class |= pc >= 0 && eg_pentaclass(ev.info[k].root) == pc;
        if (pc >= 0) {
            with_class++;
            type_ok += has_class;
            class_gold[pc]++;
            class_ok[pc] += has_class;
            for (size_t k = 0; k < ev.n; k++) {
                ev_scored++;
                ev_right += eg_pentaclass(ev.info[k].root) == pc;
            }
        }
        /* Candidates: events of the gold class, or every event when the
         * sentence has no class. */
        int s_any = 0, t_any = 0, r_any = 0, f = 0;
        for (size_t k = 0; k < ev.n; k++) {
            const ev_info *in = &ev.info[k];
            int cand = pc < 0 || eg_pentaclass(in->root) == pc;
            if (!cand)
                continue;
            int s_ok = span_ok(r->text, doc.text_len, in->has_src, in->ss, in->se, r->src, r->nsrc);
            int g_ok = span_ok(r->text, doc.text_len, in->has_tgt, in->ts, in->te, r->tgt, r->ntgt);
            s_any |= s_ok;
            t_any |= g_ok;
            r_any |= span_ok(r->text, doc.text_len, in->has_src, in->ss, in->se, r->rcp, r->nrcp) ||
                     span_ok(r->text, doc.text_len, in->has_tgt, in->ts, in->te, r->rcp, r->nrcp);
            if (pc >= 0 && (!r->nsrc || s_ok) && (!r->ntgt || g_ok))
                f = 1;
        }
        if (r->nsrc) {
            with_src++;
            src_ok += s_any;
        }
        if (r->ntgt) {
            with_tgt++;
            tgt_ok += t_any;
        }
        if (r->nrcp) {
            with_rcp++;
            rcp_ok += r_any;
        }
        if (pc >= 0 && (r->nsrc || r->ntgt)) {
            full_n++;
            full += f;
        } else {
            f = 1;   /* not a full-match sentence: nothing to report */
        }
        if (o->failures && (!f || (pc >= 0 && !has_class))) {
            printf("  FAIL line %ld  (class %d)\n    text   ", r->line, pc);
            print_flat(stdout, r->text, strlen(r->text));
            printf("\n    gold   source:");
            for (size_t k = 0; k < r->nsrc; k++)
                printf(" [%s]", r->src[k]);
            printf(" target:");
            for (size_t k = 0; k < r->ntgt; k++)
                printf(" [%s]", r->tgt[k]);
            printf("\n    coded ");
            if (!ev.n)
                printf(" (none)");
            for (size_t k = 0; k < ev.n; k++) {
                const ev_info *in = &ev.info[k];
                printf("%s [%.*s] / [%.*s] %s (class %d)", k ? "," : "",
                       in->has_src && in->se > in->ss && in->se <= doc.text_len ? (int)(in->se - in->ss) : 0,
                       r->text + (in->has_src && in->se <= doc.text_len ? in->ss : 0),
                       in->has_tgt && in->te > in->ts && in->te <= doc.text_len ? (int)(in->te - in->ts) : 0,
                       r->text + (in->has_tgt && in->te <= doc.text_len ? in->ts : 0), ev.t[k].code,
                       eg_pentaclass(in->root));
            }
            putchar('\n');
        }
    }
    printf("  %-34s %6ld  (%.2f s; %zu unreadable lines)\n", "sentences", n, cli_seconds(CLOCK_MONOTONIC) - t0,
           cs.skipped);
    printf("  %-34s %6ld  %5.1f%%\n", "coverage (>= 1 event)", covered, pct(covered, n));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "type accuracy (class)", type_ok, with_class,
           pct(type_ok, with_class));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "source match", src_ok, with_src, pct(src_ok, with_src));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "target match", tgt_ok, with_tgt, pct(tgt_ok, with_tgt));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "full match", full, full_n, pct(full, full_n));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "event precision (class)", ev_right, ev_scored,
           pct(ev_right, ev_scored));
    printf("  %-34s %6ld / %-4ld %5.1f%%\n", "reciprocal spans matched", rcp_ok, with_rcp,
           pct(rcp_ok, with_rcp));
    if (code_errors)
        printf("  %-34s %6ld\n", "sentences the coder failed on", code_errors);
    static const char *const cname[5] = {"0 statement", "1 verbal coop", "2 material coop",
                                         "3 verbal conflict", "4 material conflict"};
    printf("  %-20s %6s %8s\n", "class", "gold", "found");
    for (int c = 0; c < 5; c++)
        printf("  %-20s %6ld %8ld  %5.1f%%\n", cname[c], class_gold[c], class_ok[c],
               pct(class_ok[c], class_gold[c]));
    printf("  (an event's class by its CAMEO root: 0 = 01-02, 1 = 03-05, 2 = 06-08,\n"
           "   3 = 09-13 and 16, 4 = 14-15 and 17-20, as the set's labels have them)\n");
    putchar('\n');
out:
    ev_free(&ev);
    tac_ctx_free(ctx);
    eg_cb_free(&cs);
    free(path);
    if (ret == EXIT_FATAL)
        printf("  conflibert: not completed (see the messages above)\n\n");
    return ret;
}

/* ------------------------------------------------------------------ */
/* Command                                                             */
/* ------------------------------------------------------------------ */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: %s eval [--set NAME] [--failures] [--shared DIR] [--dict-dir DIR] [--verbose]\n"
            "  --set NAME      tabari, petrarch, plover, conflibert or all (default);\n"
            "                  repeat or separate with commas for several\n"
            "  --failures      print every record that is not fully right\n"
            "  --shared DIR    shared data directory (default $TACITUS_SHARED or ../shared)\n"
            "  --dict-dir DIR  default dictionaries for the plover and conflibert sets\n"
            "  --verbose       print dictionary and reader diagnostics\n",
            cli_prog);
}

static int parse_sets(const char *s, unsigned *out)
{
    while (*s) {
        size_t n = strcspn(s, ",");
        static const struct { const char *name; unsigned bit; } names[] = {
            {"tabari", SET_TABARI}, {"petrarch", SET_PETRARCH}, {"plover", SET_PLOVER},
            {"conflibert", SET_CONFLIBERT}, {"all", SET_ALL}};
        size_t k = 0;
        while (k < sizeof names / sizeof names[0] &&
               !(strlen(names[k].name) == n && !strncmp(names[k].name, s, n)))
            k++;
        if (k == sizeof names / sizeof names[0])
            return -1;
        *out |= names[k].bit;
        s += n;
        if (*s == ',')
            s++;
    }
    return 0;
}

/* Value of "--opt VALUE" or "--opt=VALUE"; advances *i over a separate
 * value.  NULL when argv[*i] is not this option. */
static const char *opt_value(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n))
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

int cmd_eval(int argc, char **argv)
{
    eval_opts o;
    memset(&o, 0, sizeof o);
    int i = 1;
    /* Accept being handed the command name either as argv[0] or argv[1]. */
    if (i < argc && !strcmp(argv[i], "eval"))
        i++;
    for (; i < argc; i++) {
        int missing = 0;
        const char *v;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return EXIT_OK;
        } else if (!strcmp(argv[i], "--failures")) {
            o.failures = 1;
        } else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) {
            o.verbose = 1;
        } else if ((v = opt_value(argc, argv, &i, "--set", &missing))) {
            if (parse_sets(v, &o.sets) != 0) {
                fprintf(stderr, "%s eval: unknown set '%s' (tabari, petrarch, plover, conflibert, all)\n",
                        cli_prog, v);
                return EXIT_USAGE;
            }
        } else if ((v = opt_value(argc, argv, &i, "--shared", &missing))) {
            o.shared = v;
        } else if ((v = opt_value(argc, argv, &i, "--dict-dir", &missing))) {
            o.dict_dir = v;
        } else {
            if (missing)
                fprintf(stderr, "%s eval: %s needs a value\n", cli_prog, argv[i]);
            else
                fprintf(stderr, "%s eval: unknown argument '%s'\n", cli_prog, argv[i]);
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (!o.sets)
        o.sets = SET_ALL;
    if (!o.shared) {
        const char *env = getenv("TACITUS_SHARED");
        o.shared = env && *env ? env : "../shared";
    }
    diag_count dc = {0, 0, o.verbose};
    defaults df = {NULL, 0};
    int worst = EXIT_OK, rc;
    printf("tacitus %s eval, shared data: %s\n\n", tac_version(), o.shared);
    /* Keep the printed figures in order with stderr messages. */
    fflush(stdout);
    if (o.sets & SET_TABARI) {
        rc = run_tabari(&o, &dc);
        worst = rc > worst ? rc : worst;
        fflush(stdout);
    }
    if (o.sets & SET_PETRARCH) {
        rc = run_petrarch(&o, &dc);
        worst = rc > worst ? rc : worst;
        fflush(stdout);
    }
    if (o.sets & SET_PLOVER) {
        rc = run_plover(&o, &dc, &df);
        worst = rc > worst ? rc : worst;
        fflush(stdout);
    }
    if (o.sets & SET_CONFLIBERT) {
        rc = run_conflibert(&o, &dc, &df);
        worst = rc > worst ? rc : worst;
        fflush(stdout);
    }
    tac_dict_free(df.d);
    if (dc.errors)
        fprintf(stderr, "%s eval: %ld errors reported while loading or coding\n", cli_prog,
                dc.errors);
    return worst;
}
