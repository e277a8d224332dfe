/*
 * patterns.c -- matching a verb's patterns over the units of a sentence.
 *
 * A pattern is a row of elements around the verb ('*'): words (exact or
 * stems), synonym sets, alternatives and actor slots ($ source, + target,
 * % compound, ^ skip).  Elements before the verb are matched backwards
 * from it, those after it forwards, each within the sentence's gap unless
 * marked adjacent; cheap tests on word signatures (of the sentence, of
 * each unit, of each element) come first.  The pattern that matches the
 * most elements wins, then the one with more literal words, then more
 * exact words, then the first.
 */
#include "lexicon.h"
#include "units.h"

static inline int fwd_elems(const sctx *x, const celem *e, int n, int k, int u, int lim, binds *b, int depth);

/* Can the token at unit u (or a mention's head) start an element with
 * signature es?  A quick test before trying every alternative. */
static int unit_may_start(const sctx *x, int u, const uint64_t es[4])
{
    const uint64_t *us = x->usig[u];
    return ((us[0] & es[0]) | (us[1] & es[1]) | (us[2] & es[2]) | (us[3] & es[3])) != 0;
}

/* Can element e start exactly at unit u?  A necessary condition of
 * fwd_one() succeeding there, tested before the call: the signature test
 * that fwd_one() makes first for alternatives and synonym sets, made for
 * words too (a word's signature is its own bit, which is in the unit's
 * signature whenever the unit can match it), and a mention for an actor
 * slot. */
static inline int elem_may_start(const sctx *x, const celem *e, int u)
{
    if (u < 0 || u >= x->nu)
        return 1;
    switch (e->kind) {
    case PE_WORD: {
        if (e->id < 0)
            return 1;
        uint32_t h = sig_bit(e->id);     /* the element's signature */
        return (x->usig[u][h >> 6] >> (h & 63)) & 1;
    }
    case PE_ALT: case PE_SYNSET:
        return unit_may_start(x, u, elem_sig_of(x->d, (int32_t)(e - x->d->elems)));
    case PE_SOURCE: case PE_TARGET: case PE_SKIP: case PE_COMPOUND:
        return x->u[u].m >= 0;
    default:
        return 1;
    }
}

/* Can element e start somewhere in units [a, b]?  A quick test on the
 * per-unit signatures before a pattern is matched in earnest. */
static int may_start_in(const sctx *x, const celem *e, int a, int b)
{
    if (a < 0) a = 0;
    if (b >= x->nu) b = x->nu - 1;
    int slot = e->kind == PE_SOURCE || e->kind == PE_TARGET || e->kind == PE_SKIP || e->kind == PE_COMPOUND;
    const uint64_t *es = elem_sig_of(x->d, (int32_t)(e - x->d->elems));
    for (int u = a; u <= b; u++) {
        if (slot ? x->u[u].m >= 0 : unit_may_start(x, u, es))
            return 1;
    }
    return 0;
}

/* Is the word at plain unit u a month as written: "in March", "since
 * March", "March 24", "23 March", "MARCH 1989"?  No pattern's word means
 * the month: "held a march" is a protest, "held steady in March" or
 * "shares held since March" is not.  A number next to it says so, or a
 * capital after a preposition or a word of time ("early", "last"); not a
 * name such as "May Day" after a verb. */
static int month_as_written(const sctx *x, int u)
{
    static const char *const when[] = { "EARLY", "LATE", "MID", "LAST", "NEXT", "THIS", "SINCE", "UNTIL", NULL };
    int ti = x->u[u].first, first = x->s->first, end = x->s->first + x->s->ntok;
    const tok *t = &x->c->toks.v[ti];
    if (!(t->cls & WC_MONTH))
        return 0;
    if ((ti + 1 < end && x->c->toks.v[ti + 1].kind == TK_NUM) || (ti > first && x->c->toks.v[ti - 1].kind == TK_NUM))
        return 1;
    if (!(t->flags & TF_CAP) || ti == first)
        return 0;
    const tok *p = &x->c->toks.v[ti - 1];
    return p->kind == TK_WORD && ((p->cls & WC_PREP) || tok_in(p, when));
}

