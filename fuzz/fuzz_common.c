/*
 * fuzz_common.c -- the helpers of fuzz.h: invariant failures, counted
 * diagnostics, the fuzz dictionaries (compiled once per process),
 * temporary files, and the checks made on every coded event.
 *
 * The event checks are an independent oracle for what tacitus.h and the
 * README promise: offsets inside the text and ordered, the sentence span
 * holding the source, target and verb spans, a non-empty CAMEO code whose
 * first two characters are the root, a quad class in 0..4, and writers
 * that produce exactly one line of valid UTF-8 JSON (parsed back with
 * json-c) or one TSV line of 13 columns.
 */
#include "fuzz.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_DICT_DIR
#define FUZZ_DICT_DIR "fuzz/dict"
#endif

void fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
    fflush(stderr);
    abort();
}

void fuzz_diag_fn(void *ud, int severity, const char *where, long line, const char *msg)
{
    fuzz_diag *d = ud;
    (void)where;
    (void)line;
    FUZZ_CHECK(msg != NULL);
    FUZZ_CHECK(severity >= TAC_DIAG_INFO && severity <= TAC_DIAG_ERROR);
    if (d)
        d->n[severity]++;
}

const char *fuzz_dict_dir(void)
{
    const char *env = getenv("TAC_FUZZ_DICT");
    return env && *env ? env : FUZZ_DICT_DIR;
}

static tac_dict *build_or_die(const char *const *files, const tac_dict_format *fmts, int n,
                              const tac_options *opt)
{
    fuzz_diag dg = {{0}};
    tac_builder *b = tac_builder_new(fuzz_diag_fn, &dg);
    FUZZ_CHECK(b != NULL);
    if (opt)
        tac_builder_set_options(b, opt);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", fuzz_dict_dir(), files[i]);
        if (tac_builder_add_file(b, path, fmts[i]) != TAC_OK) {
            fprintf(stderr, "fuzz: cannot load %s (set TAC_FUZZ_DICT to the fuzz/dict directory)\n", path);
            abort();
        }
    }
    tac_dict *d = NULL;
    FUZZ_CHECK(tac_builder_build(b, &d) == TAC_OK && d != NULL);
    tac_builder_free(b);
    /* the fuzz dictionaries are written to load cleanly */
    if (dg.n[TAC_DIAG_ERROR] || dg.n[TAC_DIAG_WARNING]) {
        fprintf(stderr, "fuzz: %ld errors, %ld warnings in the fuzz dictionaries (tacitus dict check)\n",
                dg.n[TAC_DIAG_ERROR], dg.n[TAC_DIAG_WARNING]);
        abort();
    }
    return d;
}

/* The dictionaries live until the process exits; LeakSanitizer reports
 * only unreachable blocks, and these stay reachable through the statics. */
static tac_dict *news_dict, *tabari_dict;

const tac_dict *fuzz_news_dict(void)
{
    if (!news_dict) {
        static const char *const f[] = { "news.txt" };
        static const tac_dict_format t[] = { TAC_FMT_TACITUS };
        news_dict = build_or_die(f, t, 1, NULL);
    }
    return news_dict;
}

const tac_dict *fuzz_tabari_dict(void)
{
    if (!tabari_dict) {
        static const char *const f[] = { "tabari.actors", "tabari.verbs", "tabari.agents" };
        static const tac_dict_format t[] = { TAC_FMT_TABARI_ACTORS, TAC_FMT_TABARI_VERBS,
                                             TAC_FMT_TABARI_AGENTS };
        tac_options opt;
        memset(&opt, 0, sizeof opt);
        opt.tabari_compat = 1;
        tabari_dict = build_or_die(f, t, 3, &opt);
    }
    return tabari_dict;
}

int fuzz_write_temp(const uint8_t *data, size_t size, const char *suffix, char *path, size_t cap)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    int n = snprintf(path, cap, "%s/tacfuzz-XXXXXX%s", dir, suffix);
    if (n < 0 || (size_t)n >= cap)
        return -1;
    int fd = mkstemps(path, (int)strlen(suffix));
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < size) {
        ssize_t w = write(fd, data + off, size - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            unlink(path);
            return -1;
        }
        off += (size_t)w;
    }
    if (close(fd) != 0) {
        unlink(path);
        return -1;
    }
    return 0;
}

uint64_t fuzz_hash(uint64_t h, const void *s, size_t n)
{
    const unsigned char *p = s;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

/* Written here rather than taken from the library, so that a bug in the
 * library's own UTF-8 code cannot hide one in its output. */
static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) {
            k = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + k > n)
            return 0;
        for (size_t j = 1; j < k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + j] & 0x3F);
        }
        if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k;
    }
    return 1;
}

static void check_span(uint32_t start, uint32_t end, const tac_event *ev)
{
    FUZZ_CHECK(start <= end);
    FUZZ_CHECK(start >= ev->sent_start);
    FUZZ_CHECK(end <= ev->sent_end);
}

static json_object *member(json_object *o, const char *key, json_type t)
{
    json_object *v = NULL;
    FUZZ_CHECK(json_object_object_get_ex(o, key, &v));
    FUZZ_CHECK(json_object_is_type(v, t));
    return v;
}

