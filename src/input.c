/*
 * input.c -- dates and the streaming document reader (plain text, JSON
 * lines, TABARI record files).
 *
 * Invariants:
 *   - the reader never prints, never exits; problems go to the diag
 *     callback with where = the input's name and line = its line number,
 *     and a malformed document is skipped, never fatal;
 *   - the tac_doc handed out points into buffers owned by the reader
 *     (or into the json-c object of the current line); they are reused
 *     and stay valid until the next tac_reader_next / tac_reader_free;
 *   - document text is passed on byte for byte (no re-encoding), so byte
 *     offsets computed on it are offsets into what the input said;
 *     invalid UTF-8 and NUL bytes are only reported;
 *   - no global mutable state: a reader is used by one thread at a time,
 *     distinct readers are independent.
 */
#include "internal.h"
#include "emit.h"
#include "swar.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <errno.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define DOC_LIMIT ((size_t)64 << 20) /* largest document accepted: 64 MiB */
#define FILE_BUFSZ ((size_t)256 << 10)

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return n > 0;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int32_t make_date(int y, int m, int d)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int max = mdays[m - 1] + (m == 2 && leap);
    if (d > max)
        return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

/* Parses "YYYY-MM-DD", "YYYYMMDD" or "YYMMDD" (YY < 30 -> 20YY, else
 * 19YY).  s need not be NUL-terminated.  Returns yyyymmdd, or 0 when s is
 * not exactly one of these forms or names no real day. */
