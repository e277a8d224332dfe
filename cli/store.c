/*
 * store.c -- the event store commands: `tacitus ingest` codes documents
 * into an SQLite store; `query`, `dyads`, `actors` and `export` read it.
 *
 * The store is ./tacitus.db unless --db PATH (or $TACITUS_DB) says
 * otherwise.  Reading commands open it read-only, so they can run while
 * an ingest is writing.  Output is streamed: rows are formatted into a
 * buffer flushed every 64 kB, nothing is collected in memory.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#endif
#include "cli.h"
#include "dictcache.h"
#include "pipeline.h"

#define FLUSH_AT (64 * 1024)

static const char *default_db(void)
{
    const char *env = getenv("TACITUS_DB");
    return env && *env ? env : "tacitus.db";
}

/* ------------------------------------------------------------------ */
/* Options shared by the reading commands                              */
/* ------------------------------------------------------------------ */

enum { OUT_TABLE, OUT_JSONL, OUT_CSV };

typedef struct read_opts {
    const char *db, *outpath;
    tac_store_filter f;
    const char *actors[2];
    int nactors, by, out, header;
    long top;
    tac_export_format exp;
} read_opts;

static int parse_date_arg(const char *cmd, const char *s, int32_t *out)
{
    *out = tac_parse_date(s, strlen(s));
    if (!*out) {
        fprintf(stderr, "tacitus %s: invalid date '%s' (use YYYY-MM-DD)\n", cmd, s);
        return -1;
    }
    return 0;
}

/* Parses a filter or output option at argv[*i]; returns 1 when taken,
 * 0 when not a shared option, -1 on a usage error. */
static int shared_opt(const char *cmd, int argc, char **argv, int *i, read_opts *o)
{
    const char *a = argv[*i];
    const char *v = *i + 1 < argc ? argv[*i + 1] : NULL;
    static const char *const with_value[] = {
        "--db", "--source", "--target", "--actor", "--role", "--cameo", "--plover", "--quad",
        "--from", "--to", "--doc", "--limit", "--format", "-o", "--by", "--top", NULL
    };
    int needs = 0;
    for (int k = 0; with_value[k]; k++)
        if (!strcmp(a, with_value[k]))
            needs = 1;
    if (!needs)
        return 0;
    if (!v) {
        fprintf(stderr, "tacitus %s: %s needs a value\n", cmd, a);
        return -1;
    }
    (*i)++;
    if (!strcmp(a, "--db")) o->db = v;
    else if (!strcmp(a, "--source")) o->f.source = v;
    else if (!strcmp(a, "--target")) o->f.target = v;
    else if (!strcmp(a, "--actor")) {
        if (o->nactors >= 2) {
            fprintf(stderr, "tacitus %s: at most two --actor\n", cmd);
            return -1;
        }
        o->actors[o->nactors++] = v;
        o->f.actor = v;
    } else if (!strcmp(a, "--role")) {
        if (!strcmp(v, "source")) o->f.role = TAC_ROLE_SOURCE;
        else if (!strcmp(v, "target")) o->f.role = TAC_ROLE_TARGET;
        else if (!strcmp(v, "either")) o->f.role = TAC_ROLE_EITHER;
        else {
            fprintf(stderr, "tacitus %s: --role is source, target or either\n", cmd);
            return -1;
        }
    } else if (!strcmp(a, "--cameo")) o->f.cameo = v;
    else if (!strcmp(a, "--plover")) o->f.plover = v;
    else if (!strcmp(a, "--quad")) {
        o->f.quad = atoi(v);
        if (o->f.quad < 1 || o->f.quad > 4 || v[1]) {
            fprintf(stderr, "tacitus %s: --quad is 1, 2, 3 or 4\n", cmd);
            return -1;
        }
    } else if (!strcmp(a, "--from")) { if (parse_date_arg(cmd, v, &o->f.from)) return -1; }
    else if (!strcmp(a, "--to")) { if (parse_date_arg(cmd, v, &o->f.to)) return -1; }
    else if (!strcmp(a, "--doc")) o->f.doc_id = v;
    else if (!strcmp(a, "--limit") || !strcmp(a, "--top")) {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end || n < 0) {
            fprintf(stderr, "tacitus %s: %s needs a number\n", cmd, a);
            return -1;
        }
        if (!strcmp(a, "--top")) o->top = n;
        else o->f.limit = n;
    } else if (!strcmp(a, "-o")) o->outpath = v;
    else if (!strcmp(a, "--by")) {
        if (!strcmp(v, "day")) o->by = TAC_BY_DAY;
        else if (!strcmp(v, "month")) o->by = TAC_BY_MONTH;
        else if (!strcmp(v, "year")) o->by = TAC_BY_YEAR;
        else {
            fprintf(stderr, "tacitus %s: --by is day, month or year\n", cmd);
            return -1;
        }
    } else if (!strcmp(a, "--format")) {
        if (!strcmp(cmd, "export")) {
            if (!strcmp(v, "gdelt")) o->exp = TAC_EXPORT_GDELT;
            else if (!strcmp(v, "plover")) o->exp = TAC_EXPORT_PLOVER;
            else if (!strcmp(v, "phoenix")) o->exp = TAC_EXPORT_PHOENIX;
            else if (!strcmp(v, "csv")) o->exp = TAC_EXPORT_CSV;
            else if (!strcmp(v, "jsonl")) o->exp = TAC_EXPORT_JSONL;
            else {
                fprintf(stderr, "tacitus export: unknown format '%s' (gdelt, plover, phoenix, csv, jsonl)\n", v);
                return -1;
            }
        } else {
            if (!strcmp(v, "table")) o->out = OUT_TABLE;
            else if (!strcmp(v, "jsonl")) o->out = OUT_JSONL;
            else if (!strcmp(v, "csv")) o->out = OUT_CSV;
            else {
                fprintf(stderr, "tacitus %s: unknown format '%s' (table, jsonl, csv)\n", cmd, v);
                return -1;
            }
        }
    }
    return 1;
}

static const char FILTER_HELP[] =
    "  --db PATH            the store (default ./tacitus.db, or $TACITUS_DB)\n"
    "  --source CODE        source actor code prefix (UKR matches UKRGOV)\n"
    "  --target CODE        target actor code prefix\n"
    "  --actor CODE         actor code prefix in the role given by --role\n"
    "  --role R             source, target or either (default)\n"
    "  --cameo CODE         CAMEO code prefix (19 = every code of root 19)\n"
    "  --plover TYPE        PLOVER event type (REJECT, ASSAULT, ...)\n"
    "  --quad N             quad class: 1 verbal coop., 2 material coop.,\n"
    "                       3 verbal conflict, 4 material conflict\n"
    "  --from DATE, --to DATE  date range, inclusive (YYYY-MM-DD)\n"
    "  --doc ID             events reported by this document\n";

static tac_store *open_read(const char *cmd, const char *db)
{
    tac_store *s = NULL;
    int rc = tac_store_open(db, TAC_STORE_READONLY, &s);
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus %s: %s\n", cmd, tac_store_errmsg(s));
        tac_store_close(s);
        return NULL;
    }
    return s;
}

/* Output sink: a buffer flushed to a FILE. */
typedef struct sink {
    FILE *f;
    tac_buf b;
    int err;
    long rows;
    int out;
} sink;

static void sink_flush(sink *k)
{
    if (k->b.len && fwrite(k->b.p, 1, k->b.len, k->f) != k->b.len)
        k->err = 1;
    k->b.len = 0;
}

static int sink_printf(sink *k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = tac_buf_vprintf(&k->b, fmt, ap);
    va_end(ap);
    if (rc)
        return -1;
    if (k->b.len >= FLUSH_AT)
        sink_flush(k);
    return 0;
}