/* Matches one element starting exactly at unit u; returns the end unit. */
static int fwd_one(const sctx *x, const celem *e, int u, int lim, binds *b, int depth)
{
    if (u >= lim || u < 0 || depth > 8)
        return -1;
    const tac_dict *d = x->d;
    switch (e->kind) {
    case PE_WORD:
        /* a pronoun is an actor but still a word; in news text the head
           noun of a mention is too ("expelled Spanish diplomats") */
        if (x->u[u].m >= 0 && !x->m[x->u[u].m].pronoun) {
            /* its last word, its first or its head noun: "strengthened
               its forces in Crimea", "expelled the ambassador of
               Kessland", "summoned Kessland's ambassador Jan Brecht" */
            const mention *mm = &x->m[x->u[u].m];
            if (x->opt->tabari_compat ||
                (!tacx_tok_is_word(d, x->c, &x->c->toks.v[x->u[u].last], e->id, e->match) &&
                 (x->u[u].first == x->u[u].last ||
                  !tacx_tok_is_word(d, x->c, &x->c->toks.v[x->u[u].first], e->id, e->match)) &&
                 (mm->head < x->u[u].first || mm->head > x->u[u].last ||
                  !tacx_tok_is_word(d, x->c, &x->c->toks.v[mm->head], e->id, e->match))))
                return -1;
        } else if (!tacx_tok_is_word(d, x->c, &x->c->toks.v[x->u[u].first], e->id, e->match) ||
                   (!x->opt->tabari_compat && month_as_written(x, u)))
            return -1;
        if (b)
            b->len++;
        return u + 1;
    case PE_ALT:
        if (!unit_may_start(x, u, elem_sig_of(d, (int32_t)(e - d->elems))))
            return -1;
        for (int a = 0; a < e->nalts; a++) {
            const cphrase *p = &d->phrases[d->alt_phr[e->id + a]];
            int r = fwd_elems(x, d->elems + p->elem, p->n, 0, u, lim, b, depth + 1);
            if (r >= 0)
                return r;
        }
        return -1;
    case PE_SYNSET:
        if (e->id < 0 || !unit_may_start(x, u, elem_sig_of(d, (int32_t)(e - d->elems))))
            return -1;
        for (int a = 0; a < d->synsets[e->id].nphr; a++) {
            const cphrase *p = &d->phrases[d->syn_phr[d->synsets[e->id].phr + a]];
            int r = fwd_elems(x, d->elems + p->elem, p->n, 0, u, lim, b, depth + 1);
            if (r >= 0)
                return r;
        }
        return -1;
    case PE_SOURCE: case PE_TARGET: case PE_SKIP:
        if (x->u[u].m < 0 || x->m[x->u[u].m].nullcode)
            return -1;
        if (b) {
            if (e->kind == PE_SOURCE) b->src = u;
            if (e->kind == PE_TARGET) b->tgt = u;
            if (e->kind == PE_SKIP) b->skip[b->skip[0] >= 0] = u;
            b->len++;
        }
        return u + 1;
    case PE_COMPOUND: {
        if (x->u[u].m < 0)
            return -1;
        int g = x->u[u].group, end = u + 1;
        for (int v = u + 1; v < lim; v++)
            if (x->u[v].m >= 0 && x->u[v].group == g)
                end = v + 1;
        if (end == u + 1)
            return -1;     /* a compound needs two actors or more */
        if (b) {
            b->comp = u;
            b->len++;
        }
        return end;
    }
    default:
        return -1;
    }
}

static int fwd_elems_at(const sctx *x, const celem *e, int n, int k, int u, int lim, binds *b, int depth);

/* Matches elements e[k..n) from unit u on, each within the gap of the one
 * before; returns the end unit or -1 (b as it was). */
