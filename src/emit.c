/*
 * emit.c -- writes coded events as JSON lines, plus the JSON-string and
 * UTF-8 helpers declared in emit.h.
 *
 * Invariants:
 *   - every string written is valid JSON and valid UTF-8, whatever the
 *     input bytes (invalid UTF-8 becomes U+FFFD, controls are escaped);
 *   - text slices are taken from doc->text by byte offsets, clamped to the
 *     text so bad offsets cannot read out of bounds;
 *   - output goes straight into the caller's tac_buf: runs of plain bytes
 *     are copied with one append, nothing is allocated per character;
 *   - on failure (TAC_ENOMEM) the buffer is restored to its old length, so
 *     a caller never sees half an event;
 *   - numbers are formatted without the C locale's help, so a program that
 *     calls setlocale() still gets "3.4", never "3,4".
 */
#include "emit.h"
#include "swar.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

static int is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t tacx_utf8_seq_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (n >= 2 && is_cont(s[1])) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || !is_cont(s[1]) || !is_cont(s[2]))
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] > 0x9F)
            return 0; /* UTF-16 surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || !is_cont(s[1]) || !is_cont(s[2]) || !is_cont(s[3]))
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] > 0x8F)
            return 0; /* above U+10FFFF */
        return 4;
    }
    return 0;
}