static int sink_open(sink *k, const char *cmd, const char *path)
{
    memset(k, 0, sizeof *k);
    k->f = stdout;
    if (path && strcmp(path, "-") && !(k->f = fopen(path, "w"))) {
        fprintf(stderr, "tacitus %s: %s: cannot write\n", cmd, path);
        return -1;
    }
    return 0;
}

static int sink_close(sink *k, const char *cmd)
{
    sink_flush(k);
    int bad = k->err || fflush(k->f) != 0 || ferror(k->f);
    if (k->f != stdout && fclose(k->f) != 0)
        bad = 1;
    tac_buf_free(&k->b);
    if (bad)
        fprintf(stderr, "tacitus %s: write error\n", cmd);
    return bad ? EXIT_FATAL : EXIT_OK;
}

/* Appends s to the table cell buffer: whitespace runs become one space,
 * at most max display characters (UTF-8 sequences counted once), "..."
 * when cut. */
static int put_cell(sink *k, const char *s, size_t n, int max)
{
    int shown = 0, space = 0;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
        i++;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = 1;
            continue;
        }
        if (space) {
            if (shown + 1 >= max)
                goto cut;
            if (tac_buf_append(&k->b, " ", 1))
                return -1;
            shown++;
            space = 0;
        }
        if ((c & 0xC0) != 0x80) {
            if (shown >= max)
                goto cut;
            shown++;
        }
        if (c < 0x20 || c == 0x7F)
            c = ' ';
        char ch = (char)c;
        if (tac_buf_append(&k->b, &ch, 1))
            return -1;
    }
    return 0;
cut:
    /* drop a partial UTF-8 sequence, then mark the cut */
    while (k->b.len && ((unsigned char)k->b.p[k->b.len - 1] & 0xC0) == 0x80)
        k->b.len--;
    if (k->b.len && ((unsigned char)k->b.p[k->b.len - 1] & 0xC0) == 0xC0)
        k->b.len--;
    return tac_buf_append(&k->b, "...", 3) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* ingest                                                              */
/* ------------------------------------------------------------------ */

static void ingest_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus ingest [options] FILE...    (FILE '-' = standard input)\n"
        "\n"
        "Codes documents and stores documents, mentions and deduplicated events\n"
        "in an SQLite store.  Ingesting a document again changes nothing unless\n"
        "its text changed (its events are then replaced).  Safe to interrupt:\n"
        "running the same command again completes the store.\n"
        "\n"
        "options:\n"
        "  --db PATH            the store (default ./tacitus.db, or $TACITUS_DB)\n"
        "  --date YYYY-MM-DD    date of documents that have none (documents\n"
        "                       without a date are reported and skipped)\n"
        "  --format F           input format: auto (default), text, jsonl, tabari\n"
        "  --dict FILE          add a dictionary file (repeatable)\n"
        "  --dict-dir DIR       directory of the default dictionaries\n"
        "  --no-defaults        do not load the default dictionaries\n"
        "  --batch N            documents per transaction (default 2000)\n"
        "  --threads N          coding threads (default: the number of CPUs)\n"
        "  -q, --quiet          no warnings about documents, no summary, no\n"
        "                       progress line (errors still show)\n"
        "  --stats              print totals and speed on standard error\n"
        "  -h, --help           this help\n");
}

/* -q: what it hides is counted, the rest printed. */
static void count_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    if (!cli_quiet_hides(1, severity)) {
        cli_diag(ud, severity, where, line, msg);
        return;
    }
    int *count = ud;
    if (severity >= TAC_DIAG_WARNING)
        (*count)++;
}

typedef struct seq_events {
    tac_event *v;
    size_t n, cap;
    tac_buf strs;   /* the codes of the events, NUL-terminated */
    int failed;
} seq_events;

/* One ingest run: inputs in, store out, counters for the summary. */
typedef struct ingest_run {
    tac_store *s;
    const char *db;         /* its path: the reading thread opens it too */
    const tac_dict *d;
    const char *const *inputs;
    int ninputs, quiet, status, warnings;
    int look;               /* the store held documents when the run began */
    tac_input_format fmt;
    int32_t date;
    tac_diag_fn diag;
    long skipped, same_early;
    uint64_t bytes;
    tac_code_stats cs;
    tac_ctx *late;          /* codes on the calling thread, see store_late() */
    seq_events late_ev;
    int late_warnings;      /* its own: the reading thread counts in warnings */
    progress pg;            /* the progress line, on a terminal */
    uint64_t ndone;         /* documents read and stored or skipped */
} ingest_run;

/* Messages of a run go to standard error through these, which first
 * clear the progress line. */