int32_t tac_parse_date(const char *s, size_t len)
{
    if (!s)
        return 0;
    if (len == 10 && s[4] == '-' && s[7] == '-' && all_digits(s, 4) &&
        all_digits(s + 5, 2) && all_digits(s + 8, 2))
        return make_date(num(s, 4), num(s + 5, 2), num(s + 8, 2));
    if (len == 8 && all_digits(s, 8))
        return make_date(num(s, 4), num(s + 4, 2), num(s + 6, 2));
    if (len == 6 && all_digits(s, 6)) {
        int yy = num(s, 2);
        return make_date(yy < 30 ? 2000 + yy : 1900 + yy, num(s + 2, 2), num(s + 4, 2));
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Reader                                                              */
/* ------------------------------------------------------------------ */

struct tac_reader {
    FILE *f;
    int own_file;          /* 0 for stdin */
    char *fbuf;            /* stdio buffer of files we open */
    char *name;            /* for diagnostics: the path, or "stdin" */
    const char *base;      /* base name of name: the TEXT document id */
    tac_input_format fmt;  /* resolved: never AUTO */
    int32_t default_date;
    tac_diag_fn diag;
    void *ud;
    uint64_t done, total;
    long lineno;
    int finished;          /* TEXT: the one document was handed out */
    char *line;            /* getline buffer */
    size_t linecap;
    tac_buf pending;       /* bytes consumed while sniffing the format */
    tac_buf text, id, meta, comment, scratch;
    tac_buf direct, keys;  /* JSONL read directly: decoded strings, metadata keys */
    int json_c_only;       /* tests: every line through json-c */
    long direct_lines;     /* lines read directly */
    json_object *cur;      /* JSONL: the object of the current document */
};

static void diag(const tac_reader *r, int sev, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Formats a message into a stack buffer and hands it to the callback. */
static void diag(const tac_reader *r, int sev, long line, const char *fmt, ...)
{
    if (!r->diag)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->diag(r->ud, sev, r->name, line, msg);
}

static void buf_clear(tac_buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = '\0';
}

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' &&
            s[i] != '\v' && s[i] != '\f')
            return 0;
    return 1;
}

static int has_ext(const char *path, const char *ext)
{
    size_t n = strlen(path), e = strlen(ext);
    return n > e && strcasecmp(path + n - e, ext) == 0;
}

/* Reads leading whitespace (and a UTF-8 byte order mark) into
 * r->pending and reports the first other byte, pushed back; EOF if none. */
static int sniff(tac_reader *r)
{
    int c;
    while ((c = getc(r->f)) != EOF) {
        unsigned char uc = (unsigned char)c;
        size_t k = r->pending.len;
        int bom = (k == 0 && uc == 0xEF) ||
                  (k == 1 && uc == 0xBB && (unsigned char)r->pending.p[0] == 0xEF) ||
                  (k == 2 && uc == 0xBF && (unsigned char)r->pending.p[1] == 0xBB);
        if (!bom && !is_blank((const char *)&uc, 1))
            break;
        char ch = (char)uc;
        if (tacx_buf_put(&r->pending, &ch, 1))
            return -2;
    }
    if (c != EOF)
        ungetc(c, r->f);
    return c;
}

/* Opens path ("-" = stdin) for reading documents of format fmt.
 * OUT: *out receives the reader; caller frees with tac_reader_free().
 * Returns TAC_OK, TAC_EINVAL, TAC_EIO (reported through diag) or
 * TAC_ENOMEM. */
int tac_reader_open(const char *path, tac_input_format fmt, int32_t default_date,
                    tac_diag_fn diagfn, void *ud, tac_reader **out)
{
    if (out)
        *out = NULL;
    if (!path || !out || fmt < TAC_INPUT_AUTO || fmt > TAC_INPUT_TABARI)
        return TAC_EINVAL;
    tac_reader *r = calloc(1, sizeof *r);
    if (!r)
        return TAC_ENOMEM;
    r->diag = diagfn;
    r->ud = ud;
    r->default_date = default_date;
    int is_stdin = strcmp(path, "-") == 0;
    r->name = strdup(is_stdin ? "stdin" : path);
    if (!r->name) {
        free(r);
        return TAC_ENOMEM;
    }
    const char *slash = strrchr(r->name, '/');
    r->base = slash && slash[1] ? slash + 1 : r->name;

    if (is_stdin) {
        r->f = stdin;
    } else {
        r->f = fopen(path, "rb");
        if (!r->f) {
            char err[128];
            if (strerror_r(errno, err, sizeof err) != 0)
                snprintf(err, sizeof err, "error %d", errno);
            diag(r, TAC_DIAG_ERROR, 0, "cannot open: %s", err);
            tac_reader_free(r);
            return TAC_EIO;
        }
        r->own_file = 1;
        r->fbuf = malloc(FILE_BUFSZ);
        if (r->fbuf)
            setvbuf(r->f, r->fbuf, _IOFBF, FILE_BUFSZ);
        struct stat st;
        if (fstat(fileno(r->f), &st) == 0 && S_ISREG(st.st_mode))
            r->total = (uint64_t)st.st_size;
    }

    if (fmt == TAC_INPUT_AUTO) {
        if (!is_stdin && (has_ext(path, ".jsonl") || has_ext(path, ".json"))) {
            fmt = TAC_INPUT_JSONL;
        } else {
            int c = sniff(r);
            if (c == -2) {
                tac_reader_free(r);
                return TAC_ENOMEM;
            }
            fmt = c == '{' ? TAC_INPUT_JSONL : TAC_INPUT_TEXT;
        }
    }
    r->fmt = fmt;
    if (fmt == TAC_INPUT_JSONL) {
        /* the sniffed bytes were blank: count their lines and move on */
        for (size_t i = 0; i < r->pending.len; i++)
            r->lineno += r->pending.p[i] == '\n';
        r->done += r->pending.len;
        buf_clear(&r->pending);
    }
    *out = r;
    return TAC_OK;
}

/* Reports an I/O error on the input and returns TAC_EIO. */
static int io_error(tac_reader *r)
{
    char err[128];
    int e = errno;
    if (strerror_r(e, err, sizeof err) != 0)
        snprintf(err, sizeof err, "error %d", e);
    diag(r, TAC_DIAG_ERROR, r->lineno, "read error: %s", err);
    return TAC_EIO;
}

/* Reads the next line into r->line (terminator stripped).  Returns its
 * length, -1 at the end of input, or -2 on a read error. */
static long read_line(tac_reader *r, size_t *len)
{
    errno = 0;
    ssize_t n = getline(&r->line, &r->linecap, r->f);
    if (n < 0)
        return ferror(r->f) || errno == ENOMEM ? -2 : -1;
    r->done += (uint64_t)n;
    r->lineno++;
    size_t k = (size_t)n;
    if (k && r->line[k - 1] == '\n')
        k--;
    if (k && r->line[k - 1] == '\r')
        k--;
    *len = k;
    return (long)k;
}

/* Warns about invalid UTF-8 and NUL bytes in a document that is still
 * delivered.  first_line: the line where its text starts (0: unknown);
 * for plain text the line of the bad byte is computed. */
static void check_text(const tac_reader *r, const tac_doc *d, long line)
{
    size_t bad = tacx_utf8_check(d->text, d->text_len);
    const char *nul = d->text_len ? memchr(d->text, '\0', d->text_len) : NULL;
    int idn = d->id_len > 200 ? 200 : (int)d->id_len;
    if (bad < d->text_len) {
        long l = line;
        if (r->fmt == TAC_INPUT_TEXT) {
            l = 1;
            for (const char *p = d->text; (p = memchr(p, '\n', (size_t)(d->text + bad - p)));
                 p++)
                l++;
        }
        diag(r, TAC_DIAG_WARNING, l, "doc %.*s: invalid UTF-8 at byte %zu", idn, d->id, bad);
    }
    if (nul) {
        size_t off = (size_t)(nul - d->text);
        long l = line;
        if (r->fmt == TAC_INPUT_TEXT) {
            l = 1;
            for (const char *p = d->text; (p = memchr(p, '\n', (size_t)(nul - p))); p++)
                l++;
        }
        diag(r, TAC_DIAG_WARNING, l, "doc %.*s: NUL byte at byte %zu", idn, d->id, off);
    }
}

/* ---- plain text: the whole input is one document ---- */

static int next_text(tac_reader *r, tac_doc *doc)
{
    if (r->finished)
        return 0;
    r->finished = 1;
    tac_buf *t = &r->text;
    buf_clear(t);
    if (r->pending.len && tacx_buf_put(t, r->pending.p, r->pending.len))
        return TAC_ENOMEM;
    r->done += r->pending.len;
    buf_clear(&r->pending);
    int too_big = 0;
    for (;;) {
        size_t want = t->len < ((size_t)1 << 20) ? ((size_t)64 << 10) : t->len;
        if (t->len + want > DOC_LIMIT + 1)
            want = DOC_LIMIT + 1 - t->len;
        if (want == 0) {
            too_big = 1;
            break;
        }
        if (tacx_buf_reserve(t, want))
            return TAC_ENOMEM;
        size_t got = fread(t->p + t->len, 1, want, r->f);
        t->len += got;
        r->done += got;
        if (got < want) {
            if (ferror(r->f))
                return io_error(r);
            break;
        }
    }
    if (too_big || t->len > DOC_LIMIT) {
        diag(r, TAC_DIAG_WARNING, 0,
             "doc %s: larger than %zu MiB (%s); skipped", r->base, DOC_LIMIT >> 20,
             tac_errstr(TAC_ELIMIT));
        return 0;
    }
    t->p[t->len] = '\0';
    memset(doc, 0, sizeof *doc);
    doc->id = r->base;
    doc->id_len = strlen(r->base);
    doc->date = r->default_date;
    doc->text = t->p;
    doc->text_len = t->len;
    check_text(r, doc, 0);
    return 1;
}

/* ---- JSON lines ---- */

/* Appends v as compact JSON; strings go through tacx_json_escape so the
 * result is valid UTF-8 whatever the input held. */
static int put_json(tac_buf *b, json_object *v)
{
    switch (json_object_get_type(v)) {
    case json_type_string:
        return tacx_json_escape(b, json_object_get_string(v),
                                (size_t)json_object_get_string_len(v));
    case json_type_object: {
        int first = 1;
        if (tacx_buf_put(b, "{", 1))
            return TAC_ENOMEM;
        json_object_object_foreach(v, key, val) {
            if ((!first && tacx_buf_put(b, ",", 1)) ||
                tacx_json_escape(b, key, strlen(key)) || tacx_buf_put(b, ":", 1) ||
                put_json(b, val))
                return TAC_ENOMEM;
            first = 0;
        }
        return tacx_buf_put(b, "}", 1);
    }
    case json_type_array: {
        size_t n = json_object_array_length(v);
        if (tacx_buf_put(b, "[", 1))
            return TAC_ENOMEM;
        for (size_t i = 0; i < n; i++)
            if ((i && tacx_buf_put(b, ",", 1)) ||
                put_json(b, json_object_array_get_idx(v, i)))
                return TAC_ENOMEM;
        return tacx_buf_put(b, "]", 1);
    }
    case json_type_null:
        return tacx_buf_put(b, "null", 4);
    default: {
        const char *s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
        return s ? tacx_buf_put(b, s, strlen(s)) : TAC_ENOMEM;
    }
    }
}

static int is_known_key(const char *k)
{
    return !strcmp(k, "id") || !strcmp(k, "date") || !strcmp(k, "title") ||
           !strcmp(k, "text");
}

/* Date of a date string: any accepted form, blanks around it ignored, an
 * ISO time stamp contributing its day.  Returns 0 if invalid, -1 when
 * empty (use the default). */
static int32_t string_date(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return -1;
    int32_t d = tac_parse_date(s, n);
    if (!d && n > 10 && (s[10] == 'T' || s[10] == ' '))
        d = tac_parse_date(s, 10);
    return d;
}

/* Date of a JSON value: strings in any accepted form (an ISO time stamp
 * contributes its day), integers like 20250425.  Returns 0 if invalid,
 * -1 when empty or null (use the default). */
static int32_t json_date(json_object *v)
{
    if (!v || json_object_is_type(v, json_type_null))
        return -1;
    if (json_object_is_type(v, json_type_int)) {
        char tmp[24];
        int k = snprintf(tmp, sizeof tmp, "%lld", (long long)json_object_get_int64(v));
        return tac_parse_date(tmp, (size_t)k);
    }
    if (!json_object_is_type(v, json_type_string))
        return 0;
    return string_date(json_object_get_string(v), (size_t)json_object_get_string_len(v));
}

/* ---- JSON Lines: the direct reader ----
 *
 * json-c builds a tree of every line (a hash table per object, a copy of
 * every string) only for tacitus to take four strings out of it: a fifth
 * of the time of coding a news archive on one thread.  Lines of the usual
 * shape are therefore read directly: the line is checked against the
 * JSON grammar as it is scanned, the strings of "id", "date", "title" and
 * "text" are decoded into one buffer, and the other members are written
 * into the metadata object in the compact form the json-c path gives
 * (put_json()).  Whatever this reader does not take on, it hands back
 * untouched to the json-c path, which then reads, or reports, the line as
 * before: so both paths give the same documents and the same diagnostics
 * (tests/unit/test_input.c and the fuzz_jsonl oracle compare them).
 * Handed back: a malformed line; an id that is not a non-empty string;
 * a date, title or text of another type, or a date not understood; a
 * known key given twice; in the metadata an object, a number that is not
 * a plain integer, or arrays nested deeper than 8; a string with a raw
 * control character or a lone surrogate; leading or trailing bytes other
 * than JSON's blanks; a key with a NUL. */

enum { JF_TAKEN = 1, JF_BACK = 0 };

typedef struct jscan {
    const char *p, *end;
    tac_buf *out;          /* decoded strings */
} jscan;

static int js_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void js_skip_ws(jscan *s)
{
    while (s->p < s->end && js_ws((unsigned char)*s->p))
        s->p++;
}

static int js_hex4(const char *p, uint32_t *v)
{
    uint32_t x = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        x = x << 4 | (uint32_t)d;
    }
    *v = x;
    return 0;
}