static void check_json_actor(json_object *o, const char *key, const tac_actor *a)
{
    json_object *v = NULL;
    FUZZ_CHECK(json_object_object_get_ex(o, key, &v));
    if (!a->code) {
        FUZZ_CHECK(v == NULL);   /* JSON null */
        return;
    }
    FUZZ_CHECK(json_object_is_type(v, json_type_object));
    const char *code = json_object_get_string(member(v, "code", json_type_string));
    /* a code that is not UTF-8 (DEFAULT: SOURCE [\xff]) is written with U+FFFD */
    if (valid_utf8((const unsigned char *)a->code, strlen(a->code)))
        FUZZ_CHECK(strcmp(code, a->code) == 0);
    FUZZ_CHECK(json_object_get_int64(member(v, "start", json_type_int)) == (int64_t)a->start);
    FUZZ_CHECK(json_object_get_int64(member(v, "end", json_type_int)) == (int64_t)a->end);
    member(v, "text", json_type_string);
}

static void check_json(const char *line, size_t n, const tac_event *ev)
{
    FUZZ_CHECK(n > 0 && line[n - 1] == '\n');
    FUZZ_CHECK(memchr(line, '\n', n - 1) == NULL);
    FUZZ_CHECK(memchr(line, '\0', n) == NULL);
    FUZZ_CHECK(valid_utf8((const unsigned char *)line, n));
    for (size_t i = 0; i + 1 < n; i++)
        FUZZ_CHECK((unsigned char)line[i] >= 0x20);   /* controls are escaped */

    json_tokener *tok = json_tokener_new();
    FUZZ_CHECK(tok != NULL);
    json_object *o = json_tokener_parse_ex(tok, line, (int)(n - 1));
    FUZZ_CHECK(o != NULL && json_tokener_get_error(tok) == json_tokener_success);
    FUZZ_CHECK(json_tokener_get_parse_end(tok) == n - 1);   /* one value, nothing after */
    json_tokener_free(tok);

    FUZZ_CHECK(json_object_is_type(o, json_type_object));
    member(o, "doc_id", json_type_string);
    FUZZ_CHECK(json_object_get_int(member(o, "sentence", json_type_int)) == ev->sentence);
    check_json_actor(o, "source", &ev->source);
    check_json_actor(o, "target", &ev->target);
    json_object *verb = member(o, "verb", json_type_object);
    FUZZ_CHECK(json_object_get_int64(member(verb, "start", json_type_int)) == (int64_t)ev->verb_start);
    FUZZ_CHECK(json_object_get_int64(member(verb, "end", json_type_int)) == (int64_t)ev->verb_end);
    const char *cameo = json_object_get_string(member(o, "cameo", json_type_string));
    if (valid_utf8((const unsigned char *)ev->cameo, strlen(ev->cameo)))
        FUZZ_CHECK(strcmp(cameo, ev->cameo) == 0);
    member(o, "text", json_type_string);
    member(o, "flags", json_type_array);
    json_object_put(o);
}

static void check_tsv(const char *line, size_t n)
{
    FUZZ_CHECK(n > 0 && line[n - 1] == '\n');
    size_t tabs = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        FUZZ_CHECK(line[i] != '\n' && line[i] != '\r');
        tabs += line[i] == '\t';
    }
    FUZZ_CHECK(tabs == 12);   /* the 13 columns of tac_tsv_header() */
}

void fuzz_check_event(fuzz_events *fe, const tac_doc *doc, const tac_event *ev)
{
    FUZZ_CHECK(doc != NULL && ev != NULL);
    FUZZ_CHECK(ev->sentence >= 0);
    FUZZ_CHECK(ev->sentence >= fe->last_sentence);   /* sentences in order */
    fe->last_sentence = ev->sentence;
    FUZZ_CHECK(ev->sent_start <= ev->sent_end);
    FUZZ_CHECK(ev->sent_end <= doc->text_len);
    /* a source, a target or both (a passive naming no agent has none) */
    FUZZ_CHECK(ev->source.code != NULL || ev->target.code != NULL);
    if (ev->source.code)
        check_span(ev->source.start, ev->source.end, ev);
    if (ev->target.code)
        check_span(ev->target.start, ev->target.end, ev);
    check_span(ev->verb_start, ev->verb_end, ev);
    FUZZ_CHECK(ev->cameo != NULL && ev->cameo[0] != '\0');
    FUZZ_CHECK(ev->root[0] == ev->cameo[0] && ev->root[1] == ev->cameo[1] && ev->root[2] == '\0');
    FUZZ_CHECK(ev->quad >= 0 && ev->quad <= 4);
    FUZZ_CHECK((ev->flags & ~0x3Fu) == 0);

    fe->json.len = 0;
    FUZZ_CHECK(tac_event_write_json(&fe->json, doc, ev) == TAC_OK);
    check_json(fe->json.p, fe->json.len, ev);
    fe->hash = fuzz_hash(fe->hash, fe->json.p, fe->json.len);

    fe->tsv.len = 0;
    FUZZ_CHECK(tac_event_write_tsv(&fe->tsv, doc, ev) == TAC_OK);
    check_tsv(fe->tsv.p, fe->tsv.len);
    fe->n++;
}

static int on_event(void *ud, const tac_doc *doc, const tac_event *ev)
{
    fuzz_check_event(ud, doc, ev);
    return 0;
}

int fuzz_code_doc(const tac_dict *d, tac_ctx *ctx, const tac_doc *doc, fuzz_events *out)
{
    fuzz_events fe;
    memset(&fe, 0, sizeof fe);
    fe.last_sentence = -1;
    fe.hash = FUZZ_FNV0;
    int rc = tac_code(d, ctx, doc, on_event, &fe);
    FUZZ_CHECK(rc <= 0 && rc >= TAC_EABORT);
    FUZZ_CHECK(rc != TAC_EABORT);   /* the callback never stops */
    tac_buf_free(&fe.json);
    tac_buf_free(&fe.tsv);
    if (out) {
        out->n = fe.n;
        out->hash = fe.hash;
        out->last_sentence = fe.last_sentence;
    }
    return rc;
}