static void say(ingest_run *R, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(ingest_run *R, const char *fmt, ...)
{
    progress_clear(&R->pg);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

static void put(ingest_run *R, const char *p, size_t n)
{
    if (n) {
        progress_clear(&R->pg);
        fwrite(p, 1, n, stderr);
    }
}

static void add_code_stats(tac_code_stats *to, const tac_ctx *c)
{
    tac_code_stats st;
    tac_ctx_get_stats(c, &st);
    to->docs += st.docs;
    to->bytes += st.bytes;
    to->sentences += st.sentences;
    to->sentences_with_events += st.sentences_with_events;
    to->tokens += st.tokens;
    to->events += st.events;
}

static int cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Looks a document up in store s before coding (with look 0, into a
 * store that began empty, only checks it: *found is then 0): 1 when it
 * is to be coded (or its text hash compared with *stored, when *found), 0 when
 * the store refuses it (no id or date: this document only), -1 on a
 * store error.  The message for 0 and -1 is appended to msg, or printed
 * when it cannot be. */
static int lookup_doc(tac_store *s, int look, int quiet, const char *input, const tac_doc *doc,
                      int *found, uint64_t *stored, tac_buf *msg)
{
    *found = 0;
    *stored = 0;
    int rc = look ? tac_store_doc_lookup(s, doc, found, stored) : tac_store_doc_check(s, doc);
    if (rc == TAC_OK || (rc == TAC_EINVAL && quiet))
        return rc == TAC_OK;
    const char *why = tac_store_errmsg(s);
    if (rc == TAC_EINVAL ? tac_buf_printf(msg, "tacitus: %s: %s; skipped\n", input, why)
                         : tac_buf_printf(msg, "tacitus ingest: %s\n", why))
        fprintf(stderr, "tacitus ingest: %s\n", why);
    return rc == TAC_EINVAL ? 0 : -1;
}

/* Stores one coded document (text hash hash): evs are its events
 * (pointers valid now). */
static int store_doc(ingest_run *R, const char *input, const tac_doc *doc, uint64_t hash, int found,
                     int code_rc, const tac_event *evs, size_t nev)
{
    int st;
    if (code_rc != TAC_OK) {
        say(R, "tacitus: %s: doc %.*s: coding failed (%s); skipped\n", input,
                (int)(doc->id_len > 200 ? 200 : doc->id_len), doc->id, tac_errstr(code_rc));
        R->skipped++;
        return 0;
    }
    int rc = tac_store_begin_doc_hashed(R->s, doc, hash, !found, &st);
    if (rc == TAC_OK && st == TAC_STORE_DOC_SAME)
        return 0;
    for (size_t i = 0; rc == TAC_OK && i < nev; i++)
        rc = tac_store_add_event(R->s, doc, &evs[i]);
    if (rc == TAC_OK)
        rc = tac_store_end_doc(R->s);
    if (rc != TAC_OK) {
        tac_store_abort_doc(R->s);
        say(R, "tacitus ingest: %s\n", tac_store_errmsg(R->s));
        R->status = EXIT_FATAL;
        return -1;
    }
    return 0;
}

/* ---- one thread: read, code, store ---- */

/* Copies the codes of ev into strs (as offsets, fixed up later). */
static int copy_event(tac_event *dst, tac_buf *strs, const tac_event *ev)
{
    const char *codes[4] = { ev->source.code, ev->target.code, ev->cameo, ev->plover };
    const char **to[4] = { &dst->source.code, &dst->target.code, &dst->cameo, &dst->plover };
    *dst = *ev;
    for (int i = 0; i < 4; i++) {
        if (!codes[i]) {
            *to[i] = NULL;
            continue;
        }
        *to[i] = (const char *)(uintptr_t)(strs->len + 1);   /* offset + 1; 0 = NULL */
        if (tac_buf_append(strs, codes[i], strlen(codes[i]) + 1))
            return -1;
    }
    return 0;
}

static void fix_events(tac_event *v, size_t n, const tac_buf *strs)
{
    for (size_t i = 0; i < n; i++) {
        const char **f[4] = { &v[i].source.code, &v[i].target.code, &v[i].cameo, &v[i].plover };
        for (int k = 0; k < 4; k++)
            if (*f[k])
                *f[k] = strs->p + ((uintptr_t)*f[k] - 1);
    }
}

static int grow_events(tac_event **v, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    tac_event *p = realloc(*v, c * sizeof *p);
    if (!p)
        return -1;
    *v = p;
    *cap = c;
    return 0;
}

static int on_seq_event(void *ud, const tac_doc *doc, const tac_event *ev)
{
    seq_events *e = ud;
    (void)doc;
    if (grow_events(&e->v, &e->cap, e->n + 1) || copy_event(&e->v[e->n], &e->strs, ev)) {
        e->failed = 1;
        return 1;
    }
    e->n++;
    return 0;
}

static void ingest_seq(ingest_run *R)
{
    tac_ctx *ctx = tac_ctx_new();
    if (!ctx) {
        say(R, "tacitus ingest: out of memory\n");
        R->status = EXIT_FATAL;
        return;
    }
    /* the reader's and the coder's messages clear the progress line */
    progress_diag_ud pdu = { &R->pg, &R->warnings, R->quiet };
    tac_ctx_set_diag(ctx, progress_diag, &pdu);
    seq_events e = {0};
    tac_buf msg = {0};   /* a lookup's message */
    for (int k = 0; k < R->ninputs && R->status != EXIT_FATAL; k++) {
        tac_reader *r = NULL;
        int rc = tac_reader_open(R->inputs[k], R->fmt, R->date, progress_diag, &pdu, &r);
        if (rc != TAC_OK) {
            say(R, "tacitus ingest: %s: cannot open (%s)\n", R->inputs[k], tac_errstr(rc));
            R->status = EXIT_FATAL;
            break;
        }
        tac_doc doc;
        while ((rc = tac_reader_next(r, &doc)) == 1) {
            int found;
            uint64_t stored, hash;
            progress_update_reader(&R->pg, ++R->ndone, r);
            R->bytes += doc.text_len;
            msg.len = 0;
            int go = lookup_doc(R->s, R->look, R->quiet, R->inputs[k], &doc, &found, &stored, &msg);
            put(R, msg.p, msg.len);
            if (go < 0) {
                R->status = EXIT_FATAL;
                break;
            }
            if (!go) {
                R->skipped++;
                continue;
            }
            hash = tac_store_text_hash(doc.text, doc.text_len);
            if (found && hash == stored) {
                R->same_early++;
                continue;
            }
            e.n = 0;
            e.strs.len = 0;
            e.failed = 0;
            int cr = tac_code(R->d, ctx, &doc, on_seq_event, &e);
            if (e.failed) {
                say(R, "tacitus ingest: out of memory\n");
                R->status = EXIT_FATAL;
                break;
            }
            fix_events(e.v, e.n, &e.strs);
            if (store_doc(R, R->inputs[k], &doc, hash, found, cr, e.v, e.n) < 0)
                break;
        }
        if (rc < 0 && R->status != EXIT_FATAL) {
            say(R, "tacitus ingest: %s: read error (%s)\n", R->inputs[k], tac_errstr(rc));
            R->status = EXIT_FATAL;
        }
        progress_input_done(&R->pg, r);
        tac_reader_free(r);
    }
    add_code_stats(&R->cs, ctx);
    free(e.v);
    tac_buf_free(&msg);
    tac_buf_free(&e.strs);
    tac_ctx_free(ctx);
}

/* ---- several threads: a reading thread, workers that code, and this
 * thread, which stores ----
 *
 * Documents go in batches through a ring of slots.  A slot moves FREE ->
 * FILLED (documents copied in by the reading thread and looked up in the
 * store with its own read-only handle) -> CODING (a worker codes it,
 * keeping copies of the events) -> DONE -> FREE (stored by this thread,
 * in reading order, printing the slot's messages as it goes).  Only this
 * thread writes, and no SQLite handle is shared between threads.  The
 * workers never wait for this thread, only for the ring, so a slow
 * commit or checkpoint does not starve them.  There are at most 64 slots
 * of at most 64 documents or about 1 MB each, so memory does not grow
 * with the input. */

#define PAR_BATCH_DOCS 64
#define PAR_BATCH_BYTES ((size_t)1 << 20)

enum { SLOT_FREE, SLOT_FILLED, SLOT_CODING, SLOT_DONE };

typedef struct par_doc {
    size_t id, title, text, meta;      /* offsets in data */
    size_t id_len, title_len, text_len, meta_len;
    int has_title, has_meta, input, code_rc;
    int32_t date;
    size_t ev_first, ev_n;
    int found, same;             /* stored already; with this text */
    int skip;                    /* refused by the store (no id or date) */
    uint64_t stored, hash;       /* stored text hash; this text's */
    size_t msg_end;              /* reading messages before this document */
} par_doc;

typedef struct par_slot {
    int state;
    tac_buf data;        /* document bytes */
    par_doc *docs;
    int ndocs, cap_docs;
    tac_event *ev;       /* events of all documents, codes as offsets */
    size_t nev, cap_ev;
    tac_buf strs;
    int failed;
    tac_buf msg;         /* messages from reading and looking up, printed in order */
    int read_fatal;      /* reading failed after the documents */
    uint64_t bytes;      /* text read */
    uint64_t input_done; /* input bytes read when the batch was closed */
    long skipped;        /* documents the store refuses (no id or date) */
} par_slot;

typedef struct par {
    ingest_run *R;
    pthread_mutex_t mu;
    pthread_cond_t work, done, free;
    par_slot *slots;
    int nslots, stop, read_eof;
    long nread;          /* batches read and looked up */
    long next_code;      /* next batch a worker takes */
    par_slot *rcur;      /* the batch being read (reading thread only) */
} par;

typedef struct par_worker {
    par *P;
    tac_ctx *ctx;
    int warnings;
    pthread_t tid;
} par_worker;

static void slot_doc(const par_slot *sl, const par_doc *pd, tac_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->id = sl->data.p + pd->id;
    doc->id_len = pd->id_len;
    doc->date = pd->date;
    if (pd->has_title) {
        doc->title = sl->data.p + pd->title;
        doc->title_len = pd->title_len;
    }
    doc->text = sl->data.p + pd->text;
    doc->text_len = pd->text_len;
    if (pd->has_meta) {
        doc->meta = sl->data.p + pd->meta;
        doc->meta_len = pd->meta_len;
    }
}


static int on_par_event(void *ud, const tac_doc *doc, const tac_event *ev)
{
    par_slot *sl = ud;
    (void)doc;
    if (grow_events(&sl->ev, &sl->cap_ev, sl->nev + 1) || copy_event(&sl->ev[sl->nev], &sl->strs, ev)) {
        sl->failed = 1;
        return 1;
    }
    sl->nev++;
    return 0;
}

/* The storing thread's work cannot be spread over cores.  At equal
 * priority it gets no more processor time than each worker, falls behind,
 * the ring fills, and the workers then sleep while a core idles.  So the
 * workers run at a lower priority (nice + 5): the storing thread has a
 * core whenever it has work, and the workers take all the time it leaves.
 * Linux keeps a nice value per thread; elsewhere nothing is changed. */
static void lower_worker_priority(void)
{
#ifdef __linux__
    id_t tid = (id_t)syscall(SYS_gettid);
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, nice + 5 > 19 ? 19 : nice + 5);
#endif
}

static void *par_work(void *arg)
{
    par_worker *w = arg;
    par *P = w->P;
    lower_worker_priority();
    pthread_mutex_lock(&P->mu);
    for (;;) {
        while (!P->stop && P->next_code >= P->nread)
            pthread_cond_wait(&P->work, &P->mu);
        if (P->next_code >= P->nread && P->stop)
            break;
        par_slot *sl = &P->slots[P->next_code % P->nslots];
        P->next_code++;
        sl->state = SLOT_CODING;
        pthread_mutex_unlock(&P->mu);
        sl->nev = 0;
        sl->strs.len = 0;
        sl->failed = 0;
        for (int i = 0; i < sl->ndocs && !sl->failed; i++) {
            par_doc *pd = &sl->docs[i];
            tac_doc doc;
            slot_doc(sl, pd, &doc);
            pd->ev_first = sl->nev;
            pd->ev_n = 0;
            if (pd->skip)
                continue;
            pd->hash = tac_store_text_hash(doc.text, doc.text_len);
            pd->same = pd->found && pd->hash == pd->stored;
            if (pd->same)
                continue;
            pd->code_rc = tac_code(P->R->d, w->ctx, &doc, on_par_event, sl);
            pd->ev_n = sl->nev - pd->ev_first;
        }
        pthread_mutex_lock(&P->mu);
        sl->state = SLOT_DONE;
        pthread_cond_broadcast(&P->done);
    }
    pthread_mutex_unlock(&P->mu);
    return NULL;
}

/* Copies doc into the slot; -1 when out of memory. */
static int slot_add(par_slot *sl, const tac_doc *doc, int input, int found, uint64_t stored)
{
    if (sl->ndocs == sl->cap_docs) {
        int c = sl->cap_docs ? 2 * sl->cap_docs : PAR_BATCH_DOCS;
        par_doc *p = realloc(sl->docs, (size_t)c * sizeof *p);
        if (!p)
            return -1;
        sl->docs = p;
        sl->cap_docs = c;
    }
    par_doc *pd = &sl->docs[sl->ndocs];
    memset(pd, 0, sizeof *pd);
    pd->input = input;
    pd->found = found;
    pd->stored = stored;
    pd->msg_end = sl->msg.len;
    pd->date = doc->date;
    pd->id = sl->data.len;
    pd->id_len = doc->id_len;
    if (tac_buf_append(&sl->data, doc->id, doc->id_len))
        return -1;
    if (doc->title) {
        pd->has_title = 1;
        pd->title = sl->data.len;
        pd->title_len = doc->title_len;
        if (tac_buf_append(&sl->data, doc->title, doc->title_len))
            return -1;
    }
    pd->text = sl->data.len;
    pd->text_len = doc->text_len;
    if (tac_buf_append(&sl->data, doc->text, doc->text_len))
        return -1;
    if (doc->meta) {
        pd->has_meta = 1;
        pd->meta = sl->data.len;
        pd->meta_len = doc->meta_len;
        if (tac_buf_append(&sl->data, doc->meta, doc->meta_len))
            return -1;
    }
    sl->ndocs++;
    return 0;
}

/* Codes on this thread, and stores, a document that was unchanged when
 * looked up before coding but has been changed since by an earlier
 * document of the run with the same id. */
static int store_late(ingest_run *R, const char *input, const tac_doc *doc, uint64_t hash)
{
    seq_events *e = &R->late_ev;
    if (!R->late) {
        R->late = tac_ctx_new();
        if (!R->late) {
            say(R, "tacitus ingest: out of memory\n");
            R->status = EXIT_FATAL;
            return -1;
        }
        tac_ctx_set_diag(R->late, R->diag, &R->late_warnings);
    }
    e->n = 0;
    e->strs.len = 0;
    e->failed = 0;
    int cr = tac_code(R->d, R->late, doc, on_seq_event, e);
    if (e->failed) {
        say(R, "tacitus ingest: out of memory\n");
        R->status = EXIT_FATAL;
        return -1;
    }
    fix_events(e->v, e->n, &e->strs);
    return store_doc(R, input, doc, hash, 1, cr, e->v, e->n);
}

/* Stores a coded slot, in order. */
static void slot_store(ingest_run *R, par_slot *sl)
{
    R->bytes += sl->bytes;
    R->skipped += sl->skipped;
    size_t from = 0;   /* messages printed so far */
    if (sl->failed) {
        say(R, "tacitus ingest: out of memory\n");
        R->status = EXIT_FATAL;
        return;
    }
    fix_events(sl->ev, sl->nev, &sl->strs);
    for (int i = 0; i < sl->ndocs && R->status != EXIT_FATAL; i++) {
        par_doc *pd = &sl->docs[i];
        tac_doc doc;
        /* what reading said before this document (and looking the one
         * before up) */
        if (pd->msg_end > from) {
            put(R, sl->msg.p + from, pd->msg_end - from);
            from = pd->msg_end;
        }
        if (pd->skip)
            continue;
        slot_doc(sl, pd, &doc);
        if (pd->same) {
            /* unchanged when looked up, but an earlier document of the
             * run with the same id may have been stored since */
            int st, rc = tac_store_begin_doc_hashed(R->s, &doc, pd->hash, 0, &st);
            if (rc == TAC_OK && st == TAC_STORE_DOC_SAME)
                continue;
            tac_store_abort_doc(R->s);
            if (rc != TAC_OK) {
                say(R, "tacitus ingest: %s\n", tac_store_errmsg(R->s));
                R->status = EXIT_FATAL;
                break;
            }
            if (store_late(R, R->inputs[pd->input], &doc, pd->hash) < 0)
                break;
            continue;
        }
        if (store_doc(R, R->inputs[pd->input], &doc, pd->hash, pd->found, pd->code_rc,
                      sl->ev + pd->ev_first, pd->ev_n) < 0)
            break;
    }
    if (R->status == EXIT_FATAL)
        return;
    if (sl->msg.len > from)
        put(R, sl->msg.p + from, sl->msg.len - from);
    if (sl->read_fatal)
        R->status = EXIT_FATAL;
    R->ndone += (uint64_t)sl->ndocs;
    progress_update(&R->pg, R->ndone, sl->input_done);
}

/* Appends to the message buffer of the batch being read (on stderr
 * when there is none, or no memory). */
static void slot_msg(par *P, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void slot_msg(par *P, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = P->rcur ? tac_buf_vprintf(&P->rcur->msg, fmt, ap) : TAC_ENOMEM;
    va_end(ap);
    if (rc != TAC_OK) {
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
    }
}

/* The reader's diagnostics, formatted as cli_diag() prints them, wait in
 * the batch so that they come out in order with the store's messages. */
static void par_read_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    par *P = ud;
    if (severity >= TAC_DIAG_WARNING)
        P->R->warnings++;
    if (cli_quiet_hides(P->R->quiet, severity))
        return;
    if (!P->rcur || cli_diag_format(&P->rcur->msg, cli_prog, severity, where, line, msg) != TAC_OK)
        cli_diag_print(cli_prog, severity, where, line, msg);
}

/* Looks a document just read up in the store (the reading thread's own
 * read-only handle, which sees what is committed): whether it is stored
 * with this text decides whether it is coded at all.  A document the
 * lookup misses because it is in a batch not yet committed is coded and
 * then found by the insert.  0, or -1 when the run must stop. */
static int read_lookup(par *P, tac_store *look, par_slot *sl, par_doc *pd)
{
    tac_doc doc;
    slot_doc(sl, pd, &doc);
    sl->bytes += doc.text_len;
    int go = lookup_doc(look, P->R->look, P->R->quiet, P->R->inputs[pd->input], &doc, &pd->found, &pd->stored, &sl->msg);
    sl->skipped += go == 0;
    pd->skip = go == 0;
    sl->read_fatal |= go < 0;
    return go < 0 ? -1 : 0;
}

/* The reading thread: copies documents into free slots, in order. */
static void *par_read(void *arg)
{
    par *P = arg;
    ingest_run *R = P->R;
    tac_reader *r = NULL;
    int k = 0, eof = 0;
    uint64_t base = 0;   /* bytes of the inputs read to the end */
    tac_store *look = NULL;
    int look_rc = tac_store_open(R->db, TAC_STORE_READONLY, &look);
    while (!eof) {
        pthread_mutex_lock(&P->mu);
        par_slot *sl = &P->slots[P->nread % P->nslots];
        while (!P->stop && sl->state != SLOT_FREE)
            pthread_cond_wait(&P->free, &P->mu);
        int stop = P->stop;
        pthread_mutex_unlock(&P->mu);
        if (stop)
            break;
        sl->ndocs = 0;
        sl->data.len = 0;
        sl->msg.len = 0;
        sl->read_fatal = 0;
        sl->bytes = 0;
        sl->skipped = 0;
        P->rcur = sl;
        if (look_rc != TAC_OK) {
            slot_msg(P, "tacitus ingest: %s\n", tac_store_errmsg(look));
            sl->read_fatal = eof = 1;
        }
        while (sl->ndocs < PAR_BATCH_DOCS && sl->data.len < PAR_BATCH_BYTES && !eof) {
            if (!r) {
                if (k >= R->ninputs) {
                    eof = 1;
                    break;
                }
                int rc = tac_reader_open(R->inputs[k], R->fmt, R->date, par_read_diag, P, &r);
                if (rc != TAC_OK) {
                    slot_msg(P, "tacitus ingest: %s: cannot open (%s)\n", R->inputs[k], tac_errstr(rc));
                    sl->read_fatal = eof = 1;
                    break;
                }
            }
            tac_doc doc;
            int rc = tac_reader_next(r, &doc);
            if (rc <= 0) {
                if (rc < 0) {
                    slot_msg(P, "tacitus ingest: %s: read error (%s)\n", R->inputs[k], tac_errstr(rc));
                    sl->read_fatal = eof = 1;
                }
                uint64_t done = 0;
                tac_reader_progress(r, &done, NULL);
                base += done;
                tac_reader_free(r);
                r = NULL;
                k++;
                continue;
            }
            if (slot_add(sl, &doc, k, 0, 0)) {
                slot_msg(P, "tacitus ingest: out of memory\n");
                sl->read_fatal = eof = 1;
            } else if (read_lookup(P, look, sl, &sl->docs[sl->ndocs - 1]) < 0) {
                eof = 1;
            }
        }
        P->rcur = NULL;
        sl->input_done = base;
        if (r) {
            uint64_t done = 0;
            tac_reader_progress(r, &done, NULL);
            sl->input_done += done;
        }
        pthread_mutex_lock(&P->mu);
        if (sl->ndocs || sl->msg.len || sl->read_fatal) {
            sl->state = SLOT_FILLED;
            P->nread++;
            pthread_cond_signal(&P->work);
        }
        if (eof)
            P->read_eof = 1;
        pthread_cond_broadcast(&P->done);
        pthread_mutex_unlock(&P->mu);
    }
    tac_reader_free(r);
    tac_store_close(look);
    return NULL;
}

static void ingest_par(ingest_run *R, int threads)
{
    par P;
    memset(&P, 0, sizeof P);
    P.R = R;
    /* a deep ring: while this thread writes (or waits for the disk in a
     * WAL checkpoint) the workers code ahead; at most 64 batches */
    P.nslots = 8 * threads + 16 > 64 ? 64 : 8 * threads + 16;
    P.slots = calloc((size_t)P.nslots, sizeof *P.slots);
    par_worker *w = calloc((size_t)threads, sizeof *w);
    if (!P.slots || !w) {
        free(P.slots);
        free(w);
        say(R, "tacitus ingest: out of memory\n");
        R->status = EXIT_FATAL;
        return;
    }
    pthread_mutex_init(&P.mu, NULL);
    pthread_cond_init(&P.work, NULL);
    pthread_cond_init(&P.done, NULL);
    pthread_cond_init(&P.free, NULL);
    int started = 0;
    for (int i = 0; i < threads; i++) {
        w[i].P = &P;
        w[i].ctx = tac_ctx_new();
        if (!w[i].ctx)
            break;
        tac_ctx_set_diag(w[i].ctx, R->diag, &w[i].warnings);
        if (pthread_create(&w[i].tid, NULL, par_work, &w[i]) != 0) {
            tac_ctx_free(w[i].ctx);
            w[i].ctx = NULL;
            break;
        }
        started++;
    }
    pthread_t rtid;
    int reading = started && pthread_create(&rtid, NULL, par_read, &P) == 0;
    if (!reading) {
        say(R, "tacitus ingest: cannot start the coding threads\n");
        R->status = EXIT_FATAL;
    }

    long stored = 0;                /* batches stored */
    int all_read = 0;
    pthread_mutex_lock(&P.mu);
    while (reading && R->status != EXIT_FATAL) {
        /* Once all is read, commit: a bulk load builds its query indexes
         * now, while the workers code the last batches, rather than in
         * the close when nothing else runs. */
        if (P.read_eof && !all_read) {
            all_read = 1;
            pthread_mutex_unlock(&P.mu);
            if (tac_store_commit(R->s) != TAC_OK) {
                say(R, "tacitus ingest: %s\n", tac_store_errmsg(R->s));
                R->status = EXIT_FATAL;
            }
            pthread_mutex_lock(&P.mu);
            continue;
        }
        /* store the oldest batch when it is coded (in order), else wait */
        par_slot *old = &P.slots[stored % P.nslots];
        if (stored < P.nread && old->state == SLOT_DONE) {
            pthread_mutex_unlock(&P.mu);
            slot_store(R, old);
            pthread_mutex_lock(&P.mu);
            old->state = SLOT_FREE;
            stored++;
            pthread_cond_signal(&P.free);
            continue;
        }
        if (P.read_eof && stored == P.nread)
            break;
        pthread_cond_wait(&P.done, &P.mu);
    }
    P.stop = 1;
    /* batches not yet taken are dropped: the run failed */
    if (P.next_code < P.nread)
        P.nread = P.next_code;
    pthread_cond_broadcast(&P.work);
    pthread_cond_broadcast(&P.free);
    pthread_mutex_unlock(&P.mu);
    if (reading)
        pthread_join(rtid, NULL);
    for (int i = 0; i < threads; i++) {
        if (!w[i].ctx)
            continue;
        pthread_join(w[i].tid, NULL);
        add_code_stats(&R->cs, w[i].ctx);
        R->warnings += w[i].warnings;
        tac_ctx_free(w[i].ctx);
    }
    R->warnings += R->late_warnings;
    if (R->late) {
        add_code_stats(&R->cs, R->late);
        tac_ctx_free(R->late);
        R->late = NULL;
    }
    free(R->late_ev.v);
    tac_buf_free(&R->late_ev.strs);
    for (int i = 0; i < P.nslots; i++) {
        tac_buf_free(&P.slots[i].data);
        tac_buf_free(&P.slots[i].strs);
        tac_buf_free(&P.slots[i].msg);
        free(P.slots[i].docs);
        free(P.slots[i].ev);
    }
    free(P.slots);
    free(w);
    pthread_cond_destroy(&P.work);
    pthread_cond_destroy(&P.done);
    pthread_cond_destroy(&P.free);
    pthread_mutex_destroy(&P.mu);
}

int cmd_ingest(int argc, char **argv)
{
    const char *dicts[64], *inputs[256];
    int ndicts = 0, ninputs = 0, no_defaults = 0, quiet = 0, stats = 0, batch = 0, threads = 0;
    const char *dict_dir = NULL, *db = default_db();
    tac_input_format fmt = TAC_INPUT_AUTO;
    int32_t date = 0;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
#define NEED_ARG() do { if (i + 1 >= argc) { fprintf(stderr, "tacitus ingest: %s needs a value\n", a); return EXIT_USAGE; } } while (0)
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { ingest_usage(stdout); return EXIT_OK; }
        else if (!strcmp(a, "--db")) { NEED_ARG(); db = argv[++i]; }
        else if (!strcmp(a, "--date")) {
            NEED_ARG();
            if (parse_date_arg("ingest", argv[++i], &date))
                return EXIT_USAGE;
        } else if (!strcmp(a, "--format")) {
            NEED_ARG();
            if (cli_input_format("ingest", argv[++i], &fmt))
                return EXIT_USAGE;
        } else if (!strcmp(a, "--dict")) {
            NEED_ARG();
            if (ndicts < 64) dicts[ndicts++] = argv[++i];
        } else if (!strcmp(a, "--dict-dir")) { NEED_ARG(); dict_dir = argv[++i]; }
        else if (!strcmp(a, "--no-defaults")) no_defaults = 1;
        else if (!strcmp(a, "--batch")) {
            NEED_ARG();
            batch = atoi(argv[++i]);
            if (batch < 1) { fprintf(stderr, "tacitus ingest: --batch needs a positive number\n"); return EXIT_USAGE; }
        } else if (!strcmp(a, "--threads")) {
            NEED_ARG();
            threads = atoi(argv[++i]);
            if (threads < 1 || threads > 256) { fprintf(stderr, "tacitus ingest: --threads needs a number from 1 to 256\n"); return EXIT_USAGE; }
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) quiet = 1;
        else if (!strcmp(a, "--stats")) stats = 1;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "tacitus ingest: unknown option '%s'\n", a);
            ingest_usage(stderr);
            return EXIT_USAGE;
        } else if (ninputs < 256) inputs[ninputs++] = a;
        else { fprintf(stderr, "tacitus ingest: too many inputs\n"); return EXIT_USAGE; }