/* Decodes the string at s->p (its opening quote) onto s->out.  JF_TAKEN,
 * JF_BACK, or TAC_ENOMEM.  A decoded string is never longer than its
 * JSON form, so room for the rest of the line is made once. */
static int js_string(jscan *s)
{
    const char *p = s->p + 1, *end = s->end;
    if (tacx_buf_reserve(s->out, (size_t)(end - p)))
        return TAC_ENOMEM;
    char *o = s->out->p + s->out->len;
    for (;;) {
        /* eight bytes at a time while none of them ends the run (the
           output never runs ahead of the input, so o has room for all
           eight), then straight to the byte that ends it */
#ifdef __SSE2__
        /* sixteen at a time where the instructions are there (x86-64) */
        {
            const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1F);
            while (end - p >= 16) {
                __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
                /* (a byte is below 0x20 where its unsigned max with 0x1F is 0x1F) */
                __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)),
                                           _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));
                _mm_storeu_si128((__m128i *)(void *)o, v);
                unsigned m = (unsigned)_mm_movemask_epi8(hit);
                if (m) {
                    size_t k = (size_t)__builtin_ctz(m);
                    o += k;
                    p += k;
                    goto special;
                }
                o += 16;
                p += 16;
            }
        }
#endif
        while (end - p >= 8) {
            uint64_t w = swar_load(p);
            uint64_t stop = swar_eq(w, '"') | swar_eq(w, '\\') | swar_below(w, 0x20);
            memcpy(o, &w, 8);
            if (stop) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                size_t k = (size_t)__builtin_ctzll(stop) >> 3;
                o += k;
                p += k;
#endif
                break;
            }
            o += 8;
            p += 8;
        }
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
            p++;
        memcpy(o, run, (size_t)(p - run));
        o += p - run;
