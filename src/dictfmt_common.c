/*
 * dictfmt_common.c -- line reader, arena, phrase parser and date/code
 * helpers shared by the dictionary readers (see dictfmt.h).
 *
 * The phrase parser turns one phrase or pattern into pattern_elem values.
 * Invariants of its output: every PE_WORD has a non-empty word; every
 * PE_ALT has nalts >= 1 and no empty alternative; the first element of a
 * phrase (and of each alternative) has adjacent = 0 unless it continues a
 * flattened group that was itself adjacent.  All memory is in the
 * parser's arena.
 */
#include "dictfmt.h"

#include "ascii.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

/* ---- line reader -------------------------------------------------- */

int tacx_fmt_lines_open(tacx_fmt_lines *lr, const char *path)
{
    memset(lr, 0, sizeof *lr);
    if (!path)
        return TAC_EIO;
    lr->f = fopen(path, "rb");
    return lr->f ? TAC_OK : TAC_EIO;
}

int tacx_fmt_lines_next(tacx_fmt_lines *lr, char **line)
{
    if (!lr->f)
        return 0;
    ssize_t got = getline(&lr->buf, &lr->cap, lr->f);
    if (got < 0) {
        if (ferror(lr->f))
            return TAC_EIO;
        if (!lr->buf && !feof(lr->f))
            return TAC_ENOMEM;
        return 0;
    }
    lr->lineno++;
    size_t n = (size_t)got;
    /* An embedded NUL ends the line: the rest cannot be text. */
    size_t z = strlen(lr->buf);
    if (z < n)
        n = z;
    while (n > 0 && (lr->buf[n - 1] == '\n' || lr->buf[n - 1] == '\r'))
        n--;
    lr->buf[n] = '\0';
    char *p = lr->buf;
    if (lr->lineno == 1 && (unsigned char)p[0] == 0xEF &&
        (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    *line = p;
    return 1;
}

void tacx_fmt_lines_close(tacx_fmt_lines *lr)
{
    if (lr->f)
        fclose(lr->f);
    free(lr->buf);
    memset(lr, 0, sizeof *lr);
}

/* ---- arena -------------------------------------------------------- */

struct tacx_fmt_ablk {
    tacx_fmt_ablk *next;
    size_t size, used;
    _Alignas(16) unsigned char mem[];
};

void *tacx_fmt_arena_alloc(tacx_fmt_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    tacx_fmt_ablk *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > 8192 ? n : 8192;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->mem + b->used;
    b->used += n;
    return p;
}

char *tacx_fmt_arena_strndup(tacx_fmt_arena *a, const char *s, size_t n)
{
    char *p = tacx_fmt_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void tacx_fmt_arena_reset(tacx_fmt_arena *a)
{
    tacx_fmt_ablk *b = a->head;
    if (!b)
        return;
    tacx_fmt_ablk *keep = b;
    b = b->next;
    while (b) {
        tacx_fmt_ablk *nx = b->next;
        free(b);
        b = nx;
    }
    keep->next = NULL;
    keep->used = 0;
    a->head = keep;
}

void tacx_fmt_arena_free(tacx_fmt_arena *a)
{
    tacx_fmt_ablk *b = a->head;
    while (b) {
        tacx_fmt_ablk *nx = b->next;
        free(b);
        b = nx;
    }
    a->head = NULL;
}

/* ---- text helpers ------------------------------------------------- */

int tacx_fmt_isblank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
           c == '\f';
}

char *tacx_fmt_trim(char *s)
{
    while (tacx_fmt_isblank((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && tacx_fmt_isblank((unsigned char)s[n - 1]))
        n--;
    s[n] = '\0';
    return s;
}

void tacx_fmt_cut_at(char *s, int c)
{
    char *p = strchr(s, c);
    if (p)
        *p = '\0';
}

int tacx_fmt_split_code(char *t, char **code)
{
    char *br = strrchr(t, '[');
    if (!br)
        return 0;
    char *close = strchr(br, ']');
    if (!close)
        return 0;
    *close = '\0';
    *br = '\0';
    *code = tacx_fmt_trim(br + 1);
    return 1;
}

int tacx_fmt_startswith_ci(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (tac_tolower((unsigned char)*s) != tac_tolower((unsigned char)*prefix))
            return 0;
    return 1;
}

/* ---- phrase parser ------------------------------------------------ */

void tacx_fmt_pctx_init(tacx_fmt_pctx *pc)
{
    memset(pc, 0, sizeof *pc);
}

void tacx_fmt_pctx_free(tacx_fmt_pctx *pc)
{
    tacx_fmt_arena_free(&pc->arena);
    for (int i = 0; i < pc->nsyn; i++)
        free(pc->syn[i]);
    free(pc->syn);
    memset(pc, 0, sizeof *pc);
}

int tacx_fmt_pctx_add_synset(tacx_fmt_pctx *pc, const char *name, size_t n)
{
    while (n > 0 && name[n - 1] == '_')
        n--;
    for (int i = 0; i < pc->nsyn; i++)
        if (strlen(pc->syn[i]) == n && strncasecmp(pc->syn[i], name, n) == 0)
            return TAC_OK;
    if (pc->nsyn == pc->capsyn) {
        int cap = pc->capsyn ? pc->capsyn * 2 : 16;
        char **v = realloc(pc->syn, (size_t)cap * sizeof *v);
        if (!v)
            return TAC_ENOMEM;
        pc->syn = v;
        pc->capsyn = cap;
    }
    char *c = strndup(name, n);
    if (!c)
        return TAC_ENOMEM;
    pc->syn[pc->nsyn++] = c;
    return TAC_OK;
}

typedef struct evec {
    pattern_elem *v;
    int n, cap;
} evec;

static int evec_push(evec *e, const pattern_elem *el)
{
    if (e->n == e->cap) {
        int cap = e->cap ? e->cap * 2 : 8;
        pattern_elem *v = realloc(e->v, (size_t)cap * sizeof *v);
        if (!v)
            return TAC_ENOMEM;
        e->v = v;
        e->cap = cap;
    }
    e->v[e->n++] = *el;
    return TAC_OK;
}

typedef struct pstate {
    tacx_fmt_pctx *pc;
    const tacx_fmt_pspec *sp;
    const char *s;
    size_t n, pos;
} pstate;

#define MAX_DEPTH 8

static int perr(pstate *st, const char *msg)
{
    snprintf(st->pc->err, sizeof st->pc->err, "%s (at column %zu)", msg,
             st->pos + 1);
    return TAC_EPARSE;
}

static int is_stop(const pstate *st, char c)
{
    if (tacx_fmt_isblank((unsigned char)c) || c == '_' || c == '{' || c == '}' ||
        c == '|')
        return 1;
    if (st->sp->groups && (c == '(' || c == ')'))
        return 1;
    /* TABARI writes "IN_*" and "*_TALKS"; tacitus words may end in '*'. */
    if (st->sp->pattern && st->sp->words != TACX_FMT_WORDS_TACITUS && c == '*')
        return 1;
    return 0;
}

/* Copies v[0..n) into the arena. */
static int to_arena(pstate *st, const evec *e, phrase *out)
{
    pattern_elem *dst = tacx_fmt_arena_alloc(&st->pc->arena,
                                         (size_t)(e->n ? e->n : 1) * sizeof *dst);
    if (!dst)
        return TAC_ENOMEM;
    if (e->n)
        memcpy(dst, e->v, (size_t)e->n * sizeof *dst);
    out->e = dst;
    out->n = e->n;
    return TAC_OK;
}

/* Does the { at st->pos hold a '|' at its own level? */
static int brace_has_bar(const pstate *st)
{
    int depth = 0;
    for (size_t i = st->pos; i < st->n; i++) {
        char c = st->s[i];
        if (c == '{' || c == '(')
            depth++;
        else if (c == '}' || c == ')') {
            if (--depth == 0)
                return 0;
        } else if (c == '|' && depth == 1)
            return 1;
    }
    return 0;
}

static int parse_seq(pstate *st, evec *out, int blank_adj, int in_alt,
                     char closer, int first_adj, int depth);

static int parse_alt(pstate *st, pattern_elem *el, int depth)
{
    evec sub = {0};
    struct { phrase *v; int n, cap; } alts = {0};
    int rc = TAC_OK;
    st->pos++; /* '{' */
    for (;;) {
        sub.n = 0;
        rc = parse_seq(st, &sub, st->sp->alt_blank_adj, 1, 0, 0, depth + 1);
        if (rc)
            break;
        if (st->pos >= st->n) {
            rc = perr(st, "unclosed '{'");
            break;
        }
        if (sub.n == 0) {
            rc = perr(st, "empty alternative in { }");
            break;
        }
        if (alts.n == alts.cap) {
            int cap = alts.cap ? alts.cap * 2 : 4;
            phrase *v = realloc(alts.v, (size_t)cap * sizeof *v);
            if (!v) {
                rc = TAC_ENOMEM;
                break;
            }
            alts.v = v;
            alts.cap = cap;
        }
        rc = to_arena(st, &sub, &alts.v[alts.n]);
        if (rc)
            break;
        alts.n++;
        char c = st->s[st->pos++];
        if (c == '}')
            break;
        /* c == '|' */
    }
    if (rc == TAC_OK) {
        phrase *dst = tacx_fmt_arena_alloc(&st->pc->arena,
                                       (size_t)alts.n * sizeof *dst);
        if (!dst) {
            rc = TAC_ENOMEM;
        } else {
            memcpy(dst, alts.v, (size_t)alts.n * sizeof *dst);
            el->kind = PE_ALT;
            el->alts = dst;
            el->nalts = alts.n;
        }
    }
    free(sub.v);
    free(alts.v);
    return rc;
}

static int parse_synset(pstate *st, pattern_elem *el)
{
    size_t start = ++st->pos; /* after '&' */
    size_t end = start;
    while (end < st->n) {
        unsigned char c = (unsigned char)st->s[end];
        if (!(tac_isalnum(c) || c == '_' || c == '-' || c >= 0x80))
            break;
        end++;
    }
    size_t raw = end - start, take = 0;
    const char *name = st->s + start;
    /* Longest known synset name that is the run or a prefix of it ending
     * before a '_' (TABARI "&TIETYPES_MEMOS", PETRARCH "&FIGHT_OF_WORDS"). */
    for (int i = 0; i < st->pc->nsyn; i++) {
        size_t k = strlen(st->pc->syn[i]);
        if (k > take && k <= raw && strncasecmp(st->pc->syn[i], name, k) == 0 &&
            (k == raw || name[k] == '_'))
            take = k;
    }
    if (take == 0) {
        const char *u = memchr(name, '_', raw);
        take = u ? (size_t)(u - name) : raw;
    }
    if (take == 0)
        return perr(st, "'&' without a synset name");
    char *w = tacx_fmt_arena_strndup(&st->pc->arena, name, take);
    if (!w)
        return TAC_ENOMEM;
    el->kind = PE_SYNSET;
    el->word = w;
    /* "&AUXVERB1_ *": a '_' ending the run belongs to the name. */
    if (take + 1 == raw && name[take] == '_')
        take++;
    st->pos = start + take;
    return TAC_OK;
}

static int parse_word(pstate *st, pattern_elem *el)
{
    size_t start = st->pos, end = start;
    while (end < st->n && !is_stop(st, st->s[end]))
        end++;
    size_t len = end - start;
    const char *w = st->s + start;
    int match;
    switch (st->sp->words) {
    case TACX_FMT_WORDS_TABARI:
        if (len > 1 && w[len - 1] == '=') {
            len--;
            match = PM_EXACT;
        } else if (len > 1 && w[len - 1] == '~') {
            len--;
            match = PM_PREFIX;
        } else {
            match = (end < st->n && st->s[end] == '_') ? PM_EXACT : PM_PREFIX;
        }
        break;
    case TACX_FMT_WORDS_TACITUS:
        if (len > 1 && w[len - 1] == '*') {
            len--;
            match = PM_PREFIX;
        } else {
            match = PM_EXACT;
        }
        break;
    default:
        match = PM_EXACT;
        break;
    }
    st->pos = end;
    if (len == 0)
        return perr(st, "empty word");
    char *copy = tacx_fmt_arena_strndup(&st->pc->arena, w, len);
    if (!copy)
        return TAC_ENOMEM;
    el->kind = PE_WORD;
    el->match = (unsigned char)match;
    el->word = copy;
    return TAC_OK;
}

static int parse_seq(pstate *st, evec *out, int blank_adj, int in_alt,
                     char closer, int first_adj, int depth)
{
    if (depth > MAX_DEPTH)
        return perr(st, "brackets nested too deeply");
    int first = 1, sep_blank = 0, sep_under = 0;
    while (st->pos < st->n) {
        char c = st->s[st->pos];
        if (tacx_fmt_isblank((unsigned char)c)) {
            sep_blank = 1;
            st->pos++;
            continue;
        }
        if (c == '_') {
            sep_under = 1;
            st->pos++;
            continue;
        }
        if (c == '|') {
            if (in_alt)
                return TAC_OK;
            return perr(st, "'|' outside { }");
        }
        if (c == '}' || (st->sp->groups && c == ')')) {
            if ((in_alt && c == '}') || c == closer)
                return TAC_OK;
            return perr(st, c == '}' ? "unbalanced '}'" : "unbalanced ')'");
        }
        pattern_elem el;
        memset(&el, 0, sizeof el);
        /* "IN_ *": a blank after the underscore still allows a gap */
        int adj = first ? first_adj : sep_blank ? blank_adj : 1;
        int rc;
        if (c == '{' || (st->sp->groups && c == '(')) {
            if (c == '{' && (!st->sp->groups || brace_has_bar(st))) {
                rc = parse_alt(st, &el, depth);
            } else {
                char want = c == '{' ? '}' : ')';
                st->pos++;
                rc = parse_seq(st, out, 1, 0, want, adj, depth + 1);
                if (rc)
                    return rc;
                if (st->pos >= st->n || st->s[st->pos] != want)
                    return perr(st, want == '}' ? "unclosed '{'" : "unclosed '('");
                st->pos++;
                first = 0;
                sep_blank = sep_under = 0;
                continue;
            }
        } else if (st->sp->pattern && strchr("*$+%^", c) &&
                   (c != '*' || st->sp->words != TACX_FMT_WORDS_TACITUS ||
                    st->pos + 1 >= st->n || is_stop(st, st->s[st->pos + 1]))) {
            static const unsigned char kinds[] = {PE_VERB, PE_SOURCE, PE_TARGET,
                                                  PE_COMPOUND, PE_SKIP};
            el.kind = kinds[strchr("*$+%^", c) - "*$+%^"];
            st->pos++;
            rc = TAC_OK;
        } else if (st->sp->synsets && c == '&') {
            rc = parse_synset(st, &el);
        } else {
            rc = parse_word(st, &el);
        }
        if (rc)
            return rc;
        el.adjacent = (unsigned char)adj;
        if ((rc = evec_push(out, &el)) != TAC_OK)
            return rc;
        first = 0;
        sep_blank = sep_under = 0;
    }
    if (in_alt)
        return TAC_OK; /* caller reports the missing '}' */
    if (closer)
        return perr(st, closer == '}' ? "unclosed '{'" : "unclosed '('");
    return TAC_OK;
}

int tacx_fmt_parse_phrase(tacx_fmt_pctx *pc, const tacx_fmt_pspec *spec, const char *s,
                      size_t n, phrase *out)
{
    pstate st = {pc, spec, s, n, 0};
    evec top = {0};
    pc->err[0] = '\0';
    out->e = NULL;
    out->n = 0;
    int rc = parse_seq(&st, &top, spec->blank_adj, 0, 0, 0, 0);
    if (rc == TAC_OK && top.n == 0) {
        snprintf(pc->err, sizeof pc->err, "empty phrase");
        rc = TAC_EPARSE;
    }
    if (rc == TAC_OK)
        rc = to_arena(&st, &top, out);
    free(top.v);
    return rc;
}

int tacx_fmt_phrase_count(const phrase *p, int kind)
{
    int k = 0;
    for (int i = 0; i < p->n; i++)
        if (p->e[i].kind == kind)
            k++;
    return k;
}

/* ---- dates and codes ---------------------------------------------- */

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!tac_isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int32_t tacx_fmt_parse_date(const char *s, size_t n)
{
    int y, m, d;
    if (n == 6) {
        y = digits(s, 2);
        m = digits(s + 2, 2);
        d = digits(s + 4, 2);
        if (y < 0)
            return 0;
        y += y < 30 ? 2000 : 1900;
    } else if (n == 8) {
        y = digits(s, 4);
        m = digits(s + 4, 2);
        d = digits(s + 6, 2);
    } else if (n == 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 4);
        m = digits(s + 5, 2);
        d = digits(s + 8, 2);
    } else {
        return 0;
    }
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

int32_t tacx_fmt_date_prev(int32_t date)
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    if (--d < 1) {
        if (--m < 1) {
            m = 12;
            y--;
        }
        d = days_in_month(y, m);
    }
    return (int32_t)(y * 10000 + m * 100 + d);
}

static int code_part_ok(const char *s, size_t n)
{
    if (n == 3 && (memcmp(s, "---", 3) == 0 || memcmp(s, "###", 3) == 0 ||
                   memcmp(s, "+++", 3) == 0))
        return 1;
    size_t i = 0;
    while (i < n && tac_isdigit((unsigned char)s[i]))
        i++;
    if (i < 2 || i > 4)
        return 0;
    if (i < n && tac_isupper((unsigned char)s[i]))
        i++;
    if (i < n && (s[i] == '?' || s[i] == '!'))
        i++;
    return i == n;
}

int tacx_fmt_event_code_ok(const char *code, int allow_empty_side)
{
    const char *colon = strchr(code, ':');
    if (!colon)
        return code_part_ok(code, strlen(code));
    if (strchr(colon + 1, ':'))
        return 0;
    size_t a = (size_t)(colon - code), b = strlen(colon + 1);
    if (a == 0 && b == 0)
        return 0;
    if ((a == 0 || b == 0) && !allow_empty_side)
        return 0;
    return (a == 0 || code_part_ok(code, a)) && (b == 0 || code_part_ok(colon + 1, b));
}

/* ---- phrase specs and comments ------------------------------------ */

/* Fields: words, pattern, synsets, blank_adj, alt_blank_adj, groups. */
const tacx_fmt_pspec tacx_fmt_spec_tabari_name = {TACX_FMT_WORDS_TABARI, 0, 0, 0, 0, 0};
/* synset members may hold actor slots: "PESO_$" */
const tacx_fmt_pspec tacx_fmt_spec_tabari_member = {TACX_FMT_WORDS_TABARI, 1, 1, 0, 0, 0};
const tacx_fmt_pspec tacx_fmt_spec_tabari_pattern = {TACX_FMT_WORDS_TABARI, 1, 1, 0, 0, 0};
/* PETRARCH reads '_' and ' ' alike in names: consecutive words. */
/* PETRARCH names: words match whole (the builder adds regular plurals) */
const tacx_fmt_pspec tacx_fmt_spec_petrarch_name = {TACX_FMT_WORDS_EXACT, 0, 0, 1, 1, 0};
const tacx_fmt_pspec tacx_fmt_spec_petrarch_member = {TACX_FMT_WORDS_EXACT, 0, 1, 1, 1, 0};
const tacx_fmt_pspec tacx_fmt_spec_petrarch_pattern = {TACX_FMT_WORDS_EXACT, 1, 1, 0, 1, 1};

char *tacx_fmt_strip_comment(char *line, int dialect)
{
    if (dialect == TACX_FMT_DIALECT_TABARI) {
        tacx_fmt_cut_at(line, ';');
    } else {
        int depth = 0;
        for (char *p = line; *p; p++) {
            if (*p == '[')
                depth++;
            else if (*p == ']' && depth > 0)
                depth--;
            else if (*p == '#' && depth == 0) {
                *p = '\0';
                break;
            }
        }
    }
    return tacx_fmt_trim(line);
}

/* One line of a synonym-set block, shared by the TABARI and PETRARCH
 * readers: "&NAME" starts a set, "+member" adds a phrase to it.  Returns 1
 * when the line was one of these, 0 otherwise; *rc becomes TAC_ENOMEM on
 * memory exhaustion.  synname (cap bytes) holds the current set's name. */
int tacx_fmt_synset_line(dict_builder *b, tacx_fmt_pctx *pc, const tacx_fmt_pspec *spec, char *t,
                         char *synname, size_t cap, const char *path, long line, int *rc)
{
    if (t[0] == '&') {
        char *nm = tacx_fmt_trim(t + 1);
        size_t n = strlen(nm);
        while (n && nm[n - 1] == '_')
            n--;
        if (n == 0 || n >= cap) {
            db_diag(b, TAC_DIAG_ERROR, path, line, "bad synset name");
            synname[0] = '\0';
            return 1;
        }
        memcpy(synname, nm, n);
        synname[n] = '\0';
        int r = tacx_fmt_pctx_add_synset(pc, synname, n);
        if (r != TAC_OK)
            *rc = r;
        return 1;
    }
    if (t[0] != '+')
        return 0;
    if (!synname[0]) {
        db_diag(b, TAC_DIAG_ERROR, path, line, "synset member without a synset");
        return 1;
    }
    char *m = tacx_fmt_trim(t + 1);
    phrase ph;
    tacx_fmt_arena_reset(&pc->arena);
    int prc = tacx_fmt_parse_phrase(pc, spec, m, strlen(m), &ph);
    if (prc == TAC_ENOMEM)
        *rc = prc;
    else if (prc)
        db_diag(b, TAC_DIAG_ERROR, path, line, "bad synset member: %s", pc->err);
    else if (db_synset(b, synname, &ph, path, line) == TAC_ENOMEM)
        *rc = TAC_ENOMEM;
    return 1;
}