#undef NEED_ARG
    }

    double t0 = cli_seconds(CLOCK_MONOTONIC);
    tac_store *s = NULL;
    int rc = tac_store_open(db, TAC_STORE_CREATE, &s);
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus ingest: %s\n", tac_store_errmsg(s));
        tac_store_close(s);
        return EXIT_FATAL;
    }
    if (batch)
        tac_store_set_batch(s, batch);
    if (ninputs == 0) {   /* creates or migrates the store, nothing else */
        rc = tac_store_close(s);
        return rc == TAC_OK ? EXIT_OK : EXIT_FATAL;
    }

    int warnings = 0;
    tac_builder *b = tac_builder_new(cli_diag, &warnings);
    if (!b) { tac_store_close(s); fprintf(stderr, "tacitus ingest: out of memory\n"); return EXIT_FATAL; }
    tac_dict *d = dictcache_build("ingest", b, dict_dir, no_defaults, dicts, ndicts, 1, &warnings);
    if (!d) {
        tac_store_close(s);
        return EXIT_FATAL;
    }

    /* Into a store that held no documents there is nothing to look up
     * before coding (an id given twice is found when written). */
    int empty = 0;
    if (tac_store_is_empty(s, &empty) != TAC_OK) {
        fprintf(stderr, "tacitus ingest: %s\n", tac_store_errmsg(s));
        tac_store_close(s);
        tac_dict_free(d);
        return EXIT_FATAL;
    }

    double t1 = cli_seconds(CLOCK_MONOTONIC);
    ingest_run R = { .s = s, .db = db, .d = d, .inputs = inputs, .ninputs = ninputs, .fmt = fmt,
                     .date = date, .quiet = quiet, .diag = quiet ? count_diag : cli_diag,
                     .status = EXIT_OK, .look = !empty };
    if (threads == 0)
        threads = cpu_count();
    progress_begin(&R.pg, !quiet && isatty(2), inputs, ninputs);
    if (threads > 1)
        ingest_par(&R, threads);
    else
        ingest_seq(&R);
    progress_clear(&R.pg);
    int status = R.status;
    long skipped = R.skipped;
    int doc_warnings = R.warnings;
    uint64_t bytes = R.bytes;
    tac_store_stats ss;
    tac_store_get_stats(s, &ss);
    if (tac_store_commit(s) != TAC_OK) {
        fprintf(stderr, "tacitus ingest: %s\n", tac_store_errmsg(s));
        status = EXIT_FATAL;
    }
    if (tac_store_close(s) != TAC_OK) {
        fprintf(stderr, "tacitus ingest: cannot close the store\n");
        status = EXIT_FATAL;
    }
    double t2 = cli_seconds(CLOCK_MONOTONIC), secs = t2 - t1 > 1e-9 ? t2 - t1 : 1e-9;
    if (status == EXIT_OK && (skipped || doc_warnings))
        status = EXIT_PARTIAL;
    if (!quiet)
        fprintf(stderr,
                "tacitus: %s: %llu new, %llu changed, %llu unchanged documents, %ld skipped; "
                "%llu mentions, %llu new events\n",
                db, (unsigned long long)ss.docs_new, (unsigned long long)ss.docs_changed,
                (unsigned long long)(ss.docs_same + R.same_early), skipped, (unsigned long long)ss.mentions,
                (unsigned long long)ss.events_new);
    if (stats) {
        tac_code_stats cs = R.cs;
        fprintf(stderr,
                "tacitus: %.2f MB of text read, %.2f MB coded, %llu events\n"
                "tacitus: opening the store and dictionaries %.3f s; ingest %.3f s: %.2f MB/s (text read), %.0f documents/s\n"
                "tacitus: processor time %.3f s, of which %.3f s on the storing thread\n",
                bytes / 1e6, cs.bytes / 1e6, (unsigned long long)cs.events, t1 - t0, secs,
                bytes / 1e6 / secs,
                (double)(ss.docs_new + ss.docs_changed + ss.docs_same + R.same_early) / secs,
                cli_seconds(CLOCK_PROCESS_CPUTIME_ID), cli_seconds(CLOCK_THREAD_CPUTIME_ID));
    }
    tac_dict_free(d);
    return status;
}