#ifdef __SSE2__
    special:
#endif
        if (p >= end || (unsigned char)*p < 0x20)
            return JF_BACK;
        if (*p == '"') {
            s->p = p + 1;
            s->out->len = (size_t)(o - s->out->p);
            s->out->p[s->out->len] = '\0';
            return JF_TAKEN;
        }
        if (end - p < 2)
            return JF_BACK;
        switch (p[1]) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            /* six bytes of JSON give at most three of UTF-8, twelve
               (a surrogate pair) four */
            uint32_t cp, lo;
            if (end - p < 6 || js_hex4(p + 2, &cp))
                return JF_BACK;
            p += 6;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return JF_BACK;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || js_hex4(p + 2, &lo) ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    return JF_BACK;
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            o += tacx_utf8_put(cp, o);
            continue;
        }
        default:
            return JF_BACK;
        }
        p += 2;
    }
}

/* Scans a value of the metadata and appends its compact form to meta. */
static int js_meta_value(jscan *s, tac_buf *meta, int depth)
{
    js_skip_ws(s);
    if (s->p >= s->end)
        return JF_BACK;
    char c = *s->p;
    if (c == '"') {
        /* printable ASCII without escapes is already in the written form */
        const char *q = s->p + 1;
        while (q < s->end && (unsigned char)*q >= 0x20 && (unsigned char)*q < 0x80 && *q != '"' && *q != '\\')
            q++;
        if (q < s->end && *q == '"') {
            int rc = tacx_buf_put(meta, s->p, (size_t)(q + 1 - s->p)) ? TAC_ENOMEM : JF_TAKEN;
            s->p = q + 1;
            return rc;
        }
        size_t mark = s->out->len;
        int rc = js_string(s);
        if (rc == JF_TAKEN && tacx_json_escape(meta, s->out->p + mark, s->out->len - mark))
            rc = TAC_ENOMEM;
        s->out->len = mark;
        return rc;
    }
    if (c == '[') {
        if (depth >= 8)
            return JF_BACK;
        s->p++;
        if (tacx_buf_put(meta, "[", 1))
            return TAC_ENOMEM;
        js_skip_ws(s);
        if (s->p < s->end && *s->p == ']') {
            s->p++;
            return tacx_buf_put(meta, "]", 1) ? TAC_ENOMEM : JF_TAKEN;
        }
        for (;;) {
            int rc = js_meta_value(s, meta, depth + 1);
            if (rc != JF_TAKEN)
                return rc;
            js_skip_ws(s);
            if (s->p >= s->end)
                return JF_BACK;
            if (*s->p == ']') {
                s->p++;
                return tacx_buf_put(meta, "]", 1) ? TAC_ENOMEM : JF_TAKEN;
            }
            if (*s->p != ',')
                return JF_BACK;
            s->p++;
            if (tacx_buf_put(meta, ",", 1))
                return TAC_ENOMEM;
        }
    }
    static const char *const lits[] = { "true", "false", "null" };
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(lits[i]);
        if ((size_t)(s->end - s->p) >= n && !memcmp(s->p, lits[i], n)) {
            s->p += n;
            return tacx_buf_put(meta, lits[i], n) ? TAC_ENOMEM : JF_TAKEN;
        }
    }
    /* a plain integer, as json-c prints it back: no sign on zero, no
       leading zero, at most 18 digits */
    const char *q = s->p;
    if (q < s->end && *q == '-')
        q++;
    const char *digits = q;
    while (q < s->end && *q >= '0' && *q <= '9')
        q++;
    size_t nd = (size_t)(q - digits);
    if (nd == 0 || nd > 18 || (*digits == '0' && (nd > 1 || digits != s->p)))
        return JF_BACK;
    if (q < s->end && (*q == '.' || *q == 'e' || *q == 'E'))
        return JF_BACK;
    if (tacx_buf_put(meta, s->p, (size_t)(q - s->p)))
        return TAC_ENOMEM;
    s->p = q;
    return JF_TAKEN;
}