static inline int fwd_elems(const sctx *x, const celem *e, int n, int k, int u, int lim, binds *b, int depth)
{
    if (!elem_may_start(x, &e[k], u))
        return -1;       /* fwd_one would fail, changing nothing */
    return fwd_elems_at(x, e, n, k, u, lim, b, depth);
}

static int fwd_elems_at(const sctx *x, const celem *e, int n, int k, int u, int lim, binds *b, int depth)
{
    binds save = b ? *b : (binds){ 0, 0, 0, 0, 0, { -1, -1 }, 0 };
    int r = fwd_one(x, &e[k], u, lim, b, depth);
    if (r < 0)
        return -1;
    if (k + 1 == n)
        return r;
    int maxs = e[k + 1].adjacent ? r : r + x->gap;
    for (int v = r; v <= maxs && v < lim; v++) {
        if (v > r && x->u[v - 1].stop)
            break;      /* (see unit.stop) */
        int r2 = fwd_elems(x, e, n, k + 1, v, lim, b, depth);
        if (r2 >= 0)
            return r2;
    }
    if (b)
        *b = save;
    return -1;
}

/* Pre-verb elements e[0..k] must end at unit `end` (exclusive) or, unless
 * `adj`, anywhere up to x->gap units before it. */
static int back_elems(const sctx *x, const celem *e, int k, int end, int adj, binds *b)
{
    if (k < 0)
        return 1;
    int minend = adj ? end : end - x->gap;
    if (minend < 0)
        minend = 0;
    /* single-unit elements start right before their end */
    int span = (e[k].kind == PE_ALT || e[k].kind == PE_SYNSET || e[k].kind == PE_COMPOUND) ? 8 : 1;
    for (int en = end; en >= minend; en--) {
        for (int st = en - 1; st >= 0 && st >= en - span; st--) {
            if (!elem_may_start(x, &e[k], st))
                continue;
            binds save = *b;
            if (fwd_one(x, &e[k], st, en, b, 0) == en && back_elems(x, e, k - 1, st, e[k].adjacent, b))
                return 1;
            *b = save;
        }
    }
    return 0;
}

static int match_pattern(const sctx *x, const cpattern *p, int vu0, int vu1, binds *b)
{
    const celem *e = x->d->elems + p->elem;
    int va = p->verb_at;
    /* cheap tests first: every element needs one of its words in the
       sentence, and the elements next to the verb need theirs nearby */
    *b = no_binds(vu1);
    const int32_t *ids = x->d->pat_esig + p->esig;
    for (int k = 0; k < p->n; k++) {
        const uint64_t *es = x->d->esig[ids[k]];
        if (!((es[0] & x->sig[0]) | (es[1] & x->sig[1]) | (es[2] & x->sig[2]) | (es[3] & x->sig[3])))
            return 0;
    }
    if (va + 1 < p->n && !may_start_in(x, &e[va + 1], vu1, e[va + 1].adjacent ? vu1 : vu1 + x->gap))
        return 0;
    if (va > 0) {
        int multi = e[va - 1].kind == PE_ALT || e[va - 1].kind == PE_SYNSET || e[va - 1].kind == PE_COMPOUND;
        int back = (e[va].adjacent ? 0 : x->gap) + (multi ? 8 : 0);
        if (!may_start_in(x, &e[va - 1], vu0 - 1 - back, vu0 - 1))
            return 0;
    }
    *b = no_binds(vu1);
    if (va < 0)
        return 0;
    if (!back_elems(x, e, va - 1, vu0, e[va].adjacent, b))
        return 0;
    if (va + 1 == p->n)
        return 1;
    int maxs = e[va + 1].adjacent ? vu1 : vu1 + x->gap;
    for (int v = vu1; v <= maxs && v < x->nu; v++) {
        if (v > vu1 && x->u[v - 1].stop)
            break;
        binds save = *b;
        int end = fwd_elems(x, e, p->n, va + 1, v, x->nu, b, 0);
        if (end >= 0) {
            b->end = end;
            return 1;
        }
        *b = save;
    }
    return 0;
}