/* ------------------------------------------------------------------ */
/* query                                                               */
/* ------------------------------------------------------------------ */

static void query_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus query [options]\n"
        "\n"
        "Lists stored events (deduplicated, by date) with the first sentence that\n"
        "reported each.\n"
        "\n"
        "options:\n"
        "%s"
        "  --limit N            at most N events\n"
        "  --format F           table (default), jsonl or csv\n"
        "  -o FILE              write to FILE instead of standard output\n"
        "  -h, --help           this help\n", FILTER_HELP);
}

static void put_iso(char buf[16], int32_t d)
{
    snprintf(buf, 16, "%04d-%02d-%02d", (int)(d / 10000 % 10000), (int)(d / 100 % 100), (int)(d % 100));
}

static int on_query_row(void *ud, const tac_store_event *ev)
{
    sink *k = ud;
    k->rows++;
    if (k->out == OUT_JSONL || k->out == OUT_CSV) {
        if (tac_store_event_write(&k->b, k->out == OUT_CSV ? TAC_EXPORT_CSV : TAC_EXPORT_JSONL, ev))
            return 1;
        if (k->b.len >= FLUSH_AT)
            sink_flush(k);
        return k->err;
    }
    char date[16], gold[16];
    put_iso(date, ev->date);
    if (isnan(ev->goldstein))
        snprintf(gold, sizeof gold, "-");
    else
        snprintf(gold, sizeof gold, "%.1f", ev->goldstein);
    size_t idn = strlen(ev->doc_id);
    if (sink_printf(k, "%-10s  %-12.12s  %-12.12s  %-5.5s  %-10.10s  %d  %5s  %4ld  %4ld  %4ld  ",
                    date, *ev->source ? ev->source : "-", *ev->target ? ev->target : "-", ev->cameo,
                    ev->plover ? ev->plover : "-", ev->quad, gold, ev->num_mentions,
                    ev->num_sources, ev->num_articles) ||
        put_cell(k, ev->doc_id, idn, 18) ||
        sink_printf(k, "%*s", (int)(18 - (idn > 18 ? 18 : idn)) + 2, "") ||
        put_cell(k, ev->text, ev->text_len, 70) || sink_printf(k, "\n"))
        return 1;
    return k->err;
}