/* The direct reading of one line (see above): JF_TAKEN with doc filled
 * in, JF_BACK for the json-c path, or TAC_ENOMEM. */
static int jsonl_direct(tac_reader *r, const char *line, size_t len, tac_doc *doc)
{
    enum { K_ID, K_DATE, K_TITLE, K_TEXT, K_N };
    static const char *const known[K_N] = { "id", "date", "title", "text" };
    size_t off[K_N], vlen[K_N];
    int have[K_N] = { 0 };
    /* the keys of the metadata, to see one given twice: offsets in keys */
    size_t mkeys[64];
    int nmkeys = 0;
    tac_buf *out = &r->direct, *keys = &r->keys;
    buf_clear(out);
    buf_clear(keys);
    buf_clear(&r->meta);
    jscan s = { line, line + len, out };
    js_skip_ws(&s);
    if (s.p >= s.end || *s.p != '{')
        return JF_BACK;
    s.p++;
    js_skip_ws(&s);
    int rc;
    if (s.p < s.end && *s.p == '}') {
        s.p++;
    } else {
        for (;;) {
            js_skip_ws(&s);
            if (s.p >= s.end || *s.p != '"')
                return JF_BACK;
            size_t kmark = out->len;
            if ((rc = js_string(&s)) != JF_TAKEN)
                return rc;
            size_t klen = out->len - kmark;
            const char *key = out->p + kmark;
            if (memchr(key, '\0', klen))
                return JF_BACK;
            int k = 0;
            while (k < K_N && !(strlen(known[k]) == klen && !memcmp(known[k], key, klen)))
                k++;
            js_skip_ws(&s);
            if (s.p >= s.end || *s.p != ':')
                return JF_BACK;
            s.p++;
            js_skip_ws(&s);
            if (k < K_N) {
                out->len = kmark;
                if (have[k])
                    return JF_BACK;
                if (s.p < s.end && *s.p == '"') {
                    off[k] = out->len;
                    if ((rc = js_string(&s)) != JF_TAKEN)
                        return rc;
                    vlen[k] = out->len - off[k];
                    if (tacx_buf_put(out, "", 1))   /* NUL-terminated */
                        return TAC_ENOMEM;
                    have[k] = 1;
                } else if (k == K_DATE && (size_t)(s.end - s.p) >= 4 && !memcmp(s.p, "null", 4)) {
                    s.p += 4;
                    have[k] = 2;   /* null: the default date */
                } else {
                    return JF_BACK;
                }
            } else {
                /* a metadata member, unless its key came before */
                for (int i = 0; i < nmkeys; i++) {
                    const char *o = keys->p + mkeys[i];
                    if (strlen(o) == klen && !memcmp(o, key, klen))
                        return JF_BACK;
                }
                if (nmkeys == (int)(sizeof mkeys / sizeof *mkeys))
                    return JF_BACK;
                mkeys[nmkeys++] = keys->len;
                if (tacx_buf_put(keys, key, klen) || tacx_buf_put(keys, "", 1) ||
                    tacx_buf_put(&r->meta, r->meta.len ? "," : "{", 1) ||
                    tacx_json_escape(&r->meta, key, klen) || tacx_buf_put(&r->meta, ":", 1))
                    return TAC_ENOMEM;
                out->len = kmark;
                if ((rc = js_meta_value(&s, &r->meta, 0)) != JF_TAKEN)
                    return rc;
            }
            js_skip_ws(&s);
            if (s.p >= s.end)
                return JF_BACK;
            if (*s.p == '}') {
                s.p++;
                break;
            }
            if (*s.p != ',')
                return JF_BACK;
            s.p++;
        }
    }
    js_skip_ws(&s);
    if (s.p != s.end)
        return JF_BACK;
    /* the fields, as the json-c path takes them */
    if (have[K_ID] != 1 || vlen[K_ID] == 0 || have[K_TEXT] != 1)
        return JF_BACK;
    int32_t date = -1;
    if (have[K_DATE] == 1 && (date = string_date(out->p + off[K_DATE], vlen[K_DATE])) == 0)
        return JF_BACK;   /* reported there */
    memset(doc, 0, sizeof *doc);
    doc->id = out->p + off[K_ID];
    doc->id_len = vlen[K_ID];
    doc->text = out->p + off[K_TEXT];
    doc->text_len = vlen[K_TEXT];
    if (have[K_TITLE] == 1) {
        doc->title = out->p + off[K_TITLE];
        doc->title_len = vlen[K_TITLE];
    }
    doc->date = date > 0 ? date : r->default_date;
    if (r->meta.len) {
        if (tacx_buf_put(&r->meta, "}", 1))
            return TAC_ENOMEM;
        doc->meta = r->meta.p;
        doc->meta_len = r->meta.len;
    }
    return JF_TAKEN;
}

