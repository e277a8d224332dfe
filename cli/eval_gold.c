/*
 * eval_gold.c -- gold-standard readers and scoring primitives for
 * `tacitus eval` (see eval_gold.h).
 *
 * The gold files are small (at most a few MB), so each reader loads the
 * whole file and builds plain arrays; clarity matters more than speed.
 * The XML reader understands only what the PETRARCH record file uses
 * (elements, quoted attributes, comments, five entities and numeric
 * references): a general XML library would be a dependency for one file.
 */
#include "eval_gold.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Trims blanks at both ends of [*s, *s + *n). */
static void trim(const char **s, size_t *n)
{
    while (*n && is_blank((unsigned char)(*s)[0])) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_blank((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

char *eg_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                free(buf);
                buf = NULL;
            }
            break;
        }
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

/* Case-insensitive search of needle (NUL-terminated) in [h, h + n),
 * where a blank in needle matches any run of blanks (line breaks
 * included) in h. */
static const char *find_ci(const char *h, size_t n, const char *needle)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = i;
        const char *q = needle;
        while (*q && k < n) {
            if (*q == ' ') {
                if (!is_blank((unsigned char)h[k]))
                    break;
                while (k < n && is_blank((unsigned char)h[k]))
                    k++;
                q++;
            } else if (tolower((unsigned char)h[k]) == tolower((unsigned char)*q)) {
                k++;
                q++;
            } else {
                break;
            }
        }
        if (!*q)
            return h + i;
    }
    return NULL;
}

/* Appends s to a growable array of strings. */
static int strv_push(char ***v, size_t *n, const char *s, size_t len)
{
    char **nv = realloc(*v, (*n + 1) * sizeof **v);
    if (!nv)
        return -1;
    *v = nv;
    if (!(nv[*n] = dup_n(s, len)))
        return -1;
    (*n)++;
    return 0;
}

static void strv_free(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* ------------------------------------------------------------------ */
/* Triples and gold sets                                               */
/* ------------------------------------------------------------------ */

void eg_gold_init(eg_gold *g)
{
    memset(g, 0, sizeof *g);
}

void eg_gold_clear(eg_gold *g)
{
    g->n = 0;
    g->bearing = g->none = g->odd = 0;
}

void eg_gold_free(eg_gold *g)
{
    if (!g)
        return;
    free(g->ev);
    eg_gold_init(g);
}

static void copy_cut(char *dst, size_t cap, const char *s, size_t n)
{
    if (!s)
        n = 0;
    if (n > cap - 1)
        n = cap - 1;
    if (n)
        memcpy(dst, s, n);
    dst[n] = '\0';
}

int eg_triple_set(eg_triple *t, const char *src, size_t slen,
                  const char *tgt, size_t tlen, const char *code, size_t clen)
{
    copy_cut(t->src, sizeof t->src, src, slen);
    copy_cut(t->tgt, sizeof t->tgt, tgt, tlen);
    copy_cut(t->code, sizeof t->code, code, clen);
    return 0;
}

int eg_gold_add(eg_gold *g, const eg_triple *t)
{
    if (g->n == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 4;
        eg_triple *ne = realloc(g->ev, nc * sizeof *ne);
        if (!ne)
            return -1;
        g->ev = ne;
        g->cap = nc;
    }
    g->ev[g->n++] = *t;
    return 0;
}

static int triple_eq(const eg_triple *a, const eg_triple *b)
{
    return !strcmp(a->src, b->src) && !strcmp(a->tgt, b->tgt) && !strcmp(a->code, b->code);
}

size_t eg_triples_matched(const eg_triple *gold, size_t ngold,
                          const eg_triple *coded, size_t ncoded)
{
    /* Greedy pairing is exact for equality matching: any free equal gold
     * triple is as good as any other.  Records hold a handful of events,
     * so the quadratic loop is fine; the used[] flags live on the stack
     * for the usual sizes. */
    unsigned char small[64] = {0};
    unsigned char *used = ngold <= sizeof small ? small : calloc(ngold, 1);
    if (!used)
        return 0;
    size_t m = 0;
    for (size_t i = 0; i < ncoded; i++)
        for (size_t j = 0; j < ngold; j++)
            if (!used[j] && triple_eq(&coded[i], &gold[j])) {
                used[j] = 1;
                m++;
                break;
            }
    if (used != small)
        free(used);
    return m;
}

int eg_triples_same(const eg_triple *gold, size_t ngold,
                    const eg_triple *coded, size_t ncoded)
{
    return ngold == ncoded && eg_triples_matched(gold, ngold, coded, ncoded) == ngold;
}

/* ------------------------------------------------------------------ */
/* TABARI                                                              */
/* ------------------------------------------------------------------ */

/* 1 when [s, s + n) is non-empty and made only of character c. */
static int all_of(const char *s, size_t n, char c)
{
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != c)
            return 0;
    return 1;
}