int cmd_query(int argc, char **argv)
{
    read_opts o;
    memset(&o, 0, sizeof o);
    o.db = default_db();
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { query_usage(stdout); return EXIT_OK; }
        const char *a = argv[i];
        int r = shared_opt("query", argc, argv, &i, &o);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0 || !strcmp(a, "--by") || !strcmp(a, "--top")) {
            fprintf(stderr, "tacitus query: unknown option '%s'\n", a);
            query_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (o.nactors > 1) {
        fprintf(stderr, "tacitus query: one --actor (use --source and --target for a dyad)\n");
        return EXIT_USAGE;
    }
    tac_store *s = open_read("query", o.db);
    if (!s)
        return EXIT_FATAL;
    sink k;
    if (sink_open(&k, "query", o.outpath)) {
        tac_store_close(s);
        return EXIT_FATAL;
    }
    k.out = o.out;
    if (o.out == OUT_TABLE)
        sink_printf(&k, "%-10s  %-12s  %-12s  %-5s  %-10s  %s  %5s  %4s  %4s  %4s  %-18s  %s\n",
                    "DATE", "SOURCE", "TARGET", "CAMEO", "PLOVER", "Q", "GOLD", "MENT", "SRCS",
                    "ARTS", "DOC", "SENTENCE");
    else if (o.out == OUT_CSV) {
        const char *h = tac_export_header(TAC_EXPORT_CSV);
        tac_buf_append(&k.b, h, strlen(h));
    }
    int rc = tac_store_query(s, &o.f, on_query_row, &k);
    int status = EXIT_OK;
    if (rc == TAC_EINVAL) {
        fprintf(stderr, "tacitus query: %s\n", tac_store_errmsg(s));
        status = EXIT_USAGE;
    } else if (rc != TAC_OK) {
        fprintf(stderr, "tacitus query: %s\n", rc == TAC_EABORT ? "out of memory or write error" : tac_store_errmsg(s));
        status = EXIT_FATAL;
    }
    if (o.out == OUT_TABLE && status == EXIT_OK)
        sink_printf(&k, "(%ld event%s)\n", k.rows, k.rows == 1 ? "" : "s");
    int wr = sink_close(&k, "query");
    tac_store_close(s);
    return status != EXIT_OK ? status : wr;
}

