/*
 * code.c -- tac_code(): one document through the pipeline, and the
 * per-thread context that holds its scratch memory.
 *
 * Invariant: after tac_code() returns, nothing of the document is kept
 * except the arena's largest block, ready for the next document.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "internal.h"


tac_ctx *tac_ctx_new(void)
{
    return calloc(1, sizeof(tac_ctx));
}

void tac_ctx_free(tac_ctx *c)
{
    if (!c)
        return;
    arena_free(&c->a);
    free(c->toks.v);
    free(c->sents.v);
    free(c->pre_ids.v);
    free(c->keys.v);
    free(c);
}

void tac_ctx_set_options(tac_ctx *c, const tac_options *opt)
{
    if (!c)
        return;
    c->have_opt = opt != NULL;
    if (opt)
        c->opt = *opt;
}

/* Keeps the last source and target of the document over the arena reset,
 * as country codes: a pronoun in the next record of a story stands for
 * the actor, not for its agent ("doesn't get the agent, only the actor"). */
void tac_ctx_continue(tac_ctx *c)
{
    if (!c)
        return;
    c->carry = 1;
    mention *ms[2] = { &c->last_src, &c->last_tgt };
    int have[2] = { c->have_src, c->have_tgt };
    for (int k = 0; k < 2; k++) {
        if (!have[k])
            continue;
        ms[k]->ncodes = ms[k]->ncodes > 0 ? 1 : 0;   /* a compound forwards its first member */
        for (int q = 0; q < ms[k]->ncodes && q < MAX_MCODES; q++) {
            char tmp[4];
            snprintf(tmp, sizeof tmp, "%.3s", ms[k]->codes[q]);   /* may alias keep[] */
            memcpy(c->keep[k][q], tmp, sizeof tmp);
            ms[k]->codes[q] = c->keep[k][q];
        }
    }
}

void tac_ctx_set_diag(tac_ctx *c, tac_diag_fn diag, void *ud)
{
    if (c) {
        c->diag = diag;
        c->diag_ud = ud;
    }
}

void tac_ctx_set_explain(tac_ctx *c, tac_explain_fn fn, void *ud)
{
    if (c) {
        c->explain = fn;
        c->explain_ud = ud;
    }
}

void tac_ctx_get_stats(const tac_ctx *c, tac_code_stats *out)
{
    if (out)
        *out = c ? c->stats : (tac_code_stats){ 0 };
}

/* Counts events on their way to the caller's callback. */
typedef struct counted { tac_ctx *c; tac_event_fn fn; void *ud; } counted;
static int count_event(void *ud, const tac_doc *doc, const tac_event *ev)
{
    counted *k = ud;
    k->c->stats.events++;
    k->c->sent_events++;
    return k->fn ? k->fn(k->ud, doc, ev) : 0;
}

void tacx_explain(tac_ctx *c, int sentence, const char *fmt, ...)
{
    if (!c->explain)
        return;
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    c->explain(c->explain_ud, sentence, buf);
}

/* A story whose sentences hold discard phrases ("###") or signs of the
 * same topic ("~###") this often is out of scope as a whole: a sports
 * report names its competition, a result or a player's position in
 * several sentences ("the Davis Cup", "a semi-final", "the midfielder"), and
 * the others ("Ireland held out to claim a famous victory") are no news
 * of states either.  A political story that mentions a match does so
 * once.  A brief of one or two sentences (a wire summary) has no room
 * to name its sport twice, so there one such sentence is enough.  A
 * TABARI project keeps TABARI's rule: "###" drops its sentence only. */
#define STORY_DISCARD_SENTENCES 2

/* Marks the sentences that hold a discard phrase; 1 when the whole
 * document is out of scope (a story-level phrase, "+###", or sentence
 * phrases and signs in STORY_DISCARD_SENTENCES sentences, or in any
 * sentence of a document no longer than that). */
static int mark_discards(const tac_dict *d, tac_ctx *c)
{
    int marked = 0;
    for (int32_t i = 0; i < c->sents.n; i++) {
        sentence *s = &c->sents.v[i];
        if (s->discard)
            s->discard = tacx_find_discard(d, c, s->first, s->ntok);
        if (s->discard & DISC_STORY) {
            tacx_explain(c, 0, "document discarded: a story-level discard phrase matched");
            return 1;
        }
        marked += s->discard != 0;
    }
    int brief = c->sents.n <= STORY_DISCARD_SENTENCES;
    if ((marked >= STORY_DISCARD_SENTENCES || (brief && marked > 0)) && !tacx_opts(d, c)->tabari_compat) {
        tacx_explain(c, 0, "document discarded: discard phrases or signs in %d of its %d sentences", marked,
                     (int)c->sents.n);
        return 1;
    }
    return 0;
}

int tac_code(const tac_dict *d, tac_ctx *c, const tac_doc *doc, tac_event_fn fn, void *ud)
{
    int rc = tacx_prepare_doc(d, c, doc);
    if (rc != TAC_OK)
        return rc;
    c->have_person = c->have_actor = 0;
    c->person_sex = 0;
    c->nsurnames = 0;
    if (!c->carry)
        c->have_src = c->have_tgt = 0;
    c->carry = 0;
    counted k = { c, fn, ud };
    if (mark_discards(d, c))
        return TAC_OK;
    for (int32_t i = 0; i < c->sents.n; i++) {
        sentence s = c->sents.v[i];
        if (c->explain) {
            int len = (int)(s.end - s.start);
            tacx_explain(c, i, "sentence %d: %.*s", i, len > 600 ? 600 : len, doc->text + s.start);
        }
        const tac_options *opt = tacx_opts(d, c);
        if (opt->tabari_compat && s.ntok > 0) {
            /* TABARI: sentences too short to code, and subordinate phrases */
            int words = 0, minw = opt->min_words ? opt->min_words : 8;
            for (int t = s.first; t < s.first + s.ntok; t++)
                words += c->toks.v[t].kind != TK_PUNCT && c->toks.v[t].norm[0] != '\'';
            if (words < minw) {
                tacx_explain(c, i, "no event: %d words, fewer than the minimum %d", words, minw);
                continue;
            }
            /* a discard phrase counts even inside a dropped phrase */
            if (s.discard & DISC_SENTENCE) {
                tacx_explain(c, i, "discarded: a discard phrase marks the sentence out of scope");
                continue;
            }
            rc = tacx_drop_subordinate(d, c, &s, opt);
            if (rc != TAC_OK)
                return rc;
        }
        mention *m = NULL;
        int nm = 0;
        rc = tacx_find_actors(d, c, doc, &s, &m, &nm);
        c->sent_events = 0;
        /* every event has an actor of the sentence in it, unless a
           default source or target stands in for a missing one */
        if (rc == TAC_OK && nm == 0 && !opt->default_source[0] && !opt->default_target[0])
            tacx_explain(c, i, "no event: no actor in the sentence");
        else if (rc == TAC_OK)
            rc = tacx_code_sentence(d, c, doc, i, &s, m, nm, count_event, &k);
        if (c->sent_events)
            c->stats.sentences_with_events++;
        if (rc != TAC_OK)
            return rc;
    }
    return TAC_OK;
}