void tacx_reader_json_c_only(tac_reader *r, int on)
{
    if (r)
        r->json_c_only = on;
}

long tacx_reader_direct_lines(const tac_reader *r)
{
    return r ? r->direct_lines : 0;
}

static int next_jsonl(tac_reader *r, tac_doc *doc)
{
    for (;;) {
        if (r->cur) {
            json_object_put(r->cur);
            r->cur = NULL;
        }
        size_t len;
        long rc = read_line(r, &len);
        if (rc == -1)
            return 0;
        if (rc == -2)
            return io_error(r);
        const char *line = r->line;
        if (r->lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
            line += 3;
            len -= 3;
        }
        if (is_blank(line, len))
            continue;
        if (len > DOC_LIMIT) {
            diag(r, TAC_DIAG_WARNING, r->lineno, "line longer than %zu MiB (%s); skipped",
                 DOC_LIMIT >> 20, tac_errstr(TAC_ELIMIT));
            continue;
        }
        if (memchr(line, '\0', len)) {
            /* json-c stops at a raw NUL; inside a string it can only mean
             * a NUL character, so spell it \u0000 (elsewhere the line stays
             * invalid).  The decoded text is the same either way, and the
             * NUL is then reported like any other. */
            buf_clear(&r->scratch);
            for (size_t i = 0, run = 0; i <= len; i++) {
                if (i < len && line[i] != '\0')
                    continue;
                if (tacx_buf_put(&r->scratch, line + run, i - run) ||
                    (i < len && tacx_buf_put(&r->scratch, "\\u0000", 6)))
                    return TAC_ENOMEM;
                run = i + 1;
            }
            line = r->scratch.p;
            len = r->scratch.len;
            if (len > DOC_LIMIT) {
                diag(r, TAC_DIAG_WARNING, r->lineno, "line longer than %zu MiB (%s); skipped",
                     DOC_LIMIT >> 20, tac_errstr(TAC_ELIMIT));
                continue;
            }
        }
        if (!r->json_c_only) {
            int fr = jsonl_direct(r, line, len, doc);
            if (fr < 0)
                return fr;
            if (fr == JF_TAKEN) {
                r->direct_lines++;
                check_text(r, doc, r->lineno);
                return 1;
            }
        }
        /* a tokener of the line's own: json-c 0.16 keeps the first half
           of a surrogate pair across json_tokener_reset(), so that after
           a line that failed there "\\u0041" read as U+FFFD and "A" (the
           lines that come here are few: see jsonl_direct()) */
        json_tokener *tok = json_tokener_new();
        if (!tok)
            return TAC_ENOMEM;
        json_object *o = json_tokener_parse_ex(tok, line, (int)len);
        enum json_tokener_error jerr = json_tokener_get_error(tok);
        const char *why = NULL;
        if (jerr == json_tokener_continue)
            why = "unexpected end of line";
        else if (jerr != json_tokener_success)
            why = json_tokener_error_desc(jerr);
        else {
            size_t end = json_tokener_get_parse_end(tok);
            if (end < len && !is_blank(line + end, len - end))
                why = "trailing characters after the object";
        }
        json_tokener_free(tok);
        if (why) {
            json_object_put(o);
            diag(r, TAC_DIAG_WARNING, r->lineno, "invalid JSON (%s)", why);
            continue;
        }
        if (!json_object_is_type(o, json_type_object)) {
            json_object_put(o);
            diag(r, TAC_DIAG_WARNING, r->lineno, "invalid JSON (not an object)");
            continue;
        }
        r->cur = o;

        memset(doc, 0, sizeof *doc);
        /* id */
        json_object *v = NULL;
        buf_clear(&r->id);
        json_object_object_get_ex(o, "id", &v);
        if (v && json_object_is_type(v, json_type_string) && json_object_get_string_len(v) > 0) {
            doc->id = json_object_get_string(v);
            doc->id_len = (size_t)json_object_get_string_len(v);
        } else if (v && (json_object_is_type(v, json_type_int) ||
                         json_object_is_type(v, json_type_double))) {
            const char *s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
            if (!s || tacx_buf_put(&r->id, s, strlen(s)))
                return TAC_ENOMEM;
        } else {
            char tmp[32];
            int k = snprintf(tmp, sizeof tmp, ":%ld", r->lineno);
            if (tacx_buf_put(&r->id, r->name, strlen(r->name)) ||
                tacx_buf_put(&r->id, tmp, (size_t)k))
                return TAC_ENOMEM;
        }
        if (!doc->id) {
            doc->id = r->id.p;
            doc->id_len = r->id.len;
        }
        int idn = doc->id_len > 200 ? 200 : (int)doc->id_len;

        /* text (required) */
        v = NULL;
        json_object_object_get_ex(o, "text", &v);
        if (!v || !json_object_is_type(v, json_type_string)) {
            diag(r, TAC_DIAG_WARNING, r->lineno, "doc %.*s: %s \"text\" field; skipped",
                 idn, doc->id, v ? "non-string" : "no");
            continue;
        }
        doc->text = json_object_get_string(v);
        doc->text_len = (size_t)json_object_get_string_len(v);

        /* date */
        v = NULL;
        json_object_object_get_ex(o, "date", &v);
        int32_t d = json_date(v);
        if (d == 0) {
            const char *s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
            diag(r, TAC_DIAG_WARNING, r->lineno,
                 "doc %.*s: invalid date %.40s; using the default", idn, doc->id,
                 s ? s : "?");
        }
        doc->date = d > 0 ? d : r->default_date;

        /* title */
        v = NULL;
        json_object_object_get_ex(o, "title", &v);
        if (v && json_object_is_type(v, json_type_string)) {
            doc->title = json_object_get_string(v);
            doc->title_len = (size_t)json_object_get_string_len(v);
        }

        /* everything else: meta */
        buf_clear(&r->meta);
        json_object_object_foreach(o, key, val) {
            if (is_known_key(key))
                continue;
            if (tacx_buf_put(&r->meta, r->meta.len ? "," : "{", 1) ||
                tacx_json_escape(&r->meta, key, strlen(key)) ||
                tacx_buf_put(&r->meta, ":", 1) || put_json(&r->meta, val))
                return TAC_ENOMEM;
        }
        if (r->meta.len) {
            if (tacx_buf_put(&r->meta, "}", 1))
                return TAC_ENOMEM;
            doc->meta = r->meta.p;
            doc->meta_len = r->meta.len;
        }
        check_text(r, doc, r->lineno);
        return 1;
    }
}