/* A matched pattern's rank: more matched elements first; then more
 * literal words (not synsets); then more exact (not stem) words. */
static int pattern_score(const tac_dict *d, const cpattern *pt, const binds *bb)
{
    const cphrase *ph = &d->phrases[pt->phrase];
    int exact = 0, words = 0;
    for (int k = 0; k < ph->n; k++) {
        words += d->elems[ph->elem + k].kind == PE_WORD;
        exact += d->elems[ph->elem + k].kind == PE_WORD && d->elems[ph->elem + k].match == PM_EXACT;
    }
    return bb->len * 1024 + (words < 31 ? words : 31) * 32 + (exact < 31 ? exact : 31);
}

/* Takes pattern pt, matched with bindings bb, as the verb's: its
 * bindings, line and code. */
static const char *take_pattern(const tac_dict *d, const cpattern *pt, const binds *bb, binds *b, int *patline)
{
    const cphrase *ph = &d->phrases[pt->phrase];
    *b = *bb;
    /* a pattern with "not" in it codes the negation itself */
    for (int k = 0; k < ph->n; k++) {
        const celem *e = &d->elems[ph->elem + k];
        if (e->kind == PE_WORD && e->id >= 0 && (d->word_class[e->id] & WC_NEG))
            b->neg = 1;
    }
    *patline = pt->line ? pt->line : -1;
    return dict_str(d, pt->code);
}

/* The verb's patterns "- * WORDS" (the verb, then words: no actor, nothing
 * before the verb), tried on the subject of a passive: the words must end
 * at unit k, as they would follow the verb in the active ("the talks were
 * cancelled", "airstrikes were carried out" as "cancel talks", "carry
 * out airstrikes").  The best as tacx_verb_code() ranks them; its code and
 * in *words the unit its words start at, or NULL when none matches (b,
 * *patline and *words then untouched). */
const char *tacx_passive_code(const sctx *x, const verbhit *h, int k, binds *b, int *patline, int *words)
{
    const tac_dict *d = x->d;
    const cverb *cv = &d->verbs[h->verb];
    const char *code = NULL;
    int best = -1;
    for (int p = 0; p < cv->npats; p++) {
        const cpattern *pt = &d->patterns[cv->pats + p];
        if (pt->verb_at != 0 || pt->n != 2 || !sig_has_needed(x->sig, pt))
            continue;
        const celem *e = d->elems + pt->elem;
        if (e[1].kind != PE_WORD && e[1].kind != PE_SYNSET && e[1].kind != PE_ALT)
            continue;
        /* (words of up to four units: "bombing raids", "peace talks") */
        for (int u = k; u >= 0 && u >= k - 3; u--) {
            binds bb = no_binds(h->u1);
            if (fwd_elems(x, e, 2, 1, u, k + 1, &bb, 0) != k + 1 || bb.src >= 0 || bb.tgt >= 0 || bb.comp >= 0)
                continue;
            int score = pattern_score(d, pt, &bb);
            if (score > best) {
                best = score;
                code = take_pattern(d, pt, &bb, b, patline);
                *words = u;
            }
            break;
        }
    }
    return code;
}

const char *tacx_verb_code(const sctx *x, const verbhit *h, binds *b, int *patline)
{
    const tac_dict *d = x->d;
    const cverb *cv = &d->verbs[h->verb];
    *b = no_binds(h->u1);
    *patline = 0;
    const char *code = dict_str(d, cv->code);
    int best = -1;
    for (int p = 0; p < cv->npats; p++) {
        const cpattern *pt = &d->patterns[cv->pats + p];
        binds bb;
        if (!sig_has_needed(x->sig, pt) || !match_pattern(x, pt, h->u0, h->u1, &bb))
            continue;
        int score = pattern_score(d, pt, &bb);
        if (score > best) {
            best = score;
            code = take_pattern(d, pt, &bb, b, patline);
        }
    }
    return code;
}
