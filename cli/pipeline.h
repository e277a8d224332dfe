/*
 * pipeline.h -- parallel streaming for `tacitus code`, and the progress
 * line shared with the sequential loop.
 *
 * One reader thread turns the inputs into batches of documents, N workers
 * code batches (each with its own tac_ctx; the tac_dict is shared), and
 * the calling thread writes the batches in input order.  At most a fixed
 * number of batches exist at once, so memory stays flat whatever the size
 * of the input, and the output (standard output and standard error) is
 * byte-identical for any number of workers.
 */
#ifndef TAC_CLI_PIPELINE_H
#define TAC_CLI_PIPELINE_H

#include <stdint.h>
#include <stdio.h>
#include "tacitus.h"

typedef struct pipe_opts {
    const tac_dict *dict;           /* shared, read-only */
    const char *const *inputs;      /* paths, "-" = standard input */
    int ninputs;
    tac_input_format fmt;
    int32_t date;                   /* default document date */
    FILE *out;
    int tsv;                        /* write TSV lines instead of JSON */
    int quiet;                      /* count warnings, do not print them */
    int tokenize_only;              /* split and tokenize, write nothing */
    int threads;                    /* coding workers, >= 1 */
    int progress;                   /* show the progress line on stderr */
} pipe_opts;

typedef struct pipe_result {
    tac_code_stats stats;           /* summed over the workers */
    int status;                     /* EXIT_OK, EXIT_PARTIAL or EXIT_FATAL */
} pipe_result;

/* Codes every input with o->threads workers; returns when all output is
 * written (not flushed).  OUT: *res.  Returns 0, or -1 when threads or
 * memory could not be had (nothing was written then). */
int pipeline_run(const pipe_opts *o, pipe_result *res);

/* The number of online CPUs (at least 1). */
int pipeline_cpus(void);

/* Progress line on standard error: documents, MB/s, ETA when the size of
 * the input is known.  Shown only after the first second (or after
 * $TACITUS_PROGRESS_DELAY seconds), refreshed at most four times a
 * second, with '\r'; progress_clear() clears it. */
typedef struct progress {
    int on, shown;
    double t0, last, delay;
    uint64_t total;                 /* bytes of all inputs, 0 = unknown */
    uint64_t base;                  /* bytes of the inputs already read */
} progress;
void progress_begin(progress *p, int on, const char *const *inputs, int ninputs);
void progress_update(progress *p, uint64_t docs, uint64_t bytes_done);
/* The same, with the bytes taken from the reader of the current input;
 * call progress_input_done() before freeing each reader. */
void progress_update_reader(progress *p, uint64_t docs, const tac_reader *r);
void progress_input_done(progress *p, const tac_reader *r);
/* Clears the line (before other output to stderr, and at the end). */
void progress_clear(progress *p);
/* A tac_diag_fn for the sequential loop: clears the progress line, then
 * prints like cli_diag() (or only counts when quiet). */
typedef struct progress_diag_ud {
    progress *pg;
    int *count;
    int quiet;
} progress_diag_ud;
void progress_diag(void *ud, int severity, const char *where, long line, const char *msg);

#endif