/* Reads one line of a comment (already split). */
static void tabari_line(const char *s, size_t n, unsigned flags, eg_gold *g)
{
    const char *open = memchr(s, '{', n);
    if (!open)
        return;
    /* "-{ ... }" is a gold line switched off by its author. */
    const char *p = open;
    while (p > s && is_blank((unsigned char)p[-1]))
        p--;
    if (p > s && p[-1] == '-')
        return;
    /* The inner text without blanks, for the one-token marks; an
     * unclosed brace runs to the end of the line. */
    const char *close = memchr(open, '}', n - (size_t)(open - s));
    const char *stop = close ? close : s + n;
    char compact[256];
    size_t cn = 0;
    for (const char *q = open + 1; q < stop && cn < sizeof compact - 1; q++)
        if (!is_blank((unsigned char)*q))
            compact[cn++] = *q;
    compact[cn] = '\0';
    if (!strncmp(compact, "OPTION", 6) || !strncmp(compact, "option", 6))
        return;
    if (!close) {
        g->odd++;
        return;
    }
    if (cn == 0 || all_of(compact, cn, '+'))
        return;
    if (all_of(compact, cn, '-')) {
        g->bearing = g->none = 1;
        return;
    }
    if (all_of(compact, cn, '#')) {
        if (flags & EG_TABARI_DISCARD_IS_NONE)
            g->bearing = g->none = 1;
        return;
    }
    /* SRC / TGT / CODE */
    const char *part[3];
    size_t plen[3];
    int k = 0;
    const char *b = open + 1;
    for (const char *q = open + 1; q <= close; q++) {
        if (q == close || *q == '/') {
            if (k == 3) {
                k = 4;
                break;
            }
            part[k] = b;
            plen[k] = (size_t)(q - b);
            trim(&part[k], &plen[k]);
            k++;
            b = q + 1;
        }
    }
    if (k != 3 || !plen[0] || !plen[1] || !plen[2]) {
        g->odd++;
        return;
    }
    eg_triple t;
    eg_triple_set(&t, part[0], plen[0], part[1], plen[1], part[2], plen[2]);
    if (eg_gold_add(g, &t) == 0)
        g->bearing = 1;
}

void eg_tabari_gold(const char *s, size_t len, unsigned flags, eg_gold *g)
{
    eg_gold_clear(g);
    if (!s)
        return;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '\n' && !(s[j] == '\\' && j + 1 < len && s[j + 1] == 'n'))
            j++;
        if (j > i)
            tabari_line(s + i, j - i, flags, g);
        i = (j < len && s[j] == '\\') ? j + 2 : j + 1;
    }
}

int eg_tabari_is_final(const char *text, size_t len)
{
    /* The opening record quotes the phrase ('says "end of the standard
     * validation records"'); only the closing one says "is the end". */
    return text && find_ci(text, len, "is the end of the standard validation records") != NULL;
}

void eg_category(const char *id, size_t id_len, char *out, size_t cap)
{
    if (!cap)
        return;
    size_t n = 0;
    while (n < id_len && id[n] != '-' && n < cap - 1)
        n++;
    memcpy(out, id, n);
    out[n] = '\0';
}