/* ---- TABARI record files ---- */

/* Appends s[0..n) to the record text or comment, a newline first when
 * newline is set and the target already holds something (pieces from
 * different lines, or different comments, are separated by newlines).  Stops growing the text past the
 * document limit (the record is then skipped). */
static int add_piece(tac_buf *b, const char *s, size_t n, int newline, int *too_big)
{
    if (too_big && b->len + n + 1 > DOC_LIMIT) {
        *too_big = 1;
        return TAC_OK;
    }
    if (newline && b->len && tacx_buf_put(b, "\n", 1))
        return TAC_ENOMEM;
    return tacx_buf_put(b, s, n);
}

static int next_tabari(tac_reader *r, tac_doc *doc)
{
    for (;;) {
        size_t len;
        long rc;
        /* find the header: skip blank lines and '#' comments */
        for (;;) {
            rc = read_line(r, &len);
            if (rc == -1)
                return 0;
            if (rc == -2)
                return io_error(r);
            if (is_blank(r->line, len) || r->line[0] == '#')
                continue;
            break;
        }
        long header_line = r->lineno;
        /* header: DATE ID [more] */
        const char *p = r->line, *end = r->line + len;
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        const char *t1 = p;
        while (p < end && *p != ' ' && *p != '\t')
            p++;
        size_t n1 = (size_t)(p - t1);
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        const char *t2 = p;
        while (p < end && *p != ' ' && *p != '\t')
            p++;
        size_t n2 = (size_t)(p - t2);
        int valid = n1 > 0 && n2 > 0 && all_digits(t1, n1);
        int32_t date = valid ? tac_parse_date(t1, n1) : 0;
        if (!valid) {
            diag(r, TAC_DIAG_WARNING, header_line,
                 "record header is not \"DATE ID\" (%.*s); record skipped",
                 (int)(len > 60 ? 60 : len), r->line);
        } else {
            buf_clear(&r->id);
            if (tacx_buf_put(&r->id, t2, n2))
                return TAC_ENOMEM;
            if (!date)
                diag(r, TAC_DIAG_WARNING, header_line,
                     "doc %.*s: invalid date %.*s; using the default",
                     (int)(n2 > 200 ? 200 : n2), t2, (int)(n1 > 40 ? 40 : n1), t1);
        }

        /* body: text lines up to a blank line, which also closes a comment
         * left open */
        buf_clear(&r->text);
        buf_clear(&r->comment);
        int in_comment = 0, had_comment = 0, too_big = 0;
        for (;;) {
            rc = read_line(r, &len);
            if (rc == -2)
                return io_error(r);
            if (rc == -1)
                break;
            const char *s = r->line, *e = r->line + len;
            if (is_blank(s, len))
                break; /* even inside a comment: real files leave some open */
            int first_text = 1;
            while (s <= e) {
                if (in_comment) {
                    const char *close = NULL;
                    for (const char *q = s; q + 1 < e; q++)
                        if (q[0] == '*' && q[1] == '/') {
                            close = q;
                            break;
                        }
                    const char *stop = close ? close : e;
                    if (add_piece(&r->comment, s, (size_t)(stop - s), 1, &too_big))
                        return TAC_ENOMEM;
                    if (!close)
                        break;
                    in_comment = 0;
                    s = close + 2;
                } else {
                    const char *open = NULL;
                    for (const char *q = s; q + 1 < e; q++)
                        if (q[0] == '/' && q[1] == '*') {
                            open = q;
                            break;
                        }
                    const char *stop = open ? open : e;
                    if (stop > s && !is_blank(s, (size_t)(stop - s))) {
                        if (add_piece(&r->text, s, (size_t)(stop - s), first_text, &too_big))
                            return TAC_ENOMEM;
                        first_text = 0;
                    }
                    if (!open)
                        break;
                    in_comment = 1;
                    had_comment = 1;
                    s = open + 2;
                }
            }
        }
        if (in_comment)
            diag(r, TAC_DIAG_WARNING, header_line,
                 "record ends inside a /* comment (no closing */)");
        if (!valid)
            continue;
        if (too_big) {
            diag(r, TAC_DIAG_WARNING, header_line,
                 "doc %.*s: larger than %zu MiB (%s); skipped",
                 (int)(r->id.len > 200 ? 200 : r->id.len), r->id.p, DOC_LIMIT >> 20,
                 tac_errstr(TAC_ELIMIT));
            continue;
        }
        if (tacx_buf_reserve(&r->text, 0))
            return TAC_ENOMEM;
        r->text.p[r->text.len] = '\0';

        memset(doc, 0, sizeof *doc);
        doc->id = r->id.p;
        doc->id_len = r->id.len;
        doc->date = date ? date : r->default_date;
        doc->text = r->text.p;
        doc->text_len = r->text.len;
        if (had_comment) {
            /* trim the comment, then wrap it as {"comment":"..."} */
            const char *c = r->comment.p ? r->comment.p : "";
            size_t cn = r->comment.len;
            while (cn && is_blank(c, 1)) {
                c++;
                cn--;
            }
            while (cn && is_blank(c + cn - 1, 1))
                cn--;
            buf_clear(&r->meta);
            if (tacx_buf_put(&r->meta, "{\"comment\":", 11) ||
                tacx_json_escape(&r->meta, c, cn) || tacx_buf_put(&r->meta, "}", 1))
                return TAC_ENOMEM;
            doc->meta = r->meta.p;
            doc->meta_len = r->meta.len;
        }
        check_text(r, doc, header_line);
        return 1;
    }
}

