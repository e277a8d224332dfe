/*
 * match.c -- matching dictionary phrases against tokens.
 *
 * A phrase element matches a token by word id (exact) or by one of the
 * token's stem ids (prefix).  Elements joined without '_' may have other
 * tokens between them (at most MAX_GAP, never across the limit).
 */
#include "internal.h"

#define MAX_GAP 6

int tacx_tok_start_ids(const tac_ctx *c, const tok *t, int32_t ids[TACX_START_IDS])
{
    int nid = 0;
    if (t->wid >= 0)
        ids[nid++] = t->wid;
    for (int k = 0; k < t->npre && nid < TACX_START_IDS; k++)
        if (c->pre_ids.v[t->pre + k] != t->wid)
            ids[nid++] = c->pre_ids.v[t->pre + k];
    return nid;
}

static int match_elems(const tac_dict *d, const tac_ctx *c, const celem *e, int n, int k, int i, int lim, int depth);

/* Matches element e at token i exactly (no gap); returns end or -1. */
static int match_one(const tac_dict *d, const tac_ctx *c, const celem *e, int i, int lim, int depth)
{
    if (i >= lim || depth > 6)
        return -1;
    switch (e->kind) {
    case PE_WORD:
        return tacx_tok_is_word(d, c, &c->toks.v[i], e->id, e->match) ? i + 1 : -1;
    case PE_ALT:
        for (int a = 0; a < e->nalts; a++) {
            const cphrase *p = &d->phrases[d->alt_phr[e->id + a]];
            int r = match_elems(d, c, d->elems + p->elem, p->n, 0, i, lim, depth + 1);
            if (r >= 0)
                return r;
        }
        return -1;
    case PE_SYNSET:
        if (e->id < 0)
            return -1;
        for (int a = 0; a < d->synsets[e->id].nphr; a++) {
            const cphrase *p = &d->phrases[d->syn_phr[d->synsets[e->id].phr + a]];
            int r = match_elems(d, c, d->elems + p->elem, p->n, 0, i, lim, depth + 1);
            if (r >= 0)
                return r;
        }
        return -1;
    default:
        return -1;
    }
}

/* Matches elements e[k..n) starting exactly at token i. */
static int match_elems(const tac_dict *d, const tac_ctx *c, const celem *e, int n, int k, int i, int lim, int depth)
{
    int r = match_one(d, c, &e[k], i, lim, depth);
    if (r < 0)
        return -1;
    if (k + 1 == n)
        return r;
    int maxstart = e[k + 1].adjacent ? r : r + MAX_GAP;
    for (int j = r; j <= maxstart && j < lim; j++) {
        int r2 = match_elems(d, c, e, n, k + 1, j, lim, depth);
        if (r2 >= 0)
            return r2;
    }
    return -1;
}

int tacx_match_phrase_at(const tac_dict *d, const tac_ctx *c, int32_t p, int i, int lim)
{
    const cphrase *ph = &d->phrases[p];
    return match_elems(d, c, d->elems + ph->elem, ph->n, 0, i, lim, 0);
}