long eg_tabari_split(const char *buf, size_t len,
                     int (*fn)(void *ud, const eg_tabari_rec *r), void *ud)
{
    long count = 0, lineno = 0;
    int prev_blank = 1;   /* the start of the file counts as after a blank */
    eg_tabari_rec cur;
    int have = 0;
    size_t i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && buf[e] != '\n')
            e++;
        lineno++;
        const char *l = buf + i;
        size_t ln = e - i;
        int blank = 1;
        for (size_t k = 0; k < ln; k++)
            if (!is_blank((unsigned char)l[k])) {
                blank = 0;
                break;
            }
        /* A header: six or more digits, blanks, then the id. */
        size_t d = 0;
        while (d < ln && isdigit((unsigned char)l[d]))
            d++;
        size_t s = d;
        while (s < ln && (l[s] == ' ' || l[s] == '\t'))
            s++;
        if (prev_blank && d >= 6 && s > d && s < ln) {
            if (have) {
                cur.body_len = (size_t)(l - cur.body);
                count++;
                if (fn(ud, &cur))
                    return count;
            }
            size_t t = s;
            while (t < ln && !is_blank((unsigned char)l[t]))
                t++;
            cur.date = l;
            cur.date_len = d;
            cur.id = l + s;
            cur.id_len = t - s;
            cur.body = e < len ? buf + e + 1 : buf + len;
            cur.body_len = 0;
            cur.line = lineno;
            have = 1;
        }
        prev_blank = blank;
        i = e + 1;
    }
    if (have) {
        cur.body_len = (size_t)(buf + len - cur.body);
        count++;
        fn(ud, &cur);
    }
    return count;
}

char *eg_meta_comment(const char *meta, size_t meta_len)
{
    if (!meta || !meta_len)
        return NULL;
    json_tokener *tok = json_tokener_new();
    if (!tok)
        return NULL;
    json_object *o = json_tokener_parse_ex(tok, meta, (int)meta_len);
    json_tokener_free(tok);
    char *out = NULL;
    json_object *c;
    if (o && json_object_is_type(o, json_type_object) &&
        json_object_object_get_ex(o, "comment", &c) && json_object_is_type(c, json_type_string))
        out = dup_n(json_object_get_string(c), (size_t)json_object_get_string_len(c));
    json_object_put(o);
    return out;
}

/* ------------------------------------------------------------------ */
/* PETRARCH XML                                                        */
/* ------------------------------------------------------------------ */

