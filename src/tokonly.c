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
    int rc = tacx_prepare_doc(d, c, doc);
    if (rc != TAC_OK)
        return rc;
    if (sentences)
        *sentences = (uint64_t)c->sents.n;
    if (tokens)
        *tokens = (uint64_t)c->toks.n;
    return TAC_OK;
}