/* Reads the next document.  OUT: *doc, pointing into the reader's
 * buffers, valid until the next call on r or tac_reader_free(r).
 * Returns 1 (a document), 0 (end of input), TAC_EIO or TAC_ENOMEM. */
int tac_reader_next(tac_reader *r, tac_doc *doc)
{
    if (!r || !doc)
        return TAC_EINVAL;
    switch (r->fmt) {
    case TAC_INPUT_JSONL: return next_jsonl(r, doc);
    case TAC_INPUT_TABARI: return next_tabari(r, doc);
    default: return next_text(r, doc);
    }
}

/* OUT: *done = bytes consumed so far, *total = input size (0 for pipes
 * and other inputs of unknown size).  Either pointer may be NULL. */
void tac_reader_progress(const tac_reader *r, uint64_t *done, uint64_t *total)
{
    if (done)
        *done = r ? r->done : 0;
    if (total)
        *total = r ? r->total : 0;
}

/* Closes the input (not stdin) and frees everything; accepts NULL. */
void tac_reader_free(tac_reader *r)
{
    if (!r)
        return;
    if (r->cur)
        json_object_put(r->cur);
    if (r->f && r->own_file)
        fclose(r->f);
    free(r->fbuf);
    free(r->name);
    free(r->line);
    tac_buf_free(&r->pending);
    tac_buf_free(&r->text);
    tac_buf_free(&r->id);
    tac_buf_free(&r->meta);
    tac_buf_free(&r->comment);
    tac_buf_free(&r->scratch);
    tac_buf_free(&r->direct);
    tac_buf_free(&r->keys);
    free(r);
}
