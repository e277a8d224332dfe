/*
 * pipeline.c -- `tacitus code --threads N`: a reader thread, N coding
 * workers and an in-order writer around a ring of batches.
 *
 * Invariants:
 *   - a batch holds copies of up to BATCH_DOCS documents (or about
 *     BATCH_BYTES of them), the output coded from them and the messages
 *     for standard error, each with per-document end offsets, so the
 *     writer reproduces exactly the interleaving of the sequential loop;
 *   - batches get sequence numbers in reading order; slot seq % nslots
 *     holds batch seq, and its state moves FREE -> FILLED -> CODING ->
 *     DONE -> FREE, each step under the one mutex;
 *   - only the writer (the calling thread) writes to standard output and
 *     standard error while the pipeline runs; the library's diagnostics
 *     are formatted into the batch being read or coded;
 *   - at most nslots batches exist, so memory does not grow with the
 *     input; buffers are kept between uses unless one grew very large.
 */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "pipeline.h"

#define BATCH_DOCS 64
#define BATCH_BYTES ((size_t)1 << 20)
#define BATCH_KEEP ((size_t)8 << 20)   /* larger buffers are freed on reuse */

/* ------------------------------------------------------------------ */
/* Progress line                                                       */
/* ------------------------------------------------------------------ */

void progress_begin(progress *p, int on, const char *const *inputs, int ninputs)
{
    memset(p, 0, sizeof *p);
    p->on = on;
    p->t0 = cli_seconds(CLOCK_MONOTONIC);
    /* seconds before the line first shows; TACITUS_PROGRESS_DELAY lets
       a test see it on a short run */
    const char *dl = getenv("TACITUS_PROGRESS_DELAY");
    char *e;
    double v = dl ? strtod(dl, &e) : 1.0;
    p->delay = dl && e != dl && v >= 0 && v < 1e6 ? v : 1.0;
    for (int i = 0; i < ninputs; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") == 0 || stat(inputs[i], &st) != 0 || !S_ISREG(st.st_mode)) {
            p->total = 0;
            break;
        }
        p->total += (uint64_t)st.st_size;
    }
}

void progress_update(progress *p, uint64_t docs, uint64_t bytes_done)
{
    if (!p->on)
        return;
    double t = cli_seconds(CLOCK_MONOTONIC);
    if (t - p->t0 < p->delay || t - p->last < 0.25)
        return;
    p->last = t;
    double mbps = (double)bytes_done / 1e6 / (t - p->t0);
    char eta[64] = "";
    if (p->total && bytes_done <= p->total && mbps > 0) {
        long left = (long)((double)(p->total - bytes_done) / 1e6 / mbps + 0.5);
        snprintf(eta, sizeof eta, ", %.0f%%, ETA %ld:%02ld",
                 100.0 * (double)bytes_done / (double)p->total, left / 60, left % 60);
    }
    fprintf(stderr, "\r%s: %llu documents, %.1f MB, %.1f MB/s%s\033[K", cli_prog,
            (unsigned long long)docs, (double)bytes_done / 1e6, mbps, eta);
    p->shown = 1;
}

void progress_update_reader(progress *p, uint64_t docs, const tac_reader *r)
{
    uint64_t done = 0;
    if (p->on)
        tac_reader_progress(r, &done, NULL);
    progress_update(p, docs, p->base + done);
}

void progress_input_done(progress *p, const tac_reader *r)
{
    uint64_t done = 0;
    tac_reader_progress(r, &done, NULL);
    p->base += done;
}

void progress_clear(progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        p->shown = 0;
    }
}

void progress_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    progress_diag_ud *u = ud;
    if (cli_quiet_hides(u->quiet, severity)) {
        if (severity >= TAC_DIAG_WARNING)
            (*u->count)++;
        return;
    }
    progress_clear(u->pg);
    cli_diag(u->count, severity, where, line, msg);
}

int pipeline_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

/* ------------------------------------------------------------------ */
/* Batches                                                             */
/* ------------------------------------------------------------------ */

typedef struct doc_rec {
    size_t id, id_len, title, title_len, text, text_len, meta, meta_len;
    int has_title, has_meta;
    int32_t date;
    size_t rerr_end, werr_end, out_end;   /* ends of this document's parts */
} doc_rec;

enum { SLOT_FREE, SLOT_FILLED, SLOT_CODING, SLOT_DONE };