/* ------------------------------------------------------------------ */
/* dyads                                                               */
/* ------------------------------------------------------------------ */

static void dyads_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus dyads --actor A --actor B [options]\n"
        "\n"
        "Time series of the events between two actors (code prefixes), in both\n"
        "directions: events per quad class, mentions and mean Goldstein score.\n"
        "\n"
        "options:\n"
        "  --by P               day, month (default) or year\n"
        "  --db PATH            the store (default ./tacitus.db, or $TACITUS_DB)\n"
        "  --cameo, --plover, --quad, --from, --to   as for `tacitus query`\n"
        "  --format F           table (default), jsonl or csv\n"
        "  -o FILE              write to FILE instead of standard output\n"
        "  -h, --help           this help\n");
}

typedef struct dyad_ctx {
    sink *k;
    const char *a, *b;
    int by;
} dyad_ctx;

static void period_str(char buf[16], int32_t p, int by)
{
    if (by == TAC_BY_DAY)
        put_iso(buf, p);
    else if (by == TAC_BY_MONTH)
        snprintf(buf, 16, "%04d-%02d", (int)(p / 100 % 10000), (int)(p % 100));
    else
        snprintf(buf, 16, "%04d", (int)(p % 10000));
}

static int on_dyad_row(void *ud, const tac_store_dyad *r)
{
    dyad_ctx *c = ud;
    sink *k = c->k;
    const char *from = r->direction ? c->b : c->a, *to = r->direction ? c->a : c->b;
    char period[16], gold[16];
    period_str(period, r->period, c->by);
    if (isnan(r->goldstein))
        snprintf(gold, sizeof gold, "%s", k->out == OUT_TABLE ? "-" : (k->out == OUT_JSONL ? "null" : ""));
    else
        snprintf(gold, sizeof gold, "%.2f", r->goldstein);
    k->rows++;
    if (k->out == OUT_JSONL)
        return sink_printf(k, "{\"source\":\"%s\",\"target\":\"%s\",\"period\":\"%s\",\"events\":%ld,"
                              "\"verbal_coop\":%ld,\"material_coop\":%ld,\"verbal_conflict\":%ld,"
                              "\"material_conflict\":%ld,\"mentions\":%ld,\"goldstein_mean\":%s}\n",
                           from, to, period, r->events, r->quad[1], r->quad[2], r->quad[3], r->quad[4],
                           r->mentions, gold) ? 1 : k->err;
    if (k->out == OUT_CSV)
        return sink_printf(k, "%s,%s,%s,%ld,%ld,%ld,%ld,%ld,%ld,%s\n", from, to, period, r->events,
                           r->quad[1], r->quad[2], r->quad[3], r->quad[4], r->mentions, gold) ? 1 : k->err;
    char dir[40];
    snprintf(dir, sizeof dir, "%s -> %s", from, to);
    return sink_printf(k, "%-20s  %-10s  %6ld  %6ld  %6ld  %6ld  %6ld  %8ld  %9s\n", dir, period,
                       r->events, r->quad[1], r->quad[2], r->quad[3], r->quad[4], r->mentions, gold) ? 1 : k->err;
}