size_t tacx_utf8_check(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        /* ASCII fast path, eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = tacx_utf8_seq_len(s + i, n - i);
        if (!k)
            return i;
        i += k;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* JSON strings                                                        */
/* ------------------------------------------------------------------ */

/* Are the eight bytes of w plain for escape_body: ASCII, no control,
 * no quote or backslash and, when collapsing, no blank followed by
 * another blank (nor one last, whose follower is not in w)?  False
 * means only "look byte by byte". */
static inline int plain8(uint64_t w, int collapse)
{
    if ((w & SWAR_HIGHS) | swar_below(w, 0x20) | swar_eq(w, '"') | swar_eq(w, '\\'))
        return 0;
    if (collapse) {
        uint64_t sp = swar_eq(w, ' ');
        if ((sp & (sp >> 8)) || (sp >> 56))
            return 0;
    }
    return 1;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Appends the escaped body of s[0..n) (no quotes).  With collapse set,
 * leading and trailing whitespace is dropped and every inner run of
 * whitespace becomes one space.  Returns TAC_OK or TAC_ENOMEM. */
static int escape_body(tac_buf *out, const unsigned char *s, size_t n, int collapse)
{
    static const char hex[] = "0123456789abcdef";
    if (collapse) {
        while (n && is_space(s[0])) {
            s++;
            n--;
        }
        while (n && is_space(s[n - 1]))
            n--;
    }
    size_t i = 0, run = 0;
    while (i < n) {
        /* runs of plain bytes, eight at a time */
        while (i + 8 <= n) {
            if (!plain8(swar_load(s + i), collapse))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' &&
            !(collapse && c == ' ' && i + 1 < n && is_space(s[i + 1]))) {
            i++;
            continue;
        }
        if (c >= 0x80) {
            size_t k = tacx_utf8_seq_len(s + i, n - i);
            if (k) {
                i += k;
                continue;
            }
        }
        /* flush the plain run before s[i] */
        if (i > run && tacx_buf_put(out, (const char *)s + run, i - run))
            return TAC_ENOMEM;
        char esc[8];
        size_t elen;
        if (collapse && is_space(c)) {
            while (i < n && is_space(s[i]))
                i++;
            run = i;
            if (tacx_buf_put(out, " ", 1))
                return TAC_ENOMEM;
            continue;
        }
        switch (c) {
        case '"': memcpy(esc, "\\\"", 2); elen = 2; break;
        case '\\': memcpy(esc, "\\\\", 2); elen = 2; break;
        case '\n': memcpy(esc, "\\n", 2); elen = 2; break;
        case '\t': memcpy(esc, "\\t", 2); elen = 2; break;
        case '\r': memcpy(esc, "\\r", 2); elen = 2; break;
        case '\b': memcpy(esc, "\\b", 2); elen = 2; break;
        case '\f': memcpy(esc, "\\f", 2); elen = 2; break;
        default:
            if (c < 0x20) {
                memcpy(esc, "\\u00", 4);
                esc[4] = hex[c >> 4];
                esc[5] = hex[c & 15];
                elen = 6;
            } else { /* invalid UTF-8 byte -> U+FFFD */
                memcpy(esc, "\xEF\xBF\xBD", 3);
                elen = 3;
            }
        }
        if (tacx_buf_put(out, esc, elen))
            return TAC_ENOMEM;
        i++;
        run = i;
    }
    if (i > run && tacx_buf_put(out, (const char *)s + run, i - run))
        return TAC_ENOMEM;
    return TAC_OK;
}

/* Appends s[0..n) as a quoted JSON string (see escape_body). */
static int quoted(tac_buf *out, const char *s, size_t n, int collapse)
{
    if (tacx_buf_put(out, "\"", 1) ||
        escape_body(out, (const unsigned char *)s, n, collapse) ||
        tacx_buf_put(out, "\"", 1))
        return TAC_ENOMEM;
    return TAC_OK;
}

int tacx_json_escape(tac_buf *out, const char *s, size_t n)
{
    if (!out || (!s && n))
        return TAC_EINVAL;
    size_t old = out->len;
    if (quoted(out, s ? s : "", n, 0)) {
        if (out->p)
            out->len = old, out->p[old] = '\0';
        return TAC_ENOMEM;
    }
    return TAC_OK;
}

/* ------------------------------------------------------------------ */
/* Events                                                              */
/* ------------------------------------------------------------------ */

#define PUT(s) do { if (tacx_buf_put(out, (s), strlen(s))) goto nomem; } while (0)

/* Appends the decimal form of v (no locale).  Returns TAC_OK/TAC_ENOMEM. */
static int put_long(tac_buf *out, long long v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    return tacx_buf_put(out, tmp + i, sizeof tmp - i);
}

/* Appends g in its shortest exact form with at least one decimal
 * ("3.4", "-10.0"); NaN and infinities (not JSON) become null. */
static int put_double(tac_buf *out, double g)
{
    if (!isfinite(g))
        return tacx_buf_put(out, "null", 4);
    double t = g * 10.0;
    if (fabs(t) < 1e15 && nearbyint(t) / 10.0 == g) {
        long long v = (long long)nearbyint(t);
        char tmp[32];
        size_t i = sizeof tmp;
        unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
        tmp[--i] = (char)('0' + u % 10);
        tmp[--i] = '.';
        u /= 10;
        do {
            tmp[--i] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (g < 0 || (g == 0 && signbit(g) && v != 0))
            tmp[--i] = '-';
        return tacx_buf_put(out, tmp + i, sizeof tmp - i);
    }
    /* the shortest %g form that reads back exactly (strtod and snprintf
     * agree on the locale, so the round trip is exact either way) */
    char tmp[40];
    int k = 0;
    for (int prec = 1; prec <= 17; prec++) {
        k = snprintf(tmp, sizeof tmp, "%.*g", prec, g);
        if (k < 0 || (size_t)k >= sizeof tmp)
            return tacx_buf_put(out, "null", 4);
        if (strtod(tmp, NULL) == g)
            break;
    }
    for (int i = 0; i < k; i++)
        if (tmp[i] == ',')
            tmp[i] = '.'; /* a decimal comma from a foreign locale */
    return tacx_buf_put(out, tmp, (size_t)k);
}

/* Appends doc->text[start, end) as a JSON string, clamped to the text. */
static int put_slice(tac_buf *out, const tac_doc *doc, uint32_t start, uint32_t end,
                     int collapse)
{
    size_t len = doc->text ? doc->text_len : 0;
    size_t a = start, b = end;
    if (b > len)
        b = len;
    if (a > b)
        a = b;
    return quoted(out, len ? doc->text + a : "", b - a, collapse);
}

static int put_actor(tac_buf *out, const tac_doc *doc, const tac_actor *a)
{
    if (!a->code)
        return tacx_buf_put(out, "null", 4);
    if (tacx_buf_put(out, "{\"code\":", 8) ||
        quoted(out, a->code, strlen(a->code), 0) ||
        tacx_buf_put(out, ",\"text\":", 8) ||
        put_slice(out, doc, a->start, a->end, 0) ||
        tacx_buf_put(out, ",\"start\":", 9) || put_long(out, a->start) ||
        tacx_buf_put(out, ",\"end\":", 7) || put_long(out, a->end) ||
        tacx_buf_put(out, "}", 1))
        return TAC_ENOMEM;
    return TAC_OK;
}

/* Appends one event as a JSON object followed by "\n" (key order fixed,
 * see the header).  Returns TAC_OK, TAC_EINVAL for NULL arguments or
 * TAC_ENOMEM; on failure out keeps its previous contents. */
int tac_event_write_json(tac_buf *out, const tac_doc *doc, const tac_event *ev)
{
    static const char *const flag_names[] = {
        "negated", "hypothetical", "future", "reported", "passive", "question"
    };
    if (!out || !doc || !ev)
        return TAC_EINVAL;
    size_t old = out->len;

    PUT("{\"doc_id\":");
    if (doc->id) {
        if (quoted(out, doc->id, doc->id_len, 0))
            goto nomem;
    } else {
        PUT("null");
    }
    PUT(",\"sentence\":");
    if (put_long(out, ev->sentence))
        goto nomem;
    PUT(",\"date\":");
    if (doc->date > 0 && doc->date <= 99991231) {
        /* "YYYY-MM-DD", by hand: snprintf took 2% of coding */
        long d = doc->date, y = d / 10000, m = d / 100 % 100, dd = d % 100;
        char tmp[12] = { '"', (char)('0' + y / 1000), (char)('0' + y / 100 % 10), (char)('0' + y / 10 % 10),
                         (char)('0' + y % 10), '-', (char)('0' + m / 10), (char)('0' + m % 10), '-',
                         (char)('0' + dd / 10), (char)('0' + dd % 10), '"' };
        if (tacx_buf_put(out, tmp, sizeof tmp))
            goto nomem;
    } else if (doc->date > 0) {
        long d = doc->date;
        char tmp[32];
        int k = snprintf(tmp, sizeof tmp, "\"%04ld-%02ld-%02ld\"", d / 10000, d / 100 % 100, d % 100);
        if (k < 0 || (size_t)k >= sizeof tmp || tacx_buf_put(out, tmp, (size_t)k))
            goto nomem;
    } else {
        PUT("null");
    }
    PUT(",\"source\":");
    if (put_actor(out, doc, &ev->source))
        goto nomem;
    PUT(",\"target\":");
    if (put_actor(out, doc, &ev->target))
        goto nomem;
    PUT(",\"verb\":{\"text\":");
    if (put_slice(out, doc, ev->verb_start, ev->verb_end, 0))
        goto nomem;
    PUT(",\"start\":");
    if (put_long(out, ev->verb_start))
        goto nomem;
    PUT(",\"end\":");
    if (put_long(out, ev->verb_end))
        goto nomem;
    PUT("},\"cameo\":");
    if (ev->cameo) {
        if (quoted(out, ev->cameo, strlen(ev->cameo), 0))
            goto nomem;
    } else {
        PUT("null");
    }
    PUT(",\"root\":");
    size_t rl = ev->root[0] ? (ev->root[1] ? 2 : 1) : 0;
    if (rl) {
        if (quoted(out, ev->root, rl, 0))
            goto nomem;
    } else {
        PUT("null");
    }
    PUT(",\"quad\":");
    if (ev->quad >= 1 && ev->quad <= 4) {
        if (put_long(out, ev->quad))
            goto nomem;
    } else {
        PUT("null");
    }
    PUT(",\"goldstein\":");
    if (put_double(out, ev->goldstein))
        goto nomem;
    PUT(",\"plover\":");
    if (ev->plover) {
        if (quoted(out, ev->plover, strlen(ev->plover), 0))
            goto nomem;
    } else {
        PUT("null");
    }
    PUT(",\"text\":");
    if (put_slice(out, doc, ev->sent_start, ev->sent_end, 1))
        goto nomem;
    PUT(",\"flags\":[");
    int first = 1;
    for (unsigned i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++) {
        if (!(ev->flags & (1u << i)))
            continue;
        if (!first)
            PUT(",");
        first = 0;
        PUT("\"");
        PUT(flag_names[i]);
        PUT("\"");
    }
    PUT("]}\n");
    return TAC_OK;

nomem:
    if (out->p) {
        out->len = old;
        out->p[old] = '\0';
    }
    return TAC_ENOMEM;
}

/* ---- TSV: one event per line, for people and spreadsheets ---- */

/* Appends s[0..n) with tabs, newlines and carriage returns as spaces. */
static int tsv_field(tac_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\t' && s[j] != '\n' && s[j] != '\r')
            j++;
        if (j > i && tacx_buf_put(out, s + i, j - i) != TAC_OK)
            return TAC_ENOMEM;
        if (j < n && tacx_buf_put(out, " ", 1) != TAC_OK)
            return TAC_ENOMEM;
        i = j + 1;
    }
    return TAC_OK;
}

const char *tac_tsv_header(void)
{
    return "doc_id\tsentence\tdate\tsource\ttarget\tcameo\tplover\tquad\tgoldstein\tflags\tsource_text\ttarget_text\tverb_text\n";
}

int tac_event_write_tsv(tac_buf *out, const tac_doc *doc, const tac_event *ev)
{
    static const char *const names[] = { "negated", "hypothetical", "future", "reported", "passive", "question" };
    char num[64];
    size_t old = out->len;
    int rc = tsv_field(out, doc->id ? doc->id : "", doc->id ? doc->id_len : 0);
    if (doc->date)
        snprintf(num, sizeof num, "\t%d\t%04d-%02d-%02d\t", ev->sentence, doc->date / 10000, doc->date / 100 % 100, doc->date % 100);
    else
        snprintf(num, sizeof num, "\t%d\t\t", ev->sentence);
    if (rc == TAC_OK) rc = tacx_buf_put(out, num, strlen(num));
    const char *s = ev->source.code ? ev->source.code : "";
    const char *t = ev->target.code ? ev->target.code : "";
    if (rc == TAC_OK) rc = tsv_field(out, s, strlen(s));
    if (rc == TAC_OK) rc = tacx_buf_put(out, "\t", 1);
    if (rc == TAC_OK) rc = tsv_field(out, t, strlen(t));
    if (rc == TAC_OK) rc = tacx_buf_put(out, "\t", 1);
    if (rc == TAC_OK) rc = tsv_field(out, ev->cameo ? ev->cameo : "", ev->cameo ? strlen(ev->cameo) : 0);
    if (ev->goldstein == ev->goldstein)
        snprintf(num, sizeof num, "\t%s\t%d\t%.1f\t", ev->plover ? ev->plover : "", ev->quad, ev->goldstein);
    else
        snprintf(num, sizeof num, "\t%s\t\t\t", ev->plover ? ev->plover : "");
    if (rc == TAC_OK) rc = tacx_buf_put(out, num, strlen(num));
    int first = 1;
    for (unsigned k = 0; k < sizeof names / sizeof names[0] && rc == TAC_OK; k++)
        if (ev->flags & (1u << k)) {
            if (!first) rc = tacx_buf_put(out, ",", 1);
            if (rc == TAC_OK) rc = tacx_buf_put(out, names[k], strlen(names[k]));
            first = 0;
        }
    size_t tl = doc->text_len;
#define SPAN(a, b) ((a) <= (b) && (b) <= tl ? (b) - (a) : 0)
    if (rc == TAC_OK) rc = tacx_buf_put(out, "\t", 1);
    if (rc == TAC_OK && ev->source.code) rc = tsv_field(out, doc->text + ev->source.start, SPAN(ev->source.start, ev->source.end));
    if (rc == TAC_OK) rc = tacx_buf_put(out, "\t", 1);
    if (rc == TAC_OK && ev->target.code) rc = tsv_field(out, doc->text + ev->target.start, SPAN(ev->target.start, ev->target.end));
    if (rc == TAC_OK) rc = tacx_buf_put(out, "\t", 1);
    if (rc == TAC_OK) rc = tsv_field(out, doc->text + ev->verb_start, SPAN(ev->verb_start, ev->verb_end));
#undef SPAN
    if (rc == TAC_OK) rc = tacx_buf_put(out, "\n", 1);
    if (rc != TAC_OK)
        out->len = old;
    return rc;
}