typedef struct batch {
    int state;
    doc_rec *docs;
    int ndocs, cap;
    tac_buf data;          /* the documents' bytes */
    tac_buf out;           /* coded output */
    tac_buf rerr, werr;    /* messages from reading and from coding */
    int warnings;          /* warnings counted (printed or not) */
    int status;            /* worst EXIT_* of the batch */
    uint64_t bytes_done;   /* input bytes read when the batch was closed */
} batch;

typedef struct pline {
    const pipe_opts *o;
    pthread_mutex_t mu;
    pthread_cond_t cv_free, cv_work, cv_done;
    batch *slots;
    int nslots;
    uint64_t nfilled, next_code, next_write;
    int eof, stop;
    batch *rcur;           /* the reader's batch (reader thread only) */
} pline;

typedef struct worker {
    pline *p;
    tac_ctx *ctx;
    batch *b;              /* batch being coded */
    pthread_t th;
} worker;

static void buf_reset(tac_buf *b)
{
    if (b->cap > BATCH_KEEP)
        tac_buf_free(b);
    b->len = 0;
}

static void batch_reset(batch *b)
{
    b->ndocs = 0;
    b->warnings = 0;
    b->status = EXIT_OK;
    b->bytes_done = 0;
    buf_reset(&b->data);
    buf_reset(&b->out);
    buf_reset(&b->rerr);
    buf_reset(&b->werr);
}

static void batch_free(batch *b)
{
    free(b->docs);
    tac_buf_free(&b->data);
    tac_buf_free(&b->out);
    tac_buf_free(&b->rerr);
    tac_buf_free(&b->werr);
}

/* A diagnostic formatted as cli_diag() prints it. */
static void format_diag(tac_buf *b, int quiet, int *count, int severity, const char *where,
                        long line, const char *msg)
{
    if (severity >= TAC_DIAG_WARNING)
        (*count)++;
    if (!cli_quiet_hides(quiet, severity))
        cli_diag_format(b, cli_prog, severity, where, line, msg);
}

static void reader_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    pline *p = ud;
    format_diag(&p->rcur->rerr, p->o->quiet, &p->rcur->warnings, severity, where, line, msg);
}

static void worker_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    worker *w = ud;
    format_diag(&w->b->werr, w->p->o->quiet, &w->b->warnings, severity, where, line, msg);
}

/* ------------------------------------------------------------------ */
/* Reader                                                              */
/* ------------------------------------------------------------------ */

/* Makes sure the reader has a batch to fill, waiting for a free slot.
 * Returns 0 when the pipeline is stopping. */
static int reader_batch(pline *p)
{
    if (p->rcur)
        return 1;
    pthread_mutex_lock(&p->mu);
    batch *b = &p->slots[p->nfilled % (uint64_t)p->nslots];
    while (b->state != SLOT_FREE && !p->stop)
        pthread_cond_wait(&p->cv_free, &p->mu);
    int ok = !p->stop;
    pthread_mutex_unlock(&p->mu);
    if (!ok)
        return 0;
    batch_reset(b);
    p->rcur = b;
    return 1;
}

static void reader_submit(pline *p)
{
    if (!p->rcur)
        return;
    pthread_mutex_lock(&p->mu);
    p->rcur->state = SLOT_FILLED;
    p->nfilled++;
    pthread_cond_signal(&p->cv_work);
    pthread_mutex_unlock(&p->mu);
    p->rcur = NULL;
}

static int copy_field(tac_buf *b, const char *s, size_t n, size_t *off)
{
    *off = b->len;
    return tac_buf_append(b, s, s ? n : 0);
}

/* Copies doc into the reader's batch. */
static int add_doc(batch *b, const tac_doc *doc)
{
    if (b->ndocs == b->cap) {
        int cap = b->cap ? b->cap * 2 : BATCH_DOCS;
        doc_rec *v = realloc(b->docs, sizeof *v * (size_t)cap);
        if (!v)
            return TAC_ENOMEM;
        b->docs = v;
        b->cap = cap;
    }
    doc_rec *r = &b->docs[b->ndocs];
    memset(r, 0, sizeof *r);
    r->date = doc->date;
    r->id_len = doc->id ? doc->id_len : 0;
    r->title_len = doc->title ? doc->title_len : 0;
    r->text_len = doc->text ? doc->text_len : 0;
    r->meta_len = doc->meta ? doc->meta_len : 0;
    r->has_title = doc->title != NULL;
    r->has_meta = doc->meta != NULL;
    if (copy_field(&b->data, doc->id, r->id_len, &r->id) || copy_field(&b->data, doc->title, r->title_len, &r->title) ||
        copy_field(&b->data, doc->text, r->text_len, &r->text) || copy_field(&b->data, doc->meta, r->meta_len, &r->meta))
        return TAC_ENOMEM;
    r->rerr_end = b->rerr.len;
    b->ndocs++;
    return TAC_OK;
}