/* Actor codes go into JSON and CSV unescaped: allow only code characters. */
static int plain_code(const char *s)
{
    if (!*s || strlen(s) > 32)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

int cmd_dyads(int argc, char **argv)
{
    read_opts o;
    memset(&o, 0, sizeof o);
    o.db = default_db();
    o.by = TAC_BY_MONTH;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { dyads_usage(stdout); return EXIT_OK; }
        const char *a = argv[i];
        int r = shared_opt("dyads", argc, argv, &i, &o);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0 || !strcmp(a, "--source") || !strcmp(a, "--target") || !strcmp(a, "--role") ||
            !strcmp(a, "--doc") || !strcmp(a, "--limit") || !strcmp(a, "--top")) {
            fprintf(stderr, "tacitus dyads: unknown option '%s'\n", a);
            dyads_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (o.nactors != 2) {
        fprintf(stderr, "tacitus dyads: give two actors: --actor A --actor B\n");
        return EXIT_USAGE;
    }
    char up[2][40];
    for (int j = 0; j < 2; j++) {
        if (!plain_code(o.actors[j])) {
            fprintf(stderr, "tacitus dyads: '%s' is not an actor code\n", o.actors[j]);
            return EXIT_USAGE;
        }
        size_t n = strlen(o.actors[j]);
        for (size_t i = 0; i <= n; i++) {
            char c = o.actors[j][i];
            up[j][i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
    }
    o.f.actor = NULL;
    tac_store *s = open_read("dyads", o.db);
    if (!s)
        return EXIT_FATAL;
    sink k;
    if (sink_open(&k, "dyads", o.outpath)) {
        tac_store_close(s);
        return EXIT_FATAL;
    }
    k.out = o.out;
    if (o.out == OUT_TABLE)
        sink_printf(&k, "%-20s  %-10s  %6s  %6s  %6s  %6s  %6s  %8s  %9s\n", "DIRECTION", "PERIOD",
                    "EVENTS", "VCOOP", "MCOOP", "VCONF", "MCONF", "MENTIONS", "GOLDSTEIN");
    else if (o.out == OUT_CSV)
        sink_printf(&k, "source,target,period,events,verbal_coop,material_coop,verbal_conflict,"
                        "material_conflict,mentions,goldstein_mean\n");
    dyad_ctx c = { .k = &k, .a = up[0], .b = up[1], .by = o.by };
    int rc = tac_store_dyads(s, up[0], up[1], o.by, &o.f, on_dyad_row, &c);
    int status = EXIT_OK;
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus dyads: %s\n", rc == TAC_EABORT ? "out of memory or write error" : tac_store_errmsg(s));
        status = rc == TAC_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    if (o.out == OUT_TABLE && status == EXIT_OK && k.rows == 0)
        sink_printf(&k, "(no events between %s and %s)\n", up[0], up[1]);
    int wr = sink_close(&k, "dyads");
    tac_store_close(s);
    return status != EXIT_OK ? status : wr;
}

/* ------------------------------------------------------------------ */
/* actors                                                              */
/* ------------------------------------------------------------------ */

static void actors_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus actors [options]\n"
        "\n"
        "The most active actors of the store: events as source and as target.\n"
        "\n"
        "options:\n"
        "  --top N              the first N actors (default 20; 0 = all)\n"
        "%s"
        "  --format F           table (default), jsonl or csv\n"
        "  -o FILE              write to FILE instead of standard output\n"
        "  -h, --help           this help\n", FILTER_HELP);
}

static int on_actor_row(void *ud, const tac_store_actor *r)
{
    sink *k = ud;
    k->rows++;
    long total = r->as_source + r->as_target;
    if (k->out != OUT_TABLE && !plain_code(r->code))
        return 0;
    if (k->out == OUT_JSONL)
        return sink_printf(k, "{\"actor\":\"%s\",\"events\":%ld,\"as_source\":%ld,\"as_target\":%ld,\"mentions\":%ld}\n",
                           r->code, total, r->as_source, r->as_target, r->mentions) ? 1 : k->err;
    if (k->out == OUT_CSV)
        return sink_printf(k, "%s,%ld,%ld,%ld,%ld\n", r->code, total, r->as_source, r->as_target,
                           r->mentions) ? 1 : k->err;
    return sink_printf(k, "%4ld  %-14.14s  %7ld  %9ld  %9ld  %8ld\n", k->rows, r->code, total,
                       r->as_source, r->as_target, r->mentions) ? 1 : k->err;
}

int cmd_actors(int argc, char **argv)
{
    read_opts o;
    memset(&o, 0, sizeof o);
    o.db = default_db();
    o.top = 20;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { actors_usage(stdout); return EXIT_OK; }
        const char *a = argv[i];
        int r = shared_opt("actors", argc, argv, &i, &o);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0 || !strcmp(a, "--by") || !strcmp(a, "--limit")) {
            fprintf(stderr, "tacitus actors: unknown option '%s'\n", a);
            actors_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (o.nactors > 1) {
        fprintf(stderr, "tacitus actors: one --actor\n");
        return EXIT_USAGE;
    }
    tac_store *s = open_read("actors", o.db);
    if (!s)
        return EXIT_FATAL;
    sink k;
    if (sink_open(&k, "actors", o.outpath)) {
        tac_store_close(s);
        return EXIT_FATAL;
    }
    k.out = o.out;
    if (o.out == OUT_TABLE)
        sink_printf(&k, "%4s  %-14s  %7s  %9s  %9s  %8s\n", "RANK", "ACTOR", "EVENTS", "AS_SOURCE",
                    "AS_TARGET", "MENTIONS");
    else if (o.out == OUT_CSV)
        sink_printf(&k, "actor,events,as_source,as_target,mentions\n");
    int rc = tac_store_actors(s, &o.f, o.top, on_actor_row, &k);
    int status = EXIT_OK;
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus actors: %s\n", rc == TAC_EABORT ? "out of memory or write error" : tac_store_errmsg(s));
        status = rc == TAC_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    int wr = sink_close(&k, "actors");
    tac_store_close(s);
    return status != EXIT_OK ? status : wr;
}

/* ------------------------------------------------------------------ */
/* export                                                              */
/* ------------------------------------------------------------------ */

static void export_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus export --format F [options] > FILE\n"
        "\n"
        "Writes the stored events, streaming, in one of these formats:\n"
        "  gdelt     GDELT 2.0 event table: 61 tab-separated columns; tone and\n"
        "            geography columns are left empty\n"
        "  plover    PLOVER JSON Lines (CAMEO 01 statements have no PLOVER type\n"
        "            and are left out)\n"
        "  phoenix   Phoenix event data, tab-separated\n"
        "  csv       CSV with a header line\n"
        "  jsonl     tacitus JSON Lines\n"
        "\n"
        "options:\n"
        "  --format F           one of the above (required)\n"
        "  --header             a header line for gdelt and phoenix too\n"
        "%s"
        "  -o FILE              write to FILE instead of standard output\n"
        "  -h, --help           this help\n", FILTER_HELP);
}

static int on_export_row(void *ud, const tac_store_event *ev)
{
    sink *k = ud;
    k->rows++;
    if (tac_store_event_write(&k->b, (tac_export_format)k->out, ev) == TAC_ENOMEM)
        return 1;
    if (k->b.len >= FLUSH_AT)
        sink_flush(k);
    return k->err;
}

int cmd_export(int argc, char **argv)
{
    read_opts o;
    memset(&o, 0, sizeof o);
    o.db = default_db();
    int have_format = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { export_usage(stdout); return EXIT_OK; }
        if (!strcmp(argv[i], "--header")) { o.header = 1; continue; }
        const char *a = argv[i];
        int r = shared_opt("export", argc, argv, &i, &o);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0 || !strcmp(a, "--by") || !strcmp(a, "--top")) {
            fprintf(stderr, "tacitus export: unknown option '%s'\n", a);
            export_usage(stderr);
            return EXIT_USAGE;
        }
        if (!strcmp(a, "--format"))
            have_format = 1;
    }
    if (!have_format) {
        fprintf(stderr, "tacitus export: give --format gdelt, plover, phoenix, csv or jsonl\n");
        return EXIT_USAGE;
    }
    if (o.nactors > 1) {
        fprintf(stderr, "tacitus export: one --actor\n");
        return EXIT_USAGE;
    }
    tac_store *s = open_read("export", o.db);
    if (!s)
        return EXIT_FATAL;
    sink k;
    if (sink_open(&k, "export", o.outpath)) {
        tac_store_close(s);
        return EXIT_FATAL;
    }
    k.out = (int)o.exp;
    const char *h = tac_export_header(o.exp);
    if (h && (o.exp == TAC_EXPORT_CSV || o.header))
        tac_buf_append(&k.b, h, strlen(h));
    int rc = tac_store_query(s, &o.f, on_export_row, &k);
    int status = EXIT_OK;
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus export: %s\n", rc == TAC_EABORT ? "out of memory or write error" : tac_store_errmsg(s));
        status = rc == TAC_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    int wr = sink_close(&k, "export");
    tac_store_close(s);
    return status != EXIT_OK ? status : wr;
}
