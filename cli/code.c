/*
 * code.c -- `tacitus code`: read documents, code them, write JSON Lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "dictcache.h"
#include "pipeline.h"

static void code_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus code [options] FILE...      (FILE '-' = standard input)\n"
        "       tacitus code --project FILE.project\n"
        "\n"
        "Writes one JSON object per event to standard output.\n"
        "\n"
        "options:\n"
        "  --date YYYY-MM-DD    date of documents that have none (also YYYYMMDD)\n"
        "  --format F           input format: auto (default), text, jsonl, tabari\n"
        "  --dict FILE          add a dictionary file (repeatable; format guessed)\n"
        "  --dict-dir DIR       directory of the default dictionaries\n"
        "  --no-defaults        do not load the default dictionaries\n"
        "  --project FILE       a TABARI project: its dictionaries, options and text\n"
        "  --explain            also print, per sentence, the actors and verbs found\n"
        "                       and why an event was or was not made (lines with '#')\n"
        "  --output-format F    jsonl (default) or tsv (with a header line)\n"
        "  -o FILE              write to FILE instead of standard output\n"
        "  -q, --quiet          no warnings about documents, no progress line\n"
        "                       (errors, such as an input that cannot be read, still show)\n"
        "  --stats              print totals and speed on standard error at the end\n"
        "  --threads N          coding threads (default: the number of CPUs); the\n"
        "                       output is the same for any N; --explain uses 1\n"
        "  --no-cache           build the default dictionaries from text instead of\n"
        "                       using (and refreshing) the compiled cache file\n"
        "  --tokenize-only      only split sentences and tokenize (for benchmarks)\n"
        "  -h, --help           this help\n");
}

typedef struct out_state {
    FILE *out;
    tac_buf buf;
    int explain, tsv;
    long events;
} out_state;

static int on_event(void *ud, const tac_doc *doc, const tac_event *ev)
{
    out_state *o = ud;
    o->events++;
    if ((o->tsv ? tac_event_write_tsv(&o->buf, doc, ev) : tac_event_write_json(&o->buf, doc, ev)) != TAC_OK)
        return 1;
    if (o->explain) {
        fwrite(o->buf.p, 1, o->buf.len, o->out);
        o->buf.len = 0;
    }
    return 0;
}

static void on_explain(void *ud, int sentence, const char *line)
{
    out_state *o = ud;
    (void)sentence;
    fprintf(o->out, "# %s\n", line);
}

int cmd_code(int argc, char **argv)
{
    const char *dicts[64];
    int ndicts = 0, no_defaults = 0, explain = 0, quiet = 0, tsv = 0, stats = 0;
    int threads = 0, no_cache = 0, tokenize_only = 0;
    const char *dict_dir = NULL, *project = NULL, *outpath = NULL;
    tac_input_format fmt = TAC_INPUT_AUTO;
    int32_t date = 0;
    const char *inputs[256];
    int ninputs = 0;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
#define NEED_ARG() do { if (i + 1 >= argc) { fprintf(stderr, "tacitus code: %s needs a value\n", a); return EXIT_USAGE; } } while (0)
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { code_usage(stdout); return EXIT_OK; }
        else if (!strcmp(a, "--date")) {
            NEED_ARG();
            date = tac_parse_date(argv[i + 1], strlen(argv[i + 1]));
            if (!date) { fprintf(stderr, "tacitus code: invalid date '%s' (use YYYY-MM-DD)\n", argv[i + 1]); return EXIT_USAGE; }
            i++;
        } else if (!strcmp(a, "--format")) {
            NEED_ARG();
            if (cli_input_format("code", argv[++i], &fmt))
                return EXIT_USAGE;
        } else if (!strcmp(a, "--dict")) {
            NEED_ARG();
            if (ndicts < 64) dicts[ndicts++] = argv[++i];
        } else if (!strcmp(a, "--dict-dir")) { NEED_ARG(); dict_dir = argv[++i]; }
        else if (!strcmp(a, "--no-defaults")) no_defaults = 1;
        else if (!strcmp(a, "--project")) { NEED_ARG(); project = argv[++i]; }
        else if (!strcmp(a, "--explain")) explain = 1;
        else if (!strcmp(a, "--stats")) stats = 1;
        else if (!strcmp(a, "-o")) { NEED_ARG(); outpath = argv[++i]; }
        else if (!strcmp(a, "--output-format")) {
            NEED_ARG();
            const char *f = argv[++i];
            if (!strcmp(f, "tsv")) tsv = 1;
            else if (strcmp(f, "jsonl")) { fprintf(stderr, "tacitus code: unknown output format '%s'\n", f); return EXIT_USAGE; }
        }
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) quiet = 1;
        else if (!strcmp(a, "--threads")) {
            NEED_ARG();
            char *end;
            long n = strtol(argv[++i], &end, 10);
            if (*end || n < 1 || n > 1024) { fprintf(stderr, "tacitus code: --threads needs a number from 1 to 1024\n"); return EXIT_USAGE; }
            threads = (int)n;
        }
        else if (!strcmp(a, "--no-cache")) no_cache = 1;
        else if (!strcmp(a, "--tokenize-only")) tokenize_only = 1;
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "tacitus code: unknown option '%s'\n", a); code_usage(stderr); return EXIT_USAGE; }
        else if (ninputs < 256) inputs[ninputs++] = a;
#undef NEED_ARG
    }
    if (!project && ninputs == 0) {
        fprintf(stderr, "tacitus code: no input (give a file, '-' for standard input, or --project)\n");
        code_usage(stderr);
        return EXIT_USAGE;
    }

    double t0 = cli_seconds(CLOCK_MONOTONIC);
    int warnings = 0;
    tac_builder *b = tac_builder_new(cli_diag, &warnings);
    if (!b) { fprintf(stderr, "tacitus code: out of memory\n"); return EXIT_FATAL; }
    tac_project *proj = NULL;
    int rc;
    if (project) {
        rc = tac_project_load(project, &proj, cli_diag, &warnings);
        if (rc != TAC_OK) {
            fprintf(stderr, "tacitus code: %s: cannot load the project (%s)\n", project, tac_errstr(rc));
            tac_builder_free(b);
            return EXIT_FATAL;
        }
        for (int k = 0; k < proj->nactors; k++) tac_builder_add_file(b, proj->actors[k], TAC_FMT_TABARI_ACTORS);
        for (int k = 0; k < proj->nverbs; k++) tac_builder_add_file(b, proj->verbs[k], TAC_FMT_TABARI_VERBS);
        for (int k = 0; k < proj->nagents; k++) tac_builder_add_file(b, proj->agents[k], TAC_FMT_TABARI_AGENTS);
        tac_builder_set_options(b, &proj->opt);
        if (fmt == TAC_INPUT_AUTO) fmt = TAC_INPUT_TABARI;
        if (ninputs == 0 && proj->text) inputs[ninputs++] = proj->text;
        no_defaults = 1;
    }
    tac_dict *d = dictcache_build("code", b, dict_dir, no_defaults, dicts, ndicts, !no_cache, &warnings);
    if (!d) {
        tac_project_free(proj);
        return EXIT_FATAL;
    }

    out_state o = { .out = stdout, .explain = explain, .tsv = tsv };
    if (outpath && !(o.out = fopen(outpath, "w"))) {
        perror(outpath);
        tac_dict_free(d);
        tac_project_free(proj);
        return EXIT_FATAL;
    }
    if (tsv)
        fputs(tac_tsv_header(), o.out);
    double t1 = cli_seconds(CLOCK_MONOTONIC);
    tac_ctx *ctx = tac_ctx_new();
    int doc_warnings = 0;
    int status = EXIT_OK;
    progress pg;
    progress_begin(&pg, !quiet && isatty(2), inputs, ninputs);
    progress_diag_ud pdu = { &pg, &doc_warnings, quiet };
    tac_diag_fn diag = progress_diag;
    tac_ctx_set_diag(ctx, diag, &pdu);
    if (explain)
        tac_ctx_set_explain(ctx, on_explain, &o);
    if (explain || threads == 0)
        threads = explain ? 1 : pipeline_cpus();
    tac_code_stats st = { 0 };
    if (threads > 1) {
        pipe_opts po = { .dict = d, .inputs = inputs, .ninputs = ninputs, .fmt = fmt, .date = date,
                         .out = o.out, .tsv = tsv, .quiet = quiet, .tokenize_only = tokenize_only,
                         .threads = threads, .progress = pg.on };
        pipe_result pr;
        if (pipeline_run(&po, &pr) == 0) {
            ninputs = 0;   /* all done: skip the sequential loop */
            status = pr.status;
            st = pr.stats;
        }
    }
    uint64_t ndocs = 0;
    for (int k = 0; k < ninputs; k++) {
        tac_reader *r = NULL;
        rc = tac_reader_open(inputs[k], fmt, date, diag, &pdu, &r);
        if (rc != TAC_OK) {
            fprintf(stderr, "tacitus code: %s: cannot open (%s)\n", inputs[k], tac_errstr(rc));
            status = EXIT_FATAL;
            continue;
        }
        tac_doc doc;
        while ((rc = tac_reader_next(r, &doc)) == 1) {
            if (explain)
                fprintf(o.out, "# document %.*s\n", (int)doc.id_len, doc.id);
            int cr = tokenize_only ? tac_tokenize_only(d, ctx, &doc, NULL, NULL)
                                   : tac_code(d, ctx, &doc, on_event, &o);
            if (cr != TAC_OK) {
                progress_clear(&pg);
                fprintf(stderr, "tacitus code: %.*s: coding failed (%s)\n", (int)doc.id_len, doc.id, tac_errstr(cr));
                if (status == EXIT_OK)
                    status = EXIT_PARTIAL;
            }
            if (o.buf.len) {
                fwrite(o.buf.p, 1, o.buf.len, o.out);
                o.buf.len = 0;
            }
            progress_update_reader(&pg, ++ndocs, r);
        }
        if (rc < 0) {
            progress_clear(&pg);
            fprintf(stderr, "tacitus code: %s: read error (%s)\n", inputs[k], tac_errstr(rc));
            status = EXIT_FATAL;
        }
        progress_input_done(&pg, r);
        tac_reader_free(r);
    }
    progress_clear(&pg);
    if (doc_warnings && status == EXIT_OK)
        status = EXIT_PARTIAL;
    if (fflush(o.out) != 0 || (outpath && fclose(o.out) != 0)) {
        perror(outpath ? outpath : "stdout");
        status = EXIT_FATAL;
    }
    if (stats) {
        if (!st.docs)
            tac_ctx_get_stats(ctx, &st);
        double t2 = cli_seconds(CLOCK_MONOTONIC), secs = t2 - t1 > 1e-9 ? t2 - t1 : 1e-9;
        fprintf(stderr,
                "tacitus: %llu documents, %.2f MB of text, %llu sentences, %llu events "
                "(%.2f per document, %.1f%% of sentences with an event)\n"
                "tacitus: dictionaries %.3f s; coding %.3f s: %.2f MB/s, %.0f sentences/s, %.0f events/s\n",
                (unsigned long long)st.docs, st.bytes / 1e6, (unsigned long long)st.sentences,
                (unsigned long long)st.events, st.docs ? (double)st.events / (double)st.docs : 0.0,
                st.sentences ? 100.0 * (double)st.sentences_with_events / (double)st.sentences : 0.0,
                t1 - t0, secs, st.bytes / 1e6 / secs, st.sentences / secs, st.events / secs);
    }
    tac_buf_free(&o.buf);
    tac_ctx_free(ctx);
    tac_dict_free(d);
    tac_project_free(proj);
    return status;
}