/* Appends the UTF-8 encoding of code point c to out; returns bytes. */
static size_t put_utf8(char *out, unsigned long c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Copies [s, s + n) decoding XML entities; unknown ones stay as written.
 * The result is never longer than the input. */
static char *xml_decode(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == '&') {
            const char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
            if (semi) {
                const char *e = s + i + 1;
                size_t el = (size_t)(semi - e);
                static const struct { const char *name; char c; } ent[] = {
                    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
                int done = 0;
                for (size_t k = 0; k < sizeof ent / sizeof ent[0]; k++)
                    if (strlen(ent[k].name) == el && !memcmp(e, ent[k].name, el)) {
                        out[o++] = ent[k].c;
                        done = 1;
                        break;
                    }
                if (!done && el >= 2 && e[0] == '#') {
                    char num[16];
                    if (el < sizeof num) {
                        memcpy(num, e + 1, el - 1);
                        num[el - 1] = '\0';
                        char *end;
                        int hex = num[0] == 'x' || num[0] == 'X';
                        unsigned long c = strtoul(num + hex, &end, hex ? 16 : 10);
                        /* "&#1;" is 4 bytes, so even a 4-byte encoding fits. */
                        if (*end == '\0' && end != num + hex && c > 0 && c < 0x110000) {
                            o += put_utf8(out + o, c);
                            done = 1;
                        }
                    }
                }
                if (done) {
                    i = (size_t)(semi - s) + 1;
                    continue;
                }
            }
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

/* Finds attribute `name` in the attribute text of a tag; returns its
 * decoded value (caller frees) or NULL.  Values may use either quote and
 * blanks may surround '=' (the record file does both). */
static char *xml_attr(const char *a, size_t n, const char *name)
{
    size_t nl = strlen(name);
    size_t i = 0;
    while (i < n) {
        while (i < n && (is_blank((unsigned char)a[i]) || a[i] == '/'))
            i++;
        size_t ks = i;
        while (i < n && !is_blank((unsigned char)a[i]) && a[i] != '=' && a[i] != '/')
            i++;
        size_t kl = i - ks;
        while (i < n && is_blank((unsigned char)a[i]))
            i++;
        const char *v = NULL;
        size_t vl = 0;
        if (i < n && a[i] == '=') {
            i++;
            while (i < n && is_blank((unsigned char)a[i]))
                i++;
            if (i < n && (a[i] == '"' || a[i] == '\'')) {
                char q = a[i++];
                v = a + i;
                while (i < n && a[i] != q)
                    i++;
                vl = (size_t)(a + i - v);
                if (i < n)
                    i++;
            } else {
                v = a + i;
                while (i < n && !is_blank((unsigned char)a[i]))
                    i++;
                vl = (size_t)(a + i - v);
            }
        }
        if (kl == 0 && v == NULL) {
            if (i < n)
                i++;   /* stray character: step over it */
            continue;
        }
        if (kl == nl && !memcmp(a + ks, name, nl))
            return v ? xml_decode(v, vl) : dup_n("", 0);
    }
    return NULL;
}

static int truthy(const char *v)
{
    return v && (!strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "True") ||
                 !strcmp(v, "TRUE") || !strcmp(v, "yes"));
}

/* Text content of an element: up to "</name" from p.  Returns the
 * position after the closing tag's '>' in *next. */
static char *xml_content(const char *p, const char *end, const char *name, const char **next)
{
    char closing[64];
    snprintf(closing, sizeof closing, "</%s", name);
    size_t cl = strlen(closing);
    const char *q = p;
    while (q + cl <= end && memcmp(q, closing, cl))
        q++;
    if (q + cl > end) {
        *next = end;
        return NULL;
    }
    const char *gt = memchr(q, '>', (size_t)(end - q));
    *next = gt ? gt + 1 : end;
    const char *s = p;
    size_t n = (size_t)(q - p);
    trim(&s, &n);
    return xml_decode(s, n);
}

static int petr_push(eg_petr_file *f)
{
    if (f->n == f->cap) {
        size_t nc = f->cap ? f->cap * 2 : 64;
        eg_petr_rec *nr = realloc(f->rec, nc * sizeof *nr);
        if (!nr)
            return -1;
        f->rec = nr;
        f->cap = nc;
    }
    memset(&f->rec[f->n], 0, sizeof f->rec[f->n]);
    f->n++;
    return 0;
}

static int name_is(const char *nm, size_t nl, const char *want)
{
    return strlen(want) == nl && !memcmp(nm, want, nl);
}

int eg_petr_parse(const char *buf, size_t len, eg_petr_file *out,
                  char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    const char *p = buf, *end = buf + len, *counted = buf;
    long line = 1;
    int require_dyad = 1;   /* PETRARCH's default */
    eg_petr_rec *cur = NULL;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            break;
        for (const char *q = counted; q < lt; q++)
            line += *q == '\n';
        counted = lt;
        if (end - lt >= 4 && !memcmp(lt, "<!--", 4)) {
            const char *c = lt + 4;
            while (c + 3 <= end && memcmp(c, "-->", 3))
                c++;
            p = c + 3 <= end ? c + 3 : end;
            continue;
        }
        if (end - lt >= 2 && (lt[1] == '?' || lt[1] == '!')) {
            const char *gt = memchr(lt, '>', (size_t)(end - lt));
            p = gt ? gt + 1 : end;
            continue;
        }
        /* A tag: name, attributes up to the '>' outside quotes. */
        const char *q = lt + 1;
        int closing = 0;
        if (q < end && *q == '/') {
            closing = 1;
            q++;
        }
        const char *nm = q;
        while (q < end && !is_blank((unsigned char)*q) && *q != '>' && *q != '/')
            q++;
        size_t nl = (size_t)(q - nm);
        const char *as = q;
        char quote = 0;
        while (q < end && (quote || *q != '>')) {
            if (quote && *q == quote)
                quote = 0;
            else if (!quote && (*q == '"' || *q == '\''))
                quote = *q;
            q++;
        }
        if (q >= end) {
            set_err(err, errlen, "line %ld: unterminated tag", line);
            eg_petr_free(out);
            return -1;
        }
        size_t al = (size_t)(q - as);
        p = q + 1;
        if (closing) {
            if (name_is(nm, nl, "Sentence"))
                cur = NULL;
            continue;
        }
        if (name_is(nm, nl, "Sentence")) {
            if (petr_push(out))
                goto nomem;
            cur = &out->rec[out->n - 1];
            cur->id = xml_attr(as, al, "id");
            cur->category = xml_attr(as, al, "category");
            cur->date = xml_attr(as, al, "date");
            if (!cur->id && !(cur->id = dup_n("", 0)))
                goto nomem;
            if (!cur->category && !(cur->category = dup_n("", 0)))
                goto nomem;
            if (!cur->date && !(cur->date = dup_n("", 0)))
                goto nomem;
            char *active = xml_attr(as, al, "sentence");
            cur->active = !(active && (!strcmp(active, "false") || !strcmp(active, "False")));
            free(active);
            cur->require_dyad = require_dyad;
            cur->line = line;
            eg_gold_init(&cur->gold);
        } else if (name_is(nm, nl, "EventCoding")) {
            if (!cur)
                continue;
            char *s = xml_attr(as, al, "sourcecode");
            char *t = xml_attr(as, al, "targetcode");
            char *c = xml_attr(as, al, "eventcode");
            char *none = xml_attr(as, al, "noevents");
            char *error = xml_attr(as, al, "error");
            int rc = 0;
            if (s && t && c) {
                eg_triple tr;
                eg_triple_set(&tr, s, strlen(s), t, strlen(t), c, strlen(c));
                rc = eg_gold_add(&cur->gold, &tr);
                cur->gold.bearing = 1;
            } else if (truthy(none) || error) {
                cur->gold.bearing = cur->gold.none = 1;
            } else {
                cur->gold.odd++;
            }
            free(s);
            free(t);
            free(c);
            free(none);
            free(error);
            if (rc)
                goto nomem;
        } else if (name_is(nm, nl, "Text") || name_is(nm, nl, "Parse") ||
                   name_is(nm, nl, "Verbfile") || name_is(nm, nl, "Actorfile") ||
                   name_is(nm, nl, "Agentfile") || name_is(nm, nl, "Discardfile") ||
                   name_is(nm, nl, "Include")) {
            if (al && as[al - 1] == '/')
                continue;   /* <Text/> */
            char name[32];
            snprintf(name, sizeof name, "%.*s", (int)nl, nm);
            const char *next;
            char *content = xml_content(p, end, name, &next);
            p = next;
            char **slot = NULL;
            if (!strcmp(name, "Text") && cur)
                slot = &cur->text;
            else if (!strcmp(name, "Verbfile"))
                slot = &out->verbfile;
            else if (!strcmp(name, "Actorfile"))
                slot = &out->actorfile;
            else if (!strcmp(name, "Agentfile"))
                slot = &out->agentfile;
            else if (!strcmp(name, "Discardfile"))
                slot = &out->discardfile;
            else if (!strcmp(name, "Include"))
                slot = &out->include;
            if (slot) {
                free(*slot);
                *slot = content;
            } else {
                free(content);
            }
        } else if (name_is(nm, nl, "Config")) {
            char *opt = xml_attr(as, al, "option");
            char *val = xml_attr(as, al, "value");
            if (opt && val && !strcmp(opt, "require_dyad")) {
                for (char *v = val; *v; v++)
                    *v = (char)tolower((unsigned char)*v);
                require_dyad = truthy(val);
            }
            free(opt);
            free(val);
        }
    }
    for (size_t i = 0; i < out->n; i++)
        if (!out->rec[i].text && !(out->rec[i].text = dup_n("", 0)))
            goto nomem;
    return 0;
nomem:
    set_err(err, errlen, "out of memory");
    eg_petr_free(out);
    return -1;
}

void eg_petr_free(eg_petr_file *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++) {
        eg_petr_rec *r = &f->rec[i];
        free(r->id);
        free(r->category);
        free(r->date);
        free(r->text);
        eg_gold_free(&r->gold);
    }
    free(f->rec);
    free(f->verbfile);
    free(f->actorfile);
    free(f->agentfile);
    free(f->discardfile);
    free(f->include);
    memset(f, 0, sizeof *f);
}

