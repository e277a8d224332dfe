/*
 * units.h -- the coder's view of a sentence (internal to coder.c and
 * patterns.c): a row of units, single tokens and actor mentions collapsed
 * into one unit each, with the sentence's context and small tests on
 * units.
 */
#ifndef TACITUS_UNITS_H
#define TACITUS_UNITS_H

#include <string.h>

#include "internal.h"

typedef struct unit {
    int first, last;     /* tokens, inclusive */
    int m;               /* mention index or -1 */
    int group;           /* compound group id of a mention (first unit of it) */
    uint8_t stop;        /* a pattern's gap ends before it: "which", ";" */
} unit;

typedef struct verbhit {
    int u0, u1;          /* units [u0, u1) */
    int32_t verb;
    int used;
} verbhit;

typedef struct binds { int src, tgt, comp, len, end, skip[2], neg; } binds;

/* Bindings of no pattern: no slot filled, the verb's phrase ending at
 * unit end. */
static inline binds no_binds(int end)
{
    return (binds){ -1, -1, -1, 0, end, { -1, -1 }, 0 };
}

typedef struct sctx {
    const tac_dict *d;
    tac_ctx *c;
    const tac_doc *doc;
    const sentence *s;
    mention *m;
    int nm;
    unit *u;
    int nu;
    int gap;             /* how many units may come between pattern words */
    uint64_t sig[4];     /* words present in the sentence (see esig) */
    uint64_t (*usig)[4]; /* words of each unit (a mention: its first and last) */
    const tac_options *opt;
    /* events reported in this sentence, by codes and the verb's start
       (TABARI's mode: by codes only); see emit() */
    struct { const char *s, *t; char code[16]; uint32_t vstart; } seen[32];
    int nseen;
} sctx;

static inline uint32_t tcls(const sctx *x, int tokidx)
{
    const tok *t = &x->c->toks.v[tokidx];
    return t->cls;
}

static inline uint32_t ucls(const sctx *x, int ui)
{
    return x->u[ui].m >= 0 ? 0 : tcls(x, x->u[ui].first);
}

static inline int utok_is_n(const sctx *x, int ui, const char *w, size_t n)
{
    if (ui < 0 || ui >= x->nu || x->u[ui].m >= 0)
        return 0;
    const tok *t = &x->c->toks.v[x->u[ui].first];
    return t->nlen == n && memcmp(t->norm, w, n) == 0;
}
/* Is unit ui the word w (a string literal, upper case)? */
#define utok_is(x, ui, w) utok_is_n((x), (ui), (w), sizeof(w) - 1)

static inline int upunct(const sctx *x, int ui, char ch)
{
    if (ui < 0 || ui >= x->nu || x->u[ui].m >= 0)
        return 0;
    const tok *t = &x->c->toks.v[x->u[ui].first];
    return t->kind == TK_PUNCT && t->norm[0] == ch;
}

/* patterns.c: tries the verb's patterns at h; the one that matches the
 * most words wins (the first of equals).  Returns the code (the verb's
 * own when none matches) and fills b and *patline (the pattern's line,
 * -1 when it has none, 0 when no pattern matched). */
const char *tacx_verb_code(const sctx *x, const verbhit *h, binds *b, int *patline);
/* patterns.c: the code of the verb's patterns of the form "- * WORDS"
 * whose words end at unit k, the end of a passive's subject, and in
 * *words the unit they start at; NULL when none matches. */
const char *tacx_passive_code(const sctx *x, const verbhit *h, int k, binds *b, int *patline, int *words);

#endif