static void *reader_main(void *arg)
{
    pline *p = arg;
    const pipe_opts *o = p->o;
    uint64_t base = 0;
    for (int k = 0; k < o->ninputs && reader_batch(p); k++) {
        tac_reader *r = NULL;
        int rc = tac_reader_open(o->inputs[k], o->fmt, o->date, reader_diag, p, &r);
        if (rc != TAC_OK) {
            tac_buf_printf(&p->rcur->rerr, "tacitus code: %s: cannot open (%s)\n", o->inputs[k], tac_errstr(rc));
            p->rcur->status = EXIT_FATAL;
            continue;
        }
        tac_doc doc;
        uint64_t done = 0;
        while (reader_batch(p) && (rc = tac_reader_next(r, &doc)) == 1) {
            batch *b = p->rcur;
            if (add_doc(b, &doc) != TAC_OK) {
                rc = TAC_ENOMEM;
                break;
            }
            tac_reader_progress(r, &done, NULL);
            b->bytes_done = base + done;
            if (b->ndocs >= BATCH_DOCS || b->data.len >= BATCH_BYTES)
                reader_submit(p);
        }
        if (rc < 0 && reader_batch(p)) {
            tac_buf_printf(&p->rcur->rerr, "tacitus code: %s: read error (%s)\n", o->inputs[k], tac_errstr(rc));
            p->rcur->status = EXIT_FATAL;
        }
        tac_reader_progress(r, &done, NULL);
        base += done;
        if (p->rcur)
            p->rcur->bytes_done = base;
        tac_reader_free(r);
    }
    reader_submit(p);
    pthread_mutex_lock(&p->mu);
    p->eof = 1;
    pthread_cond_broadcast(&p->cv_work);
    pthread_cond_broadcast(&p->cv_done);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Workers                                                             */
/* ------------------------------------------------------------------ */

static int on_event(void *ud, const tac_doc *doc, const tac_event *ev)
{
    worker *w = ud;
    tac_buf *out = &w->b->out;
    return (w->p->o->tsv ? tac_event_write_tsv(out, doc, ev) : tac_event_write_json(out, doc, ev)) != TAC_OK;
}

static void code_batch(worker *w, batch *b)
{
    const pipe_opts *o = w->p->o;
    w->b = b;
    for (int i = 0; i < b->ndocs; i++) {
        doc_rec *r = &b->docs[i];
        const char *base = b->data.p;
        tac_doc doc = {
            .id = base + r->id, .id_len = r->id_len, .date = r->date,
            .title = r->has_title ? base + r->title : NULL, .title_len = r->title_len,
            .text = base + r->text, .text_len = r->text_len,
            .meta = r->has_meta ? base + r->meta : NULL, .meta_len = r->meta_len,
        };
        int rc = o->tokenize_only ? tac_tokenize_only(o->dict, w->ctx, &doc, NULL, NULL)
                                  : tac_code(o->dict, w->ctx, &doc, on_event, w);
        if (rc != TAC_OK) {
            tac_buf_printf(&b->werr, "tacitus code: %.*s: coding failed (%s)\n", (int)doc.id_len, doc.id, tac_errstr(rc));
            if (b->status < EXIT_PARTIAL)
                b->status = EXIT_PARTIAL;
        }
        r->werr_end = b->werr.len;
        r->out_end = b->out.len;
    }
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    pline *p = w->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next_code >= p->nfilled && !p->eof)
            pthread_cond_wait(&p->cv_work, &p->mu);
        if (p->next_code >= p->nfilled)
            break;
        batch *b = &p->slots[p->next_code % (uint64_t)p->nslots];
        p->next_code++;
        b->state = SLOT_CODING;
        pthread_mutex_unlock(&p->mu);
        code_batch(w, b);
        pthread_mutex_lock(&p->mu);
        b->state = SLOT_DONE;
        pthread_cond_broadcast(&p->cv_done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Writer                                                              */
/* ------------------------------------------------------------------ */

static void put_err(progress *pg, const tac_buf *b, size_t from, size_t to)
{
    if (to > from) {
        progress_clear(pg);
        fwrite(b->p + from, 1, to - from, stderr);
    }
}

static void write_batch(const pipe_opts *o, progress *pg, const batch *b)
{
    size_t r0 = 0, w0 = 0, o0 = 0;
    for (int i = 0; i < b->ndocs; i++) {
        const doc_rec *r = &b->docs[i];
        put_err(pg, &b->rerr, r0, r->rerr_end);
        put_err(pg, &b->werr, w0, r->werr_end);
        if (r->out_end > o0)
            fwrite(b->out.p + o0, 1, r->out_end - o0, o->out);
        r0 = r->rerr_end;
        w0 = r->werr_end;
        o0 = r->out_end;
    }
    put_err(pg, &b->rerr, r0, b->rerr.len);
}

static void timed_wait(pthread_cond_t *cv, pthread_mutex_t *mu, int timed)
{
    if (!timed) {
        pthread_cond_wait(cv, mu);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 250 * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(cv, mu, &ts);
}

int pipeline_run(const pipe_opts *o, pipe_result *res)
{
    memset(res, 0, sizeof *res);
    int nw = o->threads < 1 ? 1 : o->threads;
    pline p;
    memset(&p, 0, sizeof p);
    p.o = o;
    p.nslots = 2 * nw + 2;
    p.slots = calloc((size_t)p.nslots, sizeof *p.slots);
    worker *ws = calloc((size_t)nw, sizeof *ws);
    if (!p.slots || !ws) {
        free(p.slots);
        free(ws);
        return -1;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv_free, NULL);
    pthread_cond_init(&p.cv_work, NULL);
    pthread_cond_init(&p.cv_done, NULL);
    int started = 0;
    for (int i = 0; i < nw; i++) {
        ws[i].p = &p;
        ws[i].ctx = tac_ctx_new();
        if (!ws[i].ctx)
            break;
        tac_ctx_set_diag(ws[i].ctx, worker_diag, &ws[i]);
        if (pthread_create(&ws[i].th, NULL, worker_main, &ws[i]) != 0) {
            tac_ctx_free(ws[i].ctx);
            ws[i].ctx = NULL;
            break;
        }
        started++;
    }
    pthread_t rth;
    int reader_ok = started > 0 && pthread_create(&rth, NULL, reader_main, &p) == 0;
    int rc = 0;
    if (!reader_ok) {
        pthread_mutex_lock(&p.mu);
        p.eof = 1;
        pthread_cond_broadcast(&p.cv_work);
        pthread_mutex_unlock(&p.mu);
        rc = -1;
    } else {
        progress pg;
        progress_begin(&pg, o->progress, o->inputs, o->ninputs);
        uint64_t docs = 0, bytes = 0;
        int warnings = 0, status = EXIT_OK;
        pthread_mutex_lock(&p.mu);
        for (;;) {
            batch *b = &p.slots[p.next_write % (uint64_t)p.nslots];
            if (p.next_write < p.nfilled && b->state == SLOT_DONE) {
                pthread_mutex_unlock(&p.mu);
                write_batch(o, &pg, b);
                docs += (uint64_t)b->ndocs;
                if (b->bytes_done > bytes)
                    bytes = b->bytes_done;
                warnings += b->warnings;
                if (b->status > status)
                    status = b->status;
                progress_update(&pg, docs, bytes);
                int failed = ferror(o->out);
                pthread_mutex_lock(&p.mu);
                b->state = SLOT_FREE;
                p.next_write++;
                if (failed)
                    p.stop = 1;
                pthread_cond_broadcast(&p.cv_free);
                continue;
            }
            if (p.eof && p.next_write >= p.nfilled)
                break;
            timed_wait(&p.cv_done, &p.mu, pg.on);
            if (pg.on) {
                pthread_mutex_unlock(&p.mu);
                progress_update(&pg, docs, bytes);
                pthread_mutex_lock(&p.mu);
            }
        }
        pthread_mutex_unlock(&p.mu);
        pthread_join(rth, NULL);
        progress_clear(&pg);
        if (warnings && status == EXIT_OK)
            status = EXIT_PARTIAL;
        res->status = status;
    }
    for (int i = 0; i < started; i++) {
        pthread_join(ws[i].th, NULL);
        tac_code_stats st;
        tac_ctx_get_stats(ws[i].ctx, &st);
        res->stats.docs += st.docs;
        res->stats.bytes += st.bytes;
        res->stats.sentences += st.sentences;
        res->stats.sentences_with_events += st.sentences_with_events;
        res->stats.tokens += st.tokens;
        res->stats.events += st.events;
        tac_ctx_free(ws[i].ctx);
    }
    for (int i = 0; i < p.nslots; i++)
        batch_free(&p.slots[i]);
    free(p.slots);
    free(ws);
    pthread_cond_destroy(&p.cv_free);
    pthread_cond_destroy(&p.cv_work);
    pthread_cond_destroy(&p.cv_done);
    pthread_mutex_destroy(&p.mu);
    return rc;
}