int eg_petr_included(const eg_petr_file *f, const char *category)
{
    if (!f->include)
        return 1;
    size_t cl = strlen(category);
    const char *s = f->include;
    while (*s) {
        while (*s && is_blank((unsigned char)*s))
            s++;
        const char *w = s;
        while (*s && !is_blank((unsigned char)*s))
            s++;
        if ((size_t)(s - w) == cl && cl && !memcmp(w, category, cl))
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* PLOVER                                                              */
/* ------------------------------------------------------------------ */

const char *eg_plover_type(const char *name)
{
    static const char *const map[][2] = {
        {"DEMAND", "REQUEST"}, {"DISAPPROVE", "ACCUSE"}, {"FIGHT", "ASSAULT"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(name, map[i][0]))
            return map[i][1];
    return name;
}

/* Collects the "code" of each actor object of a field that may be a list,
 * an empty string or null. */
static int plover_actors(json_object *rec, const char *field, char ***v, size_t *n)
{
    json_object *a;
    if (!json_object_object_get_ex(rec, field, &a) || !json_object_is_type(a, json_type_array))
        return 0;
    size_t k = json_object_array_length(a);
    for (size_t i = 0; i < k; i++) {
        json_object *x = json_object_array_get_idx(a, i), *c;
        if (x && json_object_object_get_ex(x, "code", &c) && json_object_is_type(c, json_type_string) &&
            json_object_get_string_len(c) > 0 &&
            strv_push(v, n, json_object_get_string(c), (size_t)json_object_get_string_len(c)))
            return -1;
    }
    return 0;
}

static const char *json_str(json_object *o, const char *field)
{
    json_object *v;
    if (o && json_object_object_get_ex(o, field, &v) && json_object_is_type(v, json_type_string))
        return json_object_get_string(v);
    return NULL;
}

int eg_plover_load(const char *path, eg_plover_set *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    size_t len;
    char *buf = eg_read_file(path, &len);
    if (!buf) {
        set_err(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    json_tokener *tok = json_tokener_new();
    if (!tok) {
        free(buf);
        set_err(err, errlen, "out of memory");
        return -1;
    }
    json_object *root = json_tokener_parse_ex(tok, buf, (int)len);
    enum json_tokener_error jerr = json_tokener_get_error(tok);
    json_tokener_free(tok);
    free(buf);
    if (!root || !json_object_is_type(root, json_type_array)) {
        set_err(err, errlen, "%s: not a JSON array (%s)", path,
                root ? "other JSON value" : json_tokener_error_desc(jerr));
        json_object_put(root);
        return -1;
    }
    size_t k = json_object_array_length(root);
    out->rec = calloc(k ? k : 1, sizeof *out->rec);
    if (!out->rec)
        goto nomem;
    for (size_t i = 0; i < k; i++) {
        json_object *o = json_object_array_get_idx(root, i);
        const char *ev = json_str(o, "event"), *text = json_str(o, "text"), *id = json_str(o, "id");
        if (!ev || !text || !*text || !strcmp(ev, "DOCUMENT")) {
            out->skipped++;
            continue;
        }
        eg_plover_rec *r = &out->rec[out->n++];
        r->id = dup_n(id ? id : "", strlen(id ? id : ""));
        r->text = dup_n(text, strlen(text));
        r->event = dup_n(ev, strlen(ev));
        const char *date = json_str(o, "date");
        r->date = dup_n(date ? date : "", strlen(date ? date : ""));
        if (!r->id || !r->text || !r->event || !r->date)
            goto nomem;
        r->type = eg_plover_type(r->event);
        if (r->type == r->event) {
            /* Not renamed: point at a static copy when it is one of the
             * PLOVER 2.0 names we expect, so type outlives r->event. */
            static const char *const known[] = {
                "AGREE", "REJECT", "THREATEN", "PROTEST", "COERCE", "ASSAULT", "ACCUSE",
                "RETREAT", "SANCTION", "SUPPORT", "CONCEDE", "CONSULT", "AID", "MOBILIZE",
                "COOPERATE", "REQUEST", "INVESTIGATE"};
            r->type = NULL;
            for (size_t j = 0; j < sizeof known / sizeof known[0]; j++)
                if (!strcmp(r->event, known[j]))
                    r->type = known[j];
            if (!r->type)
                r->type = "OTHER";
        }
        r->apart = !strcmp(r->event, "INVESTIGATE") ? EG_PLOVER_APART : EG_PLOVER_SCORED;
        if (plover_actors(o, "source", &r->src, &r->nsrc) ||
            plover_actors(o, "target", &r->tgt, &r->ntgt))
            goto nomem;
    }
    json_object_put(root);
    return 0;
nomem:
    json_object_put(root);
    eg_plover_free(out);
    set_err(err, errlen, "out of memory");
    return -1;
}

void eg_plover_free(eg_plover_set *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        eg_plover_rec *r = &s->rec[i];
        free(r->id);
        free(r->text);
        free(r->event);
        free(r->date);
        strv_free(r->src, r->nsrc);
        strv_free(r->tgt, r->ntgt);
    }
    free(s->rec);
    memset(s, 0, sizeof *s);
}

int eg_same_country(const char *a, const char *b)
{
    return a && b && strlen(a) >= 3 && strlen(b) >= 3 && !memcmp(a, b, 3);
}

/* ------------------------------------------------------------------ */
/* ConfliBERT                                                          */
/* ------------------------------------------------------------------ */

static int cb_spans(json_object *o, const char *field, char ***v, size_t *n)
{
    json_object *a;
    if (!json_object_object_get_ex(o, field, &a) || !json_object_is_type(a, json_type_array))
        return 0;
    size_t k = json_object_array_length(a);
    for (size_t i = 0; i < k; i++) {
        json_object *x = json_object_array_get_idx(a, i);
        if (x && json_object_is_type(x, json_type_string) && json_object_get_string_len(x) > 0 &&
            strv_push(v, n, json_object_get_string(x), (size_t)json_object_get_string_len(x)))
            return -1;
    }
    return 0;
}

int eg_cb_load(const char *path, eg_cb_set *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    size_t len;
    char *buf = eg_read_file(path, &len);
    if (!buf) {
        set_err(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += buf[i] == '\n';
    out->rec = calloc(lines, sizeof *out->rec);
    if (!out->rec)
        goto nomem;
    json_tokener *tok = json_tokener_new();
    if (!tok)
        goto nomem;
    long lineno = 0;
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && buf[e] != '\n')
            e++;
        lineno++;
        const char *l = buf + i;
        size_t ln = e - i;
        i = e + 1;
        trim(&l, &ln);
        if (!ln)
            continue;
        json_tokener_reset(tok);
        json_object *o = json_tokener_parse_ex(tok, l, (int)ln);
        if (!o || !json_object_is_type(o, json_type_object)) {
            json_object_put(o);
            out->skipped++;
            continue;
        }
        const char *text = json_str(o, "sentence");
        if (!text || !*text)
            text = json_str(o, "tokens");
        if (!text || !*text) {
            json_object_put(o);
            out->skipped++;
            continue;
        }
        eg_cb_rec *r = &out->rec[out->n++];
        r->line = lineno;
        r->pentaclass = -1;
        json_object *pc;
        if (json_object_object_get_ex(o, "pentaclass", &pc) && pc) {
            /* The file writes the class as a string ("3"); accept a number too. */
            const char *s = json_object_is_type(pc, json_type_string) ? json_object_get_string(pc) : NULL;
            if (s && s[0] >= '0' && s[0] <= '4' && s[1] == '\0')
                r->pentaclass = s[0] - '0';
            else if (json_object_is_type(pc, json_type_int) && json_object_get_int(pc) >= 0 &&
                     json_object_get_int(pc) <= 4)
                r->pentaclass = json_object_get_int(pc);
        }
        int bad = !(r->text = dup_n(text, strlen(text))) ||
                  cb_spans(o, "source_spans", &r->src, &r->nsrc) ||
                  cb_spans(o, "target_spans", &r->tgt, &r->ntgt) ||
                  cb_spans(o, "reciprocal_spans", &r->rcp, &r->nrcp);
        json_object_put(o);
        if (bad) {
            json_tokener_free(tok);
            goto nomem;
        }
    }
    json_tokener_free(tok);
    free(buf);
    return 0;
nomem:
    free(buf);
    eg_cb_free(out);
    set_err(err, errlen, "out of memory");
    return -1;
}

void eg_cb_free(eg_cb_set *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        eg_cb_rec *r = &s->rec[i];
        free(r->text);
        strv_free(r->src, r->nsrc);
        strv_free(r->tgt, r->ntgt);
        strv_free(r->rcp, r->nrcp);
    }
    free(s->rec);
    memset(s, 0, sizeof *s);
}

/* The five-way class of a CAMEO root, as the ConfliBERT set labels its
 * sentences.  Its description puts 14-20 in material conflict, but its
 * labels put reductions of relations (16: cutting ties, expelling
 * diplomats, halting aid) with verbal conflict: every sentence coded with
 * 16x events alone is labelled 3, none 4 (see docs/eval.md).  The scorer
 * follows the labels. */
int eg_pentaclass(const char *root)
{
    if (!root || !isdigit((unsigned char)root[0]) || !isdigit((unsigned char)root[1]))
        return -1;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    if (r >= 1 && r <= 2)
        return 0;
    if (r >= 3 && r <= 5)
        return 1;
    if (r >= 6 && r <= 8)
        return 2;
    if ((r >= 9 && r <= 13) || r == 16)
        return 3;
    if (r >= 14 && r <= 20)
        return 4;
    return -1;
}

/* Function words that say nothing about who an actor is.  Sorted, for
 * bsearch. */
static const char *const stopwords[] = {
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "during", "each", "either", "for", "from", "had", "has", "have", "he",
    "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "many", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "no", "nor",
    "not", "of", "off", "on", "one", "only", "or", "other", "others", "our", "ours", "out",
    "over", "own", "said", "same", "several", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "theirs", "them", "themselves", "these", "they", "this", "those",
    "through", "to", "two", "under", "up", "upon", "us", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "whose", "will", "with", "within",
    "without", "would", "you", "your"};

static int cmp_word(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

int eg_is_stopword(const char *w, size_t n)
{
    char low[16];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    low[n] = '\0';
    return bsearch(low, stopwords, sizeof stopwords / sizeof stopwords[0], sizeof stopwords[0],
                   cmp_word) != NULL;
}

/* Decodes one UTF-8 sequence at s (n bytes left); returns its length and
 * the code point in *cp (U+FFFD for malformed bytes, length 1). */
static size_t utf8_next(const unsigned char *s, size_t n, unsigned long *cp)
{
    unsigned char c = s[0];
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (c < 0x80 || len > n) {
        *cp = c < 0x80 ? c : 0xFFFD;
        return 1;
    }
    unsigned long v = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    return len;
}

/* Word characters: ASCII letters and digits, and non-ASCII letters; the
 * typographic apostrophes, quotes, dashes and spaces that news text uses
 * separate words, so "government’s" yields "government" and "s". */
static int word_cp(unsigned long cp)
{
    if (cp < 0x80)
        return isalnum((int)cp);
    if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0x2BC || cp == 0xFFFD)
        return 0;
    if (cp >= 0x2000 && cp <= 0x206F)   /* general punctuation block */
        return 0;
    return 1;
}

/* Calls fn for each content word of s: lower-cased, longer than one byte,
 * not a stopword.  Stops and returns 1 when fn returns non-zero. */
static int each_content_word(const char *s, size_t n,
                             int (*fn)(void *ud, const char *w, size_t wl), void *ud)
{
    char w[64];
    size_t wl = 0, i = 0;
    int over = 0;
    while (i <= n) {
        unsigned long cp = 0;
        size_t step = 1;
        if (i < n)
            step = utf8_next((const unsigned char *)s + i, n - i, &cp);
        if (i < n && word_cp(cp)) {
            if (wl + step < sizeof w) {
                for (size_t k = 0; k < step; k++)
                    w[wl++] = (char)tolower((unsigned char)s[i + k]);
            } else {
                over = 1;
            }
        } else if (wl) {
            if (!over && wl > 1 && !eg_is_stopword(w, wl) && fn(ud, w, wl))
                return 1;
            wl = 0;
            over = 0;
        }
        i += step;
    }
    return 0;
}

struct word_probe {
    const char *other;
    size_t other_len;
    const char *want;
    size_t want_len;
};

static int probe_eq(void *ud, const char *w, size_t wl)
{
    struct word_probe *p = ud;
    return wl == p->want_len && !memcmp(w, p->want, wl);
}

static int probe_outer(void *ud, const char *w, size_t wl)
{
    struct word_probe *p = ud;
    p->want = w;
    p->want_len = wl;
    return each_content_word(p->other, p->other_len, probe_eq, p);
}

int eg_shares_content_word(const char *a, size_t alen, const char *b, size_t blen)
{
    if (!a || !b)
        return 0;
    struct word_probe p = {b, blen, NULL, 0};
    return each_content_word(a, alen, probe_outer, &p);
}
