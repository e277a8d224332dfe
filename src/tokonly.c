/*
 * tokonly.c -- tac_tokenize_only(): the first two stages of tac_code()
 * (tokens, sentences) and nothing else, to measure the floor under the
 * cost of coding.
 *
 * Invariant: leaves the context exactly as tac_code() would before its
 * actor stage (arena reset, token and sentence arrays refilled), so the
 * two can be mixed on one context.
 */
#include "internal.h"

int tac_tokenize_only(const tac_dict *d, tac_ctx *c, const tac_doc *doc,
                      uint64_t *sentences, uint64_t *tokens)
{
    if (sentences)
        *sentences = 0;
    if (tokens)
        *tokens = 0;
    if (!d || !c || !doc || (!doc->text && doc->text_len))
        return TAC_EINVAL;
    if (doc->text_len > UINT32_MAX - 1)
        return TAC_ELIMIT;
    arena_reset(&c->a);
    c->toks.n = 0;
    c->sents.n = 0;
    c->pre_ids.n = 0;
    c->fold = NULL;
    c->fold_cap = 0;
    c->stats.docs++;
    c->stats.bytes += doc->text_len;
    if (doc->text_len == 0)
        return TAC_OK;
    int rc = tacx_tokenize(d, c, doc->text, doc->text_len);
    if (rc == TAC_OK)
        rc = tacx_split_sentences(d, c);
    if (rc != TAC_OK)
        return rc;
    c->stats.tokens += (uint64_t)c->toks.n;
    c->stats.sentences += (uint64_t)c->sents.n;
    if (sentences)
        *sentences = (uint64_t)c->sents.n;
    if (tokens)
        *tokens = (uint64_t)c->toks.n;
    return TAC_OK;
}
