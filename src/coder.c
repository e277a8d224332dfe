/*
 * coder.c -- from a sentence's tokens and actor mentions to events.
 *
 * The sentence is seen as a row of units: single tokens, and actor
 * mentions collapsed into one unit each.  For every verb of the verb
 * dictionary found in it (not a noun after a determiner or possessive):
 *   1. its patterns are tried (patterns.c: words, synsets, alternatives
 *      and actor slots $ + % ^ around '*', after cheap signature tests);
 *      the pattern that matches the most elements wins (then literal
 *      words, then exact words) and may bind the source and target, else
 *      the verb's code applies;
 *   2. unbound roles are found by clause structure (code_news): the subject
 *      is the nearest actor on the left that is not the object of a
 *      preposition (or the subject carried over "and", or the antecedent
 *      of "which"); the target is the first actor on the right before the
 *      next verb's own subject, never a place (except for attacks) and
 *      never past a trailing attribution; passives swap them;
 *   3. flags: negation, modality, future, reported speech; announced acts
 *      take CAMEO's intent codes (03x, 13x);
 *   4. compound actors ("A, B and C") give one event per member; paired
 *      codes ("032:033") give the reverse event too.
 * TABARI's conventions (code_tabari) code one event per clause instead,
 * with the source the first actor of the clause; see docs/architecture.md.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "ascii.h"
#include "lexicon.h"
#include "units.h"

/* Does the folded word end in the n letters of suf?  (A comparison of
 * known length, which the compiler does inline.) */
static inline int ends_in(const tok *t, const char *suf, size_t n)
{
    return t->nlen >= n && memcmp(t->norm + t->nlen - n, suf, n) == 0;
}

/* Word shapes: an adverb in -ly ("firmly"), a form in -ing, a form in
 * -ed; the length keeps out short words that only end so ("fly",
 * "king", "red"). */
static int ly_adverb(const tok *t)
{
    return t->nlen > 3 && ends_in(t, "LY", 2);
}

static int ing_form(const tok *t)
{
    return t->nlen > 4 && ends_in(t, "ING", 3);
}

/* Is unit k a determiner that is no pronoun: "the", "a", "this", "no";
 * not "its", "their"? */
static int article(const sctx *x, int k)
{
    uint32_t cl = ucls(x, k);
    return (cl & WC_DET) && !(cl & (WC_PRON_PERS | WC_PRON_OTHER));
}

/* The unit right before the noun phrase that starts at unit k, an
 * article aside ("in the Ivory Coast": IN); -1 at the sentence's start. */
static int before_phrase(const sctx *x, int k)
{
    int p = k - 1;
    if (p >= 0 && article(x, p))
        p--;
    return p;
}

/* Does "in" or "at" come right before the noun phrase at unit k, an
 * article aside: a place where something is, not a party to it ("a strike
 * in Nigeria, which", "sources in New York said")? */
static int after_in_at(const sctx *x, int k)
{
    int p = before_phrase(x, k);
    return utok_is(x, p, "IN") || utok_is(x, p, "AT");
}

/* Is unit k an adverb in -ly, no actor: "reportedly", "firmly"? */
static int ly_unit(const sctx *x, int k)
{
    const tok *t = &x->c->toks.v[x->u[k].first];
    return x->u[k].m < 0 && t->kind == TK_WORD && ly_adverb(t);
}

/* Does unit u name an actor: a mention, neither a null code ("military
 * aid") nor a pronoun? */
static int names_actor(const sctx *x, int u)
{
    return x->u[u].m >= 0 && !x->m[x->u[u].m].nullcode && !x->m[x->u[u].m].pronoun;
}

/* A count in figures or in words: "172", "five", "dozens". */
static int count_tok(const tok *t)
{
    static const char *const counts[] = { "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
                                          "ELEVEN", "TWELVE", "TWENTY", "DOZENS", "HUNDREDS", "THOUSANDS",
                                          "MILLIONS", "SEVERAL", NULL };
    return t->kind == TK_NUM || tok_in(t, counts);
}

static int ed_form(const tok *t)
{
    return t->nlen > 3 && ends_in(t, "ED", 2);
}

/* A past the dictionary may not know: a word of five letters or more in
 * -ed ("requested", "scattered"). */
static int past_in_ed(const tok *t)
{
    return t->kind == TK_WORD && t->nlen > 4 && ends_in(t, "ED", 2);
}

/* Is v a past participle ("imposed", "taken")? */
static int past_participle(const tok *v)
{
    return ed_form(v) || (v->cls & WC_PARTICIPLE);
}

/* A plural in -s (not "-ss", "-us", "-is": "press", "status", "crisis"). */
static int plural_s(const tok *t)
{
    return t->nlen > 2 && t->norm[t->nlen - 1] == 'S' && !ends_in(t, "SS", 2) && !ends_in(t, "US", 2) &&
           !ends_in(t, "IS", 2);
}

/* A base form: not in -ed, -ing or -s ("discuss" is one). */
static int base_tok(const tok *t)
{
    if (t->nlen < 3)
        return 1;
    const char *e = t->norm + t->nlen;
    return !ends_in(t, "ED", 2) && !ing_form(t) && (e[-1] != 'S' || e[-2] == 'S');
}

/* The source of a passive that names no agent: someone not named
 * ("three soldiers were killed"); its event has no source code. */
#define SRC_UNNAMED (-2)
/* a statement after a quote whose speaker was not found after it */
#define SPEAKER_NONE (-3)

/* The code of verb entry verb itself, before its patterns. */
static inline const char *verb_code(const tac_dict *d, int32_t verb)
{
    return dict_str(d, d->verbs[verb].code);
}

/* Is token t the verb's main form, the first word of its first form that
 * compiled ("loan", not "loaned")?  A verb without one (name -1, which a
 * compiled dictionary may hold) has no token that is. */
static int verb_base_form(const tac_dict *d, int32_t verb, const tok *t)
{
    int32_t ph = d->verbs[verb].name;
    if (ph < 0)
        return 0;
    const celem *e = &d->elems[d->phrases[ph].elem];
    return e->kind == PE_WORD && e->id == t->wid;
}

/* Is verb entry verb, by its own code, an act of protest (CAMEO 14) or of
 * violence (18-20)?  Such acts have a noun reading of their own, with
 * their doer named in their phrase ("the brutal attack on", "a rebel
 * attack", owner_of_noun(), act_by()). */
static int act_noun_verb(const tac_dict *d, int32_t verb)
{
    int root = code_root(verb_code(d, verb));
    return root == 14 || (root >= 18 && root <= 20);
}

/* Adverbs not in -ly that stand between a subject or an auxiliary and its
 * verb ("did not ever clash", "was, however, convicted", "were later
 * released" has "later" as a word of time). */
static const char *const ADVERBS[] = { "HOWEVER", "THEREFORE", "NEVERTHELESS", "THUS", "EVER", "EVEN", "ALSO",
                                       "STILL", "JUST", "ONLY", "ALREADY", "THEN", "AGAIN", "SOON", "OFTEN",
                                       "ALWAYS", "SOMETIMES", "YET", "ALMOST", "RATHER", "ONCE", "TOGETHER",
                                       "INSTEAD", "FIRST", "PERHAPS", "BESIDES", "OTHERWISE", "AFTERWARDS",
                                       "NONETHELESS", NULL };

/* A sale or a trade: material cooperation (061) or the promise of it
 * (0311). */
static int trade_code(const char *code)
{
    return !strcmp(code, "061") || !strcmp(code, "0311");
}

/* Verbs of saying that report a statement: "said", "told reporters". */
static const char *const SAYING[] = { "SAID", "SAY", "SAYS", "TOLD", "REPORTED", "ADDED", "ANNOUNCED",
                                      "CONFIRMED", NULL };

/* ---- verbs ---- */

static inline __attribute__((always_inline)) int verb_at(const sctx *x, int ui, int32_t *verb, int *uend)
{
    const tac_dict *d = x->d;
    const tac_ctx *c = x->c;
    if (x->u[ui].m >= 0)
        return 0;
    int ti = x->u[ui].first;
    const tok *t = &c->toks.v[ti];
    if (t->kind != TK_WORD)
        return 0;
    /* quick exit: no verb form starts with this word or its stems */
    if (!(t->starts & WF_VERB))
        return 0;
    /* tokens up to the next mention */
    int lim = ti;
    int uu = ui;
    while (uu < x->nu && x->u[uu].m < 0) {
        lim = x->u[uu].last + 1;
        uu++;
    }
    /* a non-verb phrase may reach into a mention: "attack helicopters" */
    int slim = x->s->first + x->s->ntok;
    int best = -1, nonverb = -1;
    int32_t ids[TACX_START_IDS];
    int nid = tacx_tok_start_ids(c, t, ids);
    for (int q = 0; q < nid; q++) {
        int32_t w = ids[q];
        for (int32_t k = d->first_start[w]; k < d->first_start[w + 1]; k++) {
            const cfirst *f = &d->by_first[k];
            int flim = f->kind == EK_NONVERB ? slim : lim;
            if ((f->kind != EK_VERB && f->kind != EK_NONVERB) || !tacx_first_may(c, f, ti, flim))
                continue;
            /* a one-word form needs no matcher (flim > ti here) */
            int end = f->single ? (t->wid == w ? ti + 1 : -1)
                                : tacx_match_phrase_at(d, c, d->entries[f->entry].phrase, ti, flim);
            if (end < 0)
                continue;
            /* a verb's words must be consecutive tokens */
            if (f->kind == EK_NONVERB) {
                if (end > nonverb) nonverb = end;
            } else if (end > best) {
                best = end;
                *verb = f->ref;
            }
        }
    }
    if (best < 0 || nonverb >= best)
        return 0;
    /* convert the token end to a unit end */
    int ue = ui;
    while (ue < x->nu && x->u[ue].m < 0 && x->u[ue].first < best)
        ue++;
    *uend = ue;
    return 1;
}

/* A past participle before a noun is an adjective: "fears of renewed
 * hostilities", "for increased trade", "on alleged Islamophobia",
 * "Libya's internationally recognized government", "172 confirmed
 * cases"; after "and" too when
 * no verb comes before it ("the Yemeni army and allied forces have
 * launched"), but not in "attacked A and killed civilians". */
static int participle_modifier(const sctx *x, int ui, int verbs_before)
{
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (x->u[ui].first != x->u[ui].last || ui + 1 >= x->nu || t->nlen < 5 ||
        !ends_in(t, "ED", 2) || ends_in(t, "EED", 3))
        return 0;                         /* "to proceed", "to succeed" */
    /* a noun (or a name, or an actor) next */
    if (x->u[ui + 1].m < 0) {
        const tok *n = &x->c->toks.v[x->u[ui + 1].first];
        if (n->kind != TK_WORD ||
            (ucls(x, ui + 1) & (WC_DET | WC_PRON_PERS | WC_PRON_OTHER | WC_PREP | WC_BE | WC_HAVE | WC_DO | WC_HYPO |
                                WC_FUT | WC_NEG | WC_CONJ | WC_REL | WC_THAT | WC_STOP | WC_SUBORD | WC_TIME |
                                WC_DAY | WC_MONTH)))
            return 0;
        if (ly_adverb(n))
            return 0;
    }
    int k = ui - 1;
    if (k >= 0 && x->u[k].m < 0) {
        const tok *p = &x->c->toks.v[x->u[k].first];
        if (p->kind == TK_WORD && ly_adverb(p))
            k--;                          /* "internationally recognized" */
    }
    if (k < 0 || x->u[k].m >= 0)
        return 0;
    uint32_t cl = ucls(x, k);
    /* "for increased trade", "described the attacks as isolated events" */
    if (((cl & WC_PREP) && !utok_is(x, k, "TO")) || utok_is(x, k, "AS"))
        return 1;
    if (k < ui - 1 && ((cl & WC_DET) || utok_is(x, k, "'S")))
        return 1;
    /* a count right before it, of something plural: "with 172 confirmed
       cases" (not a year or a day: "in 2018 invaded Afrin", "on
       February 20 suspended payments", nor "one in 10 recognised") */
    const tok *num = &x->c->toks.v[x->u[k].first];
    int ratio = k >= 2 && (ucls(x, k - 1) & WC_PREP) &&
                (x->c->toks.v[x->u[k - 2].first].kind == TK_NUM || utok_is(x, k - 2, "ONE"));
    /* a count in figures or in words ("five alleged guerrillas") */
    if (count_tok(num) && k == ui - 1 &&
        !(num->nlen == 4 && (num->norm[0] == '1' || num->norm[0] == '2')) &&
        (k == 0 || (x->u[k - 1].m < 0 && !(ucls(x, k - 1) & WC_MONTH) && !ratio))) {
        const tok *n = &x->c->toks.v[x->u[ui + 1].last];
        if (n->nlen > 2 && n->norm[n->nlen - 1] == 'S')
            return 1;
    }
    return !verbs_before && (utok_is(x, k, "AND") || utok_is(x, k, "OR")) && k > 0 && x->u[k - 1].m >= 0;
}

/* "alleged" and "suspected" before what they qualify are adjectives, as
 * news mostly uses them: "eight alleged radical Islamists", "bombed alleged
 * rebel positions", "linked to alleged embezzlement", "the suspected
 * gunmen".  They are verbs after their subject or an auxiliary ("the SEC
 * alleged", "farmers have alleged a squeeze") and before "that" or a
 * mark.  prev_verb: a verb found right before, no auxiliary ("bombed"). */
static int adjective_participle(const sctx *x, int ui, int prev_verb)
{
    static const char *const adjectival[] = { "ALLEGED", "SUSPECTED", NULL };
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (x->u[ui].first != x->u[ui].last || !tok_in(t, adjectival) || ui + 1 >= x->nu)
        return 0;
    if (x->u[ui + 1].m < 0) {
        const tok *n = &x->c->toks.v[x->u[ui + 1].first];
        if (n->kind != TK_WORD || (ucls(x, ui + 1) & (WC_GRAMMAR & ~(uint32_t)(WC_SENT_START | WC_QUANTITY | WC_WEAPON))) ||
            ly_adverb(n))
            return 0;
    }
    if (ui == 0 || prev_verb)
        return 1;
    if (x->u[ui - 1].m >= 0)
        return 0;                         /* "the SEC alleged" */
    const tok *p = &x->c->toks.v[x->u[ui - 1].first];
    uint32_t pc = ucls(x, ui - 1);
    if (p->kind == TK_PUNCT)
        return p->norm[0] == '-' || p->norm[0] == '(' || p->norm[0] == '"';
    return (pc & (WC_DET | WC_PREP | WC_CONJ | WC_SUBORD | WC_REL)) || count_tok(p) ||
           utok_is(x, ui - 1, "MORE") || utok_is(x, ui - 1, "OTHER") || utok_is(x, ui - 1, "CERTAIN");
}

/* A verb form after a preposition and one modifier ("on new charges",
 * "into workplace bullying", "in humanitarian support", "at the first
 * debate") or after a possessive and one modifier ("the Kingdom's
 * continued support") is a noun.  Not after "to" ("to quickly end") or
 * "with", nor after a word that opens a clause ("after the crowd attacks"), nor a form
 * in -ed ("for weeks protesters marched"), nor after a plural that may be
 * its subject ("of workers striking"). */
static int noun_after_modifier(const sctx *x, int ui)
{
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (ui < 2 || ed_form(t) || (t->cls & WC_PARTICIPLE))
        return 0;
    /* a form in -s may agree with a singular noun before it: only right
       after a preposition and its modifier ("on terrorism charges") */
    int plural = t->nlen > 3 && t->norm[t->nlen - 1] == 'S' && t->norm[t->nlen - 2] != 'S';
    int k = ui - 1;
    if (x->u[k].m >= 0)
        return 0;
    const tok *w = &x->c->toks.v[x->u[k].first];
    uint32_t wc = ucls(x, k);
    if (w->kind != TK_WORD || (w->flags & TF_CAP) || (wc & WC_GRAMMAR & ~(uint32_t)(WC_SENT_START | WC_RELATION)) ||
        ly_adverb(w))
        return 0;
    if (plural_s(w))
        return 0;                         /* "of workers striking" */
    k--;
    if (x->u[k].m < 0 && (utok_is(x, k, "'S") || utok_is(x, k, "'")))
        return !plural && !tok_irregular_past(t);   /* "the Kingdom's continued support" */
    if (article(x, k)) {
        if (plural)
            return 0;                     /* "for the ministry says" */
        k--;
    }
    if (k < 0 || x->u[k].m >= 0)
        return 0;
    uint32_t pc = ucls(x, k);
    /* not "with each side rejecting": "with" may lead a clause of its own */
    return (pc & WC_PREP) && !(pc & WC_SUBORD) && !utok_is(x, k, "TO") && !utok_is(x, k, "WITH") &&
           !tok_irregular_past(t);
}

/* Does the verb at p look like one: a form in -ed or -ing (with s_form,
 * in -s too), an irregular past or participle, or a base form after "to"
 * or an auxiliary; not a noun read as a verb ("the latest audit
 * alleges")? */
static int verb_shaped(const sctx *x, const verbhit *p, int s_form)
{
    const tok *v0 = &x->c->toks.v[x->u[p->u0].first];
    int suffix = ends_in(v0, "ED", 2) || ends_in(v0, "ING", 3) || (s_form && v0->norm[v0->nlen - 1] == 'S');
    if ((v0->nlen > 3 && suffix) || tok_irregular_past(v0) || (v0->cls & WC_PARTICIPLE))
        return 1;
    return p->u0 > 0 && x->u[p->u0 - 1].m < 0 &&
           ((ucls(x, p->u0 - 1) & (WC_FUT | WC_HYPO | WC_DO)) || utok_is(x, p->u0 - 1, "TO"));
}

/* A plural or -ing form right after a verb, perhaps with one modifier
 * between (two for a plural), is that verb's object noun, not a second
 * verb: "suspended food supplies", "fighting fierce street battles",
 * "risk losing funding", "pull funding from".  An -ing
 * form followed by its own object stays a verb ("continued funding the
 * rebels"), as does one after a verb of beginning or stopping ("began
 * shelling"), and a noun after a comment or after a verb without a code
 * of its own.  p is the verb before. */
static int object_noun(const sctx *x, int ui, const verbhit *p)
{
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (x->u[ui].first != x->u[ui].last || t->nlen < 5)
        return 0;
    int gap = ui - p->u1;
    /* a plural may have two: "fighting fierce street battles" */
    if (gap < 0 || gap > (plural_s(t) ? 2 : 1))
        return 0;
    for (int k = p->u1; k < ui; k++) {
        /* plain lowercase modifiers: "food" in "suspended food supplies" */
        const tok *w = &x->c->toks.v[x->u[k].first];
        if (x->u[k].m >= 0 || x->u[k].first != x->u[k].last || w->kind != TK_WORD ||
            (w->flags & TF_CAP) || (ucls(x, k) & (WC_GRAMMAR | WF_VERB)) ||
            ly_adverb(w))
            return 0;
    }
    /* after a comment the noun may carry what is said ("denied charges
       that ..."), and after a verb with no code of its own the noun is
       what codes the act ("expressed hopes", "distributed supplies") */
    const char *pc = verb_code(x->d, p->verb);
    if ((pc[0] == '0' && (pc[1] == '1' || pc[1] == '2')) || pc[0] == '-' || pc[0] == '+' || !pc[0])
        return 0;
    const tok *v = &x->c->toks.v[x->u[p->u1 - 1].last];
    if (v->kind != TK_WORD || (ucls(x, p->u1 - 1) & (WC_PREP | WC_STOP)))
        return 0;                         /* "called for", "called on": a preposition ends it */
    if (!verb_shaped(x, p, 1))
        return 0;
    if (plural_s(t))
        return 1;
    if (!ing_form(t) || gap)
        return 0;
    static const char *const aspect[] = { "BEGIN", "BEGAN", "BEGUN", "START", "CONTINU", "RESUM", "KEEP", "KEPT",
                                          "STOP", "QUIT", "CEAS", "HALT", "FINISH", "END", NULL };
    for (int i = 0; aspect[i]; i++)
        if (!strncmp(v->norm, aspect[i], strlen(aspect[i])))
            return 0;
    if (ui + 1 >= x->nu)
        return 1;
    if (x->u[ui + 1].m >= 0)
        return 0;                         /* "funding the rebels" */
    const tok *n = &x->c->toks.v[x->u[ui + 1].first];
    return n->kind == TK_PUNCT || (ucls(x, ui + 1) & (WC_PREP | WC_CONJ | WC_SUBORD | WC_TIME)) != 0;
}

/* A participle in -ed right after a verb (and its particle), before a
 * noun phrase, is an adjective of the verb's object, not a second verb:
 * "take back captured Islamic State fighters", "released detained
 * Iranian pilots", "freed captured soldiers".  The verb before must look
 * like one (verb_shaped(), not in -s), and not be an auxiliary or a verb
 * of being ("has captured soldiers", "became involved"). */
static int participle_adjective(const sctx *x, int ui, const verbhit *p)
{
    static const char *const linking[] = { "GET", "GETS", "GOT", "GOTTEN", "GETTING", "BECOME", "BECOMES", "BECAME",
                                           "BECOMING", "SEEM", "SEEMS", "SEEMED", "REMAIN", "REMAINS", "REMAINED",
                                           "STAY", "STAYS", "STAYED", "FEEL", "FEELS", "FELT", "LOOK", "LOOKS",
                                           "LOOKED", "APPEAR", "APPEARS", "APPEARED", NULL };
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (x->opt->tabari_compat || ui != p->u1 || x->u[ui].m >= 0 || x->u[ui].first != x->u[ui].last ||
        t->kind != TK_WORD || (t->flags & TF_CAP) || !ed_form(t) || ui + 1 >= x->nu)
        return 0;
    /* a noun phrase after it: an actor, or a plain lowercase word */
    if (x->u[ui + 1].m >= 0) {
        if (x->m[x->u[ui + 1].m].pronoun)
            return 0;
    } else {
        const tok *n = &x->c->toks.v[x->u[ui + 1].first];
        if (n->kind != TK_WORD || (n->flags & TF_CAP) || (ucls(x, ui + 1) & (WC_GRAMMAR | WF_VERB)) || ly_adverb(n))
            return 0;
    }
    return !(ucls(x, p->u0) & (WC_BE | WC_HAVE | WC_DO)) && !tok_in(&x->c->toks.v[x->u[p->u0].first], linking) &&
           verb_shaped(x, p, 0);
}

/* Is the word a nationality adjective ("Brazilian", "Japanese", "Iraqi")?
 * Stricter than tok_adjective_form(), which also takes country names in
 * -an ("Iran", "Pakistan"), for a test that must not see "Iran says" as a
 * noun phrase. */
static int demonym(const tok *t)
{
    static const char *const suf[] = { "IAN", "EAN", "ESE", "ISH", "IC", "RICAN", "XICAN", "NICAN", "CCAN", "YAN",
                                       "ETAN", "QI", "ELI", "ANI", "ENI", "DESHI", NULL };
    static const char *const word[] = { "GERMAN", "FRENCH", "DUTCH", "GREEK", "SWISS", "THAI", "SAUDI", "AFGHAN",
                                        "CUBAN", "SOMALI", "UGANDAN", "RWANDAN", "QATARI", "KUWAITI", "EMIRATI",
                                        NULL };
    return tok_ends_in(t, suf) || tok_in(t, word);
}

/* The particles of phrasal verbs: "blew up", "carried out". */
static const char *const PARTICLES[] = { "OFF", "UP", "DOWN", "OUT", "BACK", "OVER", "AWAY", NULL };

/* Does a noun phrase end after unit ui: at the end of the sentence, at
 * punctuation, or before a preposition, a conjunction or an auxiliary
 * ("credit guarantees.", "funds by", "a strike was"), and after a plural
 * before a participle or a past ("loans totalling", "exports rose"; a
 * base form there may be an infinitive's subject's verb: "a visit
 * starting on")?  A verb goes on to its object, its clause or "to", and
 * a base form to its particle ("fears clauses", "hopes to", "say they",
 * "set off"; but "fears over"). */
static int np_ends_after(const sctx *x, int ui, int plural)
{
    if (ui + 1 >= x->nu)
        return 1;
    const tok *n = &x->c->toks.v[x->u[ui + 1].first];
    uint32_t nc = ucls(x, ui + 1);
    if (x->u[ui + 1].m >= 0 || utok_is(x, ui + 1, "TO") || (!plural && tok_in(n, PARTICLES)) || (nc & WC_THAT))
        return 0;
    if (n->kind == TK_PUNCT)
        return !(n->flags & TF_QUOTE);
    return (nc & (WC_PREP | WC_CONJ | WC_SUBORD | WC_BE | WC_HAVE | WC_HYPO | WC_FUT)) ||
           (plural && n->kind == TK_WORD && (ed_form(n) || ing_form(n) || tok_irregular_past(n)));
}

/* Is unit k a plain word, one that may be a noun: not an actor, not a
 * grammatical word, not the start of a verb of the dictionary, not an
 * adverb in -ly, a form in -ed or -ing or an irregular past? */
static int plain_word(const sctx *x, int k)
{
    if (x->u[k].m >= 0)
        return 0;
    const tok *w = &x->c->toks.v[x->u[k].last];
    return w->kind == TK_WORD && !(ucls(x, k) & (WC_GRAMMAR | WF_VERB)) && !ly_adverb(w) && !ed_form(w) &&
           !ing_form(w) && !tok_irregular_past(w);
}

/* A form in -s after a plain word that is neither an actor nor a verb,
 * or after a number, or after such a plural and "and" or "or", is a
 * plural noun when what follows ends a noun phrase: "credit
 * guarantees.", "money market funds by", "inflationary pressures while",
 * "three loans totalling", "leaflets and broadcasts,".  A verb in -s wants a
 * singular subject right before it, and is mostly followed by its
 * object ("the mining industry fears clauses") or by "to" ("hopes to").
 * After a verb of the dictionary, perhaps with one modifier between
 * ("held informal talks"), object_noun() decides (prev: the verb before,
 * if any). */
static int plural_noun(const sctx *x, int ui, int32_t verb, const verbhit *prev)
{
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (ui < 1 || x->u[ui].first != x->u[ui].last || !plural_s(t) || t->nlen < 4 || x->u[ui - 1].m >= 0 ||
        (prev && prev->u1 == ui))
        return 0;
    /* (or after "and" or "or" and such a plural: "from Labour leaflets
       and broadcasts,"; acts of protest and violence keep their parties,
       "bombings and battles between US troops and militants") */
    int k = ui - 1;
    if (ui >= 2 && (utok_is(x, k, "AND") || utok_is(x, k, "OR")) && plain_word(x, k - 1) &&
        plural_s(&x->c->toks.v[x->u[k - 1].last]) && !act_noun_verb(x->d, verb))
        k--;
    const tok *w = &x->c->toks.v[x->u[k].last];
    if (w->kind != TK_NUM && (!plain_word(x, k) || (w->flags & TF_CAP)))
        return 0;
    if (prev && prev->u1 == k)
        return 0;
    /* an act of violence with its doer before it stays for owner_of_noun():
       "died in Ostranian air strikes" */
    int root = code_root(verb_code(x->d, verb));
    if (root >= 18 && root <= 20 && ui >= 3 && x->u[ui - 2].m >= 0 &&
        tacx_doer_modifier(x->c, &x->m[x->u[ui - 2].m], x->s->caps))
        return 0;
    return np_ends_after(x, ui, 1);
}

/* Is unit k punctuation (not an apostrophe; a quote mark only when
 * quotes is set), a conjunction, "that" or a word that opens a clause: a
 * boundary after which a phrase or a clause starts? */
static int boundary(const sctx *x, int k, int quotes)
{
    if (x->u[k].m >= 0)
        return 0;
    const tok *p = &x->c->toks.v[x->u[k].last];
    if (p->kind == TK_PUNCT)
        return (quotes || !(p->flags & TF_QUOTE)) && p->norm[0] != '\'';
    return (ucls(x, k) & (WC_CONJ | WC_SUBORD | WC_THAT)) != 0;
}

/* Is unit k a word after which a noun phrase starts: a boundary or a
 * preposition? */
static int opens_phrase(const sctx *x, int k)
{
    return boundary(x, k, 0) || (x->u[k].m < 0 && (ucls(x, k) & WC_PREP));
}

/* A base form after an article and one modifier, where a noun phrase
 * starts (after a preposition, punctuation, a conjunction or nothing), is
 * a noun: "at an average yield of", ", the second assault on" (a
 * singular noun or an adjective cannot be the
 * subject of a base form).  After a verb the phrase may be its object,
 * or the subject of an infinitive ("help the country patrol its
 * borders"), and the noun may code the act ("will make a state visit"). */
static int noun_after_article(const sctx *x, int ui)
{
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (ui < 2 || x->u[ui].first != x->u[ui].last || !base_tok(t) || tok_irregular_past(t) ||
        x->u[ui - 1].m >= 0 || x->u[ui - 2].m >= 0 || (ui >= 3 && !opens_phrase(x, ui - 3)))
        return 0;
    if (!utok_is(x, ui - 2, "A") && !utok_is(x, ui - 2, "AN") && !utok_is(x, ui - 2, "THE"))
        return 0;
    const tok *w = &x->c->toks.v[x->u[ui - 1].last];
    /* (the modifier may be a year: "a 2005 release", "the 2002 champion") */
    if (w->kind == TK_NUM && w->nlen == 4 && tac_isdigit((unsigned char)w->norm[3]))
        return np_ends_after(x, ui, 0);
    return w->kind == TK_WORD && !(w->flags & TF_CAP) && !(ucls(x, ui - 1) & WC_GRAMMAR) && !ly_adverb(w) &&
           !plural_s(w) && np_ends_after(x, ui, 0);
}

/* Adverbs of degree, which qualify adjectives (see not_a_verb(),
 * determiner_phrase()). */
static const char *const DEGREE[] = { "VERY", "MOST", "MORE", "LEAST", "LESS", "HIGHLY", "EXTREMELY", "QUITE", "TOO",
                                      "DEEPLY", "PARTICULARLY", "INCREDIBLY", "EXCEEDINGLY", NULL };

/* A base or plural form that ends a noun phrase opened by a determiner,
 * a possessive, "no", "more" or "further", with up to three modifiers
 * between (adjectives, nouns, numbers, days and months), is its head
 * noun: "after the 11 September attacks and", "danger in more attacks
 * on", "no attacks against Syria", "a direct attack on", "Saturday's
 * horrific chlorine attack in"; so is one right after "no", or after
 * "there" and a form of "be" ("there had been fears that").  No actor
 * stands between, and a verb of the dictionary or a past ends the walk
 * ("the group launched attacks on" has its verb).  The verb's form is
 * the units [ui, ue); with act (an act of protest or violence) it may be
 * a noun of several words, its last word the head, and a past may
 * follow it as it would a plural ("where a suspected gas attack
 * occurred").  Returns the unit that opens the phrase, or -1. */
static int determiner_phrase(const sctx *x, int ui, int ue, int act)
{
    if (ui < 1 || ue <= ui || (!act && (ue != ui + 1 || x->u[ui].first != x->u[ui].last)) || x->u[ui - 1].m >= 0)
        return -1;
    int hu = ue - 1;        /* the head: "attack" of "gas attack" */
    const tok *t = &x->c->toks.v[x->u[hu].last];
    /* a noun of several words has nouns before its head, not a verb's
       form or a particle: "went on strike", "opened fire", "blew up" */
    if (ue > ui + 1)
        for (int32_t i = x->u[ui].first; i <= x->u[hu].last; i++) {
            const tok *w = &x->c->toks.v[i];
            if (w->kind != TK_WORD || (w->cls & WC_GRAMMAR & ~(uint32_t)WC_WEAPON) || tok_in(w, PARTICLES) ||
                (w != t && (ed_form(w) || ing_form(w) || tok_irregular_past(w))))
                return -1;
        }
    int plural = plural_s(t), open = -1;
    /* "there is no doubt that", "there had been fears that", "there is
       talk of": after "no" or "there" and a form of "be" a noun, whatever
       follows */
    if (utok_is(x, ui - 1, "NO"))
        open = ui - 1;
    else if (ucls(x, ui - 1) & WC_BE) {
        int k0 = ui - 1;
        while (k0 > 0 && x->u[k0].m < 0 && (ucls(x, k0) & (WC_BE | WC_HAVE)) && !utok_is(x, k0 - 1, "THERE"))
            k0--;
        if (k0 > 0 && utok_is(x, k0 - 1, "THERE"))
            open = ui - 1;
    }
    for (int k = ui - 1, n = 0; open < 0 && k >= 0 && n <= 3 && x->u[k].m < 0; k--, n++) {
        if (n == 0 && !np_ends_after(x, hu, plural || act))
            return -1;
        const tok *w = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        /* ("alleged" and "suspected" as adjectives open one too: "to
           respond to alleged chemical attacks") */
        if (article(x, k) || utok_is(x, k, "NO") ||
            utok_is(x, k, "MORE") || utok_is(x, k, "FURTHER") || adjective_participle(x, k, 0)) {
            open = k;
            break;
        }
        /* (a possessive names its owner: "Baker's weekend blast at the
           Bundesbank" is Baker's act, left to the subject rules) */
        if (n > 0 && (utok_is(x, k, "'S") || upunct(x, k, '\''))) {
            if (k == 0 || x->u[k - 1].m >= 0)
                return -1;
            open = k;
            break;
        }
        if (w->kind == TK_NUM || (cl & (WC_DAY | WC_MONTH)) || (n > 0 && tok_in(w, DEGREE)))
            continue;
        /* a participle right after the determiner is an adjective: "a
           suspected gas attack", "the alleged plot" */
        int after_article = k > 0 && article(x, k - 1);
        if (w->kind == TK_WORD && ed_form(w) && after_article)
            continue;
        /* nor is a word that may start a verb ("a suicide attack", "a
           car bomb", "a rocket attack"): no verb follows an article */
        if (w->kind != TK_WORD || (cl & WC_GRAMMAR & ~(uint32_t)(WC_TIME | WC_SENT_START | WC_WEAPON)) ||
            ((cl & WF_VERB) && !after_article) || ly_adverb(w) || plural_s(w) || ed_form(w) ||
            tok_irregular_past(w))
            return -1;
    }
    /* (the form last: the context rules out most verbs more cheaply) */
    /* (a form in -ing with "of" after it is a noun too: "the large-scale
       killing of farmers"; and one that ends its clause, with nothing
       after it that a verb would take: "for the proposed offering.",
       "the PEFCO offering, ...") */
    int ing_of = ing_form(t) && (utok_is(x, hu + 1, "OF") || hu + 1 >= x->nu || upunct(x, hu + 1, ',') ||
                                 upunct(x, hu + 1, '.') || upunct(x, hu + 1, ';'));
    if (open < 0 || (!plural && !ing_of && (!base_tok(t) || tok_irregular_past(t) || (t->cls & WC_PARTICIPLE))))
        return -1;
    return open;
}

/* A base form right after a singular noun that is no actor is a noun
 * too: a finite verb after a singular subject takes -s, so "a 60 mln dlr
 * IDA loan", "the bank loan", "oil supply", "loan loss provisions" hold
 * no verb.  Not after a word that may itself be a verb, an adverb, a
 * grammatical word ("they loan", "to fund", "will supply"), nor where a
 * causative a few words back makes it a bare infinitive ("help the
 * country patrol its borders", "let the bank lend"). */
static int noun_after_singular(const sctx *x, int ui, int32_t verb)
{
    /* verbs whose past is their base form: "the company cut jobs" */
    static const char *const same[] = { "CUT", "HIT", "PUT", "SET", "LET", "SHUT", "QUIT", "CAST", "SPREAD",
                                        "FORECAST", "BROADCAST", "BID", "BURST", "SPLIT", "UPSET", "SHED", "HURT",
                                        "COST", "BEAT", "READ", "THRUST", "RESET", "RECAST", "OUTBID", NULL };
    static const char *const causative[] = { "HELP", "HELPS", "HELPED", "HELPING", "LET", "LETS", "LETTING",
                                             "MAKE", "MAKES", "MADE", "MAKING", "HAVE", "HAS", "HAD", "SEE",
                                             "SAW", "WATCH", "WATCHED", "HEAR", "HEARD", NULL };
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (ui < 1 || x->u[ui].first != x->u[ui].last || x->u[ui - 1].m >= 0)
        return 0;
    /* the verb's own base form, not a past ("struck") */
    if (!verb_base_form(x->d, verb, t) || tok_in(t, same))
        return 0;
    /* (see act_noun_verb(): "the brutal attack on") */
    if (act_noun_verb(x->d, verb))
        return 0;
    const tok *w = &x->c->toks.v[x->u[ui - 1].last];
    if (!plain_word(x, ui - 1) || plural_s(w) || w->nlen < 3 || tok_in(w, ADVERBS))
        return 0;
    for (int k = ui - 1; k >= 0 && k >= ui - 4; k--)
        if (x->u[k].m < 0 && tok_in(&x->c->toks.v[x->u[k].first], causative))
            return 0;
    return 1;
}

/* Does unit ui open a clause: first in the sentence, or after a
 * boundary (a quote mark too) or a verb of saying? */
static int opens_clause(const sctx *x, int ui)
{
    return ui == 0 || boundary(x, ui - 1, 1) ||
           (x->u[ui - 1].m < 0 && tok_in(&x->c->toks.v[x->u[ui - 1].last], SAYING));
}

/* Verbs of aspect: an infinitive after them happens ("began to
 * withdraw", "continues to receive"). */
static const char *const ASPECT[] = { "BEGIN", "BEGINS", "BEGAN", "BEGUN", "BEGINNING", "START", "STARTS", "STARTED",
                                      "STARTING", "CONTINUE", "CONTINUES", "CONTINUED", "CONTINUING", "RESUME",
                                      "RESUMES", "RESUMED", "RESUMING", NULL };

/* Support verbs: an act of protest or violence that is their object is
 * their subject's act ("declared a general strike", "staged a sit-in",
 * "mounted a suicide attack", "carried out a car bombing"). */
static const char *const SUPPORT[] = {
    "DECLARE", "DECLARES", "DECLARED", "DECLARING", "STAGE", "STAGES", "STAGED", "STAGING", "HOLD", "HOLDS",
    "HELD", "HOLDING", "LAUNCH", "LAUNCHES", "LAUNCHED", "LAUNCHING", "MOUNT", "MOUNTS", "MOUNTED", "MOUNTING",
    "CONDUCT", "CONDUCTS", "CONDUCTED", "CONDUCTING", "ORGANISE", "ORGANISES", "ORGANISED", "ORGANISING",
    "ORGANIZE", "ORGANIZES", "ORGANIZED", "ORGANIZING", "WAGE", "WAGES", "WAGED", "WAGING", "OBSERVE",
    "OBSERVES", "OBSERVED", "OBSERVING", "UNLEASH", "UNLEASHES", "UNLEASHED", "UNLEASHING", "PERFORM",
    "PERFORMS", "PERFORMED", "PERFORMING", "BEGIN", "BEGINS", "BEGAN", "BEGUN", "BEGINNING", "START", "STARTS",
    "STARTED", "STARTING", NULL };

/* The unit of the support verb whose object is the noun phrase opened at
 * unit k by an indefinite article or a possessive ("staged a protest",
 * "began their offensive"; "carried out" and "went on" too), or -1.  Not
 * "the": "declared the attack a crime" judges an act, it does not do
 * it; but who "was behind the attack" did it (the unit of "was"). */
static int support_verb_before(const sctx *x, int k)
{
    static const char *const opens[] = { "A", "AN", "ANOTHER", "ITS", "THEIR", "HIS", "HER", "OUR", NULL };
    static const char *const carry[] = { "CARRY", "CARRIES", "CARRIED", "CARRYING", NULL };
    static const char *const go[] = { "GO", "GOES", "WENT", "GONE", "GOING", NULL };
    if (k < 1 || x->u[k].m >= 0 || x->u[k - 1].m >= 0)
        return -1;
    const tok *t = &x->c->toks.v[x->u[k - 1].last];
    /* "was behind the attack", "is behind these bombings" */
    if (!strcmp(t->norm, "BEHIND") && k >= 2 && (ucls(x, k - 2) & WC_BE) && x->u[k - 2].m < 0 &&
        (ucls(x, k) & WC_DET))
        return k - 2;
    if (!tok_in(&x->c->toks.v[x->u[k].first], opens))
        return -1;
    if (tok_in(t, SUPPORT))
        return k - 1;
    if (k < 2 || x->u[k - 2].m >= 0)
        return -1;
    const tok *p = &x->c->toks.v[x->u[k - 2].last];
    return (!strcmp(t->norm, "OUT") && tok_in(p, carry)) || (!strcmp(t->norm, "ON") && tok_in(p, go)) ? k - 2 : -1;
}

/* Base forms that news uses as adjectives or nouns as often as verbs, or
 * more ("free care", "close to the border", "state media"): verbs only
 * where a verb can stand (see not_a_verb()). */
static const char *const BASE_HOMOGRAPHS[] = { "FREE", "OPEN", "CLOSE", "CLEAR", "SECURE", "CALM", "EMPTY", "STATE",
                                               NULL };

/* Can a base form stand as a verb at unit ui: after "to", an auxiliary
 * that takes one ("will", "could", "did"), a subject (an actor or a
 * pronoun), or "and"/"or" with its object right after ("and free the
 * bodies")?  Adverbs and negation may come between.  After a form of
 * "be", a noun or a preposition it is an adjective: "is open to
 * foreign firms", "free care", "close to the border". */
static int base_verb_slot(const sctx *x, int ui)
{
    static const char *const modal[] = { "CAN", "MUST", "MAY", NULL };
    int k = ui - 1;
    while (k >= 0 && x->u[k].m < 0 && !tok_in(&x->c->toks.v[x->u[k].first], modal) &&
           ((ucls(x, k) & (WC_NEG | WC_STOP | WC_TIME | WC_DAY)) || ly_unit(x, k)))
        k--;
    if (k < 0)
        return 0;
    if (x->u[k].m >= 0)
        return 1;
    uint32_t cl = ucls(x, k);
    if (utok_is(x, k, "TO") || (cl & (WC_HYPO | WC_FUT | WC_DO)) || tok_in(&x->c->toks.v[x->u[k].first], modal) ||
        ((cl & (WC_PRON_PERS | WC_PRON_OTHER)) && !(cl & WC_DET)))
        return 1;
    if ((cl & WC_CONJ) && ui + 1 < x->nu)
        return x->u[ui + 1].m >= 0 || (ucls(x, ui + 1) & WC_DET) || utok_is(x, ui + 1, "UP") ||
               x->c->toks.v[x->u[ui + 1].first].kind == TK_NUM;
    return 0;
}

/* Verb forms that news uses mostly as nouns (see not_a_verb()). */
static const char *const NOUN_FORMS[] = { "MEETING", "MEETINGS", "TALKS", NULL };

/* Is a disaster or an accident named near the verb at unit vu0 ("were
 * killed after an earthquake", "when a dam collapsed", "were killed on
 * the plane, which crashed")?  Then harm done by no one named is no
 * one's act. */
static int disaster_named(const sctx *x, int vu0)
{
    static const char *const w[] = { "EARTHQUAKE", "EARTHQUAKES", "QUAKE", "QUAKES", "TSUNAMI", "TSUNAMIS", "FLOOD",
                                     "FLOODS", "FLOODING", "HURRICANE", "HURRICANES", "TYPHOON",
                                     "TYPHOONS", "CYCLONE", "CYCLONES", "TORNADO", "TORNADOES", "LANDSLIDE",
                                     "LANDSLIDES", "MUDSLIDE", "MUDSLIDES", "AVALANCHE", "ERUPTION", "LIGHTNING",
                                     "CRASH", "CRASHED", "COLLISION", "ACCIDENT", "ACCIDENTS", "DERAILED",
                                     "CAPSIZED", "STAMPEDE", "COLLAPSED", "HEATWAVE", "EPIDEMIC", NULL };
    /* a doer after "by" that is no disaster: "fired at by terrorists as
       they inspected a car crash" */
    for (int k = vu0 + 1; k < x->nu && k <= vu0 + 3; k++)
        if (utok_is(x, k, "BY")) {
            int hit = 0;   /* (within its first words: "by four hurricanes") */
            for (int j = k + 1; j < x->nu && j <= k + 3 && !hit && x->u[j].m < 0; j++)
                hit = tok_in(&x->c->toks.v[x->u[j].first], w);
            if (!hit)
                return 0;
            break;
        }
    for (int k = vu0 > 12 ? vu0 - 12 : 0; k < x->nu && k <= vu0 + 16; k++)
        if (x->u[k].m < 0 && tok_in(&x->c->toks.v[x->u[k].first], w))
            return 1;
    return 0;
}

/* Is "back" at unit ui an adverb: with no object after it ("took a step
 * back today", "took militants back", "back under state control", "back
 * away"), or after an object pronoun ("paid it back", "play them back")?
 * As a verb it has its object right after it: "back the plan", "back
 * Ukraine's entry", "failed to back it". */
static int adverb_back(const sctx *x, int ui)
{
    static const char *const obj[] = { "IT", "THEM", "US", "YOU", "HIM", "HER", "ME", NULL };
    static const char *const particles[] = { "AWAY", "OUT", "TOGETHER", "HOME", "AGAIN", "HERE", "THERE", NULL };
    if (ui > 0 && x->u[ui - 1].m < 0 && tok_in(&x->c->toks.v[x->u[ui - 1].first], obj))
        return 1;
    if (ui + 1 >= x->nu)
        return 1;
    if (x->u[ui + 1].m >= 0)
        return 0;
    const tok *n = &x->c->toks.v[x->u[ui + 1].first];
    return n->kind != TK_WORD || ly_adverb(n) || tok_in(n, particles) ||
           (ucls(x, ui + 1) & (WC_PREP | WC_CONJ | WC_SUBORD | WC_REL | WC_THAT | WC_BE | WC_HAVE | WC_TIME |
                               WC_DAY | WC_MONTH)) != 0;
}

/* Is the verb at unit ui used as a noun or a name here? */
static int not_a_verb(const sctx *x, int ui, int32_t verb, int allcaps, const verbhit *prev)
{
    int verbs_before = prev != NULL;
    const tok *t = &x->c->toks.v[x->u[ui].first];
    /* "Protest leaders have agreed", "Rescue workers found": a base form
       that opens the sentence right before a common noun of people
       modifies it (news has no imperatives) */
    if (!x->opt->tabari_compat && ui == 0 && x->u[ui].first == x->u[ui].last && x->nu > 1 &&
        x->u[1].m >= 0 && !(x->c->toks.v[x->u[1].first].flags & TF_CAP) && base_tok(t) && !tok_irregular_past(t))
        return 1;
    if (!x->opt->tabari_compat && (participle_modifier(x, ui, verbs_before) || noun_after_modifier(x, ui) ||
                                   adjective_participle(x, ui, prev && prev->u1 == ui && !(ucls(x, prev->u0) & WC_AUX)) ||
                                   (!allcaps && (plural_noun(x, ui, verb, prev) ||
                                                 noun_after_article(x, ui) || noun_after_singular(x, ui, verb)))))
        return 1;
    /* "the restore", "the 'fight against fascism'"; but an act after a
       support verb is one ("staged a protest", "was behind the bombing":
       see code_news()) */
    int art = ui - 1;
    if (!x->opt->tabari_compat && art > 0 && x->u[art].m < 0 && x->c->toks.v[x->u[art].first].kind == TK_PUNCT &&
        (x->c->toks.v[x->u[art].first].flags & TF_QUOTE))
        art--;            /* an opening quote between */
    if (art >= 0 && article(x, art) &&
        (x->opt->tabari_compat || !act_noun_verb(x->d, verb) || support_verb_before(x, art) < 0 ||
         !np_ends_after(x, ui, plural_s(t))))
        return 1;
    if (!x->opt->tabari_compat && x->u[ui].first == x->u[ui].last) {
        if (tok_in(t, BASE_HOMOGRAPHS) && !base_verb_slot(x, ui))
            return 1;
        /* "states" and "notes" are verbs only before what is stated ("the
           FMLN states that", "the report states:", "the watchdog notes the
           declines"), or after a person, before a comma or the end
           ("Poehl notes, the dealers ...", "he notes."); not in "OPEC
           states", "chiefs of state", "subordinated notes due 1999",
           "Treasury notes" */
        static const char *const said_plurals[] = { "STATES", "NOTES", NULL };
        if (tok_in(t, said_plurals) &&
            !(ui + 1 < x->nu && x->u[ui + 1].m < 0 &&
              ((ucls(x, ui + 1) & (WC_THAT | WC_DET)) || upunct(x, ui + 1, ':') || upunct(x, ui + 1, '"'))) &&
            !(ui > 0 && ((x->u[ui - 1].m >= 0 && x->m[x->u[ui - 1].m].person) || (ucls(x, ui - 1) & WC_PRON_PERS)) &&
              (ui + 1 >= x->nu || upunct(x, ui + 1, ',') || upunct(x, ui + 1, '.'))))
            return 1;
    }
    /* "met visiting Chinese Premier Wen Jiabao", "a lawsuit against
       visiting Saudi Crown Prince": "visiting" or "touring" right before
       a person or an officer, after a verb, a preposition or an article,
       says who is the guest (but "after visiting President Xi" and "was
       visiting the Pope" are visits) */
    if (!x->opt->tabari_compat && ui > 0 && ui + 1 < x->nu && x->u[ui].first == x->u[ui].last &&
        (utok_is(x, ui, "VISITING") || utok_is(x, ui, "TOURING")) && x->u[ui + 1].m >= 0 && x->u[ui - 1].m < 0) {
        const mention *g = &x->m[x->u[ui + 1].m];
        uint32_t pc = ucls(x, ui - 1);
        if ((g->person || g->agent >= 0 || g->agent_only || (g->codes[0] && strlen(g->codes[0]) > 3)) &&
            !(pc & (WC_SUBORD | WC_BE | WC_HAVE)) &&
            ((pc & (WC_DET | WC_PREP)) || (x->c->toks.v[x->u[ui - 1].last].starts & WF_VERB)))
            return 1;
    }
    /* "a very welcoming setting", "highly insulting", "its most promising
       partner": a form in -ing after an adverb of degree is an adjective */
    if (!x->opt->tabari_compat && ui > 0 && x->u[ui - 1].m < 0 && x->u[ui].first == x->u[ui].last && ing_form(t) &&
        tok_in(&x->c->toks.v[x->u[ui - 1].last], DEGREE))
        return 1;
    /* forms that news uses mostly as nouns are nouns after a modifier:
       "the annual meeting of", "at the weekend meeting", "technical
       talks", "its December meeting"; but with their parties named they
       code the meeting as the verb would ("had private talks with
       Thatcher", "two-way talks between Baghdad and Damascus") */
    if (!x->opt->tabari_compat && ui > 0 && x->u[ui].first == x->u[ui].last &&
        (plain_word(x, ui - 1) ||   /* or after an actor and an article: "after a cabinet meeting" */
         (x->u[ui - 1].m >= 0 && ui > 1 && x->u[ui - 2].m < 0 && (ucls(x, ui - 2) & WC_DET))) &&
        tok_in(t, NOUN_FORMS) && !utok_is(x, ui + 1, "WITH") && !utok_is(x, ui + 1, "BETWEEN") &&
        !utok_is(x, ui + 1, "AMONG"))
        return 1;
    /* (acts of protest and violence stay, as nouns of circumstance:
       code_news() takes no doer for them from outside the phrase) */
    if (!x->opt->tabari_compat && determiner_phrase(x, ui, ui + 1, 0) >= 0 && !act_noun_verb(x->d, verb))
        return 1;
    if (!x->opt->tabari_compat) {
        /* 'his "final offer"', 'their joint statement': after a possessive,
           perhaps with a quote mark and one adjective between */
        int k = ui - 1, adj = 0;
        while (k >= 0 && x->u[k].m < 0 && (upunct(x, k, '"') || upunct(x, k, '\'')))
            k--;
        if (k >= 0 && x->u[k].m < 0 && !adj) {
            const tok *w = &x->c->toks.v[x->u[k].first];
            uint32_t cl = ucls(x, k);
            if (w->kind == TK_WORD && !(w->flags & TF_CAP) && !(cl & WC_GRAMMAR) &&
                !(cl & WF_VERB) && k > 0) {
                k--;
                adj = 1;
                while (k >= 0 && x->u[k].m < 0 && (upunct(x, k, '"') || upunct(x, k, '\'')))
                    k--;
            }
        }
        if (k >= 0 && x->u[k].m < 0 && (utok_is(x, k, "HIS") || utok_is(x, k, "ITS") || utok_is(x, k, "THEIR") ||
                                          utok_is(x, k, "OUR") || utok_is(x, k, "MY") || utok_is(x, k, "YOUR")))
            return 1;
    }
    if (ui > 0 && !x->opt->tabari_compat && x->u[ui - 1].m < 0 &&
        (utok_is(x, ui - 1, "'S") || utok_is(x, ui - 1, "'")))
        return 1;                         /* "Trump's proposed plan" */
    if (ui > 0 && !x->opt->tabari_compat && x->u[ui - 1].m < 0) {
        uint32_t pc = ucls(x, ui - 1);
        int s_form = plural_s(t);
        /* "as talks stall", "after strikes on": a form in -s after a
           preposition or a word that opens a clause */
        if ((pc & (WC_SUBORD | WC_PREP)) && s_form)
            return 1;
        /* "the agency said strikes took place", "said that talks": a
           verb in -s needs a subject, and the clause a verb of saying
           reports (with "that" or without) has none before it here */
        int k = ui - 1;
        if ((pc & WC_THAT) && k > 0 && x->u[k - 1].m < 0)
            k--;
        if (s_form && tok_in(&x->c->toks.v[x->u[k].last], SAYING))
            return 1;
        /* "a state of denial", "with support": right after a preposition
           only a form in -ing is a verb ("to" takes an infinitive; "after"
           may open a clause) */
        if ((pc & WC_PREP) && !(pc & WC_SUBORD) && !utok_is(x, ui - 1, "TO") && !ing_form(t))
            return 1;
    }
    if (ui > 0 && !x->opt->tabari_compat && x->u[ui - 1].m >= 0 &&
        (x->c->toks.v[x->u[ui - 1].last].norm[0] == '\'' ))
        return 1;
    if (ui > 1 && !x->opt->tabari_compat && x->u[ui - 1].m >= 0 && x->u[ui - 2].m < 0) {
        /* "a U.S. request", "the Israeli attack": a noun after a modifier;
           but "the Kremlin rejected" is a subject and its verb */
        const tok *mt = &x->c->toks.v[x->u[ui - 1].last];
        int is_adj = tok_adjective_form(mt);
        const mention *mm = &x->m[x->u[ui - 1].m];
        /* a modifier is a bare country or group name ("the Iranian
           attack"), not an actor with a role ("the Taliban rejected") */
        int modifier = mm->head == mm->first && !mm->person && !mm->agent_only && !mm->pronoun &&
                       (mm->ncodes == 0 || strlen(mm->codes[0]) <= 3);
        if (modifier && (utok_is(x, ui - 2, "A") || utok_is(x, ui - 2, "AN") || (utok_is(x, ui - 2, "THE") && is_adj)))
            return 1;
        /* "an army patrol", "a police raid": a base form does not agree
           with a subject brought in by "a" or "an", whatever it names
           (a past would: "a police officer shot").  Acts of protest and
           violence keep their noun reading with the doer before them ("a
           rebel attack on", owner_of_noun()), and so do visits and
           meetings ("an official visit to Brazil"). */
        if ((utok_is(x, ui - 2, "A") || utok_is(x, ui - 2, "AN")) && base_tok(t) && !tok_irregular_past(t) &&
            x->u[ui].first == x->u[ui].last) {
            if (code_root(verb_code(x->d, verb)) != 4 && !act_noun_verb(x->d, verb))
                return 1;
        }
    }
    if (ui > 0 && !x->opt->tabari_compat && x->u[ui - 1].m >= 0 && x->u[ui - 1].first == x->u[ui - 1].last &&
        x->u[ui].first == x->u[ui].last) {
        /* "Armenian state and media websites": a singular country
           adjective does not take a verb in its base form (a name does:
           "Japan met", "Iran sent") */
        const tok *mt = &x->c->toks.v[x->u[ui - 1].last];
        const mention *mm = &x->m[x->u[ui - 1].m];
        int country_adj = demonym(mt) && !mm->person && !mm->pronoun && !mm->agent_only && mm->ncodes &&
                          strlen(mm->codes[0]) <= 3;
        if (country_adj && base_tok(t))
            return 1;
        /* "Brazilian loans", "Japanese imports rose", "to deter Iranian
           attacks": a nationality adjective is no singular subject, so
           the form in -s after it is a plural noun; but "every (employed)
           Haitian supports" names one person.  Such a noun of force or
           protest that opens a clause reports the acts as going on
           ("Palestinian riots against Israeli policies are continuing",
           "said American airstrikes killed"), and an act of violence after
           "in" or "by" names what caused the clause's act ("died in
           Russian strikes"):
           it stays the event, with the nationality as its doer. */
        if (country_adj && plural_s(t)) {
            static const char *const one[] = { "A", "AN", "EVERY", "EACH", "ONE", "ANOTHER", NULL };
            int one_person = 0;
            for (int k = ui - 2; k >= 0 && k >= ui - 3 && x->u[k].m < 0 && !one_person; k--)
                one_person = tok_in(&x->c->toks.v[x->u[k].last], one);
            int root = code_root(verb_code(x->d, verb));
            int cause = root >= 18 && ui > 1 && x->u[ui - 2].m < 0 &&
                        (utok_is(x, ui - 2, "IN") || utok_is(x, ui - 2, "BY"));
            if (!one_person && (root < 14 || root > 20 || !(opens_clause(x, ui - 1) || cause)))
                return 1;
        }
    }
    if (!allcaps && (t->flags & TF_CAP) && x->u[ui].first > x->s->first && !(t->flags & TF_PARA)) {
        /* capitalised inside a sentence: a name, unless after a quote */
        const tok *pv = &x->c->toks.v[x->u[ui].first - 1];
        if (!(pv->kind == TK_PUNCT && ((pv->flags & TF_QUOTE) || pv->norm[0] == ':')))
            return 1;
    }
    return 0;
}

/* A base or plural form right before a verb of saying in the past is
 * the subject that said it: "the local press reported", "the
 * Baghdad-Washington talks said", "the press release said" (a verb would
 * have its object or clause there, not "said"). */
static int noun_before_saying(const sctx *x, int ui, int ue)
{
    if (x->opt->tabari_compat || ue >= x->nu || x->u[ue].m >= 0)
        return 0;
    const tok *v = &x->c->toks.v[x->u[ue].first];
    if (!tok_in(v, SAYING) || !(ed_form(v) || tok_irregular_past(v)))
        return 0;
    const tok *t = &x->c->toks.v[x->u[ui].last];
    return !ed_form(t) && !ing_form(t) && !tok_irregular_past(t) &&
           !(t->cls & (WC_PARTICIPLE | WC_AUX));   /* "has said" */
}

/* A plural or base form right before an auxiliary is the head noun of a
 * subject, not a verb: "U.S. demand could be sluggish", "Japanese imports
 * were smaller", "the loans have been repaid" (ue: the unit after the
 * verb's words).  A verb is followed by its object or a clause, and "if"
 * or "unless" may open one ("says if").  But a verb whose clause lost its
 * subject to a relative word is followed by the clause's auxiliary: "which
 * Iran says has a range of", "what he says are", "minicomputers it hopes
 * will compete": not after a pronoun, nor a few words after a relative. */
static int noun_before_aux(const sctx *x, int ui, int ue)
{
    static const char *const subj[] = { "I", "WE", "YOU", "HE", "SHE", "IT", "THEY", NULL };
    static const char *const not_aux[] = { "IF", "UNLESS", "BE", "BEING", "BEEN", "HAVING", NULL };
    if (x->opt->tabari_compat || ue >= x->nu || x->u[ue].m >= 0 ||
        !(ucls(x, ue) & (WC_BE | WC_HAVE | WC_HYPO | WC_FUT)))
        return 0;                         /* the common case, first */
    const tok *t = &x->c->toks.v[x->u[ui].first];
    /* a form in -ing is a noun there too ("fighting has driven 160,000
       people from their homes"), but not after an actor it may modify
       ("forces fighting have") nor in a run of verbs ("is fighting") */
    if (ing_form(t) && ui > 0 &&
        (x->u[ui - 1].m >= 0 || (ucls(x, ui - 1) & (WC_BE | WC_HAVE | WC_HYPO | WC_FUT | WC_DO))))
        return 0;
    if (ed_form(t) || tok_irregular_past(t) || (t->cls & WC_PARTICIPLE))
        return 0;
    if (ui > 0 && x->u[ui - 1].m < 0 && tok_in(&x->c->toks.v[x->u[ui - 1].first], subj))
        return 0;
    for (int k = ui - 1; k >= 0 && k >= ui - 3; k--)
        if (x->u[k].m < 0 && ((ucls(x, k) & (WC_REL | WC_THAT)) || utok_is(x, k, "WHAT")))
            return 0;
    const tok *a = &x->c->toks.v[x->u[ue].first];
    if (utok_is(x, ue, "MAY") && (a->flags & TF_CAP))
        return 0;                         /* "to celebrate May Day" */
    return !tok_in(a, not_aux);
}

/* ---- roles ---- */

static int is_prep_object1(const sctx *x, int ui, int allow_adj)
{
    /* "with X", "in the X", "to their X" */
    for (int k = ui - 1; k >= 0 && k >= ui - 3; k--) {
        if (x->u[k].m >= 0)
            return 0;
        uint32_t cl = ucls(x, k);
        if (utok_is(x, k, "OF") && k > 0 && x->u[k - 1].m < 0 &&
            (ucls(x, k - 1) & WC_QUANTITY))
            return 0;         /* "thousands of Iraqi Kurds", "members of X" */
        if (cl & WC_PREP)
            return 1;
        if (cl & WC_DET)
            continue;
        const tok *t = &x->c->toks.v[x->u[k].first];
        if (allow_adj && t->kind == TK_WORD && !(cl & (WC_GRAMMAR | WF_VERB)) && !(t->flags & TF_CAP))
            continue;   /* an adjective: "in south Ithilen", "in eastern Afghanistan" */
        if (allow_adj && k == ui - 1 && tok_place_word(t))
            continue;   /* a part of the place's own name: "in South Boston" */
        return 0;
    }
    return 0;
}

/* The first member of the compound group of mention unit ui within the
 * twelve units before it, not before lo. */
static int group_start(const sctx *x, int ui, int lo)
{
    int g = x->u[ui].group, k = ui;
    for (int j = ui - 1; j >= lo && j >= ui - 12; j--)
        if (x->u[j].m >= 0 && x->u[j].group == g)
            k = j;
    return k;
}

/* Its last member within the twelve units after it, before hi. */
static int group_end(const sctx *x, int ui, int hi)
{
    int g = x->u[ui].group, k = ui;
    for (int j = ui + 1; j < hi && j <= ui + 12; j++)
        if (x->u[j].m >= 0 && x->u[j].group == g)
            k = j;
    return k;
}

/* Is mention unit ui (or the first member of its compound) the object of
 * a participle in -ing, with an article or a count between, after another
 * mention of the clause, and with a word of its own phrase after it
 * before the verb at vu0: "A Taliban splinter group holding three U.N.
 * workers hostage demanded", "Militants holding three UN workers hostage
 * in Afghanistan have offered"?  The one done to is then no subject; the
 * doer is before the participle.  With nothing between the -ing form and
 * the mention, the -ing form is an adjective ("visiting Chinese Premier
 * Wen Jiabao said", "the ruling Congress party"); with the verb, "to" or
 * an auxiliary right after the mention, the mention is the subject of
 * what follows ("urging the Reagan administration oppose", "saying the
 * IMF and World Bank were pressing"). */
static int participle_object(const sctx *x, int ui, int lo, int vu0)
{
    int k = group_start(x, ui, lo), a = group_end(x, ui, vu0) + 1;
    if (a >= vu0 || x->u[a].m >= 0 || x->c->toks.v[x->u[a].first].kind != TK_WORD || (ucls(x, a) & WC_GRAMMAR))
        return 0;
    int j = k - 1, between = 0;
    while (j > lo && between < 2 && x->u[j].m < 0 &&
           ((ucls(x, j) & WC_DET) || count_tok(&x->c->toks.v[x->u[j].first]))) {
        j--;
        between++;
    }
    if (!between || j <= lo || x->u[j].m >= 0)
        return 0;
    const tok *t = &x->c->toks.v[x->u[j].first];
    if (t->kind != TK_WORD || !ing_form(t) || !(t->starts & WF_VERB))
        return 0;
    /* a mention before it, in the same clause */
    for (int q = j - 1; q >= lo && q >= j - 6; q--) {
        if (x->u[q].m >= 0)
            return !x->m[x->u[q].m].nullcode;
        if (upunct(x, q, ',') || upunct(x, q, ';') || upunct(x, q, ':') || (ucls(x, q) & (WC_THAT | WC_REL)))
            return 0;
    }
    return 0;
}

/* Is mention unit ui (or the first member of its compound) the object of
 * a preposition?  A word like "after" or "since" right before a subject and
 * its verb (vu0) opens a clause instead: "after Zelensky rejected". */
static int is_prep_object(const sctx *x, int ui, int vu0)
{
    int k = group_start(x, ui, 0), last = ui;
    /* right before its verb an actor is its subject, whatever precedes
       it: "... about the river Valdoria condemned ...", unless a phrase
       of allegiance opens it: "rebels loyal to former vice president
       Riek Machar freed" */
    if (!x->m[x->u[k].m].side && !is_prep_object1(x, k, vu0 < 0 || vu0 != last + 1))
        return 0;
    /* (with an article between: "two days after the UN nuclear
       watchdog demanded") */
    int j = k - 1;
    while (j > 0 && article(x, j))
        j--;
    if (j >= 0 && x->u[j].m < 0 && (ucls(x, j) & WC_SUBORD) && vu0 >= 0 && vu0 - last <= 3) {
        if (j == k - 1)
            return 0;
        /* after an article the actor may be a noun's modifier ("after an
           Israeli pullout held"): only with the verb right after it, or
           after its auxiliaries ("after the police had tightened") */
        int q = last + 1;
        while (q < vu0 && x->u[q].m < 0 && (ucls(x, q) & (WC_AUX | WC_NEG)))
            q++;
        /* and a past or an auxiliary, which a noun is not ("after the
           Kabul assault") */
        const tok *vt = &x->c->toks.v[x->u[vu0].first];
        if (q == vu0 && (q > last + 1 || ed_form(vt) || tok_irregular_past(vt)))
            return 0;
    }
    return 1;
}

/* The preposition before mention ui (or its compound), if any, else
 * NULL: with an article or a word for a part of a place between ("in
 * the Gaza Strip", "in southern Iraq", "in the north-east of", "in
 * neighbouring Pakistan": where "in Iraq" is a place, so is "in
 * northern Iraq"). */
static int prep_unit_before(const sctx *x, int ui)
{
    int k = group_start(x, ui, 0), modifier = 0;
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
        if (x->u[j].m >= 0)
            return -1;
        uint32_t cl = ucls(x, j);
        if (cl & WC_PREP)
            return j;
        if (cl & WC_DET)
            continue;
        if (modifier++ || x->u[j].first != x->u[j].last || !tok_place_part(&x->c->toks.v[x->u[j].first]))
            return -1;
    }
    return -1;
}

static const char *prep_before(const sctx *x, int ui)
{
    int j = prep_unit_before(x, ui);
    return j >= 0 ? x->c->toks.v[x->u[j].first].norm : NULL;
}

/* Is mention ui someone acting with the doer, not the target: "US troops
 * fighting alongside Kurdish militias", "fought along with the YPG
 * against Isis", "together with France", or the owner or the name in
 * brackets of such a one? */
static int companion(const sctx *x, int ui)
{
    /* "alongside Assad's forces": the owner's preposition (the "'s" is
       a unit of its own or the owner's last word) */
    if (utok_is(x, ui - 1, "'S") && ui >= 2 && x->u[ui - 2].m >= 0)
        ui -= 2;
    else if (ui >= 1 && x->u[ui - 1].m >= 0 && !strcmp(x->c->toks.v[x->u[ui - 1].last].norm, "'S"))
        ui -= 1;
    /* "alongside the Syrian Democratic Forces (SDF)": a name in brackets
       after a mention is that mention */
    else if (upunct(x, ui - 1, '(') && ui >= 2 && x->u[ui - 2].m >= 0)
        ui -= 2;
    int p = prep_unit_before(x, ui);
    if (p < 0)
        return 0;
    if (utok_is(x, p, "ALONGSIDE") || utok_is(x, p, "BESIDE"))
        return 1;
    /* "expressed condolences ... on behalf of the people and government
       of Taiwan": whom the source speaks for */
    if (utok_is(x, p, "OF") && utok_is(x, p - 1, "BEHALF"))
        return 1;
    return utok_is(x, p, "WITH") && (utok_is(x, p - 1, "ALONG") || utok_is(x, p - 1, "TOGETHER"));
}

/* Places and circumstances, not targets: "talks in Paris", "at the
 * border" (2: a place), "after Calenardhon crowds burned" (1). */
static int is_location(const sctx *x, int ui)
{
    static const char *const loc[] = { "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS", "THROUGHOUT", "WITHIN",
                                       "ALONG", NULL };
    static const char *const circ[] = { "DURING", "VIA", "AMID", "AMIDST", "DESPITE", "SINCE", "UNTIL", "AFTER",
                                        "BEFORE", NULL };
    const char *p = prep_before(x, ui);
    if (!p)
        return 0;
    for (int i = 0; loc[i]; i++)
        if (strcmp(p, loc[i]) == 0)
            return 2;
    for (int i = 0; circ[i]; i++)
        if (strcmp(p, circ[i]) == 0)
            return 1;
    return 0;
}

static int clause_break(const sctx *x, int ui)
{
    if (x->u[ui].m >= 0)
        return 0;
    const tok *t = &x->c->toks.v[x->u[ui].first];
    if (t->kind == TK_PUNCT && (t->norm[0] == ';' || t->norm[0] == ':'))
        return 1;
    return 0;
}

/* The first member (from lo on) of the compound group of mention unit
 * u, which stands for the group as a subject. */
static int group_first(const sctx *x, int u, int lo)
{
    int g = x->u[u].group;
    while (u > lo && x->u[u - 1].group == g && x->u[u - 1].m >= 0)
        u--;
    for (int j = u - 1; j >= lo && j >= u - 6; j--)
        if (x->u[j].m >= 0 && x->u[j].group == g)
            u = j;
    return u;
}

/* Is unit k, before a verb, one that stands between it and its subject:
 * an auxiliary, a negation, an adverb in -ly? */
static int aux_or_adverb(const sctx *x, int k, int lo)
{
    if ((ucls(x, k) & (WC_AUX | WC_NEG | WC_STOP)) || ly_unit(x, k))
        return 1;
    if (x->opt->tabari_compat || x->u[k].m >= 0)
        return 0;
    /* a quotation that opens before the verb, and an adverb right after
       an auxiliary: 'had "again defied' */
    return upunct(x, k, '"') ||
           (k > lo && x->u[k - 1].m < 0 && (ucls(x, k - 1) & WC_AUX) &&
            tok_in(&x->c->toks.v[x->u[k].first], ADVERBS));
}

/* The unit before the auxiliaries, negation and adverbs in -ly right
 * before the verb at vu0 ("has not yet", "would reportedly"): where its
 * subject would end (lo - 1 when they reach back to lo). */
static int before_auxiliaries(const sctx *x, int vu0, int lo)
{
    int k = vu0 - 1;
    while (k >= lo && aux_or_adverb(x, k, lo))
        k--;
    return k;
}

/* "Mr Milburn said", "Dr Okafor warned": a person no dictionary knows,
 * named with a title, right before the verb (auxiliaries, negation and
 * adverbs between) is its subject; the search for an actor stops there
 * rather than take one from earlier in the sentence. */
static int titled_stranger(const sctx *x, int vu0, int lo)
{
    int k = before_auxiliaries(x, vu0, lo);
    if (k - 1 < lo || x->u[k].m >= 0 || x->u[k - 1].m >= 0)
        return 0;
    /* not one of a list ("John Reid and Lord Haskins are warning"), nor
       named after a description ("Plaid Cymru's leader, Mr Llwyd, has
       argued") */
    for (int j = k - 2; j >= lo && j >= k - 4; j--)
        if (x->u[j].m < 0 && (ucls(x, j) & WC_CONJ))
            return 0;
    if (k - 3 >= lo && upunct(x, k - 2, ',') && x->u[k - 3].m >= 0 && !x->m[x->u[k - 3].m].pronoun &&
        !is_prep_object(x, k - 3, -1))
        return 0;
    const tok *name = &x->c->toks.v[x->u[k].first], *title = &x->c->toks.v[x->u[k - 1].first];
    return name->kind == TK_WORD && (name->flags & TF_CAP) && !(name->flags & TF_ALLCAP) &&
           !(ucls(x, k) & WC_GRAMMAR) && ((title->cls | tacx_abbrev_class(x->d, title)) & WC_TITLE);
}

/* The comma that ends a phrase set off before the verb at vu0, with only
 * auxiliaries, negation and the like after it ("Estonia, a small
 * country, has launched"): its unit, or -1. */
static int comma_before_verb(const sctx *x, int vu0, int lo)
{
    int k = before_auxiliaries(x, vu0, lo);
    return k >= lo && upunct(x, k, ',') ? k : -1;
}

/* "Estonia, a small country in Northern Europe, has launched": an
 * apposition set off by commas right before the verb; returns the actor
 * it describes, or -1. */
static int apposition_head(const sctx *x, int vu0, int lo)
{
    int k = comma_before_verb(x, vu0, lo);
    if (k < 0)
        return -1;
    for (int j = k - 1, n = 0; j >= lo && n < 14; j--, n++) {
        if (upunct(x, j, ',')) {
            if (j - 1 >= lo && j + 1 < k && x->u[j - 1].m >= 0 && !x->m[x->u[j - 1].m].nullcode &&
                !is_prep_object(x, j - 1, -1))
                return j - 1;
            return -1;
        }
        if (x->u[j].m < 0 && ((ucls(x, j) & (WC_THAT | WC_REL | WC_BE | WC_HAVE)) || clause_break(x, j)))
            return -1;
    }
    return -1;
}

/* "Greenspan, 79, who has been in London to attend the G7 meeting, said",
 * "the minister, whose visit to Uganda angered Tanzania, said": a
 * relative clause set off by commas right before the verb; its
 * antecedent is the subject, never an actor inside the clause.  Returns
 * the antecedent, -2 when it is no actor, -1 when there is no such
 * clause. */
static int relative_head(const sctx *x, int vu0, int lo)
{
    int k = comma_before_verb(x, vu0, lo);
    if (k < 0)
        return -1;
    for (int j = k - 1, commas = 0; j > lo && j >= k - 40; j--) {
        /* (a clause holds at most two commas of its own: "Republic,
           which is controlled by Cincinnati, Ohio, financier Carl
           Lindner, said"; with more it has surely ended) */
        if (clause_break(x, j) || upunct(x, j, '"') || (upunct(x, j, ',') && ++commas > 2))
            return -1;
        if (x->u[j].m >= 0 || !upunct(x, j - 1, ',') ||
            !(utok_is(x, j, "WHO") || utok_is(x, j, "WHICH") || utok_is(x, j, "WHOSE")))
            continue;
        int a = j - 2;
        /* an age between: "Greenspan, 79, who" */
        if (a - 1 > lo && x->u[a].m < 0 && x->c->toks.v[x->u[a].first].kind == TK_NUM && upunct(x, a - 1, ','))
            a -= 2;
        if (a >= lo && x->u[a].m >= 0 && !x->m[x->u[a].m].nullcode && !is_prep_object(x, a, -1))
            return a;
        /* "Santamaria, who is the government's spokesman, met": what the
           clause says the antecedent is */
        if (j + 1 < k && (ucls(x, j + 1) & WC_BE))
            for (int e = j + 2; e < k && e <= j + 5; e++) {
                if (x->u[e].m >= 0)
                    return x->m[x->u[e].m].nullcode ? -2 : e;
                /* a determiner and adjectives: "who is the most senior
                   judge in England" */
                if (!(ucls(x, e) & WC_DET) && (x->c->toks.v[x->u[e].first].kind != TK_WORD ||
                                                 (ucls(x, e) & (WC_GRAMMAR | WF_VERB))))
                    break;
            }
        return -2;
    }
    return -1;
}

/* "Turkey, a NATO member, said it would": an actor inside an apposition
 * (a noun phrase opened by a determiner, set off by commas right after
 * another actor) describes that actor; returns the actor described, or
 * -1. */
static int appositive_of(const sctx *x, int k, int vu0, int lo)
{
    int j = k - 1;
    while (j >= lo && j >= k - 5 && x->u[j].m < 0 && !upunct(x, j, ',') &&
           x->c->toks.v[x->u[j].first].kind == TK_WORD &&
           !(ucls(x, j) & (WC_GRAMMAR & ~(uint32_t)(WC_DET | WC_SENT_START | WC_QUANTITY | WC_RELATION))))
        j--;
    if (j < lo + 1 || j + 1 >= k || !upunct(x, j, ',') || x->u[j + 1].m >= 0 || !(ucls(x, j + 1) & WC_DET) ||
        (ucls(x, j + 1) & (WC_PRON_PERS | WC_PRON_OTHER)) || x->u[j - 1].m < 0 || x->m[x->u[j - 1].m].nullcode)
        return -1;
    int e = k + 1;
    while (e < vu0 && e <= k + 4 && x->u[e].m < 0 && !upunct(x, e, ',') &&
           x->c->toks.v[x->u[e].first].kind == TK_WORD &&
           !(ucls(x, e) & (WC_GRAMMAR & ~(uint32_t)(WC_SENT_START | WC_QUANTITY | WC_RELATION))))
        e++;
    return e < vu0 && upunct(x, e, ',') ? j - 1 : -1;
}

/* Does the noun phrase of mention unit a (a determiner aside) open its
 * clause: the sentence's start (lo), or a comma, "that", a relative
 * word, a subordinator or a conjunction before it?  Not "a proposal to
 * strengthen the OPCW" (a verb before it). */
static int starts_clause(const sctx *x, int a, int lo)
{
    int p = before_phrase(x, a);
    return p < lo ||
           (x->u[p].m < 0 && (upunct(x, p, ',') || (ucls(x, p) & (WC_THAT | WC_REL | WC_SUBORD | WC_CONJ))));
}

/* "Israel, unwilling to tolerate the militia Hezbollah close to its
 * borders, said", "Assad, backed by Russia and Iran, has refused": an
 * actor inside an aside set off by commas right after the clause's first
 * actor, the aside opened by an adjective before "to", a participle
 * before "by" or a form in -ing, with no finite verb in it and the
 * clause's verb right after the closing comma.  Returns the actor the
 * aside follows, or -1. */
static int aside_of(const sctx *x, int k, int vu0, int lo)
{
    static const char *const before_to[] = { "UNWILLING", "WILLING", "KEEN", "EAGER", "DETERMINED", "RELUCTANT",
                                             "ANXIOUS", "DESPERATE", "UNABLE", "READY", "QUICK", "CAREFUL",
                                             "LOATH", "LOTH", NULL };
    /* the closing comma, with only auxiliaries, negation and adverbs
       after it */
    int c2 = before_auxiliaries(x, vu0, k + 1);
    if (c2 <= k || !upunct(x, c2, ','))
        return -1;
    for (int e = k + 1; e < c2; e++)
        if (x->u[e].m < 0 && (ucls(x, e) & (WC_BE | WC_HAVE | WC_REL | WC_THAT | WC_SUBORD)))
            return -1;
    /* the opening comma */
    int c1 = k - 1;
    while (c1 > lo && c1 >= k - 12 && !upunct(x, c1, ','))
        c1--;
    if (c1 <= lo || !upunct(x, c1, ',') || c1 + 2 >= k)
        return -1;
    for (int e = c1 + 1; e < k; e++)
        if (x->u[e].m < 0 && ((ucls(x, e) & (WC_BE | WC_HAVE | WC_REL | WC_THAT | WC_SUBORD)) || clause_break(x, e)))
            return -1;
    const tok *o = &x->c->toks.v[x->u[c1 + 1].first];
    int opener = x->u[c1 + 1].m < 0 && o->kind == TK_WORD &&
                 ((tok_in(o, before_to) && utok_is(x, c1 + 2, "TO")) ||
                  (past_participle(o) && utok_is(x, c1 + 2, "BY")) || ing_form(o));
    if (!opener)
        return -1;
    int a = c1 - 1;
    if (!names_actor(x, a) || !starts_clause(x, group_first(x, a, lo), lo))
        return -1;
    return a;
}

/* Is mention unit k inside a relative clause with a verb of its own that
 * an actor opens ("Rebels who attacked a Malian army base killed", "the
 * president, who met Russian officials on Monday, criticised")?  Then the
 * verb after the clause is that actor's: its unit, else -1. */
static int rel_antecedent(const sctx *x, int k, int lo)
{
    /* (not the subject of a clause that a verb of saying or thinking in
       the relative clause reports: "Macron, who says Syria used chemical
       weapons, ..." has Syria use them) */
    static const char *const reporting[] = { "SAYS", "SAY", "SAID", "ADDED", "CLAIMS", "CLAIMED", "BELIEVES",
                                             "BELIEVED", "THINKS", "THOUGHT", "ARGUES", "ARGUED", "INSISTS",
                                             "INSISTED", "ALLEGES", "ALLEGED", "FEARS", "FEARED", NULL };
    if (k - 1 >= lo && x->u[k - 1].m < 0 && tok_in(&x->c->toks.v[x->u[k - 1].first], reporting) &&
        !(tcls(x, x->u[k].first) & WC_PRON_PERS))   /* ("Blair, who said he would apologise": Blair) */
        return -1;
    int verb = 0;
    for (int j = k - 1; j >= lo; j--) {
        if (x->u[j].m >= 0)
            return -1;
        if (utok_is(x, j, "WHO") || utok_is(x, j, "WHICH")) {
            int a = j - 1;
            if (a >= lo && upunct(x, a, ','))
                a--;
            return verb && a >= lo && x->u[a].m >= 0 && !x->m[x->u[a].m].nullcode ? a : -1;
        }
        /* the clause has ended before k: "Unlike Norway, which has cut its
           output, Britain has refused", "teachers, who ask for a bonus,
           but the government refused" */
        if (upunct(x, j, ',') || (ucls(x, j) & (WC_SUBORD | WC_CONJ | WC_THAT)))
            return -1;
        const tok *t = &x->c->toks.v[x->u[j].first];
        if (t->kind == TK_WORD && ((t->starts & WF_VERB) || (ucls(x, j) & (WC_BE | WC_HAVE))))
            verb = 1;
    }
    return -1;
}

/* Is unit k a count, no actor: "58", "scores", "dozens"? */
static int count_unit(const sctx *x, int k)
{
    return k >= 0 && k < x->nu && x->u[k].m < 0 &&
           (x->c->toks.v[x->u[k].first].kind == TK_NUM || (ucls(x, k) & WC_QUANTITY));
}

/* Is unit k a word in -ed or an irregular participle, no actor? */
static int participle_unit(const sctx *x, int k)
{
    const tok *t = &x->c->toks.v[x->u[k].last];
    return x->u[k].m < 0 && t->kind == TK_WORD && (ed_form(t) || (ucls(x, k) & WC_PARTICIPLE));
}

/* The participle that "and" or "or" at unit k joins to the one after it,
 * with its particle ("were beaten and arrested", "hunted down and
 * killed"), or -1. */
static int joined_participle(const sctx *x, int k)
{
    if (k < 1 || !(utok_is(x, k, "AND") || utok_is(x, k, "OR")))
        return -1;
    int p = k - 1;
    if (!x->opt->tabari_compat && p > 0 && x->u[p].m < 0 && tok_in(&x->c->toks.v[x->u[p].first], PARTICLES))
        p--;
    return participle_unit(x, p) ? p : -1;
}

/* Does a verb of saying report the clause of the verb at vu0, whose own
 * subject is a noun phrase that names no actor: "Kenya said the group
 * attacked", "said two loans will support", "said the attack on the base
 * killed"?  Between the verb of saying and the verb only that phrase
 * (nouns, adjectives, determiners, numbers, prepositions) and then
 * auxiliaries, negation and adverbs ("would also increase").  The
 * speaker is then not the doer, as after "said that the group". */
static int reported_subject(const sctx *x, int vu0, int lo)
{
    const uint32_t function = WC_PRON_PERS | WC_PRON_OTHER | WC_AUX | WC_NEG |
                              WC_CONJ | WC_REL | WC_THAT | WC_STOP | WC_SUBORD | WC_SENT_START | WC_TITLE |
                              WC_HEARSAY;
    int k = before_auxiliaries(x, vu0, lo);
    if (k < lo || (x->u[k].m < 0 && (ucls(x, k) & WC_PREP)))
        return 0;   /* an infinitive, "announced a plan to halt", has none */
    /* "the province", "the company", "the group" after its own officials
       name the speaker's body again: "Officials in Manitoba said the
       province would send aid" */
    static const char *const own[] = { "COUNTRY", "NATION", "STATE", "PROVINCE", "KINGDOM", "REPUBLIC",
                                       "EMIRATE", "TERRITORY", "REGION", "CITY", "ISLAND", "GOVERNMENT",
                                       "ADMINISTRATION", "REGIME", "CABINET", "MINISTRY", "AGENCY", "ARMY",
                                       "COMPANY", "FIRM", "BANK", "CORPORATION", "CONCERN", "GROUP",
                                       "ORGANIZATION", "ORGANISATION", "PARTY", "UNION", "MOVEMENT", "ALLIANCE",
                                       "BODY", "COMMITTEE", "COUNCIL", "BOARD", NULL };
    int nouns = 0, head = k, ing = ing_form(&x->c->toks.v[x->u[vu0].first]);
    for (; k >= lo && k >= vu0 - 12; k--) {
        if (x->u[k].m >= 0) {
            if (!x->m[x->u[k].m].nullcode)
                return 0;   /* an actor: the subject, or an object the search will judge */
            nouns++;
            continue;
        }
        const tok *t = &x->c->toks.v[x->u[k].last];
        uint32_t cl = ucls(x, k);
        if (tok_in(t, SAYING))
            return nouns > 0 && !(k + 2 == head && x->u[head].m < 0 && utok_is(x, k + 1, "THE") &&
                                  tok_in(&x->c->toks.v[x->u[head].first], own));
        if (cl & (WC_PRON_PERS | WC_PRON_OTHER))
            return 0;       /* "said his country will", "its troops": the speaker's own */
        /* a clause opened by "as", "while", "because" ... has that
           subject too: "Chile lowered its estimate as the drought
           threatened its harvest" (not "such as", "as well as": a list;
           nor before a bare form in -ing, a noun: "after fierce
           fighting") */
        if ((cl & WC_SUBORD) && nouns > 0 && t->kind == TK_WORD && !(ing && head == vu0 - 1) &&
            !(utok_is(x, k, "AS") && (utok_is(x, k - 1, "SUCH") || utok_is(x, k - 1, "WELL"))) &&
            !(k + 1 == head && (participle_unit(x, head) ||
                                (x->u[head].m < 0 && ing_form(&x->c->toks.v[x->u[head].last])))))
            return 1;       /* (but "Japan, as expected, rejects": no subject) */
        if (t->kind == TK_NUM || (cl & (WC_DET | WC_PREP)))
            continue;
        if (t->kind != TK_WORD || (cl & function) || ly_adverb(t))
            return 0;
        nouns++;
    }
    return 0;
}

/* Does the clause from unit from on (after its opener) begin with a
 * subject of its own?  Not with a pronoun, which stands for an actor
 * before it ("because they will guarantee", "where on Saturday he
 * toured"), nor with a participle or an infinitive, a clause with none
 * ("while also offering tax cuts", "when asked", "when to open"). */
static int own_subject(const sctx *x, int from, int to)
{
    for (int k = from; k < to; k++) {
        if (x->u[k].m >= 0)
            return !x->m[x->u[k].m].pronoun;
        const tok *t = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        if (t->kind == TK_PUNCT || (cl & (WC_TIME | WC_DAY | WC_MONTH)) ||
            (t->kind == TK_WORD && (ly_adverb(t) || tok_in(t, ADVERBS))))
            continue;
        /* ("when to open negotiations": an infinitive has none either) */
        return !(cl & (WC_PRON_PERS | WC_PRON_OTHER)) && !utok_is(x, k, "TO") &&
               !(t->kind == TK_WORD && (ed_form(t) || ing_form(t) || (cl & WC_PARTICIPLE)));
    }
    return 0;
}

/* Is mention unit k inside an "according to" phrase closed by a comma
 * before the verb at vu0 ("According to reports by the national police
 * experts, the airplane broke into six pieces")?  It names the source of
 * the report, not the subject. */
static int in_attribution(const sctx *x, int k, int vu0, int lo)
{
    int comma = 0;
    for (int j = k + 1; j < vu0 && !comma; j++)
        comma = upunct(x, j, ',');
    if (!comma)
        return 0;
    for (int j = k - 1; j > lo && j >= k - 8; j--) {
        if (upunct(x, j, ','))
            return 0;
        /* (not "figures according to which the FMLN suffered") */
        if (utok_is(x, j, "TO") && utok_is(x, j - 1, "ACCORDING"))
            return !utok_is(x, j + 1, "WHICH") && !utok_is(x, j + 1, "WHOM");
    }
    return 0;
}

/* Nouns of help given, whose giver may follow "from": "support from". */
static const char *const GIVEN_NOUNS[] = { "SUPPORT", "BACKING", "HELP", "AID", "ASSISTANCE", NULL };

/* Does unit k open a clause of place, time, cause or concession with a
 * subject of its own before unit to ("where members of a group were
 * meeting", "although employers will have the right")?  Such a clause
 * takes no subject from before it. */
static int opens_own_clause(const sctx *x, int k, int to)
{
    static const char *const openers[] = { "WHERE", "WHEN", "WHILE", "BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS",
                                           "UNTIL", NULL };
    return !x->opt->tabari_compat && x->u[k].m < 0 && (ucls(x, k) & WC_SUBORD) &&
           tok_in(&x->c->toks.v[x->u[k].first], openers) && own_subject(x, k + 1, to);
}

/* The unit right before the noun phrase of mention unit k and its
 * compound, an article aside ("other than the U.S. and Japan": THAN). */
static int before_group(const sctx *x, int k)
{
    return before_phrase(x, group_start(x, k, 0));
}

/* Is the mention whose phrase p comes before (before_group()) left out
 * by it: "countries other than Iraq and Syria", "all members except
 * Zaire and Australia", "apart from Britain"?  Such an actor is neither
 * the doer nor the one done to. */
static int excluded(const sctx *x, int p)
{
    return utok_is(x, p, "EXCEPT") || utok_is(x, p, "EXCLUDING") ||
           (utok_is(x, p, "THAN") && utok_is(x, p - 1, "OTHER")) ||
           (utok_is(x, p, "FROM") && utok_is(x, p - 1, "APART")) ||
           (utok_is(x, p, "FOR") && utok_is(x, p - 1, "EXCEPT"));
}

/* Is mention unit k (with its compound, whose phrase p comes before) what
 * the clause compares its subject with, after "like" or "unlike" and
 * before a comma: "Like Isis, they film their captives", "Unlike Donald
 * Trump, who ..., the SDF spokesman described"?  (Not "countries like
 * China could export", where the list stands for the noun.) */
static int compared(const sctx *x, int k, int p)
{
    /* at the start, or after an actor and a comma ("Naylor, like Foley,
       has expressed caution"); after a group's noun it names examples
       of the group ("surplus countries, like West Germany and Japan,
       agreed") */
    if (p < 0 || !(utok_is(x, p, "LIKE") || utok_is(x, p, "UNLIKE")) ||
        (p > 0 && !(upunct(x, p - 1, ',') && p > 1 && x->u[p - 2].m >= 0)))
        return 0;
    int e = k;
    while (e + 1 < x->nu && (x->u[e + 1].m >= 0 ? x->u[e + 1].group == x->u[k].group
                                               : !upunct(x, e + 1, ',') && !(ucls(x, e + 1) & WF_VERB)))
        e++;
    return e + 1 < x->nu && upunct(x, e + 1, ',');
}

/* The subject: nearest actor on the left, after the previous verb. */
static int find_subject(const sctx *x, int vu0, int lo)
{
    if (!x->opt->tabari_compat) {
        int r = relative_head(x, vu0, lo);
        if (r == -2)
            return -1;
        if (r >= 0)      /* "the Netherlands, Portugal and the Czech Republic, which" */
            return group_first(x, r, lo);
        int a = apposition_head(x, vu0, lo);
        if (a >= 0)
            return group_first(x, a, lo);
        if (titled_stranger(x, vu0, lo) || reported_subject(x, vu0, lo))
            return -1;
    }
    for (int k = vu0 - 1; k >= lo; k--) {
        if (clause_break(x, k))
            break;
        if (!x->opt->tabari_compat && x->u[k].m < 0 && (ucls(x, k) & WC_REL) &&
            (utok_is(x, k, "WHICH") || utok_is(x, k, "WHO"))) {
            /* "Valdoria, which attacked Ostrania": the antecedent; not a
               place after "in" or "at", which only qualifies the noun
               before it ("the recall vote in Venezuela, which favoured
               keeping") */
            int a = k - 1;
            if (a >= 0 && upunct(x, a, ','))
                a--;
            if (a >= 0 && x->u[a].m >= 0 && !x->m[x->u[a].m].nullcode && !(utok_is(x, k, "WHICH") && after_in_at(x, a)))
                return a;
            break;
        }
        if (!x->opt->tabari_compat && x->u[k].m < 0 && (ucls(x, k) & (WC_THAT | WC_REL)))
            break;          /* "X insisted that [the deal] must be backed" */
        /* "fired at a house where members of a group were meeting" */
        if (opens_own_clause(x, k, vu0))
            break;
        if (x->u[k].m < 0)
            continue;
        const mention *mm = &x->m[x->u[k].m];
        if (mm->nullcode)
            continue;
        int before = before_group(x, k);
        if (!x->opt->tabari_compat && excluded(x, before))
            continue;
        if (is_prep_object(x, k, vu0))
            continue;
        if (!x->opt->tabari_compat && compared(x, k, before))
            continue;
        if (!x->opt->tabari_compat && participle_object(x, k, lo, vu0))
            continue;
        if (!x->opt->tabari_compat && in_attribution(x, k, vu0, lo))
            continue;
        if (!x->opt->tabari_compat) {
            int ah = appositive_of(x, k, vu0, lo);
            if (ah < 0)
                ah = aside_of(x, k, vu0, lo);
            if (ah >= 0)
                k = ah;
            int ra = rel_antecedent(x, k, lo);
            if (ra >= 0)
                k = ra;
        }
        return group_first(x, k, lo);
    }
    return -1;
}

/* A mention right before the verb at vu0, with at most auxiliaries,
 * negation and adverbs between ("Russia has not yet rejected"): the
 * verb's own subject.  Returns its unit or -1. */
static int direct_subject(const sctx *x, int vu0, int lo)
{
    /* a bare "-ing" form modifies a noun ("fighters still holding out"):
       without a form of "be" it has no subject */
    const tok *vt = &x->c->toks.v[x->u[vu0].first];
    int ing = ing_form(vt), be = 0;
    for (int k = vu0 - 1; k >= lo && k >= vu0 - 4; k--) {
        if (x->u[k].m >= 0)
            return (x->m[x->u[k].m].nullcode || (ing && !be)) ? -1 : k;
        uint32_t cl = ucls(x, k);
        be |= (cl & WC_BE) != 0;
        const tok *t = &x->c->toks.v[x->u[k].first];
        int adverb = t->kind == TK_WORD && ly_adverb(t);
        if (!(cl & (WC_AUX | WC_NEG | WC_STOP)) && !adverb)
            return -1;
    }
    return -1;
}

/* A weapon named without its owner ("asked for missiles") is a thing,
 * not a target; with a country ("Israeli missiles") it stands for the
 * armed forces that use it. */
static int lone_weapon(const sctx *x, const mention *mm)
{
    static const char *const w[] = { "MISSILES", "MISSILE", "DRONES", "DRONE", "TANKS", "ARTILLERY", "WARPLANES",
                                     "WARPLANE", "JETS", "BOMBERS", "WARSHIP", "WARSHIPS", "SUBMARINES",
                                     "HELICOPTERS", "GUNSHIPS", "AIRCRAFT", "ROCKETS", "VESSELS", "BOATS", NULL };
    const tok *t = &x->c->toks.v[mm->last];
    for (int i = 0; w[i]; i++)
        if (!strcmp(t->norm, w[i]))
            return 1;
    return 0;
}

/* Is mention mm plain civilians ("people", "children", "residents"), by
 * a word of such a group in it and a civilian role in its code?  In news
 * they are the victims of violence, not its doers: "47 PEOPLE KILLED",
 * "two people were wounded when a bomb exploded", "victims of an
 * unprovoked attack".  Settlers, youths, inmates and the like, who do
 * fight, are not among the words. */
static int civilians_only(const sctx *x, const mention *mm)
{
    static const char *const w[] = { "PEOPLE", "CIVILIANS", "CIVILIAN", "RESIDENTS", "CITIZENS", "VILLAGERS",
                                     "POPULATION", "INHABITANTS", "PASSENGERS", "PILGRIMS", "CHILDREN", "WOMEN",
                                     "FAMILIES", "RELATIVES", "VICTIMS", NULL };
    const char *code = mm->codes[0];
    size_t n = code ? strlen(code) : 0;
    if (n < 3 || strcmp(code + n - 3, "CVL"))
        return 0;
    for (int i = mm->first; i <= mm->last; i++)
        if (tok_in(&x->c->toks.v[i], w))
            return 1;
    return 0;
}

/* Is mention mm a place below the country level named alone (a
 * [places] entry with no role: "Assam", "Eastern Ghouta", "Kharg")?
 * Violence named with one happens there: "bomb blasts rocked Nagaland
 * and Assam, killing 19", "the Douma attack", "the Kharg terminal,
 * attacked 135 times".  Capitals, which news uses for governments, are
 * countries' names, not places. */
static int place_only(const sctx *x, const mention *mm)
{
    return mm->actor >= 0 && (x->d->actors[mm->actor].flags & ACT_PLACE) && mm->agent < 0 && !mm->person &&
           mm->ncodes == 1 && strlen(mm->codes[0]) == 3;
}

/* Is the verb at vu0 led by one of the pronouns pro that names no actor
 * of its own ("it", "they", "we"), with at most auxiliaries, negation
 * and adverbs between: "... said that they will not release"?  0, or the
 * pronoun's unit plus one. */
static int pronoun_leads(const sctx *x, int vu0, int lo, const char *const *pro)
{
    for (int k = vu0 - 1; k >= lo && k >= vu0 - 5; k--) {
        if (x->u[k].m >= 0)
            return 0;
        if (tok_in(&x->c->toks.v[x->u[k].first], pro))
            return k + 1;
        uint32_t cl = ucls(x, k);
        const tok *t = &x->c->toks.v[x->u[k].first];
        int adverb = t->kind == TK_WORD && ly_adverb(t);
        if (!(cl & (WC_AUX | WC_NEG | WC_STOP)) && !adverb)
            return 0;
    }
    return 0;
}

static const char *const SUBJECT_PRONOUNS[] = { "IT", "THEY", "WE", "HE", "SHE", NULL };
static const char *const HE_SHE[] = { "HE", "SHE", NULL };
static const char *const I_WE[] = { "I", "WE", NULL };
static const char *const IT_THEY[] = { "IT", "THEY", "WE", NULL };

/* Can the mention at unit u be "he" or "she": a person, or a role or
 * another noun for one ("the minister", "a Briton")?  Not a group named
 * by a plural or a collective noun ("troops", "partners", "the police",
 * "the regime"), nor a country, place or body named alone ("Paris",
 * "Florida", "Isis"). */
static int may_be_he(const sctx *x, int u)
{
    static const char *const groups[] = { "POLICE", "GOVERNMENT", "MILITARY", "ARMY", "NAVY", "REGIME", "JUNTA",
                                          "COURT", "CABINET", "ADMINISTRATION", "MINISTRY", "COMMITTEE", "COUNCIL",
                                          "COMPANY", "FIRM", "BUSINESS", "BANK", "PARTY", "MEDIA", "PARLIAMENT",
                                          "CONGRESS", "SENATE", "OPPOSITION", "PUBLIC", "MILITIA", "GROUP",
                                          "AGENCY", "UNION", "LEADERSHIP", "AUTHORITY", "AUTHORITIES", "COMMISSION",
                                          "PEOPLE", "PRESS", "CLERGY", "EMBASSY", "DEPARTMENT", "OFFICE", NULL };
    const mention *mm = &x->m[x->u[u].m];
    if (mm->person || mm->pronoun)
        return 1;
    const tok *t = &x->c->toks.v[mm->last];
    if (t->kind != TK_WORD || tok_in(t, groups))
        return 0;
    if (plural_s(t))
        return 0;
    /* one word, the name of a country, a place or a body, not a
       demonym */
    return !(mm->first == mm->last && mm->actor >= 0 && (t->flags & TF_CAP) && !demonym(t));
}

/* Is unit k its own forces to the source at unit src: troops whose
 * country came from the context and is the source's ("France is ready to
 * contribute troops", "withdraw its forces")? */
static int own_forces(const sctx *x, int k, int src, int moves)
{
    if (src < 0 || src >= x->nu || x->u[src].m < 0)
        return 0;
    const mention *t = &x->m[x->u[k].m], *s = &x->m[x->u[src].m];
    /* "its troops" when the source has no country to lend them */
    if (t->agent_only && k > 0 && t->ncodes && !strcmp(t->codes[0], "MIL") &&
        (utok_is(x, k - 1, "ITS") || utok_is(x, k - 1, "THEIR")))
        return 1;
    /* with its country named, only troops that are moved: "withdrew US
       troops from Syria" (not "purged the Turkish military") */
    if ((!t->derived && !moves) || !t->ncodes || !s->ncodes)
        return 0;
    /* the source is the state itself: "Honduras", "the government", a
       leader moving troops (not rebels of the same country) */
    size_t n = strlen(t->codes[0]), sn = strlen(s->codes[0]);
    int state = sn == 3 || (sn == 6 && (!strcmp(s->codes[0] + 3, "GOV") || !strcmp(s->codes[0] + 3, "MIL") ||
                                        (moves && !strcmp(s->codes[0] + 3, "ELI"))));
    if (n < 6 || strcmp(t->codes[0] + n - 3, "MIL"))
        return 0;
    /* "NATO strengthened its forces": the source's code and MIL */
    return (state && !strncmp(t->codes[0], s->codes[0], 3)) || (sn + 3 == n && !strncmp(t->codes[0], s->codes[0], sn));
}

/* Is unit ui a dash: a dash character, or a hyphen standing alone (" - ",
 * " -- ")?  Not one inside or at the end of a word ("Conn.-based",
 * "68- billion"). */
static int dash_at(const sctx *x, int ui)
{
    if (!upunct(x, ui, '-'))
        return 0;
    const tok *t = &x->c->toks.v[x->u[ui].first];
    const char *s = x->doc->text;
    if (s[t->start] != '-')
        return 1;   /* an en or em dash */
    return (t->start == 0 || tac_isspace((unsigned char)s[t->start - 1])) &&
           (t->end >= x->doc->text_len || tac_isspace((unsigned char)s[t->end]) || s[t->end] == '-');
}

/* Is unit k a comma that opens a clause in -ing (an adverb in -ly may
 * come first), one that does not aim the act before it: ", potentially
 * triggering", ", according to"; not ", targeting", ", including"?  The
 * search for an object does not pass it; a pattern's gap does. */
static int ing_clause_at(const sctx *x, int k)
{
    static const char *const aim[] = { "TARGETING", "TARGETTING", "HITTING", "STRIKING", "AIMING", "INCLUDING",
                                       NULL };
    if (!upunct(x, k, ','))
        return 0;
    /* (the words after it, whether or not they begin a name) */
    int32_t i = x->u[k].first + 1, end = x->s->first + x->s->ntok;
    const tok *t = &x->c->toks.v[i];
    if (i < end && t->kind == TK_WORD && ly_adverb(t))
        t = &x->c->toks.v[++i];
    return i < end && t->kind == TK_WORD && ing_form(t) && !tok_in(t, aim);
}

/* Equal codes, NULL (none) equal only to NULL. */
static int same_code(const char *a, const char *b)
{
    return a && b ? !strcmp(a, b) : a == b;
}

/* Do mention units a and b (b may be -1) stand for the same actor: one
 * group, or the same code? */
static int same_actor(const sctx *x, int a, int b)
{
    if (b < 0 || x->u[b].m < 0)
        return 0;
    const mention *ma = &x->m[x->u[a].m], *mb = &x->m[x->u[b].m];
    return x->u[a].group == x->u[b].group ||
           (ma->ncodes == 1 && mb->ncodes == 1 && ma->codes[0] && same_code(ma->codes[0], mb->codes[0]));
}

/* Is mention unit k a country's adjective alone on a plain noun right
 * after it, a thing and no actor ("six Iraqi artifacts", "Iranian
 * oil")? */
static int thing_modifier(const sctx *x, int k)
{
    const mention *mm = &x->m[x->u[k].m];
    return mm->first == mm->last && !mm->person && !mm->agent_only && mm->agent < 0 && !mm->pronoun &&
           mm->ncodes == 1 && strlen(mm->codes[0]) == 3 && tok_adjective_form(&x->c->toks.v[mm->last]) &&
           k + 1 < x->nu && plain_word(x, k + 1);
}

/* Does an act of violence (a noun of a verb coded 18-20: "attack",
 * "killing", "bombing") whose code's root is not `root` open the noun
 * phrase at unit k, after at most an article? */
static int act_after(const sctx *x, int k, int hi, int root)
{
    if (k < hi && article(x, k))
        k++;
    int32_t verb = -1;
    int ue;
    if (k >= hi || x->u[k].m >= 0 || !verb_at(x, k, &verb, &ue))
        return 0;
    int r = code_root(verb_code(x->d, verb));
    if (r < 18 || r > 20 || r == root)
        return 0;
    /* a noun, not a participle on one ("the protesting truck drivers",
       "of occupied Kashmir") nor a name ("from Shell Oil Co"); a form in
       -ing is one before a preposition ("the killing of") */
    const tok *t = &x->c->toks.v[x->u[k].first];
    if (ed_form(t) || tok_irregular_past(t) || ((t->flags & TF_CAP) && !(t->flags & TF_ALLCAP)))
        return 0;
    return !ing_form(t) || (ue < hi && (ucls(x, ue) & WC_PREP));
}

/* The object of a verb: the first actor after it, not a place.  With
 * places_too (most acts other than statements and meetings: "attacked a
 * base in Borno", "imposed a curfew in Kabul"), a place is taken when
 * nothing else is there. */
static int find_object(const sctx *x, int vu1, int hi, int places_too, int src, int moves, int root)
{
    int place = -1, derived = -1, modifier = -1;
    for (int k = vu1; k < hi; k++) {
        if (clause_break(x, k))
            break;
        if (x->u[k].m < 0) {
            uint32_t cl = ucls(x, k);
            if ((cl & (WC_THAT | WC_REL)) && (k > vu1 || !x->opt->tabari_compat))
                break;
            if (!x->opt->tabari_compat && (upunct(x, k, '"') || upunct(x, k, ':')))
                break;      /* a quotation is not an object */
            /* dashes set off an aside, which is passed over ("launched
               its offensive - codenamed Olive Branch - on Afrin"); a
               single dash ends the clause ("after the Ghouta chemical
               attacks - Trump has managed"), also where it closes an
               aside the verb is in: "the cleric that Erdogan blames for
               it - it needs" */
            if (!x->opt->tabari_compat && dash_at(x, k)) {
                int j = k + 1;
                while (j < hi && !dash_at(x, j) && !clause_break(x, j))
                    j++;
                if (j >= hi || !dash_at(x, j))
                    break;
                k = j;
                continue;
            }
            /* "strengthened its forces in Crimea amid confrontation with
               Ukraine": what follows is the circumstance */
            if (!x->opt->tabari_compat && k > vu1 &&
                (utok_is(x, k, "AMID") || utok_is(x, k, "AMIDST") || utok_is(x, k, "DESPITE") ||
                 utok_is(x, k, "DURING") || utok_is(x, k, "FOLLOWING")))
                break;
            /* so does "after" or "before", also right where the search
               starts past a pattern's words ("released two hostages after
               talks mediated by Qatar"); not right after a verb ("went
               after the rebels") */
            if (!x->opt->tabari_compat && (utok_is(x, k, "AFTER") || utok_is(x, k, "BEFORE")) &&
                (k > vu1 || (k > 0 && x->u[k - 1].m < 0 && !(ucls(x, k - 1) & WF_VERB))))
                break;
            /* "detained several suspects in the attack on the convoy of
               the prime minister", "arrested two men over the killing of
               a diplomat": an act of violence of another kind than this
               verb's (root), named after a preposition other than "of",
               has its own victim, no object of this verb (but "exploded
               a series of bombs in Kabul", and a protest names the
               purpose: "boycott the meeting in protest against China") */
            if (!x->opt->tabari_compat && k > vu1 && (ucls(x, k) & WC_PREP) && !utok_is(x, k, "OF") &&
                act_after(x, k + 1, hi, root))
                break;
            /* "expelled humanitarian aid workers, including those from
               Oxfam": what follows details the object already found */
            if (derived >= 0 && (utok_is(x, k, "INCLUDING") || utok_is(x, k, "AMONG")))
                break;
            /* a comma and a form in -ing open a clause of its own:
               "launch an offensive to retake the province, potentially
               triggering a mass exodus into Turkey", "agreed to the
               charge, ending a lengthy dispute over Canadian subsidies";
               not one that aims the act itself ("carried out a raid,
               targeting Islamic State commanders") */
            if (!x->opt->tabari_compat && ing_clause_at(x, k)) {
                /* (see ing_clause_at(); but one closed by a comma soon,
                   with no actor in it, is an aside passed over: "returned
                   a manuscript, missing since 1943, to Venafro, Italy") */
                int j = k + 1;
                while (j < hi && j <= k + 6 && x->u[j].m < 0 && !upunct(x, j, ',') && !clause_break(x, j))
                    j++;
                if (j < hi && j <= k + 6 && upunct(x, j, ',')) {
                    k = j;
                    continue;
                }
                break;
            }
            /* after a place, a comma leaves the act: "air strikes
               against a force in eastern Syria, according to US
               reports" */
            if (place >= 0 && !x->opt->tabari_compat && upunct(x, k, ','))
                break;
            continue;
        }
        if (x->m[x->u[k].m].nullcode)
            continue;
        if (x->m[x->u[k].m].side)
            continue;       /* "shelling by forces loyal to Assad" */
        if (!x->opt->tabari_compat && excluded(x, before_group(x, k)))
            continue;       /* "attacks in countries other than Iraq" */
        if (!x->opt->tabari_compat && x->m[x->u[k].m].agent_only && lone_weapon(x, &x->m[x->u[k].m]))
            continue;       /* "struck a target with artillery" */
        if (!x->opt->tabari_compat && is_location(x, k)) {
            if (place < 0 && is_location(x, k) == 2)
                place = k;
            continue;
        }
        if (!x->opt->tabari_compat && companion(x, k))
            continue;
        /* an agent whose country came from the context is usually the
           source's own people, the thing moved rather than its recipient:
           "offered its troops to Lebanon", "withdraw troops from Lebanon";
           it is the object only when no other actor follows */
        if (!x->opt->tabari_compat && own_forces(x, k, src, moves))
            continue;
        if (!x->opt->tabari_compat && x->m[x->u[k].m].derived) {
            /* (but the one told, right after the verb: "Davis told MPs
               the UK was losing its veto" tells the MPs) */
            static const char *const telling[] = { "TOLD", "TELL", "TELLS", "TELLING", "INFORMED", "BRIEFED",
                                                   "ASSURED", NULL };
            if (k == vu1 && vu1 > 0 && x->u[vu1 - 1].m < 0 &&
                tok_in(&x->c->toks.v[x->u[vu1 - 1].last], telling))
                return k;
            if (derived < 0)
                derived = k;
            continue;
        }
        /* a country's adjective on a thing ("returned six Iraqi artifacts
           to the government of Iraq", "sold Iranian oil to India") gives
           way to a recipient after "to" */
        if (modifier >= 0) {
            const char *p = prep_before(x, k);
            if (!p || strcmp(p, "TO") || same_actor(x, k, src))
                return modifier;
        }
        if (!x->opt->tabari_compat && modifier < 0 && thing_modifier(x, k)) {
            modifier = k;
            continue;
        }
        /* "supplied arms to allies including Syria and Iran": a role of
           no country whose members are named after it stands for them */
        if (!x->opt->tabari_compat && x->m[x->u[k].m].agent_only) {
            int j = k + 1;
            if (j < hi && upunct(x, j, ','))
                j++;
            int n = utok_is(x, j, "INCLUDING") ? 1 : utok_is(x, j, "SUCH") && utok_is(x, j + 1, "AS") ? 2 : 0;
            if (n && j + n < hi && x->u[j + n].m >= 0 && !x->m[x->u[j + n].m].nullcode)
                return j + n;
        }
        return k;
    }
    if (modifier >= 0)
        return modifier;
    if (derived >= 0)
        return derived;
    return places_too ? place : -1;
}


/* The members of the compound group of mention unit u, from u on, at
 * most max of them, into mem; returns how many. */
static int group_members(const sctx *x, int u, int *mem, int max)
{
    int n = 0, g = x->u[u].group;
    for (int k = u; k < x->nu && n < max; k++)
        if (x->u[k].m >= 0 && x->u[k].group == g)
            mem[n++] = k;
    return n;
}

/* Is mention unit tgt the first of the parties named after "between"
 * ("between Kiev and Moscow"), the source at unit src none of them, by
 * unit or by country? */
static int between_others(const sctx *x, int src, int tgt)
{
    const char *p = prep_before(x, tgt);
    if (!p || strcmp(p, "BETWEEN"))
        return 0;
    const mention *sm = &x->m[x->u[src].m];
    int mem[16], n = group_members(x, tgt, mem, 16);
    for (int i = 0; i < n; i++) {
        const mention *tm = &x->m[x->u[mem[i]].m];
        if (mem[i] == src || (sm->ncodes && tm->ncodes && !strncmp(sm->codes[0], tm->codes[0], 3)))
            return 0;
    }
    return 1;
}

/* How many mentions make the compound group of mention unit u. */
static int group_size(const sctx *x, int u)
{
    int n = 0;
    for (int k = 0; k < x->nu; k++)
        n += x->u[k].m >= 0 && x->u[k].group == x->u[u].group;
    return n;
}

/* ---- events ---- */

static const char *strip_code(tac_ctx *c, const char *code, char *buf, size_t cap)
{
    (void)c;
    size_t n = 0;
    for (const char *p = code; *p && n + 1 < cap; p++)
        if (*p != '?' && *p != '!')
            buf[n++] = *p;
    buf[n] = 0;
    return buf;
}

/* A pronoun's actor named earlier in the same sentence ("Trump said he
 * would ..."): the event reports the name, not the pronoun. */
static const mention *antecedent(const sctx *x, const mention *p)
{
    if (!p->ncodes)
        return p;
    for (const mention *q = p - 1; q >= x->m; q--)
        if (!q->pronoun && !q->nullcode && q->ncodes && q->person && !strcmp(q->codes[0], p->codes[0]))
            return q;
    return p;
}

/* "Trump called Erdogan and urged him": an object pronoun is not the
 * subject of its own verb (that would be "himself"), so when "him" or
 * "her" stands for the source of the act it stands for the other person
 * named before it in the sentence, the nearest one of another code;
 * NULL when there is none. */
static const mention *other_person(const sctx *x, const mention *src, const char *scode, const mention *pron)
{
    static const char *const objects[] = { "HIM", "HER", NULL };
    if (pron->first != pron->last || !tok_in(&x->c->toks.v[pron->first], objects))
        return NULL;
    const mention *best = NULL;
    for (int q = 0; q < x->nm && x->m[q].first < pron->first; q++) {
        const mention *m = &x->m[q];
        if (m != src && m->person && !m->pronoun && !m->nullcode && !m->discard && m->ncodes &&
            strcmp(m->codes[0], scode))
            best = m;
    }
    return best;
}

/* Is code a role of the press alone ("MED", "JPNMED"), not an outlet of
 * a state or group with more to its code? */
static int press_role(const char *code)
{
    size_t n = strlen(code);
    return (n == 3 || n == 6) && !strcmp(code + n - 3, "MED");
}


/* Does the sentence name peacekeeping ("peacekeepers", "a peacekeeping
 * mission", "peace-keeping troops", "blue helmets")? */
static int peacekeeping_named(const sctx *x)
{
    const tok *t = x->c->toks.v;
    for (int32_t i = x->s->first; i < x->s->first + x->s->ntok; i++) {
        if (t[i].kind != TK_WORD)
            continue;
        if (!strncmp(t[i].norm, "PEACEKEEP", 9) || !strncmp(t[i].norm, "PEACE-KEEP", 10) ||
            (!strcmp(t[i].norm, "BLUE") && i + 1 < x->s->first + x->s->ntok && !strcmp(t[i + 1].norm, "HELMETS")))
            return 1;
    }
    return 0;
}

/* Does a score ("4-0", "3-2") follow unit u right after it? */
static int score_after(const sctx *x, int u)
{
    int32_t i = x->u[u].last + 1;
    if (i >= x->s->first + x->s->ntok)
        return 0;
    const tok *t = &x->c->toks.v[i];
    if (t->kind != TK_NUM || t->nlen < 3 || t->nlen > 5)
        return 0;
    const char *dash = memchr(t->norm, '-', t->nlen);
    if (!dash || dash == t->norm || dash == t->norm + t->nlen - 1)
        return 0;
    for (const char *p = t->norm; p < t->norm + t->nlen; p++)
        if (p != dash && (*p < '0' || *p > '9'))
            return 0;
    /* (and then no noun: "a Salvadoran Air Force 0-2 airplane") */
    if (++i >= x->s->first + x->s->ntok)
        return 1;
    const tok *n = &x->c->toks.v[i];
    return n->kind != TK_WORD || (n->cls & (WC_PREP | WC_CONJ | WC_SUBORD | WC_TIME | WC_DAY | WC_MONTH));
}

/* Are source sm and target tm (with the codes scode and tcode) rivals
 * in politics rather than in arms: each a government, a leader, a
 * legislature, a party, the opposition or a court, of the same country,
 * or two named persons of such roles?  Force between them is a war of
 * words: "Kennedy attacked Mr Blair's words", "the UK's top judge has
 * clashed with ministers", "Reagan may win his latest veto battle with
 * Congress". */
static int political_rivals(const mention *sm, const char *scode, const mention *tm, const char *tcode)
{
    static const char *const roles[] = { "GOV", "ELI", "LEG", "OPP", "PTY", "JUD", NULL };
    const char *both[2] = { scode, tcode };
    for (int i = 0; i < 2; i++) {
        int political = 0;
        if (strlen(both[i]) < 6)
            return 0;
        for (int r = 0; roles[r] && !political; r++)
            political = !strncmp(both[i] + 3, roles[r], 3);
        if (!political)
            return 0;
    }
    return !strncmp(scode, tcode, 3) || (sm->person && tm->person);
}

static int emit(sctx *x, const char *code, int src_u, int tgt_u, int vu0, int vu1, unsigned flags,
                int sidx, tac_event_fn fn, void *ud, int *nev)
{
    tac_ctx *c = x->c;
    /* expand compound groups */
    int srcs[16], tgts[16], ns = 0, nt = 0;
    if (src_u >= x->nu || src_u == SRC_UNNAMED) {
        srcs[ns++] = src_u;            /* a stand-in (DEFAULT: SOURCE), or none named */
    } else if (src_u >= 0) {
        ns = group_members(x, src_u, srcs, 16);
    }
    if (tgt_u >= x->nu) {
        tgts[nt++] = tgt_u;
    } else if (tgt_u >= 0) {
        nt = group_members(x, tgt_u, tgts, 16);
    }
    if (ns == 0)
        return TAC_OK;             /* no source: no event */
    if (nt == 0) {
        if (x->opt->require_target)
            return TAC_OK;
        tgts[nt++] = -1;
    }
    char cbuf[32], pair2[32];
    strip_code(c, code, cbuf, sizeof cbuf);
    pair2[0] = 0;
    char *colon = strchr(cbuf, ':');
    if (colon) {
        snprintf(pair2, sizeof pair2, "%s", colon + 1);
        *colon = 0;
    }
    if (!cbuf[0] && !pair2[0])
        return TAC_OK;                 /* no code: nothing to report */
    /* troops sent, deployed or arriving for peacekeeping are military
       protection (074), not a build-up of force: "the deployment of 230
       troops ... on a peacekeeping mission" */
    if (!x->opt->tabari_compat && !strcmp(cbuf, "154") && peacekeeping_named(x))
        snprintf(cbuf, sizeof cbuf, "074");
    const tok *toks = c->toks.v;
    /* violence (CAMEO 18-20) is not done by plain civilians, nor by a
       place */
    int root = code_root(cbuf), violence = root >= 18 && root <= 20;
    /* a score after the one beaten is a match, not force: "beat Malaga
       4-0", "by beating Argentina 3-0" */
    if (violence && !x->opt->tabari_compat && tgt_u >= 0 && tgt_u < x->nu && score_after(x, tgt_u))
        return TAC_OK;
    for (int a = 0; a < ns; a++) {
        /* no source named: one event with the target only */
        const mention *sm = srcs[a] == SRC_UNNAMED ? NULL : &x->m[x->u[srcs[a]].m];
        if (sm && violence && !x->opt->tabari_compat && (civilians_only(x, sm) || place_only(x, sm)))
            sm = NULL;
        /* "a Chrysler spokesman said": the source is someone no code
           names; no event, rather than one with the target alone */
        if (sm && sm->uncoded)
            continue;
        for (int si = 0; si < (sm ? sm->ncodes : 1); si++) {
            for (int b = 0; b < nt; b++) {
                const mention *tm = tgts[b] >= 0 ? &x->m[x->u[tgts[b]].m] : NULL;
                int tn = tm ? tm->ncodes : 1;
                for (int ti = 0; ti < tn; ti++) {
                    const char *scode = sm ? sm->codes[si] : NULL;
                    const char *tcode = tm ? tm->codes[ti] : NULL;
                    /* "officials" of no known country are coded by the
                       role alone ("GOV"), as GDELT does; a lone weapon is
                       no target */
                    if (tm && tm->agent_only && !x->opt->tabari_compat && (lone_weapon(x, tm) || tm->uncoded))
                        tcode = NULL;
                    /* "told reporters", "told the newspaper": the press a
                       plain statement is made to is its channel, not a
                       party to it */
                    if (tcode && !x->opt->tabari_compat && !strcmp(cbuf, "010") && press_role(tcode))
                        tcode = NULL;
                    /* a visitor is not of the place visited, nor the
                       guest of the host's country: "journalists arrived
                       in Colombia", "the chancellor is travelling to
                       America" took their countries from there */
                    if (scode && tcode && !x->opt->tabari_compat && (!strncmp(cbuf, "042", 3) || !strncmp(cbuf, "043", 3))) {
                        int visit = cbuf[2] == '2';
                        const mention *guest = visit ? sm : tm, *host = visit ? tm : sm;
                        if (guest->derived == host->first + 1)   /* its role alone */
                            *(visit ? &scode : &tcode) = dict_str(x->d, x->d->agents[guest->agent].code);
                    }
                    if (!tcode)
                        tm = NULL;
                    if (!sm && !tcode)
                        continue;     /* neither side named */
                    /* "officials said": a plain statement by someone of no
                       known country, to no one, tells nothing */
                    if (sm && sm->agent_only && !tcode && !x->opt->tabari_compat && !strcmp(cbuf, "010"))
                        continue;
                    if (!tcode && x->opt->require_target)
                        continue;
                    if (sm && tcode && strcmp(scode, tcode) == 0 && !x->opt->tabari_compat &&
                        (sm->pronoun || tm->pronoun || sm->derived || tm->derived ||
                         (sm->actor == tm->actor && (sm->actor >= 0 || sm->agent == tm->agent)))) {
                        /* an actor acting on itself: the event stands
                           without the target; two different names with
                           one code ("Israel's president ... former Prime
                           Minister Olmert") are both kept */
                        const mention *alt = tm->pronoun ? other_person(x, sm, scode, tm) : NULL;
                        if (alt) {
                            tm = alt;
                            tcode = alt->codes[0];
                        } else if (x->opt->require_target) {
                            continue;
                        } else {
                            tcode = NULL, tm = NULL;
                        }
                    }
                    /* a visit made or hosted with no other party named
                       ("officers arrived", "the prime minister's tour of
                       the country", "Beijing hosts the games") is no
                       relation between actors */
                    if (!tcode && !x->opt->tabari_compat && (!strcmp(cbuf, "042") || !strcmp(cbuf, "043")))
                        continue;
                    /* plain force between rivals in politics */
                    const char *code0 = cbuf;
                    if (sm && tcode && !x->opt->tabari_compat && !strcmp(cbuf, "190") &&
                        political_rivals(sm, scode, tm, tcode)) {
                        code0 = "111";
                        if (fn)
                            tacx_explain(c, sidx, "%s to %s: force between rivals in politics, a war of words, "
                                         "190 -> 111", scode, tcode);
                    }
                    for (int pass = 0; pass < (pair2[0] ? 2 : 1); pass++) {
                        if (!pass && !cbuf[0])
                            continue;   /* ":173": the reverse event only */
                        tac_event ev;
                        memset(&ev, 0, sizeof ev);
                        ev.sentence = sidx;
                        ev.sent_start = x->s->start;
                        ev.sent_end = x->s->end;
                        const mention *A = pass ? tm : sm, *B = pass ? sm : tm;
                        const char *acode = pass ? tcode : scode, *bcode = pass ? scode : tcode;
                        /* the reverse event of a paired code has the
                           target as its source, so it needs one; the
                           first may have no source named (a passive) */
                        if (pass && !tcode)
                            continue;
                        ev.source.code = acode;   /* NULL: no source named */
                        if (A && A->pronoun && !x->opt->tabari_compat)
                            A = antecedent(x, A);
                        if (A) {
                            ev.source.start = toks[A->first].start;
                            ev.source.end = toks[A->last].end;
                        }
                        if (B && bcode) {
                            ev.target.code = bcode;
                            ev.target.start = toks[B->first].start;
                            ev.target.end = toks[B->last].end;
                        }
                        ev.verb_start = toks[x->u[vu0].first].start;
                        ev.verb_end = toks[x->u[vu1 - 1].last].end;
                        ev.cameo = pass ? pair2 : code0;
                        ev.root[0] = ev.cameo[0];
                        ev.root[1] = ev.cameo[0] ? ev.cameo[1] : 0;
                        ev.root[2] = 0;
                        tac_cameo_info info;
                        if (tac_cameo_lookup(ev.cameo, &info) == TAC_OK) {
                            ev.quad = info.quad;
                            ev.goldstein = info.goldstein;
                            ev.plover = info.plover;
                        } else {
                            ev.quad = 0;
                            ev.goldstein = NAN;
                            ev.plover = NULL;
                        }
                        ev.flags = flags;
                        /* The same event is reported once per sentence.
                           TABARI compares the codes only; otherwise the
                           verb must be the same as well, whatever the
                           mentions: "he told a meeting of government and
                           party leaders" drops both targets (his own
                           side), "Wright and other Democrats say" and
                           "suspends flights between Da Nang and Nha
                           Trang" name one side twice with one code, and
                           each would report the same statement twice.
                           (Only events really reported count, not those
                           of a dry run, fn NULL, that only counts them.) */
                        int track = x->opt->tabari_compat || fn, dup = 0;
                        for (int q = 0; track && q < x->nseen && !dup; q++)
                            dup = same_code(x->seen[q].s, acode) && !strcmp(x->seen[q].code, ev.cameo) &&
                                  ((!x->seen[q].t && !ev.target.code) ||
                                   (x->seen[q].t && ev.target.code && !strcmp(x->seen[q].t, ev.target.code))) &&
                                  (x->opt->tabari_compat || x->seen[q].vstart == ev.verb_start);
                        if (dup)
                            continue;
                        if (track && x->nseen < 32) {
                            x->seen[x->nseen].s = acode;
                            x->seen[x->nseen].t = ev.target.code;
                            size_t cl = strnlen(ev.cameo, sizeof x->seen[0].code - 1);
                            memcpy(x->seen[x->nseen].code, ev.cameo, cl);
                            x->seen[x->nseen].code[cl] = '\0';
                            x->seen[x->nseen].vstart = ev.verb_start;
                            x->nseen++;
                        }
                        (*nev)++;
                        if (fn && fn(ud, x->doc, &ev))
                            return TAC_EABORT;
                    }
                }
            }
        }
    }
    return TAC_OK;
}

static void explain_units(sctx *x, int sidx)
{
    if (!x->c->explain)
        return;
    char line[1024];
    size_t n = 0;
    line[0] = 0;
    for (int k = 0; k < x->nu && n + 80 < sizeof line; k++) {
        if (x->u[k].m < 0)
            continue;
        const mention *mm = &x->m[x->u[k].m];
        const tok *t = x->c->toks.v;
        int w = snprintf(line + n, sizeof line - n, "%s[%.*s = %s%s%s]", n ? " " : "",
                         (int)(t[mm->last].end - t[mm->first].start), x->doc->text + t[mm->first].start,
                         mm->codes[0], mm->ncodes > 1 ? "/.." : "",
                         mm->uncoded ? " (of a body no dictionary knows: no code)" : mm->pronoun ? " (pronoun)" : "");
        if (w > 0) n += (size_t)w;
    }
    tacx_explain(x->c, sidx, "actors: %s", n ? line : "(none)");
}


/* ---- shared per-verb steps ---- */

static void verb_text(const sctx *x, const verbhit *h, char *buf, size_t cap)
{
    if (!x->c->explain) {      /* only explanations print it */
        buf[0] = 0;
        return;
    }
    const tok *vt = &x->c->toks.v[x->u[h->u0].first];
    int vl = (int)(x->c->toks.v[x->u[h->u1 - 1].last].end - vt->start);
    snprintf(buf, cap, "%.*s", vl > 100 ? 100 : vl, x->doc->text + vt->start);
}


/* Is the verb a past participle?  By its first word, its own form: "put
 * forward", "carried out", "taken hostage". */
static int participle(const sctx *x, const verbhit *h)
{
    return past_participle(&x->c->toks.v[x->u[h->u0].first]);
}

/* A past participle right after "if", "when", "unless", "until" or
 * "although", with no subject between: a passive whose subject is that
 * of the clause it hangs on ("faces life in prison if convicted", "Baker
 * said when asked").  Not after "once" or "though", adverbs as often
 * ("he once travelled", "the bank though expressed"), nor before an
 * actor, which it modifies ("when alleged guerrilla commandos"). */
static int subordinate_participle(const sctx *x, const verbhit *h)
{
    static const char *const subord[] = { "IF", "WHEN", "UNLESS", "UNTIL", "ALTHOUGH", NULL };
    return h->u0 >= 1 && x->u[h->u0 - 1].m < 0 && tok_in(&x->c->toks.v[x->u[h->u0 - 1].last], subord) &&
           participle(x, h) && !(h->u1 < x->nu && x->u[h->u1].m >= 0);
}

static int object_at(const sctx *x, int u);

/* Does a list of participles go on after the verb at h to an "and" or
 * "or" ('"neutralized", killed, injured or taken captive')?  Without one
 * a participle before a comma is no member of a list with it ("who
 * declined to be identified, told Reuters"). */
static int list_goes_on(const sctx *x, const verbhit *h)
{
    for (int k = h->u1; k < x->nu && k <= h->u1 + 8; k++) {
        if (x->u[k].m >= 0)
            return 0;
        if (utok_is(x, k, "AND") || utok_is(x, k, "OR"))
            return 1;
        if (!upunct(x, k, ',') && !upunct(x, k, '"') && !participle_unit(x, k))
            return 0;
    }
    return 0;
}

/* The unit of a form of "be" shortly before the verb (past negation,
 * "also", "-ly" adverbs, adverbs of time, connectives, and a participle
 * and "and"): "was rejected", "were not invited", "was later convicted",
 * "were beaten and arrested"; or -1. */
static int be_before(const sctx *x, const verbhit *h)
{
    int in_list = 0;     /* an "and" or "or" of a list has been passed */
    for (int k = h->u0 - 1, n = 0; k >= 0 && n < 4; k--, n++) {
        if (x->u[k].m >= 0)
            return -1;
        if (ucls(x, k) & WC_BE)
            return k;
        const tok *t = &x->c->toks.v[x->u[k].first];
        /* quotation marks say nothing of the grammar ('had been
           "neutralised"'), and a participle before a comma is one of a
           list that shares the "be": "had been neutralised, killed,
           injured or taken captive" */
        if (!x->opt->tabari_compat && upunct(x, k, '"')) {
            n--;
            continue;
        }
        if (!x->opt->tabari_compat && upunct(x, k, ',')) {
            int j = k - 1;
            while (j > 0 && upunct(x, j, '"'))
                j--;
            if (j > 0 && participle_unit(x, j) && (in_list || list_goes_on(x, h)) && !object_at(x, h->u1)) {
                k = j;
                continue;
            }
        }
        /* a participle coordinated with one before it shares its "be":
           "were beaten and arrested", "hunted down and killed", also with
           a count of its own: "29 soldiers were killed and 58 wounded"
           (not one with an object of its own: "would not be abolished
           and argued courts had") */
        int conj = !x->opt->tabari_compat && k == h->u0 - 1 && count_unit(x, k) ? k - 1 : k;
        int joined = joined_participle(x, conj);
        if (joined >= 0 && !object_at(x, h->u1)) {
            k = joined;
            in_list = 1;
            continue;
        }
        /* "were reported wounded", "were feared killed", "was believed
           kidnapped": what is said of the passive */
        static const char *const said_of[] = { "REPORTED", "FEARED", "BELIEVED", "CONFIRMED", "THOUGHT", NULL };
        if (!x->opt->tabari_compat && k == h->u0 - 1 && tok_in(t, said_of))
            continue;
        int adverb = t->kind == TK_WORD && ly_adverb(t);
        if (!(ucls(x, k) & (WC_NEG | WC_STOP | WC_TIME)) && !adverb && !tok_in(t, ADVERBS) && !upunct(x, k, ','))
            return -1;
    }
    return -1;
}

/* The unit before the form of "be" at unit be and the auxiliaries before
 * it ("the talks have been", "the offer will not be"). */
static int before_be(const sctx *x, int be)
{
    int k = be - 1;
    while (k >= 0 && x->u[k].m < 0 && (ucls(x, k) & (WC_BE | WC_HAVE | WC_FUT | WC_HYPO | WC_NEG)))
        k--;
    return k;
}

/* The form of "be" that governs an infinitive whose "to" is unit to:
 * "is to be expelled", "is expected to be attacked" (one word, no actor,
 * between); -1 when there is none. */
static int infinitive_be(const sctx *x, int to)
{
    int j = to - 1;
    if (j >= 0 && x->u[j].m < 0 && !(ucls(x, j) & WC_BE))
        j--;
    return j >= 0 && x->u[j].m < 0 && (ucls(x, j) & WC_BE) ? j : -1;
}

/* Unit k, or the actor right before it when k is a plain noun that the
 * actor modifies ("a Turkish engineer", "Japanese engineers"): the unit
 * that stands for the noun phrase ending at k, no further back than lo. */
static int noun_owner(const sctx *x, int k, int lo)
{
    return k > lo && x->u[k - 1].m >= 0 && plain_word(x, k) ? k - 1 : k;
}

/* The subject of a passive at h, whose clause starts at lo; for a
 * participle that shares the "be" of one before it in another clause
 * ("protesters were beaten and arrested"), the subject of that "be". */
static int passive_subject(const sctx *x, const verbhit *h, const int *clause, int lo)
{
    /* a reduced relative has its noun right before it: "warplanes
       supported by Russia", "a Turkish engineer abducted by" (the
       country's), "the ideas put forward by Japan" (no actor); after a
       comma the subject is further back ("Assad, supported by Moscow",
       "forces continue to pound the area, backed by") */
    int tb = be_before(x, h);
    if (!x->opt->tabari_compat && tb < 0 && h->u0 > lo && !upunct(x, h->u0 - 1, ',')) {
        int a = noun_owner(x, h->u0 - 1, lo);
        return x->u[a].m >= 0 && !x->m[x->u[a].m].nullcode ? a : -1;
    }
    /* "authorization for an aide of the late president to be extradited":
       an infinitive's passive has its noun right before "to", else none */
    if (!x->opt->tabari_compat && tb >= 2 && utok_is(x, tb, "BE") && utok_is(x, tb - 1, "TO")) {
        /* (with "be" before it, the subject of that: "Ukraine is expected
           to be attacked", "the envoy is to be expelled") */
        int be = infinitive_be(x, tb - 1);
        int a = noun_owner(x, be < 0 ? tb - 2 : be - 1 >= lo ? be - 1 : be, lo);
        return x->u[a].m >= 0 && !x->m[x->u[a].m].nullcode && !is_prep_object(x, a, -1) ? a : -1;
    }
    int sj = find_subject(x, h->u0, lo);
    int bu = sj < 0 ? tb : -1;
    if (bu >= 0 && bu < lo) {
        int l2 = bu;
        while (l2 > 0 && clause[l2 - 1] == clause[bu])
            l2--;
        /* not when "be" opens a coordinated clause of its own, whose
           subject is further back ("sneaked into a convoy carrying women
           and children, and were later identified and arrested") */
        int k = bu - 1;
        while (k >= l2 && x->u[k].m < 0 && (ucls(x, k) & (WC_HAVE | WC_HYPO | WC_FUT | WC_NEG | WC_STOP)))
            k--;
        if (k >= l2 && x->u[k].m < 0 && ((ucls(x, k) & WC_CONJ) || upunct(x, k, ',')))
            return -1;
        sj = find_subject(x, bu, l2);
    }
    return sj;
}

/* Is the verb at h a participle with "be" before it ("were killed",
 * "was sent to")? */
static int be_participle(const sctx *x, const verbhit *h)
{
    /* (a verb of several words inflects its first: "were held hostage",
       "has been taken hostage") */
    const tok *t = &x->c->toks.v[x->u[h->u0].first];
    if (past_participle(t))
        return be_before(x, h) >= 0;
    /* (and an irregular past that is its participle too, after "be":
       "was told", "it was said", "were found") */
    static const char *const same[] = { "SAID", "TOLD", "FOUND", "WON", "FLED", "FORECAST", "BROADCAST", NULL };
    return !x->opt->tabari_compat && tok_in(t, same) && be_before(x, h) >= 0;
}

/* The units of a result that may follow a verb of harm before its doer
 * is named: "tortured to death by", "shot dead by"; 0 when none. */
static int harm_result(const sctx *x, int k)
{
    if (x->opt->tabari_compat)
        return 0;
    return utok_is(x, k, "TO") && utok_is(x, k + 1, "DEATH") ? 2 : utok_is(x, k, "DEAD");
}

/* Is the verb at h a passive with "be" ("were killed", "was not
 * invited"), not a state of the subject ("is committed to", "were also
 * opposed")? */
static int be_passive(const sctx *x, const verbhit *h)
{
    if (!be_participle(x, h))
        return 0;
    /* "is committed to", "is opposed to", "were sent to": a state of the
       subject or a move of its own, not something done to it by others;
       but an appeal or demand made to the subject is: "was urged to
       free the sailors", "has been asked to leave" */
    if (utok_is(x, h->u1, "TO") && !harm_result(x, h->u1)) {
        /* (nor one the law does to the subject: "was sentenced to 8
           months in prison", "were deported to Mexico"; an extradition
           is a cooperation with the country it goes to, which stays its
           target: "be extradited to Venezuela") */
        static const char *const done_to[] = { "SENTENCED", "CONDEMNED", "DEPORTED", "EXPELLED", "BANISHED",
                                               "EXILED", "INVITED", "SUMMONED", NULL };
        /* (and "was told to plan": an order, as "was urged to" is) */
        int r = code_root(verb_code(x->d, h->verb));
        if (r != 2 && r != 10 && !tok_in(&x->c->toks.v[x->u[h->u0].first], done_to) &&
            !utok_is(x, h->u0, "TOLD"))
            return 0;
    }
    static const char *const stative[] = { "OPPOSED", "COMMITTED", "DETERMINED", "PREPARED", "CONCERNED",
                                           "WORRIED", "INTERESTED", "SATISFIED", "DISSATISFIED", "DISAPPOINTED",
                                           "PLEASED", "ALARMED", "DIVIDED", "INVOLVED", "ENGAGED", "AGREED",
                                           "OBLIGED", "ENTITLED", "CONVINCED", "UNITED", NULL };
    return !tok_in(&x->c->toks.v[x->u[h->u1 - 1].last], stative);
}

/* The unit that ends the subject of a "be" passive at h, which the words
 * of a pattern may complete ("the talks were cancelled": TALKS, "an
 * attack has been launched": ATTACK, "asylum was granted to": ASYLUM),
 * or, when `first` (no verb before it in its clause, whose object the
 * noun would be: "condemned the airstrikes carried out by Israel"
 * condemns Israel), the noun right before a participle with its doer
 * after "by" ("the attack carried out by the rebels": ATTACK); -1 for
 * any other verb. */
static int passive_object(const sctx *x, const verbhit *h, int first)
{
    if (x->opt->tabari_compat)
        return -1;
    int k;
    if (be_participle(x, h)) {
        k = before_be(x, be_before(x, h));
        /* an infinitive with "be" before it: "the sanctions are to be
           lifted", "talks are expected to be launched" */
        if (k >= 1 && utok_is(x, k, "TO")) {
            int be = infinitive_be(x, k);
            if (be < 1)
                return -1;
            k = before_be(x, be);
        }
    } else if (first && h->u0 > 0 && participle(x, h) && utok_is(x, h->u1, "BY")) {
        k = h->u0 - 1;
    } else {
        return -1;
    }
    return k >= 0 && x->c->toks.v[x->u[k].last].kind == TK_WORD ? k : -1;
}

/* The code of the verb at h by its patterns; for a passive that none
 * matches, by those its subject completes (tacx_passive_code), and then
 * *words is the first unit of the subject's words that did (else -1).
 * `first`: no verb comes before h in its clause. */
static const char *news_verb_code(const sctx *x, const verbhit *h, int first, binds *b, int *patline, int *words)
{
    const char *code = tacx_verb_code(x, h, b, patline), *pc;
    int k;
    *words = -1;
    if (!*patline && x->d->verbs[h->verb].npats > 0 && (k = passive_object(x, h, first)) >= 0 &&
        (pc = tacx_passive_code(x, h, k, b, patline, words)))
        code = pc;
    return code;
}

/* The subject sj of a passive whose own words completed its verb's
 * pattern, from unit `words` on ("the assets were frozen"), is what was
 * done, not its target, unless they name an actor ("the detainees were
 * released", as "released the detainees").  An actor that owns those
 * words is the target ("Iran's assets were frozen by", "the Ostranian
 * offer was rejected") when `owner` (the doer is named, or the verb has
 * a code of its own); else an owner may as well be the doer ("the EC plan
 * will be presented", "the Texas lawsuit was filed"), and there is no
 * target.  Nothing further back is either.  Without such words, sj. */
static int passive_target(const sctx *x, int words, int sj, int owner)
{
    if (words < 0 || sj < 0)
        return sj;
    if (sj >= words && x->u[sj].m >= 0)
        return sj;        /* the words name an actor: "the detainees were released" */
    if (owner && (sj == words - 1 || (sj == words - 2 && (utok_is(x, words - 1, "'S") || utok_is(x, words - 1, "'")))))
        return sj;
    return -1;
}

/* Is the verb at h a past participle with "by" right after it and a
 * phrase that names no actor of the dictionaries ("MP attacked by
 * muggers in Kenya", "boats destroyed by the waves", "opposed by the
 * Liberal Democrats")?  A passive whose doer is not known; not a means
 * ("retaliated by imposing sanctions"), a measure ("rose by 10 pct", "by
 * a third"), a time ("by Monday") or a manner ("by air", "by phone"). */
static int by_passive(const sctx *x, const verbhit *h)
{
    static const char *const manner[] = { "AIR", "LAND", "SEA", "ROAD", "RAIL", "PHONE", "TELEPHONE", "MAIL",
                                          "EMAIL", "E-MAIL", "POST", "FAX", "HAND", "FORCE", "MISTAKE", "SURPRISE",
                                          "ACCIDENT", "CHANCE", "FAR", "NIGHT", "DAY", "DEFAULT", "DESIGN",
                                          "DECREE", "LAW", "PROXY", "NAME", "NATURE", "CONTRAST", "COMPARISON",
                                          "VOTE", "MARGIN", "MAJORITY", "END", "THEN", "NOW", "VIRTUE", "WAY",
                                          "FOOT", "BOAT", "PLANE", "TRAIN", "CAR", "SATELLITE", "VIDEO", "THIRD",
                                          "HALF", "QUARTER", "PERCENT", "PCT", "POINTS", "LANDSLIDE",
                                          "AGREEMENT", "CONSENSUS", "REFERENDUM", "DEFINITION", NULL };
    if (x->opt->tabari_compat || h->u1 + 1 >= x->nu || x->u[h->u1].m >= 0 || !utok_is(x, h->u1, "BY") ||
        !participle(x, h))
        return 0;
    int k = h->u1 + 1;
    if (article(x, k))
        k++;
    if (k >= x->nu || x->u[k].m >= 0)
        return 0;                         /* an actor: passive_agent()'s */
    const tok *t = &x->c->toks.v[x->u[k].first];
    return t->kind == TK_WORD && !ing_form(t) && !tok_in(t, manner) &&
           !(ucls(x, k) & (WC_GRAMMAR & ~(uint32_t)(WC_SENT_START | WC_QUANTITY | WC_RELATION | WC_WEAPON)));
}

/* Is verb h the past participle of a verb that cannot go without its
 * object ("killed", "arrested"), with no object after it: the end of the
 * sentence, or a preposition of place, time or agent that no count
 * follows ("Two Palestinians killed in Israeli raid", "230 terrorists
 * killed.", but not "killed at least 10", "arrested about 40")?  The
 * actor before it is then what was done to. */
static int bare_participle(const sctx *x, const verbhit *h)
{
    static const char *const strict[] = { "KILLED", "WOUNDED", "INJURED", "ARRESTED", "DETAINED", "CAPTURED",
                                          "KIDNAPPED", "ABDUCTED", "EXECUTED", "JAILED", "IMPRISONED", "MURDERED",
                                          "TORTURED", "SLAIN", "ASSASSINATED", "BEHEADED", "DEPORTED", "EXPELLED",
                                          NULL };
    static const char *const preps[] = { "IN", "AT", "NEAR", "DURING", "ON", "AFTER", "WHEN", "WHILE", "BY", "FROM",
                                         "SINCE", "INSIDE", "OUTSIDE", "ACROSS", "OVER", NULL };
    static const char *const amount[] = { "LEAST", "MOST", "ABOUT", "AROUND", "SOME", "NEARLY", "ALMOST", "MORE",
                                          "LESS", "FEWER", NULL };
    if (h->u1 - h->u0 != 1 || !tok_in(&x->c->toks.v[x->u[h->u0].last], strict))
        return 0;
    if (h->u1 >= x->nu)
        return 1;
    const tok *n = &x->c->toks.v[x->u[h->u1].first];
    if (n->kind == TK_PUNCT && n->norm[0] == ',') {
        /* a list of counts: "230 terrorists killed, and 136 wounded" */
        int k = h->u1 + 1;
        if (k < x->nu && x->u[k].m < 0 && (utok_is(x, k, "AND") || utok_is(x, k, "OR")))
            k++;
        return k < x->nu && x->u[k].m < 0 && x->c->toks.v[x->u[k].first].kind == TK_NUM;
    }
    if (n->kind == TK_PUNCT)
        return n->norm[0] == '.' || n->norm[0] == ';';
    if (!tok_in(n, preps) || h->u1 + 1 >= x->nu)
        return 0;
    /* what follows the preposition is no count of the object */
    const tok *f = &x->c->toks.v[x->u[h->u1 + 1].first];
    return x->u[h->u1 + 1].m >= 0 || (f->kind != TK_NUM && !tok_in(f, amount) && !(ucls(x, h->u1 + 1) & WC_QUANTITY));
}

/* A question put to someone, set off after a comma: "Yeutter, asked
 * whether the deficit would improve, replied", "the spokesman, asked to
 * comment on the clash, said".  Reporters ask it; it is no event. */
static int question_put(const sctx *x, const verbhit *h)
{
    static const char *const asked[] = { "ASKED", "QUESTIONED", NULL };
    static const char *const about[] = { "ABOUT", "IF", "WHETHER", "WHAT", "WHY", "HOW", "WHEN", "HIS", "HER",
                                         "THEIR", "ITS", "FOR", NULL };
    /* (not "European governments, asked to fund the programme": a
       request made to them, by someone unnamed) */
    static const char *const say[] = { "COMMENT", "ELABORATE", "CONFIRM", "EXPLAIN", "SPECULATE", "RESPOND", NULL };
    if (x->opt->tabari_compat || h->u0 == 0 || !upunct(x, h->u0 - 1, ',') || h->u1 + 1 >= x->nu ||
        !tok_in(&x->c->toks.v[x->u[h->u0].first], asked))
        return 0;
    const tok *n = &x->c->toks.v[x->u[h->u1].first];
    return tok_in(n, about) || (utok_is(x, h->u1, "TO") && tok_in(&x->c->toks.v[x->u[h->u1 + 1].first], say));
}

/* A participle set off by commas right after an actor, or a noun an
 * actor modifies, with a phrase of place, time or cause after it and the
 * clause's own verb after the closing comma: "the German man, arrested
 * on suspicion of attempted homicide, was not in a fit state", "the
 * protester, detained on Monday, was released", "the leader, now
 * imprisoned in Turkey, wrote".  A reduced relative, so
 * the actor is what was done to: its unit, or -1.  An object right after
 * the participle makes it a verb of its own ("raided the house, arrested
 * three men and"). */
static int apposed_participle(const sctx *x, const verbhit *vh, int nv, int v)
{
    static const char *const opens[] = { "IN", "AT", "ON", "NEAR", "DURING", "AFTER", "FOR", "OVER", "LAST",
                                         "EARLIER", "YESTERDAY", "TODAY", NULL };
    const verbhit *h = &vh[v];
    /* (an adverb may come first: "the Kurdish leader, now imprisoned in") */
    int comma = h->u0 - 1;
    if (comma > 0 && x->u[comma].m < 0 &&
        (ly_unit(x, comma) || (ucls(x, comma) & WC_TIME) || tok_in(&x->c->toks.v[x->u[comma].first], ADVERBS)))
        comma--;
    /* (or a question put to the actor: "Yeutter, asked whether the
       deficit would improve, replied") */
    int asking = question_put(x, h);
    if (comma < 1 || !upunct(x, comma, ',') || h->u1 >= x->nu ||
        (!asking && !tok_in(&x->c->toks.v[x->u[h->u1].first], opens)))
        return -1;
    int a = noun_owner(x, comma - 1, 0);
    if (!names_actor(x, a))
        return -1;
    /* (not "a proposal to strengthen the OPCW, agreed in June") */
    if (!starts_clause(x, a, 0))
        return -1;
    /* the aside closes with a comma before the clause's finite verb */
    for (int k = h->u1 + 1; k < x->nu && k <= h->u1 + (asking ? 30 : 12); k++) {
        if (x->u[k].m >= 0)
            continue;
        uint32_t cl = ucls(x, k);
        /* (a question holds clauses of its own) */
        if (((cl & (WC_THAT | WC_REL | WC_SUBORD | WC_CONJ)) && !asking) || clause_break(x, k))
            return -1;
        if (!upunct(x, k, ','))
            continue;
        if (k + 1 >= x->nu || x->u[k + 1].m >= 0)
            return -1;
        static const char *const nonfinite[] = { "BE", "BEING", "BEEN", "HAVING", NULL };
        uint32_t nc = ucls(x, k + 1);
        if ((nc & (WC_BE | WC_HAVE | WC_HYPO | WC_FUT | WC_DO)) && !tok_in(&x->c->toks.v[x->u[k + 1].first], nonfinite))
            return a;
        for (int w = v + 1; w < nv; w++)
            if (vh[w].u0 == k + 1)
                return ing_form(&x->c->toks.v[x->u[k + 1].first]) ? -1 : a;
        return -1;
    }
    return -1;
}

/* A participle right after an actor, with a phrase of place or time
 * after it ("in", "at", "during", "on" ...), and then the clause's own
 * auxiliary or verb of saying ("US troops injured
 * in Iraq have required", "three soldiers wounded in Kandahar were flown
 * home", "company officials briefed on the matter said"): a reduced
 * relative, so the actor is what was done to.  Its unit, or -1.  A past
 * tense with a complement reads the same up to the preposition, so the
 * auxiliary must follow the phrase directly: "to" ("agreed in December
 * to cut"), a comma, conjunction or new clause, a pronoun, or a second
 * noun phrase with no preposition before it ("imposed on lumber on
 * grounds the shipments were") ends the search.  (With "by" after the
 * participle passive_agent() has the doer.) */
static int reduced_passive(const sctx *x, const verbhit *vh, int nv, int v)
{
    const verbhit *h = &vh[v];
    if (x->opt->tabari_compat || h->u0 == 0 || be_before(x, h) >= 0)
        return -1;
    /* "two French reporters still held hostage", "engineers taken
       hostage": the active puts its object between ("held them
       hostage"), so with an actor right before (adverbs aside) it is a
       passive */
    static const char *const held[] = { "HELD", "TAKEN", NULL };
    static const char *const captive[] = { "HOSTAGE", "HOSTAGES", "CAPTIVE", "CAPTIVES", NULL };
    if (h->u1 > h->u0 + 1 && tok_in(&x->c->toks.v[x->u[h->u0].first], held) &&
        tok_in(&x->c->toks.v[x->u[h->u1 - 1].last], captive)) {
        int k = h->u0 - 1;
        while (k > 0 && ((ucls(x, k) & WC_STOP) || ly_unit(x, k)))
            k--;
        k = noun_owner(x, k, 0);   /* (or "Japanese engineers") */
        if (names_actor(x, k))
            return k;
    }
    if (!participle(x, h))
        return -1;
    int ap = apposed_participle(x, vh, nv, v);
    if (ap >= 0)
        return ap;
    int a = h->u0 - 1;
    if (x->u[a].m < 0 || x->m[x->u[a].m].nullcode || h->u1 >= x->nu || x->u[h->u1].m >= 0)
        return -1;
    /* ("he hit back at": a subject pronoun heads no reduced relative) */
    if (x->m[x->u[a].m].pronoun)
        return -1;
    /* "the agreement that the government signed in Mexico says": the
       subject of a relative clause */
    int r = a - 1;
    if (r >= 0 && x->u[r].m < 0 && (ucls(x, r) & WC_DET))
        r--;
    if (r >= 0 && x->u[r].m < 0 && (ucls(x, r) & (WC_THAT | WC_REL)))
        return -1;
    if (bare_participle(x, h))
        return a;
    /* "four soldiers charged with abusing prisoners", "three men accused
       of attacking troops": a verb of the law takes its object before
       such a complement ("charged them with"), so with none between it is
       a passive */
    static const char *const legal[] = { "ACCUSED", "CHARGED", "CONVICTED", "SUSPECTED", "SENTENCED", "INDICTED",
                                         "JAILED", "IMPRISONED", "FINED", NULL };
    static const char *const complement[] = { "WITH", "OF", "FOR", "TO", NULL };
    if (h->u1 == h->u0 + 1 && tok_in(&x->c->toks.v[x->u[h->u0].first], legal) &&
        tok_in(&x->c->toks.v[x->u[h->u1].first], complement)) {
        /* (not a place after a preposition, "awaiting trial in the UK
           accused of"; a pronoun, "the groups he accused of", is out
           above) */
        int p = a - 1;
        if (p >= 0 && x->u[p].m < 0 && (ucls(x, p) & WC_DET))
            p--;
        if (p >= 0 && x->u[p].m < 0 && (ucls(x, p) & WC_PREP))
            return -1;
        return a;
    }
    static const char *const opens[] = { "IN", "AT", "NEAR", "DURING", "ON", "OUTSIDE", "INSIDE", NULL };
    if (!tok_in(&x->c->toks.v[x->u[h->u1].first], opens))
        return -1;
    int w = v + 1, noun = 0;   /* noun: a noun phrase has begun since the last preposition */
    for (int k = h->u1 + 1; k < x->nu && k <= h->u1 + 8; k++) {
        while (w < nv && vh[w].u0 < k)
            w++;
        if (w < nv && vh[w].u0 == k && tok_in(&x->c->toks.v[x->u[k].first], SAYING))
            return a;
        if (x->u[k].m >= 0) {
            noun = 1;
            continue;
        }
        uint32_t cl = ucls(x, k);
        const tok *t = &x->c->toks.v[x->u[k].first];
        /* a finite auxiliary: not "on being dismantled", not the month */
        static const char *const nonfinite[] = { "BE", "BEING", "BEEN", "HAVING", NULL };
        if ((cl & (WC_BE | WC_HAVE | WC_HYPO | WC_FUT | WC_DO)) && !(cl & WC_MONTH) && !tok_in(t, nonfinite))
            return a;
        if ((cl & (WC_CONJ | WC_THAT | WC_REL | WC_SUBORD)) || t->kind == TK_PUNCT || utok_is(x, k, "TO") ||
            ((cl & (WC_PRON_PERS | WC_PRON_OTHER)) && !(cl & WC_DET)) || ((cl & WC_DET) && noun))
            return -1;
        if (cl & WC_PREP)
            noun = 0;
        else if (!(cl & WC_DET))
            noun = 1;
    }
    return -1;
}

/* The actor named right after "by" at unit k ("by sustained US military
 * support"), or -1. */
static int agent_after_by(const sctx *x, int k)
{
    const tac_ctx *c = x->c;
    if (!utok_is(x, k, "BY"))
        return -1;
    for (int j = k + 1; j < x->nu && j <= k + 3; j++) {
        if (x->u[j].m >= 0)
            return x->m[x->u[j].m].nullcode ? -1 : j;
        const tok *t = &c->toks.v[x->u[j].first];
        if (t->kind != TK_WORD || (ucls(x, j) & WC_GRAMMAR & ~(uint32_t)(WC_DET | WC_SENT_START)))
            return -1;
    }
    return -1;
}

/* Is unit k an article (not a mention)? */
static int article_at(const sctx *x, int k)
{
    return k >= 0 && k < x->nu && x->u[k].m < 0 &&
           (utok_is(x, k, "A") || utok_is(x, k, "AN") || utok_is(x, k, "THE"));
}

/* The unit of the article before the noun at unit u0, with at most two
 * plain words between ("a bitter strike", "a three-day state visit"),
 * or -1. */
static int article_before(const sctx *x, int u0)
{
    int a = u0 - 1;
    while (a >= 0 && a >= u0 - 2 && x->u[a].m < 0 && !(ucls(x, a) & WC_GRAMMAR) &&
           x->c->toks.v[x->u[a].first].kind == TK_WORD && !(x->c->toks.v[x->u[a].first].flags & TF_CAP))
        a--;
    return article_at(x, a) ? a : -1;
}

/* Mention unit k modifying an act noun within the next two units, with
 * at most one plain word between ("a Taliban ambush", "an Israeli air
 * strike")? */
static int modifies_act(const sctx *x, int k)
{
    for (int j = k + 1; j < x->nu && j <= k + 2; j++) {
        const tok *t = &x->c->toks.v[x->u[j].first];
        if (x->u[j].m >= 0 || t->kind != TK_WORD || (t->flags & TF_CAP) ||
            (ucls(x, j) & WC_GRAMMAR & ~(uint32_t)WC_WEAPON))
            return 0;
        if (t->starts & WF_VERB)
            return tacx_doer_modifier(x->c, &x->m[x->u[k].m], x->s->caps);
    }
    return 0;
}

/* Unit k, or the "by" after "and" and a second participle at k ("trained
 * and equipped by the US"): where a passive's "by" may stand.  Not when
 * the second is a verb that makes events only through its patterns: in
 * "wounded and taken by the Red Cross to hospital" the agent is the
 * carrier's only. */
static int by_unit(const sctx *x, int k)
{
    k += harm_result(x, k);
    if (x->opt->tabari_compat || !utok_is(x, k, "AND"))
        return k;
    /* (with a count of the second: "were killed and 20 wounded by") */
    int j = count_unit(x, k + 1) ? k + 2 : k + 1;
    int32_t verb = -1;
    int ue = 0;
    if (utok_is(x, j + 1, "BY") && x->u[j].m < 0 &&
        !(verb_at(x, j, &verb, &ue) && !strcmp(verb_code(x->d, verb), "---"))) {
        const tok *t = &x->c->toks.v[x->u[j].first];
        if (ed_form(t) || (ucls(x, j) & WC_PARTICIPLE))
            return j + 1;
    }
    return k;
}

/* "was rejected by X": returns the unit of X, or -1. */
static int passive_agent(const sctx *x, const verbhit *h)
{
    const tac_ctx *c = x->c;
    if (be_before(x, h) < 0) {
        /* a reduced relative: "the sanctions imposed by Washington" */
        if (!participle(x, h) || x->opt->tabari_compat || h->u0 == 0 ||
            (ucls(x, h->u0 - 1) & (WC_HAVE | WC_NEG | WC_HYPO | WC_FUT | WC_DO)))
            return -1;
        /* right after an actor only with "by" next: "warplanes supported
           by Russia" */
        if (x->u[h->u0 - 1].m >= 0 && !utok_is(x, by_unit(x, h->u1), "BY"))
            return -1;
        /* after a noun, not after a date or an adverb: "X on Monday
           denied charges by Y" has X as its subject */
        const tok *pv = &c->toks.v[x->u[h->u0 - 1].last];
        if (x->u[h->u0 - 1].m < 0 && ((ucls(x, h->u0 - 1) & (WC_DAY | WC_MONTH | WC_TIME)) ||
                                      ly_adverb(pv)))
            return -1;
    }
    int k = by_unit(x, h->u1);
    /* "opposed earlier by", "backed strongly by"; not "denied charges by" */
    if (k < x->nu && x->u[k].m < 0 && !utok_is(x, k, "BY") && !(ucls(x, k) & (WC_PREP | WC_DET))) {
        const tok *t = &c->toks.v[x->u[k].first];
        if (!(ucls(x, k) & WC_TIME) && !ly_adverb(t))
            return -1;
        k++;
    }
    /* "was returned to Spain by US officials", "were freed from Iran by":
       who received it, or where it came from, may come before the doer */
    if (!x->opt->tabari_compat && be_before(x, h) >= 0 && (utok_is(x, k, "TO") || utok_is(x, k, "FROM"))) {
        int j = k + 1;
        if (article_at(x, j))
            j++;
        if (j + 1 < x->nu && x->u[j].m >= 0 && utok_is(x, j + 1, "BY"))
            k = j + 1;
    }
    /* "were killed in an air strike by the coalition", "died in shelling
       by government forces": the agent of the means is the doer, and so
       is the actor that modifies it: "killed in a Taliban ambush" */
    if (!x->opt->tabari_compat && (utok_is(x, k, "IN") || utok_is(x, k, "DURING"))) {
        int j = k + 1;
        while (j < x->nu && j <= k + 3 && x->u[j].m < 0 && (ucls(x, j) & (WC_DET | WC_QUANTITY)))
            j++;
        /* (only after a form of "be": "X disclosed in an SEC filing" is
           no passive) */
        if (j < x->nu && x->u[j].m >= 0 && modifies_act(x, j) && be_before(x, h) >= 0)
            return j;
        j = k + 1;
        while (j < x->nu && j <= k + 7 && x->u[j].m < 0 && !utok_is(x, j, "BY")) {
            const tok *t = &c->toks.v[x->u[j].first];
            uint32_t cl = ucls(x, j);
            if (t->kind == TK_PUNCT || (t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP)) ||
                ed_form(t) || (cl & WC_PARTICIPLE) ||
                ((cl & WC_GRAMMAR) && !(cl & (WC_DET | WC_QUANTITY)) && !utok_is(x, j, "OF") && !utok_is(x, j, "AND")))
                break;
            j++;
        }
        if (utok_is(x, j, "BY"))
            k = j;
    }
    return agent_after_by(x, k);
}

/* "sent troops to the UN peacekeeping mission in Mali", "contribute to
 * the NATO force in Afghanistan": an organisation that modifies a
 * mission or a force serving in a country hands the act on to that
 * country, which is its target.  Returns the unit of the target. */
static int mission_place(const sctx *x, int t)
{
    static const char *const mission[] = { "MISSION", "MISSIONS", "FORCE", "FORCES", "OPERATION", "OPERATIONS",
                                           "CONTINGENT", "CONTINGENTS", NULL };
    if (x->opt->tabari_compat || strncmp(x->m[x->u[t].m].codes[0], "IGO", 3))
        return t;
    int k = t + 1, found = 0;
    for (; k < x->nu && k <= t + 3 && x->u[k].m < 0; k++) {
        const tok *w = &x->c->toks.v[x->u[k].first];
        if (w->kind != TK_WORD || (w->flags & TF_CAP) || (ucls(x, k) & WC_GRAMMAR))
            break;
        found |= tok_in(w, mission);
    }
    if (!found || !utok_is(x, k, "IN") || k + 1 >= x->nu)
        return t;
    /* "in Mali", "in South Sudan", "in the Democratic Republic of Congo" */
    int j = k + 1;
    if (x->u[j].m < 0 && utok_is(x, j, "THE"))
        j++;
    return j < x->nu && x->u[j].m >= 0 && !x->m[x->u[j].m].nullcode ? j : t;
}

/* "would be free to", "will be back", "is open": the base form of verb
 * right after a form of "be" is an adjective or an adverb, not the verb;
 * a participle that is its base form ("was hit", "is forecast") is the
 * exception.  (Those of `same` are not in WC_PARTICIPLE, which would
 * read their active past as a passive: "Canada forecast growth".) */
static int base_after_be(const sctx *x, int ui, int32_t verb)
{
    static const char *const same[] = { "FORECAST", "BROADCAST", "SPREAD", "CAST", "LET", "QUIT", "SHUT", "BURST",
                                        "SPLIT", "UPSET", "SHED", "BID", "RECAST", "RESET", "OUTBID", "RUN", "COME",
                                        "BECOME", "OVERCOME", "OVERRUN", NULL };
    if (x->opt->tabari_compat || ui < 1 || x->u[ui - 1].m >= 0 || !(ucls(x, ui - 1) & WC_BE))
        return 0;
    const tok *t = &x->c->toks.v[x->u[ui].first];
    return verb_base_form(x->d, verb, t) && !(t->cls & WC_PARTICIPLE) && !tok_in(t, same);
}

/* An act noun after an article whose doer is named with "by": "an
 * attack by Taliban fighters", "the killing of two journalists by
 * Mexican police" (then *of is the unit of what it was done to).
 * Returns the doer's unit, or -1. */
static int act_by(const sctx *x, int u0, int u1, int *of)
{
    *of = -1;
    /* (the test that fails first: most verbs have neither word next) */
    if (x->opt->tabari_compat || u1 >= x->nu || x->u[u1].m >= 0 || (!utok_is(x, u1, "BY") && !utok_is(x, u1, "OF")))
        return -1;
    /* the article: "a bitter strike by"; none is needed for a plain or
       plural form right before "by", which no verb of an act takes
       there ("fear attack by Turkey", "condemned attacks by Turkey") */
    if (article_before(x, u0) < 0) {
        const tok *t = &x->c->toks.v[x->u[u1 - 1].last];
        if (!utok_is(x, u1, "BY") || u1 - u0 != 1 || ed_form(t) || ing_form(t) || tok_irregular_past(t) ||
            (t->cls & WC_PARTICIPLE))
            return -1;
    }
    int k = u1;
    if (k + 1 < x->nu && utok_is(x, k, "OF")) {
        /* "of" and a short phrase: determiners, numbers, plain words and
           one actor */
        for (k++; k < x->nu && k <= u1 + 5 && !utok_is(x, k, "BY"); k++) {
            const tok *t = &x->c->toks.v[x->u[k].first];
            if (x->u[k].m >= 0) {
                if (*of >= 0)
                    return -1;
                *of = k;
            } else if (t->kind == TK_PUNCT || (ucls(x, k) & WC_GRAMMAR & ~(uint32_t)(WC_DET | WC_QUANTITY))) {
                return -1;
            }
        }
        if (*of < 0)
            return -1;
    }
    int doer = agent_after_by(x, k);
    if (doer < 0)
        *of = -1;
    return doer;
}

/* "X is on a visit to Y", "X, on a three-day state visit to Y, said":
 * the noun of a visit after "on" and an article, with at most two plain
 * words between, is the visit of the clause's subject. */
static int on_a_visit(const sctx *x, int u0, int32_t verb)
{
    if (x->opt->tabari_compat || strcmp(verb_code(x->d, verb), "042"))
        return 0;
    int a = article_before(x, u0);
    return a > 0 && x->u[a - 1].m < 0 && utok_is(x, a - 1, "ON");
}

/* Is the noun at unit k (verb) a visit to keep among the verbs vh[0..nv)?
 * Only after "on a", and not when it is the visit that the verb before,
 * in the same clause, already makes: "arrived in Cairo on a tour". */
static int visit_noun(const sctx *x, int k, int32_t verb, const verbhit *vh, int nv)
{
    if (!on_a_visit(x, k, verb))
        return 0;
    if (nv == 0 || strcmp(verb_code(x->d, vh[nv - 1].verb), "042"))
        return 1;
    for (int j = vh[nv - 1].u1; j < k; j++)
        if (upunct(x, j, ',') || upunct(x, j, ';'))
            return 1;
    return 0;
}

/* The place where the subject of such a visit is, named before it:
 * "Blinken is in Kyiv on a surprise visit" (unit of Kyiv, or -1). */
static int visit_place(const sctx *x, int u0, int src)
{
    for (int k = u0 - 2; k > src && k >= u0 - 9; k--) {
        if (x->u[k].m >= 0 || (!utok_is(x, k, "IN") && !utok_is(x, k, "AT")))
            continue;
        int j = k + 1;
        if (j < u0 && x->u[j].m < 0 && utok_is(x, j, "THE"))
            j++;
        return j < u0 && x->u[j].m >= 0 && !x->m[x->u[j].m].nullcode ? j : -1;
    }
    return -1;
}

/* The host of a visit (at verb units [u0, u1), made by src): the
 * country or party right after "to", "in" or "at" ("arrived in Hong Kong
 * on an Asian trade tour": Hong Kong, not the region of the tour), or
 * after "of" for the noun of a visit ("on a tour of eight Arab
 * capitals"); for the noun, else the place where the subject is, named
 * before ("Blinken is in Kyiv on a surprise visit").  Who comes "with"
 * the visitor is no host.  The unit, or -1. */
static int visit_host(const sctx *x, int u0, int u1, int src, int noun)
{
    if (u1 < x->nu && x->u[u1].m < 0 &&
        (utok_is(x, u1, "TO") || utok_is(x, u1, "IN") || utok_is(x, u1, "AT") || (noun && utok_is(x, u1, "OF")))) {
        for (int j = u1 + 1; j < x->nu && j <= u1 + 4; j++) {
            if (x->u[j].m >= 0)
                return x->m[x->u[j].m].nullcode ? -1 : j;
            const tok *t = &x->c->toks.v[x->u[j].first];
            if (!(t->kind == TK_NUM || (ucls(x, j) & WC_DET) ||
                  (t->kind == TK_WORD && !(t->flags & TF_CAP) && !(ucls(x, j) & WC_GRAMMAR))))
                break;
        }
        return -1;
    }
    return noun && src >= 0 && src < u0 ? visit_place(x, u0, src) : -1;
}

/* Does unit k look like a verb: one of the dictionary, an auxiliary, or a
 * form in -ed or -ing or an irregular past ("has not identified itself
 * or demanded")? */
static int verb_like(const sctx *x, int k)
{
    if (x->u[k].m >= 0)
        return 0;
    const tok *t = &x->c->toks.v[x->u[k].first];
    return (ucls(x, k) & (WF_VERB | WC_BE | WC_HAVE | WC_DO)) ||
           (t->kind == TK_WORD && (ed_form(t) || ing_form(t) || tok_irregular_past(t)));
}

static unsigned verb_flags(const sctx *x, const verbhit *h, int src, int clause_lo)
{
    unsigned flags = 0;
    int lo = src >= 0 && src < h->u0 ? src + 1 : h->u0 - 4;
    if (lo < 0) lo = 0;
    if (clause_lo >= h->u0)
        lo = h->u0;   /* nothing of the clause before the verb */
    /* a negation before "and" or "or" still governs this verb when it
       negates a verb there ("did not attack the town and kill"), not when
       it negates something else ("his comments were not racist and he
       refused to apologise"); none carries past a comma or "but", except
       "nor" ("neither the regime, nor Iran nor Turkey, will accept") */
    int crossed = 0, neg_closed = 0;
    for (int k = h->u0 - 1; k >= lo && k >= h->u0 - 5; k--) {
        uint32_t cl = ucls(x, k);
        /* ("not only to fight Isis but also to": no negation) */
        if ((cl & WC_NEG) && !(utok_is(x, k, "NOT") && utok_is(x, k + 1, "ONLY")) &&
            ((!neg_closed && (!crossed || (k + 1 < h->u0 && verb_like(x, k + 1)))) || utok_is(x, k, "NOR")))
            flags |= TAC_EV_NEGATED;
        if (x->u[k].m < 0 && (upunct(x, k, ',') || upunct(x, k, ';') || utok_is(x, k, "BUT")))
            neg_closed = 1;
        else if (x->u[k].m < 0 && (cl & WC_CONJ))
            crossed = 1;
        if (cl & WC_HYPO) flags |= TAC_EV_HYPOTHETICAL;
        if (cl & WC_FUT) flags |= TAC_EV_FUTURE;
        if (cl & WC_HEARSAY) flags |= TAC_EV_REPORTED;   /* "reportedly rejected" */
    }
    /* the modal before a "be" that a participle after "and" shares, which
       may lie further back: "should be hunted down and killed" */
    int be = x->opt->tabari_compat || clause_lo >= h->u0 ? -1 : be_before(x, h);
    for (int k = be - 1; be >= 0 && k >= 0 && k >= be - 3 && x->u[k].m < 0; k--) {
        uint32_t cl = ucls(x, k);
        if (!(cl & (WC_HYPO | WC_FUT | WC_HAVE | WC_NEG)))
            break;
        if (cl & WC_HYPO) flags |= TAC_EV_HYPOTHETICAL;
        if (cl & WC_FUT) flags |= TAC_EV_FUTURE;
    }
    const tok *vt = &x->c->toks.v[x->u[h->u0].first];
    /* "without consulting Kyiv": what is done without is not done, nor
       what is avoided, refrained from or stopped ("to avoid traveling to
       Italy", "has stopped supporting the rebels"), nor what one failed
       to do */
    if (ing_form(vt) && h->u0 > 0 && x->u[h->u0 - 1].m < 0) {
        static const char *const undone[] = { "AVOID", "AVOIDS", "AVOIDED", "AVOIDING", "STOP", "STOPS", "STOPPED",
                                              "STOPPING", "CEASE", "CEASES", "CEASED", "CEASING", "QUIT", "QUITS",
                                              "QUITTING", "HALT", "HALTS", "HALTED", "HALTING", NULL };
        static const char *const refrain[] = { "REFRAIN", "REFRAINS", "REFRAINED", "REFRAINING", NULL };
        const tok *p = &x->c->toks.v[x->u[h->u0 - 1].last];
        if (utok_is(x, h->u0 - 1, "WITHOUT") || tok_in(p, undone) ||
            (utok_is(x, h->u0 - 1, "FROM") && h->u0 > 1 && x->u[h->u0 - 2].m < 0 &&
             tok_in(&x->c->toks.v[x->u[h->u0 - 2].last], refrain)))
            flags |= TAC_EV_NEGATED;
    }
    /* "injured no one", "killed nobody": force used on no one is not
       used (a verb of saying takes a clause: "said no one could") */
    if ((utok_is(x, h->u1, "NOBODY") || utok_is(x, h->u1, "NONE") ||
         (utok_is(x, h->u1, "NO") && utok_is(x, h->u1 + 1, "ONE"))) &&
        code_root(verb_code(x->d, h->verb)) >= 15)
        flags |= TAC_EV_NEGATED;
    /* "failed to capture the town", "was unable to reach Kabul" */
    if (h->u0 > 1 && utok_is(x, h->u0 - 1, "TO") && x->u[h->u0 - 2].m < 0) {
        static const char *const fail[] = { "FAIL", "FAILS", "FAILED", "FAILING", "UNABLE", NULL };
        if (tok_in(&x->c->toks.v[x->u[h->u0 - 2].last], fail))
            flags |= TAC_EV_NEGATED;
    }
    /* "the plan includes freezing the front line and recognizing Crimea":
       a gerund after a word of planning, in the same clause, is the
       content of a proposal, not something done */
    if (ing_form(vt) &&
        !(h->u0 > 0 && (ucls(x, h->u0 - 1) & WC_BE)))   /* "is attacking": a verb */
        for (int k = h->u0 - 1; k >= 0 && k >= h->u0 - 14; k--) {
            uint32_t cl = ucls(x, k);
            if (upunct(x, k, ',') || upunct(x, k, ';') || upunct(x, k, ':') || (cl & (WC_THAT | WC_REL | WC_SUBORD)))
                break;
            if (cl & WC_PLAN) {
                flags |= TAC_EV_HYPOTHETICAL;
                break;
            }
        }
    /* "If X attacks Y, ...": a condition anywhere before the verb in its
       clause, up to a comma */
    for (int k = h->u0 - 1; k >= clause_lo && k >= 0; k--) {
        if (upunct(x, k, ','))
            break;
        if (utok_is(x, k, "IF") || utok_is(x, k, "UNLESS"))
            flags |= TAC_EV_HYPOTHETICAL;
    }
    if (x->c->toks.v[x->s->first + x->s->ntok - 1].norm[0] == '?')
        flags |= TAC_EV_QUESTION;
    return flags;
}

/* Emits the events of a compound bound by '%': every member with every
 * other, or every member with the bound target. */
static int emit_compound(sctx *x, const char *code, int comp, int tgt, const verbhit *h, unsigned flags,
                         int sidx, tac_event_fn fn, void *ud, int *nev)
{
    int g = x->u[comp].group;
    int mem[16], nmem = 0;
    for (int k = comp; k < x->nu && nmem < 16; k++)
        if (x->u[k].m >= 0 && x->u[k].group == g) mem[nmem++] = k;
    for (int a = 0; a < nmem; a++) {
        if (tgt >= 0) {
            int rc = emit(x, code, mem[a], tgt, h->u0, h->u1, flags, sidx, fn, ud, nev);
            if (rc) return rc;
            continue;
        }
        for (int bq = 0; bq < nmem; bq++) {
            if (a == bq) continue;
            unit sa = x->u[mem[a]], sb = x->u[mem[bq]];
            x->u[mem[a]].group = -100 - a;     /* one pair, no group expansion */
            x->u[mem[bq]].group = -200 - bq;
            int rc = emit(x, code, mem[a], mem[bq], h->u0, h->u1, flags, sidx, fn, ud, nev);
            x->u[mem[a]] = sa;
            x->u[mem[bq]] = sb;
            if (rc) return rc;
        }
    }
    return TAC_OK;
}

/* ---- intentions ---- */

/* CAMEO codes an announced intention ("will provide aid", "is ready to
 * withdraw", "vowed to attack") as an expression of intent (03) or a
 * threat (13), not as the act.  Returns the intent code for an act's code,
 * or the code itself when the act has none. */
static const char *intent_code(const char *code)
{
    static const struct { const char *act, *intent; } map[] = {
        /* material and diplomatic cooperation, aid, yielding -> 03 */
        { "061", "0311" }, { "062", "0312" }, { "063", "0313" }, { "064", "0314" }, { "06", "031" },
        { "071", "0331" }, { "072", "0332" }, { "073", "0333" }, { "074", "0334" }, { "07", "033" },
        { "081", "0351" }, { "082", "0352" }, { "084", "0353" }, { "085", "0354" }, { "086", "0355" },
        { "087", "0356" }, { "08", "035" },
        { "05", "032" }, { "04", "036" },
        /* reducing relations, coercion, force -> 13 */
        { "161", "1313" }, { "162", "1311" }, { "163", "1312" }, { "164", "1313" }, { "165", "135" }, { "166", "136" },
        { "16", "131" },
        { "1721", "1321" }, { "1722", "1322" }, { "1723", "1323" }, { "1724", "1324" },
        { "172", "132" }, { "175", "137" }, { "17", "130" },
        /* protest, boycotts, blockades -> threaten political dissent */
        { "14", "133" },
        { "191", "1381" }, { "192", "1382" }, { "18", "1383" }, { "19", "1384" }, { "204", "1385" }, { "20", "1383" },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strncmp(code, map[i].act, strlen(map[i].act)))
            return map[i].intent;
    return code;
}

/* CAMEO codes an announced refusal ("will not release the hostages",
 * "will not lift the ban") as a rejection (12), not as the negated act.
 * Returns the rejection code for an act's code, or the code itself when
 * the act has none. */
static const char *refusal_code(const char *code)
{
    static const struct { const char *act, *refusal; } map[] = {
        { "081", "1241" }, { "082", "1242" }, { "083", "123" }, { "084", "1243" }, { "085", "1244" },
        { "086", "1245" }, { "087", "1246" }, { "08", "124" },
        { "071", "1221" }, { "072", "1222" }, { "073", "1223" }, { "074", "1224" }, { "07", "122" },
        { "061", "1211" }, { "062", "1212" }, { "06", "121" },
        { "04", "125" }, { "05", "120" },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strncmp(code, map[i].act, strlen(map[i].act)))
            return map[i].refusal;
    return code;
}

/* Is the verb at h an announced intention: "will X", "is ready to X",
 * "pledged to X"? */
static int intended(const sctx *x, const verbhit *h, unsigned flags)
{
    if (flags & TAC_EV_NEGATED)
        return 0;
    if (flags & TAC_EV_FUTURE)
        return 1;
    /* "said it would allow": a reported "would" announces an intention */
    if ((flags & TAC_EV_REPORTED) && (flags & TAC_EV_HYPOTHETICAL))
        for (int k = h->u0 - 1; k >= 0 && k >= h->u0 - 3; k--)
            if (utok_is(x, k, "WOULD"))
                return 1;
    if (h->u0 < 1 || !utok_is(x, h->u0 - 1, "TO"))
        return 0;
    /* "agreed in principle on Saturday to provide": adverbs, dates and
       prepositional phrases may come between */
    for (int k = h->u0 - 2; k >= 0 && k >= h->u0 - 8; k--) {
        if (x->u[k].m >= 0 || clause_break(x, k) || upunct(x, k, ','))
            return 0;
        /* "decided to ease sanctions" reports the decision taken: the act */
        if (!strncmp(x->c->toks.v[x->u[k].first].norm, "DECID", 5))
            return 0;
        if (ucls(x, k) & WC_INTENT)
            return 1;
    }
    return 0;
}

/* ---- TABARI's conventions: one event per clause ---- */

/* A pronoun stands for an actor of the previous event: its target when
 * the pronoun is an object in the same clause ("urged Bree to assist
 * him"), its source otherwise. */
static void resolve_pronoun(sctx *x, int u, int as_target, int same_clause)
{
    if (u < 0 || x->u[u].m < 0)
        return;
    mention *mm = &x->m[x->u[u].m];
    if (!mm->pronoun || mm->ncodes)
        return;
    const mention *from = NULL;
    if (as_target && same_clause && x->c->have_tgt)
        from = &x->c->last_tgt;
    else if (x->c->have_src)
        from = &x->c->last_src;
    else
        for (int k = u - 1; k >= 0 && !from; k--)   /* no event yet: the actor before */
            if (x->u[k].m >= 0 && !x->m[x->u[k].m].pronoun && !x->m[x->u[k].m].nullcode)
                from = &x->m[x->u[k].m];
    if (from) {
        memcpy(mm->codes, from->codes, sizeof mm->codes);
        mm->ncodes = from->ncodes;
        mm->agent_only = from->agent_only;
    }
}

/* Usable as an actor in TABARI mode? */
static int tab_actor(const sctx *x, int k)
{
    if (k < 0 || x->u[k].m < 0)
        return 0;
    const mention *mm = &x->m[x->u[k].m];
    if (mm->nullcode)
        return 0;
    if (mm->agent_only && !x->opt->convert_agent)
        return 0;
    return 1;
}

/* A stand-in actor for DEFAULT: SOURCE/TARGET, placed at the verb. */
static int default_unit(sctx *x, const verbhit *h, const char *code, int slot)
{
    int u = x->nu + slot, mi = x->nm + slot;
    mention *mm = &x->m[mi];
    memset(mm, 0, sizeof *mm);
    mm->first = mm->last = mm->head = x->u[h->u0].first;
    mm->actor = -1;
    mm->codes[0] = code;
    mm->ncodes = 1;
    x->u[u] = (unit){ mm->first, mm->last, mi, -1000 - slot, 0 };
    return u;
}

static int code_tabari(sctx *x, int sidx, verbhit *vh, int nv, const int *clause, tac_event_fn fn, void *ud)
{
    tac_ctx *c = x->c;
    const tac_options *o = x->opt;
    int nev = 0, prev_src = -1, prev_cl = -1, last_tgt_u = -1;
    char vtext[128];
    /* TABARI's complexity tests: too many conjunctions, or no actor
       before the first verb */
    if (o->conj_split) {
        int nconj = 0;
        for (int k = 0; k < x->nu; k++)
            nconj += x->u[k].m < 0 && (ucls(x, k) & WC_CONJ);
        if (nconj > o->conj_split) {
            tacx_explain(c, sidx, "no event: %d conjunctions, more than the limit %d", nconj, o->conj_split);
            return TAC_OK;
        }
    }
    if (o->no_actor_prior) {
        int any = 0;
        for (int k = 0; k < vh[0].u0 && !any; k++)
            any = tab_actor(x, k);
        if (!any) {
            tacx_explain(c, sidx, "no event: no actor before the first verb");
            return TAC_OK;
        }
    }
    for (int v0 = 0; v0 < nv;) {
        int cl = clause[vh[v0].u0], v1 = v0;
        while (v1 < nv && clause[vh[v1].u0] == cl) v1++;
        int lo = 0, hi = x->nu;
        while (lo < x->nu && clause[lo] < cl) lo++;
        for (hi = lo; hi < x->nu && clause[hi] == cl; hi++) ;
        int coded = 0;
        for (int pass = 0; pass < 2 && (!coded || o->code_by == TAC_CODE_ALL); pass++) {
            for (int v = v0; v < v1 && (!coded || o->code_by == TAC_CODE_ALL); v++) {
                verbhit *h = &vh[v];
                binds b;
                int patline;
                const char *code = tacx_verb_code(x, h, &b, &patline);
                verb_text(x, h, vtext, sizeof vtext);
                if (code[0] == '#') {
                    tacx_explain(c, sidx, "discarded by verb '%s'", vtext);
                    return TAC_OK;
                }
                if (strcmp(code, "---") == 0 || code[0] == '+')
                    continue;
                if ((strchr(code, '?') != NULL) != (pass == 1))
                    continue;
                int src = b.comp >= 0 ? b.comp : b.src, tgt = b.tgt, split = 0;
                if (src < 0 && tgt < 0) {
                    int pa = passive_agent(x, h);
                    if (pa >= 0) {
                        src = pa;
                        for (int k = lo; k < h->u0; k++)
                            if (tab_actor(x, k)) { tgt = k; break; }
                    }
                }
                if (src < 0) {
                    int prior = -1, after = -1;
                    for (int k = lo; k < hi; k++) {
                        if (!tab_actor(x, k) || k == tgt || (k >= h->u0 && k < h->u1))
                            continue;
                        if (tgt >= 0 && x->u[k].group == x->u[tgt].group)
                            continue;
                        if (k < h->u0) { if (prior < 0) prior = k; }
                        else if (after < 0) after = k;
                    }
                    if (prior >= 0)
                        src = prior;
                    else if (prev_src >= 0 && prev_cl >= 0)
                        src = prev_src;        /* "... and promised aid to X" */
                    else if (o->default_source[0] && (o->default_prior || after < 0))
                        src = default_unit(x, h, o->default_source, 0);
                    else
                        src = after;           /* no actor before: the next one leads */
                }
                if (tgt < 0 && b.comp < 0) {
                    /* the first actor after the verb; a pronoun there yields
                       to a named actor between the source and the verb
                       ("it requested that Elrond assist") */
                    int pron = -1;
                    for (int k = h->u1; k < hi; k++) {
                        if (!tab_actor(x, k))
                            continue;
                        if (src >= 0 && (k == src || x->u[k].group == x->u[src].group))
                            continue;
                        if (x->m[x->u[k].m].pronoun) {
                            if (pron < 0) pron = k;
                            continue;
                        }
                        tgt = k;
                        break;
                    }
                    if (tgt < 0 && src >= 0 && src < h->u0)
                        for (int k = src + 1; k < h->u0; k++)
                            if (tab_actor(x, k) && !x->m[x->u[k].m].pronoun && x->u[k].group != x->u[src].group &&
                                k != b.skip[0] && k != b.skip[1]) {
                                tgt = k;
                                break;
                            }
                    if (tgt < 0)
                        tgt = pron;
                }
                int promoted = src >= h->u1 && src < x->nu;
                if (tgt < 0 && b.comp < 0 && src >= 0) {
                    if (o->default_target[0] && o->default_after && !promoted) {
                        tgt = default_unit(x, h, o->default_target, 1);
                    } else if (src < x->nu) {
                        /* a compound with no other target: its members
                           act on each other ("A and B restored ties") */
                        for (int k = src + 1; k < x->nu; k++)
                            if (x->u[k].m >= 0 && x->u[k].group == x->u[src].group) {
                                tgt = k;
                                split = 1;
                                break;
                            }
                    }
                    if (tgt < 0 && o->default_target[0])
                        tgt = default_unit(x, h, o->default_target, 1);
                    if (tgt < 0 && o->code_by == TAC_CODE_ALL && coded && last_tgt_u >= 0)
                        tgt = last_tgt_u;      /* CODE ALL: the clause's target goes on */
                }
                resolve_pronoun(x, src, 0, cl == prev_cl);
                resolve_pronoun(x, tgt, 1, cl == prev_cl);
                if (src < 0 || (tgt < 0 && b.comp < 0)) {
                    tacx_explain(c, sidx, "verb '%s' -> %s: no event, %s", vtext, code, src < 0 ? "no source" : "no target");
                    continue;
                }
                unsigned flags = verb_flags(x, h, src, lo) & ~(unsigned)TAC_EV_NEGATED;
                tacx_explain(c, sidx, "verb '%s' -> %s%s", vtext, code, patline ? " (pattern)" : "");
                int rc;
                if (b.comp >= 0) {
                    rc = emit_compound(x, code, b.comp, b.tgt, h, flags, sidx, fn, ud, &nev);
                } else if (split) {
                    unit sa = x->u[src], sb = x->u[tgt];
                    x->u[src].group = -300;
                    x->u[tgt].group = -301;
                    rc = emit(x, code, src, tgt, h->u0, h->u1, flags, sidx, fn, ud, &nev);
                    x->u[src] = sa;
                    x->u[tgt] = sb;
                } else {
                    rc = emit(x, code, src, tgt, h->u0, h->u1, flags, sidx, fn, ud, &nev);
                }
                if (rc)
                    return rc;
                coded = 1;
                if (x->u[src].m >= 0) {
                    /* a compound source is remembered whole: "they" */
                    c->last_src = x->m[x->u[src].m];
                    if (src < x->nu && !split)
                        for (int k = src + 1; k < x->nu && c->last_src.ncodes < MAX_MCODES; k++)
                            if (x->u[k].m >= 0 && x->u[k].group == x->u[src].group && x->m[x->u[k].m].ncodes)
                                c->last_src.codes[c->last_src.ncodes++] = x->m[x->u[k].m].codes[0];
                    c->have_src = 1;
                }
                if (tgt >= 0 && x->u[tgt].m >= 0) {
                    c->last_tgt = x->m[x->u[tgt].m];
                    c->have_tgt = 1;
                }
                if (src < x->nu)
                    prev_src = src;
                if (tgt >= 0 && tgt < x->nu)
                    last_tgt_u = tgt;
                prev_cl = cl;
            }
        }
        if (coded && o->code_by == TAC_CODE_BY_SENTENCE)
            break;
        v0 = v1;
    }
    return TAC_OK;
}

/* ---- news text: every verb, roles by clause structure ---- */

/* Scans left from unit u over a noun phrase: determiners, "-ly" adverbs
 * and up to maxw plain lower-case words ("an extradition request",
 * "parole restrictions").  Returns the unit before the phrase (-1 at the
 * sentence start); *nw counts the plain words passed. */
static int before_noun_phrase(const sctx *x, int u, int maxw, int *nw)
{
    *nw = 0;
    for (; u >= 0 && x->u[u].m < 0; u--) {
        const tok *t = &x->c->toks.v[x->u[u].first];
        uint32_t cl = ucls(x, u);
        if ((cl & WC_DET) || ly_adverb(t))
            continue;
        if (*nw < maxw && t->kind == TK_WORD && !(t->flags & TF_CAP) && !(cl & (WC_GRAMMAR | WF_VERB))) {
            (*nw)++;
            continue;
        }
        break;
    }
    return u;
}

/* The verb before vh[v] in its clause (skipping those inside an earlier
 * pattern, codes NULL), or -1. */
static int prev_clause_verb(const verbhit *vh, const char **codes, const int *clause, int v)
{
    for (int w = v - 1; w >= 0; w--)
        if (codes[w] && clause[vh[w].u0] == clause[vh[v].u0])
            return w;
    return -1;
}

/* Is the verb's first word a base form ("kill", not "killed", "kills",
 * "killing")? */
static int base_form(const sctx *x, const verbhit *h)
{
    return base_tok(&x->c->toks.v[x->u[h->u0].first]);
}

/* Is the verb at unit u0 the head of a noun phrase of circumstance
 * ("after weeks of massive street protests", "because of suicidal
 * fighting", "despite the Houthis' recent attack")?  Returns the unit of
 * the word that opens the phrase, or -1.  A gerund right after the word
 * ("after accusing the agency") is an act of the clause's subject and
 * is not such a phrase. */
static int circumstance_noun(const sctx *x, const verbhit *vh, int v)
{
    static const char *const circ[] = { "AMID", "AMIDST", "DESPITE", "DURING", NULL };
    const verbhit *h = &vh[v];
    /* a noun, not a verb in the past with a subject of its own ("after
       the country broke off links", "after a car bomb struck a bus"):
       a plural or a form in -ing, or a base form with no object next */
    const tok *vt = &x->c->toks.v[x->u[h->u0].first];
    if (participle(x, h) || (vt->cls & WC_PARTICIPLE))
        return -1;
    if (base_form(x, h) && h->u1 < x->nu &&
        (x->u[h->u1].m >= 0 || (ucls(x, h->u1) & WC_DET) ||
         (x->c->toks.v[x->u[h->u1].first].kind == TK_WORD && !(ucls(x, h->u1) & WC_GRAMMAR))))
        return -1;
    for (int k = h->u0 - 1; k >= 0 && k >= h->u0 - 8; k--) {
        if (v > 0 && k < vh[v - 1].u1)
            break;                        /* another verb */
        if (x->u[k].m >= 0)
            continue;
        const tok *t = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        int open = tok_in(t, circ);
        if (!open && k > 0) {
            open = (utok_is(x, k, "OF") && (utok_is(x, k - 1, "BECAUSE") || utok_is(x, k - 1, "WAKE"))) ||
                   (utok_is(x, k, "TO") && (utok_is(x, k - 1, "DUE") || utok_is(x, k - 1, "RESPONSE") ||
                                            utok_is(x, k - 1, "RELATION"))) ||
                   (utok_is(x, k, "FOR") && utok_is(x, k - 1, "RETALIATION"));
        }
        if (open) {
            int ing = ing_form(vt);
            return k == h->u0 - 1 && ing ? -1 : k;
        }
        if (utok_is(x, k, "OF") || (cl & (WC_DET | WC_DAY | WC_MONTH | WC_TIME)) || t->kind == TK_NUM ||
            utok_is(x, k, "'S") || upunct(x, k, '\'') || upunct(x, k, '-') ||
            ly_adverb(t))
            continue;
        if (t->kind == TK_WORD && !(cl & (WC_PRON_PERS | WC_PRON_OTHER | WC_PREP | WC_BE | WC_HAVE | WC_DO | WC_HYPO |
                                          WC_FUT | WC_NEG | WC_CONJ | WC_REL | WC_THAT | WC_STOP | WC_SUBORD)))
            continue;
        break;
    }
    return -1;
}

/* Nouns of asking and offering whose "to" infinitive says what is asked
 * or offered: "rejected a request by X to hold a rally". */
static int request_noun(const tok *t)
{
    static const char *const nouns[] = { "REQUEST", "REQUESTS", "CALL", "CALLS", "APPEAL", "APPEALS", "PLEA", "PLEAS",
                                         "DEMAND", "DEMANDS", "OFFER", "OFFERS", "PROPOSAL", "PROPOSALS",
                                         "ULTIMATUM", "REFUSAL", "BID", "DEADLINE", NULL };
    return tok_in(t, nouns);
}

/* Is the infinitive at vh[v] ("to V") what an earlier act asks, demands,
 * offers, refuses or threatens, rather than an act of its own?  "asked
 * the Pentagon to look into", "urging North Korea to comply", "refused
 * to join", "threatened to withdraw", "a request by X to hold a rally".
 * CAMEO codes the asking (02, 10), offering (03), refusing (12) or
 * threatening (13); what is asked has not happened.  A statement (01)
 * governs one only through its addressee ("told governors not to
 * welcome").  An infinitive after another noun is not asked here ("a
 * loan to finance"; a deal's aim is left to decided_act()).  Nor is what
 * is considered ("is considering sending aid").  Returns the root of
 * the governing verb's code, 99 for a noun, or 0. */
static int requested_act(const sctx *x, const verbhit *vh, const char **codes, const int *clause, int v)
{
    /* "is considering sending aid": what is weighed has not been done */
    const tok *vt = &x->c->toks.v[x->u[vh[v].u0].first];
    if (ing_form(vt)) {
        int w = prev_clause_verb(vh, codes, clause, v);
        if (w >= 0 && vh[w].u1 == vh[v].u0 && !strncmp(codes[w], "014", 3))
            return 1;
    }
    int to = vh[v].u0 - 1;
    if (to >= 1 && (ucls(x, to) & WC_NEG))
        to--;                             /* "told governors not to welcome" */
    if (to < 1 || !utok_is(x, to, "TO"))
        return 0;
    /* "pretending to negotiate", "purporting to provide": a show, not
       the act */
    static const char *const pretence[] = { "PRETEND", "PRETENDS", "PRETENDED", "PRETENDING", "FEIGN", "FEIGNS",
                                            "FEIGNED", "FEIGNING", "PURPORT", "PURPORTS", "PURPORTED",
                                            "PURPORTING", NULL };
    if (x->u[to - 1].m < 0 && tok_in(&x->c->toks.v[x->u[to - 1].first], pretence))
        return 99;
    /* a noun of asking or offering, perhaps with its maker or addressee:
       "an offer from the Afghan government to extend", "a fresh plea to
       the Taliban to talk", "the refusal of the U.S. to recognize" */
    for (int k = to - 1, seen = 0; k >= 0 && k >= to - 8; k--) {
        if (x->u[k].m >= 0) {
            seen = 1;
            continue;
        }
        const tok *t = &x->c->toks.v[x->u[k].first];
        /* an amount asked: "an appeal for $80 million to provide" */
        if (t->kind == TK_NUM || upunct(x, k, '$') || utok_is(x, k, "€") || utok_is(x, k, "£") ||
            utok_is(x, k, "MILLION") || utok_is(x, k, "BILLION")) {
            seen = 1;
            continue;
        }
        if (t->kind != TK_WORD)
            break;
        if (request_noun(t))
            return 99;
        /* a time given to comply: "giving the Front 72 hours to
           surrender", "gave them 15 days to accept" */
        if (k >= 2 && (utok_is(x, k, "HOURS") || utok_is(x, k, "DAYS") || utok_is(x, k, "WEEKS")) &&
            x->c->toks.v[x->u[k - 1].first].kind == TK_NUM)
            for (int j = k - 2; j >= 0 && j >= k - 5; j--)
                if (utok_is(x, j, "GIVING") || utok_is(x, j, "GAVE") || utok_is(x, j, "GIVEN") ||
                    utok_is(x, j, "GIVE") || utok_is(x, j, "GIVES"))
                    return 99;
        if ((t->flags & TF_CAP) && !(ucls(x, k) & WC_GRAMMAR)) {
            seen = 1;                     /* a name no dictionary holds */
            continue;
        }
        if (!seen || !(utok_is(x, k, "BY") || utok_is(x, k, "FROM") || utok_is(x, k, "OF") || utok_is(x, k, "TO") ||
                       utok_is(x, k, "FOR") || (ucls(x, k) & WC_DET)))
            break;
    }
    int w = prev_clause_verb(vh, codes, clause, v);
    if (w < 0 || !codes[w] || vh[w].u1 > to)
        return 0;
    int root = code_root(codes[w]);
    if (root != 1 && root != 2 && root != 3 && root != 10 && root != 12 && root != 13)
        return 0;
    /* between the two: nothing, or the addressee with determiners,
       prepositions, adverbs, a date and up to two plain words ("asking
       help from the Armed Forces to rescue") */
    int actor = 0, plain = 0, after_actor = 0;
    for (int k = vh[w].u1; k < to; k++) {
        if (x->u[k].m >= 0) {
            actor = 1;
            after_actor = 0;
            continue;
        }
        const tok *t = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        if (upunct(x, k, '(') || upunct(x, k, ')'))
            continue;
        if (t->kind != TK_WORD)
            return 0;
        if (cl & (WC_DET | WC_PREP | WC_DAY | WC_MONTH | WC_TIME) || utok_is(x, k, "AND") || utok_is(x, k, "INSTEAD") ||
            ly_adverb(t))
            continue;
        if ((cl & WC_GRAMMAR) || (t->flags & TF_CAP) || ++plain > 2)
            return 0;
        after_actor |= actor;
    }
    if (after_actor)
        return 0;                         /* "defended Germany's decision to take" */
    if (root == 1 && !actor)
        return 0;                         /* "is said to have fired" */
    if (vh[w].u1 < to && !actor)
        return 0;                         /* "extended a loan to finance" */
    return root;
}

/* Is the verb at vh[v] a "to" infinitive of purpose after a meeting, a
 * call or a visit (vh[w], the clause's coded verb before it) whose other
 * party is unit src: "Baker called Miyazawa this week to warn him", "met
 * Scholz in Berlin to discuss aid"?  Its
 * subject is then the meeting's, not the one met (after verbs of asking
 * the one asked acts: "urged Scholz to send tanks"). */
static int purpose_of_meeting(const sctx *x, const verbhit *vh, const char **codes, int w, int v, int src)
{
    int to = vh[v].u0 - 1;
    if (to >= 1 && (ucls(x, to) & WC_NEG))
        to--;
    if (to < 1 || !utok_is(x, to, "TO"))
        return 0;
    if (w != v - 1 || code_root(codes[w]) != 4 || src < vh[w].u1 || src >= to)
        return 0;
    /* between the two: the one met, with determiners, prepositions, a
       place, a date and adverbs ("called Miyazawa early this week", "met
       his EU counterparts in Luxembourg on Monday"), not a noun of its own
       after it ("what he called Japan's failure to honour"), nor the
       agent of a passive ("a task force convened by the governor") */
    int actor = 0;
    for (int k = vh[w].u1; k < to; k++) {
        if (x->u[k].m >= 0) {
            actor = 1;
            continue;
        }
        const tok *t = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        if (utok_is(x, k, "BY"))
            return 0;
        if (upunct(x, k, ',') || ly_adverb(t) || utok_is(x, k, "AND") || utok_is(x, k, "EARLY") ||
            utok_is(x, k, "LATE") || (cl & (WC_DET | WC_PREP | WC_DAY | WC_MONTH | WC_TIME)))
            continue;
        if (actor || t->kind != TK_WORD || (cl & WC_GRAMMAR))
            return 0;
    }
    return actor;
}

/* Is the verb at vh[v] an -ing form right after a comma, opening a clause
 * that adds to the one before ("closed independent media, locking up
 * lawmakers", "attacked Ukrainian cities, killing civilians"), or after
 * "by", saying how that clause's act was done ("sealed off the Gaza
 * Strip by shutting down the crossings")?  Its subject is that clause's
 * subject, not its object. */
static int participle_clause(const sctx *x, const verbhit *vh, int v, int from)
{
    int u = vh[v].u0;
    if (u < 1 || !ing_form(&x->c->toks.v[x->u[u].first]))
        return 0;
    /* after "by", in one clause with the verb before, from unit from on:
       "as long as America reacts to attacks by launching strikes" is not
       the act of "control" before "as long as" */
    if (utok_is(x, u - 1, "BY")) {
        for (int k = from; k < u - 1; k++)
            if (clause_break(x, k) || (x->u[k].m < 0 && (ucls(x, k) & (WC_SUBORD | WC_REL | WC_THAT))))
                return 0;
        return 1;
    }
    /* not inside a relative clause: "the men who, complying with their
       mission, confronted him" */
    return upunct(x, u - 1, ',') && !(u >= 2 && x->u[u - 2].m < 0 && (ucls(x, u - 2) & WC_REL));
}

/* A verb at unit k: one of the sentence's verb hits, a form of "be" or
 * "have", or a past in -ed or an irregular one.  (verb_like() is looser,
 * taking any word that may start a verb form and forms in -ing: here it
 * would read "outside a police building, killing" as the police's.) */
static int verb_unit(const sctx *x, const verbhit *vh, int nv, int k)
{
    if (x->u[k].m >= 0)
        return 0;
    for (int w = 0; w < nv; w++)
        if (vh[w].u0 == k)
            return 1;
    const tok *t = &x->c->toks.v[x->u[k].first];
    return t->kind == TK_WORD && ((ucls(x, k) & (WC_BE | WC_HAVE)) ||
                                  (!(t->flags & TF_CAP) && (ed_form(t) || tok_irregular_past(t))));
}

/* For an -ing clause after a comma whose subject search found unit src:
 * is src the object of a verb before it ("a quake hit southwest Japan,
 * killing two people", "sued it and certain directors, alleging"), with
 * no verb between it and the comma?  Returns that verb's unit, or -1.
 * Not a speaker after its verb of saying ("said one official, echoing
 * statements by Kohl"). */
static int object_before_participle(const sctx *x, const verbhit *vh, int nv, int src, int comma)
{
    for (int k = src + 1; k < comma; k++)
        if (verb_unit(x, vh, nv, k))
            return -1;
    for (int k = src - 1; k >= 0; k--) {
        if (!verb_unit(x, vh, nv, k))
            continue;
        return tok_in(&x->c->toks.v[x->u[k].first], SAYING) ? -1 : k;
    }
    return -1;
}

/* Nouns of deciding, planning and agreeing whose "to" infinitive says
 * what is decided, planned or agreed: "Trump's decision to recognize
 * Jerusalem", "its draft deal to end the hostilities". */
static int decision_noun(const tok *t)
{
    static const char *const nouns[] = { "DECISION", "DECISIONS", "PLAN", "PLANS", "MOVE", "MOVES", "ATTEMPT",
                                         "ATTEMPTS", "EFFORT", "EFFORTS", "INTENTION", "INTENTIONS", "SUGGESTION",
                                         "PLEDGE", "PROMISE", "COMMITMENT", "READINESS", "WILLINGNESS", "ORDER",
                                         "THREAT", "THREATS", "PLOT", "SCHEME", "DEAL", "DEALS", "AGREEMENT",
                                         "AGREEMENTS", "ACCORD", "INITIATIVE", "INITIATIVES", NULL };
    return tok_in(t, nouns);
}

/* Is the infinitive at vh[v] what a decision or plan is about, that
 * noun being the object of an earlier verbal act vh[w] (code pc) of its
 * clause: "condemned Trump's decision to recognize Jerusalem", "welcomed
 * the U.S. decision to send troops home", "supports its decision to
 * expel 23 diplomats"?  What is reacted to is the object of the
 * reaction (an appeal, support, praise, a rejection, a threat), told to
 * explain it, not an event of the sentence.  A statement's object is
 * what it reports ("said the decision to impose tariffs sent a
 * message"), and stays. */
static int decided_act(const sctx *x, const verbhit *vh, const char *pc, int w, int v)
{
    int root = code_root(pc);
    if (!((root >= 2 && root <= 5) || (root >= 10 && root <= 13)))
        return 0;
    int k = vh[v].u0 - 1;
    if (k < 2 || !utok_is(x, k, "TO") || x->u[k - 1].m >= 0 || !decision_noun(&x->c->toks.v[x->u[k - 1].first]))
        return 0;
    /* between the earlier verb and the noun: its maker and modifiers
       ("Trump's", "the U.S.", "its", "the government's latest", "its
       draft"; no verb, as vh[w] is the nearest) */
    for (int j = vh[w].u1; j < k - 1; j++) {
        if (x->u[j].m >= 0 || utok_is(x, j, "'S") || upunct(x, j, '\''))
            continue;
        const tok *t = &x->c->toks.v[x->u[j].first];
        uint32_t cl = ucls(x, j);
        if (t->kind != TK_WORD ||
            (!(cl & (WC_DET | WC_PRON_OTHER)) && (cl & (WC_GRAMMAR & ~(uint32_t)(WC_SENT_START | WC_QUANTITY)))))
            return 0;
    }
    return vh[w].u1 <= k - 1;
}

/* Is vh[v] the base form after "to help" ("sent troops to help
 * strengthen security", "to help the country patrol its borders"), the
 * purpose of an earlier act of its clause rather than an act of its
 * own?  The earlier act (no statement or appeal) is what was done. */
static int purpose_of_help(const sctx *x, const verbhit *vh, const char **codes, const int *clause, int v)
{
    const verbhit *h = &vh[v];
    if (!base_form(x, h) || h->u0 < 2)
        return 0;
    int k = h->u0 - 1;
    if (utok_is(x, k, "TO"))
        k--;
    /* the one helped: an actor or a short noun phrase */
    for (int n = 0; k > 0 && n < 4 && !utok_is(x, k, "HELP"); k--, n++) {
        if (x->u[k].m >= 0)
            continue;
        const tok *t = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        if (t->kind != TK_WORD || (cl & WF_VERB) ||
            (!(cl & WC_DET) && (cl & (WC_GRAMMAR & ~(uint32_t)(WC_SENT_START | WC_RELATION | WC_QUANTITY)))))
            return 0;
    }
    if (k < 1 || !utok_is(x, k, "HELP") || !utok_is(x, k - 1, "TO"))
        return 0;
    int w = prev_clause_verb(vh, codes, clause, v);
    if (w < 0 || vh[w].u1 > k - 1)
        return 0;
    const char *pc = codes[w];
    return strcmp(pc, "---") && pc[0] != '+' && !(pc[0] == '0' && (pc[1] == '1' || pc[1] == '2')) &&
           !(pc[0] == '1' && pc[1] == '0');
}

/* ---- background ---- */

/* why an event is background (see background()) */
static const char BG_RELATIVE[] = "a relative clause";
static const char BG_OBJECT[] = "a participle that modifies an earlier act's object";
static const char BG_SUBJECT[] = "a participle that modifies the subject";
static const char BG_EARLIER[] = "a clause of what happened before";
static const char BG_CONDITION[] = "a clause of condition";
static const char BG_AS[] = "a clause of circumstance opened by 'as'";

/* The verb hit whose units cover unit k, or -1. */
static int verb_covering(const verbhit *vh, int nv, int k)
{
    for (int w = 0; w < nv && vh[w].u0 <= k; w++)
        if (k < vh[w].u1)
            return w;
    return -1;
}

/* Is vh[v] what a demand says another "must" do: "said the government
 * must ensure security and provide amenities", "said Turkey must mediate
 * peace talks"?  A statement's pattern codes such a clause as a demand
 * (10); what is demanded has not happened. */
static int demanded_with_must(const sctx *x, const verbhit *vh, int nv, const char **codes, const char *asked,
                              int v)
{
    const verbhit *h = &vh[v];
    int k = h->u0 - 1, joined = 0;
    /* "must continue to oppose" */
    int cw = k > 1 ? verb_covering(vh, nv, k - 1) : -1;
    if (k > 1 && utok_is(x, k, "TO") && x->u[k - 1].m < 0 && !(ucls(x, k - 1) & WC_GRAMMAR) &&
        (cw < 0 || !codes[cw] || !strcmp(codes[cw], "---")))
        k -= 2;
    for (int n = 0; k > 0 && n < 6; k--, n++) {
        if (x->u[k].m >= 0)
            continue;
        const tok *t = &x->c->toks.v[x->u[k].first];
        if (t->kind != TK_WORD)
            return 0;
        if (utok_is(x, k, "MUST"))
            break;
        int w = verb_covering(vh, nv, k);
        if (w >= 0 && codes[w] && strcmp(codes[w], "---"))
            return 0;
        uint32_t cl = ucls(x, k);
        if (utok_is(x, k, "AND") || utok_is(x, k, "OR")) {
            joined = 1;
            continue;
        }
        /* adverbs, "not", and after "and" the object of the verb before */
        if (ly_adverb(t) || utok_is(x, k, "FIRST") ||
            utok_is(x, k, "ALSO") || (cl & WC_NEG))
            continue;
        if (!joined || (cl & (WC_PREP | WC_BE | WC_HAVE | WC_HYPO | WC_FUT | WC_THAT | WC_REL | WC_SUBORD | WC_CONJ)))
            return 0;
    }
    if (k <= 0 || !utok_is(x, k, "MUST"))
        return 0;
    /* (past the verbs of the demand itself: "must press forward ... and
       must continue to oppose") */
    for (int w = v - 1; w >= 0; w--)
        if (codes[w] && strcmp(codes[w], "---") && !asked[w] && vh[w].u1 <= k) {
            const char *vc = verb_code(x->d, vh[w].verb);
            return codes[w][0] == '1' && codes[w][1] == '0' && vc[0] == '0' && vc[1] == '1';
        }
    return 0;
}

/* Is vh[v] the act that a demand or an appeal asks for in a "that"
 * clause, in the subjunctive: "demanded that the Sudanese government end
 * curbs", "urged that Israel halt its attacks"?  It has not happened. */
static int demanded_that(const sctx *x, const verbhit *vh, int nv, const char **codes, int v)
{
    const verbhit *h = &vh[v];
    if (!base_form(x, h))
        return 0;
    int k = h->u0 - 1, subj = -1;
    if (k > 0 && utok_is(x, k, "NOT"))
        k--;
    if (k > 0 && utok_is(x, k, "SHOULD"))
        k--;
    for (int n = 0; k > 0 && n < 8; k--, n++) {
        if (x->u[k].m >= 0) {
            if (subj < 0)
                subj = k;
            continue;
        }
        if (utok_is(x, k, "THAT"))
            break;
        const tok *t = &x->c->toks.v[x->u[k].first];
        uint32_t cl = ucls(x, k);
        if (t->kind != TK_WORD)
            return 0;
        if (cl & WC_DET)
            continue;
        int w = verb_covering(vh, nv, k);
        if ((cl & WC_GRAMMAR) || (w >= 0 && codes[w] && strcmp(codes[w], "---")))
            return 0;
    }
    if (k <= 0 || subj < 0 || !utok_is(x, k, "THAT"))
        return 0;
    int j = k - 1;
    while (j > 0 && ly_unit(x, j))
        j--;
    int w = verb_covering(vh, nv, j);
    if (w < 0 || !codes[w] || !strcmp(codes[w], "---"))
        return 0;
    /* (not after a statement: "said that Figueroa met", an irregular
       past, looks like a subjunctive) */
    int root = code_root(codes[w]);
    return root == 2 || root == 10;
}

/* Is vh[w] a lone auxiliary ("had", "was", "did")? */
static int aux_hit(const sctx *x, const verbhit *vh, int w)
{
    return vh[w].u1 == vh[w].u0 + 1 && (ucls(x, vh[w].u0) & (WC_BE | WC_HAVE | WC_DO));
}

/* An actor, or a lower-case word of no grammatical class (a noun). */
static int noun_unit(const sctx *x, int k)
{
    if (k < 0 || k >= x->nu)
        return 0;
    if (x->u[k].m >= 0)
        return 1;
    const tok *t = &x->c->toks.v[x->u[k].first];
    return t->kind == TK_WORD && !(t->flags & TF_CAP) && !(ucls(x, k) & (WC_GRAMMAR & ~(uint32_t)WC_SENT_START)) &&
           !ly_adverb(t);
}

/* Does a direct object start at unit u: an actor, a number, a
 * determiner, or a plain word before an actor ("ten Palestinians")? */
static int object_at(const sctx *x, int u)
{
    if (u >= x->nu)
        return 0;
    const tok *t = &x->c->toks.v[x->u[u].first];
    return x->u[u].m >= 0 || t->kind == TK_NUM || (ucls(x, u) & WC_DET) ||
           (u + 1 < x->nu && x->u[u + 1].m >= 0 && t->kind == TK_WORD &&
            !(ucls(x, u) & WC_GRAMMAR & ~(uint32_t)WC_QUANTITY));
}

/* Is the one-word act noun at h named for a place, right after it and
 * an article: "the Douma attack", "the Salisbury poisoning", "the Paris
 * attacks"?  The place is a capitalized bare name of one code (not an
 * adjective, an abbreviation or a plural, which name doers: "the Iranian
 * attack", "the US attack", "the Kurds attack", "the western strikes"),
 * and the noun ends its phrase. */
static int place_named_act(const sctx *x, const verbhit *h)
{
    int p = h->u0 - 1;
    if (p < 1 || h->u1 != h->u0 + 1 || x->u[h->u0].first != x->u[h->u0].last || x->u[p].m < 0 || !article(x, p - 1))
        return 0;
    const mention *mm = &x->m[x->u[p].m];
    const tok *lt = &x->c->toks.v[mm->last];
    if (mm->person || mm->agent_only || mm->agent >= 0 || mm->pronoun || mm->nullcode || mm->ncodes != 1 ||
        strlen(mm->codes[0]) != 3 || tok_adjective_form(lt) || !(lt->flags & TF_CAP) ||
        (lt->flags & (TF_ALLCAP | TF_ABBREV)) || plural_s(lt) || tacx_doer_modifier(x->c, mm, x->s->caps))
        return 0;
    const tok *vt = &x->c->toks.v[x->u[h->u0].first];
    return np_ends_after(x, h->u0, plural_s(vt));
}

/* An act named by a noun in a phrase after a preposition, modified by a
 * country or group (tacx_doer_modifier(): "in a series of US air strikes", "in
 * Russian missile strikes on Kharkiv", "in an Israeli strike on Gaza"):
 * returns that modifier's unit, or -1.  The noun is a plural or a form
 * in -ing, or any form after an article before the modifier, with at
 * most two plain words between it and the modifier. */
static int owner_of_noun(const sctx *x, const verbhit *h)
{
    const tok *vt = &x->c->toks.v[x->u[h->u1 - 1].last];
    int noun = plural_s(vt) || ing_form(vt);
    if (!noun && (!base_tok(vt) || tok_irregular_past(vt)))
        return -1;
    int k = h->u0 - 1, n = 0;
    while (k >= 0 && n < 2 && x->u[k].m < 0) {
        const tok *w = &x->c->toks.v[x->u[k].first];
        if (w->kind != TK_WORD || (w->flags & TF_CAP) || (ucls(x, k) & WC_GRAMMAR & ~(uint32_t)WC_WEAPON) ||
            ly_adverb(w))
            return -1;          /* (a weapon word is a modifier: "missile") */
        k--;
        n++;
    }
    if (k < 1 || x->u[k].m < 0 || !tacx_doer_modifier(x->c, &x->m[x->u[k].m], x->s->caps) || !is_prep_object(x, k, -1))
        return -1;
    if (!noun && !article_at(x, k - 1))
        return -1;
    return k;
}

/* "lifted a travel ban imposed on Chadian citizens", "dropped the
 * charges brought against him": a past participle right after a plain
 * noun past the verb at unit vu1, with "on" or "against" next, says whom
 * that thing weighs on; it is the earlier act's object, as in "lifted
 * the ban on Chadian citizens". */
static int laid_on(const sctx *x, const verbhit *h, int vu1)
{
    int k = h->u0 - 1;
    return k >= vu1 && x->u[k].m < 0 && noun_unit(x, k) && participle(x, h) &&
           (utok_is(x, h->u1, "ON") || utok_is(x, h->u1, "AGAINST") || utok_is(x, h->u1, "UPON"));
}

/* Is the verb at vh[v] a noun here: not a participle, and no object
 * next ("after weeks of street protests", "after fierce fighting")? */
static int noun_use(const sctx *x, const verbhit *h)
{
    const tok *vt = &x->c->toks.v[x->u[h->u0].first];
    if (participle(x, h) || (vt->cls & WC_PARTICIPLE))
        return 0;
    if (h->u1 >= x->nu)
        return 1;
    const tok *nt = &x->c->toks.v[x->u[h->u1].first];
    /* a participle that modifies the noun is no object: "the attack
       carried out hours ago", "a protest organised by" ("to attack armed
       groups" has one: a noun follows the participle) */
    if (base_form(x, h) && x->u[h->u1].m < 0 && ed_form(nt) && !(nt->flags & TF_CAP) &&
        (h->u1 + 1 >= x->nu ||
         (x->u[h->u1 + 1].m < 0 && ((ucls(x, h->u1 + 1) & (WC_PREP | WC_TIME)) || utok_is(x, h->u1 + 1, "OUT") ||
                                    x->c->toks.v[x->u[h->u1 + 1].first].kind == TK_PUNCT))))
        return 1;
    return !(x->u[h->u1].m >= 0 || (ucls(x, h->u1) & WC_DET) ||
             (base_form(x, h) && nt->kind == TK_WORD && !(ucls(x, h->u1) & WC_GRAMMAR)));
}

/* Is the verb at h a form in -ing after "for", "of" or "on" that
 * completes a plain noun before it: "procedures for exchanging
 * information", "a mechanism for monitoring the truce", "charges of
 * spying"?  It names what the noun is about, not an act. */
static int gerund_of_noun(const sctx *x, const verbhit *h)
{
    int k = h->u0 - 1;
    if (k < 1 || !ing_form(&x->c->toks.v[x->u[h->u0].first]) ||
        !(utok_is(x, k, "FOR") || utok_is(x, k, "OF") || utok_is(x, k, "ON")))
        return 0;
    if (x->u[k - 1].m >= 0 || !noun_unit(x, k - 1))
        return 0;
    const tok *n = &x->c->toks.v[x->u[k - 1].first];
    if (ed_form(n) || ing_form(n))
        return 0;
    /* not a span of time ("after five days of fighting"), nor an
       adjective whose clause it is ("capable of launching", "responsible
       for attacking") */
    static const char *const not_nouns[] = { "DAYS", "WEEKS", "MONTHS", "YEARS", "HOURS", "NIGHTS", "DECADES",
                                             "CAPABLE", "INCAPABLE", "RESPONSIBLE", "GUILTY", "INNOCENT",
                                             "AFRAID", "KEEN", "INTENT", "BENT", "DEPENDENT", "RELIANT",
                                             "CULPABLE", "LIABLE", "NOTORIOUS", "FAMOUS", "KNOWN", NULL };
    return !tok_in(n, not_nouns);
}

/* Is the verb's first word a form in -ed, or one in -ing before an
 * object ("seeking damages"), rather than a noun ("the shelling of")? */
static int ed_or_ing_verb(const sctx *x, const verbhit *h)
{
    const tok *t = &x->c->toks.v[x->u[h->u0].first];
    if (ed_form(t))
        return 1;
    if (!ing_form(t) || h->u1 >= x->nu)
        return 0;
    return x->u[h->u1].m >= 0 || (ucls(x, h->u1) & WC_DET) ||
           (x->c->toks.v[x->u[h->u1].first].kind == TK_WORD && !(ucls(x, h->u1) & WC_GRAMMAR));
}

/* Is the verb at vh[v] background: an act the sentence tells to explain
 * or qualify its own event, rather than its event?  Returns the reason,
 * or NULL.
 *  - a relative clause: "freed a journalist who had been sentenced",
 *    "released a ship it seized", "lifted the ban that they imposed";
 *  - a participle that modifies an earlier act's object ("to release an
 *    aid worker imprisoned in Egypt"), or says who supports the subject
 *    before its own verb ("warplanes supported by Russia pounded");
 *  - a clause of what happened before ("after the country broke off
 *    links"; "after fierce fighting" stays: a noun names an event of its
 *    own, coded as a noun of circumstance), left out only beside an event
 *    that is told as a plain fact; or a clause of condition ("if Damascus
 *    did not meet the demands", "until their demands are met"). */
static const char *background(const sctx *x, const verbhit *vh, int nv, const char **codes, const int *clause, int v)
{
    const verbhit *h = &vh[v];
    /* the word that opens the clause, with no punctuation between; an
       earlier verb is passed only through "to", "and" or "or"
       ("who told governors not to welcome", "who stormed a court and
       burnt") */
    for (int k = h->u0 - 1, cur = h->u0; k >= 0 && k >= h->u0 - 16; k--) {
        if (x->u[k].m >= 0)
            continue;
        if (x->c->toks.v[x->u[k].first].kind == TK_PUNCT)
            break;
        int w = verb_covering(vh, nv, k);
        if (w >= 0 && aux_hit(x, vh, w))
            continue;                     /* "who had been sentenced" */
        if (w >= 0) {
            int j = cur - 1;
            while (j > vh[w].u1 && (ucls(x, j) & (WC_NEG | WC_STOP)))
                j--;
            if (j >= vh[w].u1 && !utok_is(x, j, "TO") && !utok_is(x, j, "AND") && !utok_is(x, j, "OR"))
                break;
            cur = k = vh[w].u0;
            continue;
        }
        uint32_t cl = ucls(x, k);
        if ((cl & WC_REL) && k > 0 && (noun_unit(x, k - 1) || (ucls(x, k - 1) & WC_PREP) || upunct(x, k - 1, ',')))
            return BG_RELATIVE;
        int noun = k + 1 < h->u0 && noun_use(x, h);
        for (int j = k + 1; j < h->u0 && noun; j++)
            noun = x->u[j].m < 0 && !(ucls(x, j) & (WC_PRON_PERS | WC_PRON_OTHER | WC_BE | WC_HAVE | WC_HYPO | WC_DO |
                                                   WC_FUT));
        if (!noun && (utok_is(x, k, "AFTER") ||
                      (utok_is(x, k, "FOLLOWING") && !(k > 0 && (ucls(x, k - 1) & WC_DET)))))
            return BG_EARLIER;
        if (!noun && (utok_is(x, k, "BEFORE") || utok_is(x, k, "UNTIL") || utok_is(x, k, "UNLESS") ||
                      utok_is(x, k, "IF")))
            return BG_CONDITION;
        /* ", as the world struggled to reach a deal", "even as Kim's
           regime touted", "as air raids resumed": a clause with a subject
           of its own ("as part of", "as a result", "such as" open none) */
        if (utok_is(x, k, "AS") && k + 1 < x->nu &&
            (k == 0 || upunct(x, k - 1, ',') || utok_is(x, k - 1, "EVEN") || utok_is(x, k - 1, "JUST")) &&
            (x->u[k + 1].m >= 0 ||
             (k + 1 == h->u0 && noun_use(x, h) && !ing_form(&x->c->toks.v[x->u[h->u0].first])) ||
             ((ucls(x, k + 1) & (WC_DET | WC_PRON_PERS)) && !utok_is(x, k + 1, "A") && !utok_is(x, k + 1, "AN"))))
            return BG_AS;
        if (cl & (WC_THAT | WC_SUBORD | WC_REL))
            break;
    }
    int w = prev_clause_verb(vh, codes, clause, v);
    /* (the earlier verb makes an event, and is no statement or appeal
       whose clause this may be: "told reporters they had attacked",
       "urged the Serbs holding the town") */
    int acts = w >= 0 && strcmp(codes[w], "---") && codes[w][0] != '+' &&
               !(codes[w][0] == '0' && (codes[w][1] == '1' || codes[w][1] == '2'));
    /* "a ship it seized", "the ban that they imposed" */
    int k = h->u0 - 1;
    while (k > 0 && x->u[k].m < 0 && (ucls(x, k) & (WC_HAVE | WC_BE | WC_STOP)))
        k--;
    if (k > 1 && w >= 0 && !(codes[w][0] == '0' && codes[w][1] == '1') && (utok_is(x, k, "IT") || utok_is(x, k, "THEY") || utok_is(x, k, "HE") || utok_is(x, k, "SHE") ||
                          utok_is(x, k, "WE"))) {
        int n = utok_is(x, k - 1, "THAT") ? k - 2 : k - 1;
        if (noun_unit(x, n) && verb_covering(vh, nv, n) < 0 && vh[w].u1 <= n)
            return BG_RELATIVE;
    }
    if (!participle(x, h) || h->u0 == 0)
        return NULL;
    /* "to release three activists detained while investigating": right
       after a noun of the earlier act's object, before no object of its
       own, and no clause opens between; one that names who did it is an
       event ("condemned the sanctions imposed by Washington") */
    int nx = h->u1;
    if (acts && noun_unit(x, h->u0 - 1) && !utok_is(x, nx, "BY") &&
        (nx >= x->nu || (x->u[nx].m < 0 && ((ucls(x, nx) & (WC_PREP | WC_SUBORD | WC_TIME)) ||
                                            x->c->toks.v[x->u[nx].first].kind == TK_PUNCT)))) {
        int plain = 1;
        for (int j = vh[w].u1; j < h->u0 && plain; j++) {
            int vj = verb_covering(vh, nv, j);
            plain = x->u[j].m >= 0 || (!(ucls(x, j) & (WC_SUBORD | WC_THAT | WC_REL | WC_CONJ | WC_PRON_PERS |
                                                       WC_PRON_OTHER | WC_BE | WC_HAVE | WC_HYPO | WC_FUT)) &&
                                       (vj < 0 || !codes[vj]));
        }
        if (plain)
            return BG_OBJECT;
    }
    /* "warplanes supported by Russia pounded", "soldiers, supported by
       allied fighters, have carried out": support, the first verb of its
       clause, after its subject, with its agent, before the clause's own
       verb, says whom the subject has on its side, not what was done
       ("troops attacked by X condemned Y" keeps the attack) */
    if (utok_is(x, h->u1, "BY") && codes[v][0] == '0' && codes[v][1] == '5') {
        int s = upunct(x, h->u0 - 1, ',') ? h->u0 - 2 : h->u0 - 1;
        int first = 1;
        for (int e = v - 1; e >= 0 && first; e--)
            first = !(clause[vh[e].u0] == clause[h->u0] && codes[e] && !aux_hit(x, vh, e));
        if (s >= 0 && x->u[s].m >= 0 && first)
            for (int e = v + 1; e < nv && clause[vh[e].u0] == clause[h->u0]; e++) {
                if (aux_hit(x, vh, e))
                    continue;
                /* (its subject, if any, is the agent: "by Russia pounded") */
                int ds = direct_subject(x, vh[e].u0, h->u1);
                if (ds < 0 || ds <= h->u1 + 3 || upunct(x, vh[e].u0 - 1, ','))
                    return BG_SUBJECT;
                break;
            }
    }
    return NULL;
}

/* why a verb names the object of an earlier verb (see object_of()) */
static const char GONE_ALLEGED[] = "alleged, denied or rejected by an earlier verb";
static const char GONE_GERUND[] = "a form in -ing that completes a noun";
static const char GONE_DECIDED[] = "what a decision or plan in an earlier verb's object is about";
static const char GONE_CAPACITY[] = "what there are means enough for, not a deed";
static const char GONE_INTENT[] = "an intent to cooperate whose act after 'to' is a threat";

/* Is verb v a plain intention (030: "vowed", "pledged") to an act of
 * force or protest right after it with "to": "vowed to attack Israel",
 * "pledged to kill the soldiers"?  The act is then coded as a threat
 * (intent_code()), and an intent to cooperate would say the opposite.
 * (Other acts keep both: "agreed to buy", "agreed to resume relations".) */
static int intent_carried(const sctx *x, const verbhit *vh, const char **codes, int nv, int v)
{
    const verbhit *h = &vh[v];
    if (v + 1 >= nv || !codes[v] || strcmp(codes[v], "030") || !codes[v + 1] || !utok_is(x, h->u1, "TO") ||
        vh[v + 1].u0 != h->u1 + 1)
        return 0;
    int r = code_root(codes[v + 1]);
    return r == 14 || (r >= 17 && r <= 20);
}

/* Is the infinitive at h what someone has the means for, or is too weak
 * for: "enough weapons or manpower to retake the peninsula", "too weak to
 * attack"? */
static int capacity_to(const sctx *x, const verbhit *h)
{
    int k = h->u0 - 1;
    if (k < 1 || !utok_is(x, k, "TO"))
        return 0;
    for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
        if (utok_is(x, j, "ENOUGH") || utok_is(x, j, "SUFFICIENT") || utok_is(x, j, "TOO"))
            return 1;
        if (x->u[j].m >= 0)
            continue;                     /* "enough troops" */
        if (x->c->toks.v[x->u[j].first].kind != TK_WORD ||
            (ucls(x, j) & (WC_GRAMMAR & ~(uint32_t)(WC_CONJ | WC_DET | WC_SENT_START))))
            return 0;
    }
    return 0;
}

/* "accused X of attacking Y", "denied an attack on Y", "rejected an
 * extradition request": what is alleged, denied or rejected is not an
 * event of its own.  The earlier verb's object: after "of" or "for", or
 * the head of the noun phrase right after that verb (past determiners,
 * adverbs and up to two lower-case modifiers).  Also a form in -ing that
 * completes a noun, and what a decision in a reaction's object is about.
 * Decided before any verb's roles, so that such a verb does not end the
 * earlier verb's object ("rejected an extradition request for X": X is
 * the target).  Returns the reason (a GONE_ string), or NULL. */
static const char *object_of(const sctx *x, const verbhit *vh, const char **codes, const int *clause, int v)
{
    const verbhit *h = &vh[v];
    if (!codes[v] || !strcmp(codes[v], "---"))
        return NULL;
    if (capacity_to(x, h))
        return GONE_CAPACITY;
    if (v == 0)
        return NULL;
    int n, k = before_noun_phrase(x, h->u0 - 1, 2, &n), w = prev_clause_verb(vh, codes, clause, v);
    const char *pc = w >= 0 ? codes[w] : NULL;
    /* an actor may name whose act it is: "condemned the terrorist
       attack", "denied the Israeli raid" (a noun, not a verb with a
       subject: "condemned the army, which attacked") */
    if (k > 0 && x->u[k].m >= 0 && w >= 0 && vh[w].u1 <= k && noun_use(x, h) && !ed_or_ing_verb(x, h) &&
        !(ucls(x, k) & (WC_PRON_PERS | WC_PRON_OTHER)) &&
        (vh[w].u1 == k || (x->u[k - 1].m < 0 && (ucls(x, k - 1) & WC_DET)))) {
        int n2;
        k = before_noun_phrase(x, k - 1, 2 - n, &n2);
    }
    int object = k >= 0 && (utok_is(x, k, "OF") || utok_is(x, k, "FOR") || (w >= 0 && vh[w].u1 == k + 1));
    if (object && pc && (code_root(pc) == 11 || code_root(pc) == 12 || !strncmp(pc, "016", 3)))
        return GONE_ALLEGED;
    /* the charge of an arrest or a trial: "charged with abusing
       prisoners", "jailed for attacking a policeman" */
    if (k >= 0 && w >= 0 && vh[w].u1 == k && pc && code_root(pc) == 17 &&
        (utok_is(x, k, "OF") || utok_is(x, k, "FOR") || utok_is(x, k, "WITH")))
        return GONE_ALLEGED;
    if (gerund_of_noun(x, h))
        return GONE_GERUND;
    if (pc && decided_act(x, vh, pc, w, v))
        return GONE_DECIDED;
    return NULL;
}

/* An event found for a verb, emitted once the whole sentence is seen. */
typedef struct pending {
    const char *code;
    int src, tgt, comp, btgt, v;
    unsigned flags;
    int live;            /* a specific event that emit reports */
    const char *bg;      /* why it is background (see background()), or NULL */
    int emits;           /* emit reports it */
    int mutual;          /* the source's compound acts on itself (emit_mutual) */
} pending;

/* Is code an act that two parties do with each other, so that a compound
 * that does it with no one else named does it among its members: intent
 * to meet (036), consultations other than visits and mediation (04),
 * signing an agreement (057), material cooperation (06) other than
 * trade?  Trade is left out: "Brazil and Colombia export coffee" and
 * "Europe and Japan were slowing exports" are no trade between them. */
static int mutual_code(const char *code)
{
    if (code[0] != '0' || !code[1] || !code[2] || strchr(code, ':'))
        return 0;
    return (code[1] == '3' && code[2] == '6') || (code[1] == '4' && !strchr("235", code[2])) ||
           (code[1] == '5' && code[2] == '7') || (code[1] == '6' && code[2] != '1');
}

/* The most members a compound may have to act on each other: three
 * make six events. */
#define MUTUAL_MAX 3

/* The members of src's compound group act on each other ("India and
 * Myanmar signed three accords", "Jordan and the United States began
 * joint exercises"): an event from each to each other one. */
static int emit_mutual(sctx *x, const char *code, int src, const verbhit *h, unsigned flags, int sidx,
                       tac_event_fn fn, void *ud, int *nev)
{
    int mem[MUTUAL_MAX], g = x->u[src].group, n = group_members(x, src, mem, MUTUAL_MAX);
    for (int i = 0; i < n; i++)
        x->u[mem[i]].group = -300 - i;   /* each its own group for emit() */
    int rc = TAC_OK;
    for (int i = 0; i < n && rc == TAC_OK; i++)
        for (int j = 0; j < n && rc == TAC_OK; j++)
            if (i != j)
                rc = emit(x, code, mem[i], mem[j], h->u0, h->u1, flags, sidx, fn, ud, nev);
    for (int i = 0; i < n; i++)
        x->u[mem[i]].group = g;
    return rc;
}

/* Does verb h ask the question quoted right before it ('"Will it
 * work?" he asked', '"...?" asked the official')?  Such asking is saying,
 * not an appeal. */
static int asks_question(const sctx *x, const verbhit *h)
{
    static const char *const ask[] = { "ASK", "ASKS", "ASKED", "ASKING", NULL };
    if (x->opt->tabari_compat || !tok_in(&x->c->toks.v[x->u[h->u0].first], ask))
        return 0;
    /* the nearest mark before the verb, past its subject's words */
    for (int k = h->u0 - 1; k >= 0 && k >= h->u0 - 8; k--) {
        const tok *t = &x->c->toks.v[x->u[k].last];
        if (x->u[k].m >= 0 || t->kind != TK_PUNCT)
            continue;
        int q = x->u[k].first;
        if (t->norm[0] == ',' && q > 0)
            q--;                  /* '?", he asked' */
        const tok *qt = &x->c->toks.v[q];
        return (qt->flags & TF_QUOTE) && q > 0 && x->c->toks.v[q - 1].kind == TK_PUNCT &&
               x->c->toks.v[q - 1].norm[0] == '?';
    }
    return 0;
}

/* Emits pending event p (of verb h), by its kind. */
static int emit_pending(sctx *x, const pending *p, const verbhit *h, int sidx, tac_event_fn fn, void *ud, int *nev)
{
    if (p->comp >= 0)
        return emit_compound(x, p->code, p->comp, p->btgt, h, p->flags, sidx, fn, ud, nev);
    if (p->mutual)
        return emit_mutual(x, p->code, p->src, h, p->flags, sidx, fn, ud, nev);
    return emit(x, p->code, p->src, p->tgt, h->u0, h->u1, p->flags, sidx, fn, ud, nev);
}

/* "The plan urged people with symptoms to stay at home and asked event
 * organisers to reconsider": a finite verb v joined by "and" or "or"
 * right after src, the object of a coded verb w of its clause, is
 * joined to w and shares w's subject, named or not.  Returns w, or -1.
 * Verbs between must be infinitives of w ("to stay at home"): "Spain
 * backed the view and complained" joins "complained" to "backed", whose
 * subject Spain is.  A base form is the infinitive's ("urged Washington
 * to resist protectionism and seek"), a form in -ing a noun ("charges of
 * treason and spying"), and neither joins. */
static int joined_to(const sctx *x, const verbhit *vh, int v, const char **codes, int src)
{
    const verbhit *h = &vh[v];
    if (src < 0 || src >= h->u0 || base_form(x, h) || ing_form(&x->c->toks.v[x->u[h->u0].first]))
        return -1;
    int k = h->u0 - 1, w = v - 1;
    while (k > 0 && x->u[k].m < 0 && (ly_unit(x, k) || tok_in(&x->c->toks.v[x->u[k].first], ADVERBS)))
        k--;
    if (k <= src || !(utok_is(x, k, "AND") || utok_is(x, k, "OR")))
        return -1;
    while (w >= 0 && vh[w].u1 > src)
        w--;              /* the verb before the object */
    if (w < 0 || !codes[w] || (vh[w].u0 > 0 && utok_is(x, vh[w].u0 - 1, "TO")))
        return -1;
    for (int j = vh[w].u1; j < h->u0; j++)
        if (clause_break(x, j) || (x->u[j].m < 0 && (ucls(x, j) & (WC_THAT | WC_REL | WC_SUBORD))))
            return -1;    /* (not across a clause of its own) */
    for (int q = w + 1; q < v; q++)
        if (vh[q].u0 > src && !utok_is(x, vh[q].u0 - 1, "TO"))
            return -1;
    return w;
}

/* Gives verb v of code_news() a code of no pattern's: no bindings, no
 * pattern line, no words of a passive's subject (news_verb_code). */
static void plain_code(const verbhit *vh, int v, const char *code, const char **codes, binds *bs, int *pl, int *pw)
{
    codes[v] = code;
    bs[v] = no_binds(vh[v].u1);
    pl[v] = 0;
    pw[v] = -1;
}

/* ", said the Turkish foreign minister.", ", say US officials": is verb
 * v (of saying) right after a comma, after a clause, with its speaker
 * after it: a noun phrase of up to seven units that ends the sentence or
 * a comma, with no verb in it (not ", said the talks had failed", ",
 * said Russia would retaliate", ", said that")?  Prepositions may come
 * after its first unit ("said the head of the agency", "said the
 * minister on Monday"); a pronoun or "that" right after the verb opens
 * a clause. */
static int inverted_speaker(const sctx *x, const verbhit *vh, int nv, int v)
{
    /* (verbs that take no object: "announced the news, adding") */
    static const char *const inverting[] = { "SAID", "SAY", "SAYS", "ADDED", "ADDS", "EXPLAINED", "WROTE",
                                             "INSISTED", "ARGUED", NULL };
    const verbhit *h = &vh[v];
    if (x->opt->tabari_compat || h->u0 < 2 || h->u1 != h->u0 + 1 || h->u1 >= x->nu || !upunct(x, h->u0 - 1, ',') ||
        !tok_in(&x->c->toks.v[x->u[h->u0].first], inverting))
        return 0;
    if (x->u[h->u1].m < 0 && (ucls(x, h->u1) & (WC_PRON_PERS | WC_PRON_OTHER | WC_THAT | WC_TIME | WC_PREP)))
        return 0;          /* (", a spokesman, said in a statement") */
    /* what is reported is a clause: a verb before the first comma (not
       "Jan Brecht, the minister of trade, said talks", "the radio,
       monitored by the BBC, said flooding", "an analyst, who declined to
       be named, said Brecht") */
    int verb = 0;
    for (int k = 0; k < h->u0 - 1 && !verb && !upunct(x, k, ','); k++)
        verb = verb_unit(x, vh, nv, k) || (ucls(x, k) & (WC_HYPO | WC_FUT | WC_DO));
    if (!verb)
        return 0;
    int n = 0;
    for (int k = h->u1; k < x->nu; k++, n++) {
        const tok *t = &x->c->toks.v[x->u[k].first];
        if (upunct(x, k, ',') || (x->u[k].m < 0 && t->kind == TK_PUNCT && k + 1 == x->nu))
            return n > 0;      /* the phrase ends at a comma or at the last mark */
        if (n == 7)
            return 0;
        if (x->u[k].m >= 0)
            continue;
        if ((ucls(x, k) & WC_PREP) && n > 0)
            continue;          /* "the head of the agency", "the minister on Tuesday" */
        if (t->kind != TK_WORD || verb_unit(x, vh, nv, k) ||
            (ucls(x, k) & (WC_AUX | WC_NEG | WC_THAT | WC_REL | WC_SUBORD |
                           WC_CONJ)))
            return 0;
    }
    return n > 0;
}

/* The first unit from u on that is no adverb: not "reportedly", "also". */
static int past_adverbs(const sctx *x, int u)
{
    while (u < x->nu && x->u[u].m < 0 && (ly_unit(x, u) || tok_in(&x->c->toks.v[x->u[u].first], ADVERBS)))
        u++;
    return u;
}

/* Is unit u a word that may be a verb, or an auxiliary? */
static int verb_word(const sctx *x, int u)
{
    if (u >= x->nu || x->u[u].m >= 0)
        return 0;
    const tok *t = &x->c->toks.v[x->u[u].first];
    return t->kind == TK_WORD &&
           ((t->starts & WF_VERB) || (ucls(x, u) & WC_AUX));
}

/* Does a verb (or an auxiliary), adverbs aside, come at unit u: "the U.S.
 * military said", "Erdogan has repeatedly threatened"? */
static int verb_next(const sctx *x, int u)
{
    return verb_word(x, past_adverbs(x, u));
}

/* Is mention unit k the subject of a clause of its own, a verb (one the
 * dictionary may not know, in -ed) after it and its adverbs: "told
 * reporters the rebels also scattered leaflets ..., encouraging" (after
 * a verb of saying, the rebels encourage, not the ones who told; a "he"
 * there is the speaker all the same)? */
static int leads_clause(const sctx *x, int k)
{
    int u = past_adverbs(x, k + 1);
    if (verb_word(x, u))
        return 1;
    const tok *t = u < x->nu && x->u[u].m < 0 ? &x->c->toks.v[x->u[u].first] : NULL;
    return t && past_in_ed(t);
}

/* Is the unit right before the verb at u0 a plural noun that names no
 * actor and opens its clause (after "and", "but", a comma or the
 * sentence's start): "..., and brokers said", "but analysts warned"?
 * Then the verb has a subject of its own, and takes none from the clause
 * before ("Japan has set growth as a priority, and brokers said").  Not
 * the last part of a subject that names an actor ("traders and analysts
 * said", "the ministry of energy and mines said"), an adverb in -s ("and
 * always refused"), nor a verb in -s before a form in -ing ("and faces
 * sentencing", "socialists fighting Isis"). */
static int bare_plural_subject(const sctx *x, const verbhit *vh, int nv, int u0)
{
    int k = u0 - 1;
    if (k < 0 || x->u[k].m >= 0 || ing_form(&x->c->toks.v[x->u[u0].first]))
        return 0;
    const tok *t = &x->c->toks.v[x->u[k].first];
    if (t->kind != TK_WORD || (t->flags & TF_CAP) || !plural_s(t) || t->nlen < 4 || (ucls(x, k) & WC_GRAMMAR) ||
        tok_in(t, ADVERBS))
        return 0;
    if (k == 0)
        return 1;
    if (x->u[k - 1].m >= 0)
        return 0;
    if (upunct(x, k - 1, ','))
        return 1;
    if (!(ucls(x, k - 1) & WC_CONJ))
        return 0;
    /* after "and": the last of a list whose first part names an actor,
       up to a verb or a comma before "and" ("the ministry of energy and
       mines", "scientists, conservationists and politicians") */
    for (int j = k - 2; j >= 0 && j >= k - 6; j--) {
        if (x->u[j].m >= 0)
            return 0;
        if (upunct(x, j, ',')) {
            if (j == k - 2)
                break;        /* ", and brokers said": a clause of its own */
            continue;         /* a list: "scientists, conservationists and" */
        }
        if (x->c->toks.v[x->u[j].first].kind != TK_WORD || verb_unit(x, vh, nv, j))
            break;
    }
    return 1;
}

/* Does the clause that starts at unit k (its "and", "but" or ";") name
 * a subject before a finite verb: an actor or a pronoun, then an
 * auxiliary or a past ("and Canada has begun", "and they left"; not "and
 * mock the armed forces", nor the nouns of "air and artillery strikes")? */
static int clause_subject(const sctx *x, int k, const verbhit *vh, int nv)
{
    int v = 0;
    while (v < nv && vh[v].u0 <= k)
        v++;
    if (v >= nv)
        return 0;
    const tok *vt = &x->c->toks.v[x->u[vh[v].u0].first];
    int subject = 0, finite = ed_form(vt) || tok_irregular_past(vt) || (ucls(x, vh[v].u0) & WC_AUX);
    for (int j = k + 1; j < vh[v].u0; j++) {
        uint32_t cl = ucls(x, j);
        if (x->u[j].m >= 0 || (cl & (WC_PRON_PERS | WC_PRON_OTHER)))
            subject = 1;
        else if (subject && (cl & WC_AUX))
            finite = 1;
    }
    return subject && finite;
}

static int code_news(sctx *x, int sidx, verbhit *vh, int nv, const int *clause, tac_event_fn fn, void *ud)
{
    tac_ctx *c = x->c;
    int nev = 0, prev_src = -1, in_report = 0;
    char vtext[128];
    /* codes first: a verb inside the span of an earlier verb's pattern
       ("imposed sanctions on X") is part of that pattern */
    const char **codes = arena_alloc(&c->a, sizeof(char *) * (size_t)(nv + 1));   /* NULL: not coded yet */
    binds *bs = arena_raw(&c->a, sizeof(binds) * (size_t)(nv + 1));
    int *pl = arena_raw(&c->a, sizeof(int) * (size_t)(nv + 1));
    int *pw = arena_raw(&c->a, sizeof(int) * (size_t)(nv + 1));   /* see news_verb_code */
    pending *pe = arena_raw(&c->a, sizeof(pending) * (size_t)(nv + 1));
    char *asked = arena_alloc(&c->a, (size_t)nv + 1);
    const char **gone = arena_raw(&c->a, sizeof(char *) * (size_t)(nv + 1));
    int npe = 0;
    if (!codes || !bs || !pl || !pw || !pe || !asked || !gone)
        return TAC_ENOMEM;
    for (int v = 0; v < nv; v++)
        pw[v] = -1;
    int covered = -1;
    for (int v = 0; v < nv; v++) {
        if (vh[v].u0 < covered) {
            codes[v] = NULL;
            continue;
        }
        /* "began firing missiles at Riyadh": a verb of aspect right before
           another verb's form in -ing leaves the act to that verb, whose
           object its patterns would otherwise reach over ("missiles":
           military aid) */
        if (!codes[v] && !x->opt->tabari_compat && v + 1 < nv && vh[v + 1].u0 == vh[v].u1 &&
            ing_form(&c->toks.v[x->u[vh[v + 1].u0].first]) &&
            tok_in(&c->toks.v[x->u[vh[v].u0].first], ASPECT))
            plain_code(vh, v, "---", codes, bs, pl, pw);
        if (!codes[v])   /* (a verb may be coded ahead: see below) */
            codes[v] = news_verb_code(x, &vh[v], v == 0 || clause[vh[v - 1].u0] != clause[vh[v].u0], &bs[v], &pl[v],
                                      &pw[v]);
        if (code_root(codes[v]) == 2 && asks_question(x, &vh[v]))
            plain_code(vh, v, "010", codes, bs, pl, pw);
        if (codes[v][0] == '#') {
            verb_text(x, &vh[v], vtext, sizeof vtext);
            tacx_explain(c, sidx, "discarded by verb '%s'", vtext);
            return TAC_OK;
        }
        /* a statement's pattern does not reach into a reported clause
           with its own subject and verb: "announced the U.S. government
           had provided $340 million for assistance"; unless the pattern
           skips that subject itself with ^ ("insisted that the deal with
           Moscow must be backed by the US": ^ must be backed by +) */
        if (pl[v] && bs[v].end > vh[v].u1) {
            const char *vc = verb_code(x->d, vh[v].verb);
            if (code_root(vc) == 1)
                for (int w = v + 1; w < nv && vh[w].u0 < bs[v].end; w++) {
                    int sj = direct_subject(x, vh[w].u0, vh[v].u1);
                    if (sj >= 0 && sj != bs[v].skip[0] && sj != bs[v].skip[1]) {
                        plain_code(vh, v, vc, codes, bs, pl, pw);
                        break;
                    }
                }
        }
        /* a verb that codes only by its patterns ("continue", "begin")
           yields to an infinitive inside its pattern's span whose own
           pattern names the doer after it: "continue to receive funding
           from the United States" is the US funding them (receive's
           pattern), not them funding the US */
        if (pl[v] && bs[v].end > vh[v].u1 && !x->opt->tabari_compat &&
            !strcmp(verb_code(x->d, vh[v].verb), "---")) {
            for (int w = v + 1; w < nv && vh[w].u0 < bs[v].end; w++) {
                if (!utok_is(x, vh[w].u0 - 1, "TO"))
                    continue;
                codes[w] = news_verb_code(x, &vh[w], 0, &bs[w], &pl[w], &pw[w]);   /* kept for w's turn */
                if (pl[w] && codes[w][0] != '#' && strcmp(codes[w], "---") && bs[w].src >= vh[w].u1)
                    plain_code(vh, v, "---", codes, bs, pl, pw);
                break;
            }
        }
        if (pl[v] && bs[v].end > covered)
            covered = bs[v].end;
    }
    /* what an earlier act asks, offers, refuses, threatens or gives is
       not an act of its own, nor what is joined to it: "threatened to
       attack the base and kill the general", "agreed to lift sanctions
       and provide guarantees" */
    for (int v = 0; v < nv; v++) {
        gone[v] = object_of(x, vh, codes, clause, v);
        if (!gone[v] && !x->opt->tabari_compat && intent_carried(x, vh, codes, nv, v))
            gone[v] = GONE_INTENT;
    }
    for (int v = 0; v < nv && !x->opt->tabari_compat; v++) {
        const verbhit *h = &vh[v];
        const char *code = codes[v];
        if (!code) {
            asked[v] = h->u0 > 0 && utok_is(x, h->u0 - 1, "TO");
            continue;
        }
        if (!strcmp(code, "---") || code[0] == '+')
            continue;
        int gr = requested_act(x, vh, codes, clause, v);
        /* an intention announced with "vowed to", "pledged to" keeps its
           intent code, a threat ("threatened to close the borders") its
           threat code */
        if ((gr == 3 || gr == 13) && intended(x, h, 0)) {
            const char *ic = intent_code(code);
            if (ic != code && (gr == 3 || ic[0] == '1'))
                gr = 0;
        }
        /* (3: a purpose, which ends the earlier act's object: "cut loans
           to exporters to help reduce the surplus with the U.S.") */
        if (!gr && demanded_with_must(x, vh, nv, codes, asked, v))
            gr = 10;
        if (!gr && !x->opt->tabari_compat && demanded_that(x, vh, nv, codes, v))
            gr = 10;
        int purpose = !gr && purpose_of_help(x, vh, codes, clause, v);
        /* "provided 6.3 million euros to support projects", "hand over 30
           vehicles to support health services": support as the aim of
           aid given is the giving's purpose */
        if (!gr && !purpose && code_root(code) == 5 && h->u0 > 0 && utok_is(x, h->u0 - 1, "TO")) {
            int w = prev_clause_verb(vh, codes, clause, v);
            int wr = w >= 0 ? code_root(codes[w]) : -1;
            purpose = wr >= 6 && wr <= 8;
        }
        if (!gr && !purpose && v > 0 && (asked[v - 1] == 1 || asked[v - 1] == 3) && base_form(x, h)) {
            int k = h->u0 - 1;
            if (k > 0 && utok_is(x, k, "TO"))
                k--;
            if (k > 0 && (utok_is(x, k, "AND") || utok_is(x, k, "OR"))) {
                gr = asked[v - 1] == 1;
                purpose = asked[v - 1] == 3;
            }
        }
        /* "provided support for", "gave financial assistance": the aid
           given is the giving, not a second act */
        if (!gr && !purpose && v > 0 && code[0] == '0' && (code[1] == '5' || code[1] == '7') && !participle(x, h)) {
            int n, k = before_noun_phrase(x, h->u0 - 1, 2, &n), w = prev_clause_verb(vh, codes, clause, v);
            /* (2: what follows "and" is not given with it: "provide
               support and send troops") */
            gr = w >= 0 && vh[w].u1 == k + 1 && codes[w][0] == '0' && codes[w][1] == '7' ? 2 : 0;
            asked[v] = (char)gr;
            continue;
        }
        asked[v] = (char)(purpose ? 3 : gr != 0);
    }
    /* "..., Kessland said.": what comes before the comma is reported.
       After a quote the speaker may follow the verb: '"...," said the
       minister' (the statement's source is then that speaker, never an
       actor inside the quote, and the statement has no target) */
    int report_until = -1;
    int said_clause = -1;   /* the last comma before ", and X said ..." */
    int *speaker = arena_raw(&c->a, sizeof(int) * (size_t)(nv + 1));
    int *vsrc = arena_raw(&c->a, sizeof(int) * (size_t)(nv + 1));   /* each verb's subject, or -1 */
    if (!speaker || !vsrc)
        return TAC_ENOMEM;
    for (int v = 0; v < nv; v++)
        vsrc[v] = -1;
    for (int v = 0; v < nv; v++) {
        speaker[v] = -1;
        if (!codes[v] || codes[v][0] != '0' || codes[v][1] != '1')
            continue;
        int u0 = vh[v].u0;
        /* the quote closed by its last mark: ',"' '?"' '!"' '."', or '",' */
        int closed_quote =
            u0 >= 2 && ((upunct(x, u0 - 1, '"') && (upunct(x, u0 - 2, ',') || upunct(x, u0 - 2, '?') ||
                                                      upunct(x, u0 - 2, '!') || upunct(x, u0 - 2, '.'))) ||
                        (upunct(x, u0 - 1, ',') && upunct(x, u0 - 2, '"')));
        if (closed_quote || inverted_speaker(x, vh, nv, v)) {
            speaker[v] = SPEAKER_NONE;
            /* past determiners and modifiers, before any other mark */
            for (int k = vh[v].u1; k < x->nu && k <= vh[v].u1 + 4; k++) {
                if (x->u[k].m >= 0) {
                    if (!x->m[x->u[k].m].nullcode)
                        speaker[v] = k;
                    break;
                }
                if (x->c->toks.v[x->u[k].first].kind != TK_WORD)
                    break;
            }
            if (u0 - 1 > report_until)
                report_until = u0 - 1;
            continue;
        }
        /* the attribution ends the sentence, or is set off by commas */
        int closed = vh[v].u1 + 6 >= x->nu;
        for (int k = vh[v].u1; k < x->nu && k <= vh[v].u1 + 3 && !closed; k++)
            closed = upunct(x, k, ',');
        if (!closed)
            continue;
        for (int k = vh[v].u0 - 1; k >= 0 && k >= vh[v].u0 - 6; k--) {
            if (upunct(x, k, ',')) {
                /* (the mark that closes a quotation may follow the comma:
                   '... in Syria," the report said') */
                int k1 = k + 1 < vh[v].u0 && upunct(x, k + 1, '"') ? k + 2 : k + 1;
                /* (", and the army said it had captured": a clause of its
                   own, which reports nothing before it, but where the
                   clause before it ends all the same) */
                if (k1 < vh[v].u0 && (ucls(x, k1) & WC_CONJ)) {
                    if (k > said_clause)
                        said_clause = k;
                    break;
                }
                /* (an actor; for a bare speaker, not a place the speakers
                   are in after words of their own: ", industry sources in
                   New York said") */
                int subj = 0, named = 0;
                for (int j = k1; j < vh[v].u0; j++) {
                    subj |= x->u[j].m >= 0;
                    named |= x->u[j].m >= 0 && !(before_phrase(x, j) > k1 && after_in_at(x, j));
                }
                /* ", travellers said": the speaker is no actor, and the
                   statement takes none from the clause it reports (a
                   plain statement after a noun phrase of words only: not
                   ", but declined", ", speaking from Bonn, said,") */
                int bare = !named && !strcmp(codes[v], "010") && k1 < vh[v].u0 &&
                           !(ucls(x, k1) & (WC_CONJ | WC_SUBORD | WC_REL | WC_THAT | WC_PREP));
                for (int j = k1; j < vh[v].u0 && bare; j++) {
                    const tok *t = &x->c->toks.v[x->u[j].first];
                    /* (the verb's auxiliary after the noun: ", a witness
                       has claimed") */
                    uint32_t aux = j > k1 && j == vh[v].u0 - 1 ? WC_BE | WC_HAVE : 0;
                    uint32_t no = (WC_SUBORD | WC_REL | WC_THAT | WC_BE | WC_HAVE) & ~aux;
                    bare = t->kind == TK_WORD && !(ucls(x, j) & no) && !ing_form(t);
                }
                if ((subj || bare) && k > report_until)
                    report_until = k;
                if (bare)
                    speaker[v] = SPEAKER_NONE;
                break;
            }
            if (x->u[k].m < 0 && !(ucls(x, k) & (WC_DET | WC_HAVE | WC_BE | WC_STOP)) &&
                x->c->toks.v[x->u[k].first].kind != TK_WORD && !upunct(x, k, '"'))
                break;   /* '...," a spokesman said' */
        }
    }
    for (int v = 0; v < nv; v++) {
        verbhit *h = &vh[v];
        const char *code = codes[v];
        binds b = bs[v];
        int patline = pl[v];
        verb_text(x, h, vtext, sizeof vtext);
        if (!code) {
            tacx_explain(c, sidx, "verb '%s': part of the previous verb's pattern", vtext);
            continue;
        }
        int cl = clause[h->u0], lo = h->u0;
        while (lo > 0 && clause[lo - 1] == cl) lo--;
        if (gone[v]) {
            tacx_explain(c, sidx, "verb '%s': %s", vtext, gone[v]);
            code = "---";
        }
        /* "with dozens feared captured", "three feared dead": a fear
           about the subject's fate, not the subject's act */
        if (!x->opt->tabari_compat && h->u1 < x->nu && x->u[h->u1].m < 0 && utok_is(x, h->u1 - 1, "FEARED") &&
            (participle(x, &(verbhit){ h->u1, h->u1 + 1, -1, 0 }) || utok_is(x, h->u1, "DEAD") ||
             utok_is(x, h->u1, "MISSING"))) {
            tacx_explain(c, sidx, "verb '%s': a fear about the subject's fate", vtext);
            continue;
        }
        if (asked[v] && strcmp(code, "---") != 0 && code[0] != '+') {
            tacx_explain(c, sidx, "verb '%s': what an earlier act asks, offers, refuses, threatens or gives", vtext);
            continue;
        }
        if (strcmp(code, "---") == 0 || code[0] == '+') {
            tacx_explain(c, sidx, "verb '%s': no code%s", vtext, patline ? " (pattern)" : "");
            /* its subject still leads what follows: "X called Y and urged him" */
            int sj = find_subject(x, h->u0, lo);
            if (sj >= 0)
                prev_src = vsrc[v] = sj;
            continue;
        }
        /* a participle right after a common noun modifies it: "a travel ban
           imposed on Chad" has no subject of its own here */
        int reduced = 0;
        if (h->u0 > 0 && x->u[h->u0 - 1].m < 0) {
            const tok *pv = &c->toks.v[x->u[h->u0 - 1].first];
            int part = participle(x, h);
            uint32_t pc = ucls(x, h->u0 - 1);
            /* "[a] [travel] ban imposed": a determiner shortly before */
            int det = 0;
            for (int k = h->u0 - 2; k >= 0 && k >= h->u0 - 3 && !det; k--) {
                if (x->u[k].m >= 0)
                    break;
                det = article(x, k);
            }
            /* "lifted parole restrictions imposed on": the noun heads the
               object of an earlier verb of the clause */
            if (part && !det) {
                /* (a verb with a code, not "have long refused") */
                int n, k = before_noun_phrase(x, h->u0 - 1, 3, &n), w = prev_clause_verb(vh, codes, clause, v);
                det = n > 0 && w >= 0 && vh[w].u1 == k + 1 && strcmp(codes[w], "---") && codes[w][0] != '+';
                /* "lifted sanctions imposed on Eritrea": the noun ends
                   the earlier verb's pattern */
                if (!det && w >= 0 && pl[w] && bs[w].end == h->u0 && strcmp(codes[w], "---") && codes[w][0] != '+')
                    det = 1;
            }
            /* a participle with an object of its own is the clause's verb:
               "Israeli air strikes killed 10 Palestinians" */
            reduced = part && det && !object_at(x, h->u1) && pv->kind == TK_WORD && !(pv->flags & TF_CAP) &&
                      !(pc & (WC_AUX | WC_NEG | WC_STOP | WC_PREP | WC_CONJ |
                              WC_THAT | WC_REL | WC_SUBORD | WC_DET | WC_PRON_PERS | WC_PRON_OTHER)) &&
                      !ly_adverb(pv);
        }
        int src = b.comp >= 0 ? b.comp : b.src, tgt = b.tgt;
        /* a pattern's target bound inside a list after the verb is the
           whole list: "charged France, West Germany, the U.K., Spain and
           the EC Commission with unfair practices", where "+ with" finds
           West Germany, the first member within its reach */
        if (!x->opt->tabari_compat && tgt >= h->u1 && tgt < x->nu && x->u[tgt].m >= 0)
            tgt = group_start(x, tgt, h->u1);
        unsigned flags = 0;
        if (src < 0 || tgt < 0) {
            int pa = passive_agent(x, h), rp;
            /* the subject of a passive sale or trade is what changed
               hands, not a partner: "the unit being sold", "shares will
               be sold by five stockholders" (the buyer comes with "to");
               by the verb's own code, so not "the U.S. has been promised
               exports", a promise coded by its pattern */
            const char *own = verb_code(x->d, h->verb);
            int goods = !x->opt->tabari_compat && trade_code(code) && (trade_code(own) || !strcmp(own, "---"));
            /* nor is the subject of a statement with no speaker named a
               party to it: "the Commission's report will be released",
               "the figures would be released" */
            int said = !x->opt->tabari_compat && code_root(code) == 1;
            if (pa >= 0) {
                flags |= TAC_EV_PASSIVE;
                if (src < 0) src = pa;
                if (tgt < 0 && !goods) tgt = passive_target(x, pw[v], passive_subject(x, h, clause, lo), 1);
            } else if (src < 0 && b.comp < 0 && !x->opt->tabari_compat && code_root(code) >= 18 &&
                       code_root(code) <= 20 && disaster_named(x, h->u0) &&
                       (reduced_passive(x, vh, nv, v) >= 0 || be_passive(x, h))) {
                tacx_explain(c, sidx, "verb '%s': a passive of harm with no agent in a sentence of a disaster or "
                             "an accident: no one's act", vtext);
                reduced = 1;
            } else if (src < 0 && (rp = reduced_passive(x, vh, nv, v)) >= 0) {
                tacx_explain(c, sidx, "verb '%s': a participle after its noun, before the clause's verb: "
                             "the noun is what was done to", vtext);
                tgt = goods || said || question_put(x, h) ? -1 : rp;
                src = SRC_UNNAMED;
                flags |= TAC_EV_PASSIVE;
            } else if (src < 0 && b.comp < 0 && !x->opt->tabari_compat &&
                       (be_passive(x, h) || by_passive(x, h) || (pw[v] >= 0 && x->u[pw[v]].m < 0))) {
                /* "two soldiers were wounded in Gaza": the subject is
                   what was done to, and no one named did it.  The event
                   has the subject as its target and no source.  So also
                   when words of the subject that name no actor completed
                   the pattern, even where "to" follows ("the sarcophagus
                   was returned to Egypt" is no act of its owner; but
                   "Ethiopian troops were deployed to the border" are
                   Ethiopia's own, moved by it) */
                int sj = goods || said ? -1 : passive_target(x, pw[v], passive_subject(x, h, clause, lo),
                                                             strcmp(own, "---") != 0);
                if (sj >= 0 && tgt < 0) {
                    tacx_explain(c, sidx, "verb '%s': a passive with no agent named: its subject is the target",
                                 vtext);
                    tgt = sj;
                    src = SRC_UNNAMED;
                    flags |= TAC_EV_PASSIVE;
                } else {
                    tacx_explain(c, sidx, goods ? "verb '%s': a passive sale or trade: its subject is what changed hands"
                                          : said ? "verb '%s': a passive statement: its subject is what was said"
                                                 : "verb '%s': a passive with no agent named, no source", vtext);
                    reduced = 1;
                }
            }
        }
        /* the doer named after "by": of a form in -ing ("shelling by
           government forces"), or of an act noun after an article ("an
           attack by Taliban fighters on a checkpoint", "the killing of
           two journalists by Mexican police"); what it was done to comes
           after (not in "quoted as saying by the news agency") */
        int obj_from = h->u1, act_subject = -1, named_by = 0, support = -1;
        if (src < 0 && b.comp < 0 && !x->opt->tabari_compat && !(flags & TAC_EV_PASSIVE) && code_root(code) != 1) {
            int of = -1, ab = ing_form(&c->toks.v[x->u[h->u1 - 1].last]) ? agent_after_by(x, h->u1) : -1;
            if (ab < 0 && (ab = act_by(x, h->u0, h->u1, &of)) >= 0) {
                tacx_explain(c, sidx, "verb '%s': a noun, the act of the actor after 'by'", vtext);
                if (of >= 0 && tgt < 0)
                    tgt = of;
                /* the subject of the clause's verb: "the raid by US
                   special forces killed three Taliban commanders" */
                if (lo >= h->u0 - 3 && (h->u0 == 1 || article_at(x, lo)))
                    act_subject = ab;
            }
            if (ab >= 0) {
                src = ab;
                obj_from = ab + 1;
                named_by = 1;
            }
        }
        int inverted = speaker[v] != -1;
        if (inverted && src == -1 && b.comp < 0)
            src = speaker[v] >= 0 ? speaker[v] : -1;
        if (src == -1 && b.comp < 0 && !reduced && !inverted) {
            src = find_subject(x, h->u0, lo);
            int sub = 0;   /* a "that" or "which" clause starts between, or
                              one with a subject of its own ("where the
                              guests were meeting") */
            for (int k = prev_src >= 0 ? prev_src : h->u0; k < h->u0; k++)
                if ((x->u[k].m < 0 && (ucls(x, k) & (WC_THAT | WC_REL))) || opens_own_clause(x, k, h->u0))
                    sub = 1;
            if (src < 0 && !x->opt->tabari_compat && reported_subject(x, h->u0, lo))
                sub = 1;      /* the same without "that": "said the group attacked" */
            if (!x->opt->tabari_compat && bare_plural_subject(x, vh, nv, h->u0)) {
                src = -1;     /* "... and brokers said": a subject of its own */
                sub = 1;
            }
            if (src < 0 && prev_src >= 0 && !sub)
                src = prev_src;       /* "X condemned A and promised B" */
            if (src < 0 && prev_src >= 0 && sub && pronoun_leads(x, h->u0, lo, SUBJECT_PRONOUNS))
                src = prev_src;       /* "X said that it would release" */
            /* "Israel, unwilling to tolerate Hezbollah close to its
               borders, said it would continue": the pronoun after a verb
               of saying is its speaker, not an actor before the speaker */
            if (!x->opt->tabari_compat && src >= 0 && prev_src >= 0 && src != prev_src && v > 0 &&
                src < vh[v - 1].u0 && prev_src < vh[v - 1].u0 &&
                tok_in(&x->c->toks.v[x->u[vh[v - 1].u0].first], SAYING) &&
                ((pronoun_leads(x, h->u0, vh[v - 1].u1, IT_THEY) && !x->m[x->u[prev_src].m].person) ||
                 (pronoun_leads(x, h->u0, vh[v - 1].u1, HE_SHE) && may_be_he(x, prev_src))))
                src = prev_src;
            if (src < 0 && prev_src < 0 && lo > 0 && !sub) {
                /* "X gave up and condemned Y": the subject of the verb
                   before the clause, not its object ("the bombing killed
                   four soldiers and wounded 15 others": none) */
                int w = v - 1;
                while (w >= 0 && vh[w].u1 > lo)
                    w--;
                int joined = w >= 0 && x->u[lo].m < 0 && (ucls(x, lo) & WC_CONJ);
                src = find_subject(x, joined ? vh[w].u0 : lo, 0);
            }
            /* the subject found is the object of the verb before, whose
               subject (prev_src) this verb shares: a purpose after a
               meeting ("met Scholz to discuss"), an -ing clause after a
               comma ("attacked cities, killing civilians") */
            if (!x->opt->tabari_compat && src >= 0 && prev_src >= 0) {
                int w = prev_clause_verb(vh, codes, clause, v), pw = v - 1;
                while (pw >= 0 && !codes[pw])
                    pw--;
                const char *why = NULL;
                if (w >= 0 && prev_src < vh[w].u0 && purpose_of_meeting(x, vh, codes, w, v, src))
                    why = "the purpose of a meeting, whose subject is its own";
                else if (pw >= 0 && prev_src < vh[pw].u0 && src >= vh[pw].u1 && participle_clause(x, vh, v, vh[pw].u1) &&
                         !(tok_in(&x->c->toks.v[x->u[vh[pw].u0].first], SAYING) && names_actor(x, src) &&
                           leads_clause(x, src)))
                    why = "an -ing clause after a comma or \"by\", done by the subject before it";
                else if (pw >= 0 && prev_src < vh[pw].u0 && src >= vh[pw].u1 && utok_is(x, h->u0 - 1, "TO") &&
                         ((ucls(x, h->u0 - 2) & WC_CONJ) ||
                          (utok_is(x, h->u0 - 2, "ALSO") && (ucls(x, h->u0 - 3) & WC_CONJ))))
                    why = "an infinitive joined to one before it, whose subject it shares";
                if (why) {
                    tacx_explain(c, sidx, "verb '%s': %s", vtext, why);
                    src = prev_src;
                }
            }
            int jw = x->opt->tabari_compat ? -1 : joined_to(x, vh, v, codes, src);
            if (jw >= 0 && vsrc[jw] < vh[jw].u0 && src != vsrc[jw]) {
                tacx_explain(c, sidx, "verb '%s': joined by 'and' to the verb before, whose subject it shares, "
                             "not its object", vtext);
                src = vsrc[jw];
            }
            vsrc[v] = src;
            /* the same when the verb before has no source or no code:
               its subject, named or not, does the -ing clause, not its
               object */
            int ov;
            if (!x->opt->tabari_compat && src >= 0 && src != prev_src && src < h->u0 &&
                (ov = object_before_participle(x, vh, nv, src, h->u0 - 1)) >= 0 &&
                participle_clause(x, vh, v, ov + 1)) {
                int os = find_subject(x, ov, 0);
                tacx_explain(c, sidx, "verb '%s': an -ing clause after a comma or \"by\", done by the subject of the verb "
                             "before it, not by its object", vtext);
                src = os >= 0 && os < ov ? os : -1;
            }
            /* "police used a stun gun to subdue him when he refused to
               leave": a "he" or "she" that names no actor of the sentence
               leads the verb, and the actor found before it cannot be
               one */
            if (!x->opt->tabari_compat && src >= 0 && pronoun_leads(x, h->u0, lo, HE_SHE) && !may_be_he(x, src)) {
                tacx_explain(c, sidx, "verb '%s': its subject is a 'he' or 'she' the sentence does not name, "
                             "not the group, country or body before it", vtext);
                src = -1;
            }
        }
        /* an "I" or "we" leads the verb: the words are a speaker's, who
           is its source ("Spokesman Nick Davies said: 'We note the
           decision'"), not an actor before it ("told reporters: 'we have
           no reason to doubt'", "Against Wales ..., I hope"); without a
           verb of saying before it, no actor of the sentence is */
        int pw1 = x->opt->tabari_compat || src < 0 ? 0 : pronoun_leads(x, h->u0, lo, I_WE);
        /* (an "i" in lower case is a letter of a name cut up, "Go ñ i") */
        const tok *pt = pw1 ? &x->c->toks.v[x->u[pw1 - 1].first] : NULL;
        if (pt && (pt->nlen > 1 || (pt->flags & TF_CAP))) {
            int spk = -1;
            for (int w = v - 1; w >= 0; w--)
                if (codes[w] && code_root(codes[w]) == 1) {
                    spk = vsrc[w];
                    break;
                }
            if (src != spk) {
                tacx_explain(c, sidx, "verb '%s': its subject is an 'I' or 'we', the speaker's, not the actor before it",
                             vtext);
                src = spk;
            }
        }
        /* "faces life in prison if convicted in Australia": the subject
           found is what is done to, by no one named (a statement so is
           no event: "would be an escalation if confirmed") */
        if (!x->opt->tabari_compat && src >= 0 && b.src < 0 && b.comp < 0 && !(flags & TAC_EV_PASSIVE) &&
            subordinate_participle(x, h)) {
            tacx_explain(c, sidx, "verb '%s': a participle after a conjunction: a passive, whose subject is %s",
                         vtext, code_root(code) == 1 ? "what was said" : "the target");
            int by = agent_after_by(x, h->u1);
            tgt = code_root(code) == 1 ? -1 : src;
            src = by >= 0 ? by : SRC_UNNAMED;
            flags |= TAC_EV_PASSIVE;
        }
        /* a noun of circumstance ("after weeks of street protests",
           "despite the Houthis' recent attack") is the act of whoever
           its own phrase names, not of the clause's subject; with no one
           named there, it is no event */
        if (!x->opt->tabari_compat && b.src < 0 && b.comp < 0 && src >= 0 && !named_by && !(flags & TAC_EV_PASSIVE)) {
            int ck = circumstance_noun(x, vh, v);
            /* an act of protest or violence that ends a determiner's
               phrase: "after the 11 September attacks" */
            if (ck < 0 && act_noun_verb(x->d, h->verb)) {
                ck = determiner_phrase(x, h->u0, h->u1, 1);
                /* but the object of a support verb is its subject's act:
                   "declared a general strike" */
                if (ck >= 0 && (support = support_verb_before(x, ck)) >= 0) {
                    tacx_explain(c, sidx, "verb '%s': a noun, the object of a support verb: its subject's act", vtext);
                    ck = -1;
                }
            }
            /* an act named for the place it happened: "the Douma attack",
               "the Salisbury poisoning" (the place is no doer, as "the
               Iranian attack" names one: owner_of_noun()) */
            int placed = ck < 0 && act_noun_verb(x->d, h->verb) && place_named_act(x, h);
            if (placed)
                ck = h->u0 - 2;
            if (ck >= 0 && (src < ck || src > h->u0)) {
                int own = -1;
                for (int k = h->u0 - 1; k > ck && own < 0 && !placed; k--)
                    if (x->u[k].m >= 0 && !x->m[x->u[k].m].nullcode)
                        own = k;
                tacx_explain(c, sidx, "verb '%s': a noun of circumstance, %s", vtext,
                             own >= 0 ? "its source named in its phrase" : "no one named in its phrase");
                src = own;
            }
        }
        /* "died in US air strikes", "wounded in Russian missile strikes
           on Kharkiv": an act named by a noun after a preposition is the
           act of the country that modifies it */
        if (!x->opt->tabari_compat && b.src < 0 && b.comp < 0 && !(flags & TAC_EV_PASSIVE) && !inverted &&
            code_root(code) != 1) {
            int ow = owner_of_noun(x, h);
            if (ow >= 0 && ow != src && code_root(code) == 4 && src >= 0 && tgt < 0) {
                /* "Iraq and Afghanistan in WTO talks": one more party */
                tacx_explain(c, sidx, "verb '%s': a noun, a meeting of the actor before it and the subject", vtext);
                tgt = ow;
            } else if (ow >= 0 && ow != src) {
                tacx_explain(c, sidx, "verb '%s': a noun, the act of the actor before it", vtext);
                src = ow;
            }
        }
        if (tgt < 0 && b.comp < 0 && src != SRC_UNNAMED && !inverted) {
            /* up to the next coding verb's own subject */
            int hi = x->nu, nx = v + 1;
            /* uncoded verbs, verbs of word or will that name this one's
               object ("rejected an extradition request for X"; in
               "condemned the attack on X" X is the victim, not the one
               condemned), and infinitives right after this verb ("offered
               to hand over to Britain") do not end its object */
            while (nx < nv && (!codes[nx] || !strcmp(codes[nx], "---") || (gone[nx] && code_root(codes[nx]) < 14) ||
                               (asked[nx] && asked[nx] != 3) || laid_on(x, &vh[nx], h->u1) ||
                               (vh[nx].u0 >= 1 && utok_is(x, vh[nx].u0 - 1, "TO") && vh[nx].u0 - 1 <= h->u1 + 1)))
                nx++;
            int next_subject = -1;
            if (nx < nv) {
                int ns = direct_subject(x, vh[nx].u0, h->u1);
                next_subject = ns;
                hi = ns >= 0 ? ns : vh[nx].u0;
                if (hi < h->u1) hi = h->u1;
            }
            /* nor into a clause with a subject of its own, whatever its
               verb's code: "proposed a freeze and Canada has begun its
               own" (but "strike at and mock the armed forces" share it) */
            for (int k = h->u1; k < hi; k++)
                if (k > 0 && clause[k] != clause[k - 1] && clause_subject(x, k, vh, nv)) {
                    hi = k;
                    break;
                }
            if (b.end > hi)
                hi = b.end;
            int attrib = report_until > said_clause ? report_until : said_clause;
            if (h->u0 < attrib && attrib < hi)
                hi = attrib;     /* not into ", officials said" */
            /* a place is the target when no actor is named: "attacked a
               base in Borno", "imposed a curfew in Kabul", "deployed troops
               in Mali"; not for statements and meetings, where it is the
               venue ("said in Paris", "talks in Geneva") */
            int place_ok = (!(code[0] == '0' && (code[1] == '1' || code[1] == '4')) && strncmp(code, "036", 3)) ||
                           !strcmp(code, "042");   /* "arrived in Amman on a visit" */
            int visit = on_a_visit(x, h->u0, h->verb);
            /* troops are moved by de-escalation (087), a show or
               build-up of force (15) and peacekeeping (074) */
            int moves = !strncmp(code, "087", 3) || code_root(code) == 15 || !strncmp(code, "074", 3);
            tgt = !strcmp(code, "042") && !x->opt->tabari_compat ? visit_host(x, h->u0, h->u1, src, visit) : -1;
            if (tgt < 0 && !visit)
                tgt = find_object(x, obj_from, hi, place_ok, src, moves, code_root(code));
            /* past a pattern that reaches over "that": "announced that it
               will extend the curfew in Abidjan" */
            if (tgt < 0 && patline && b.end > h->u1 && !visit)
                tgt = find_object(x, b.end, hi, place_ok, src, moves, code_root(code));
            /* where a promise or an agreement was made is no party to it
               ("agreed in Paris", "pledged at the conference in Paris");
               the place of what was agreed to may be ("agreed to set up
               a research centre in Tokyo") */
            if (tgt >= 0 && !strcmp(code, "030") && !x->opt->tabari_compat && is_location(x, tgt) == 2) {
                int to = 0;
                for (int k = h->u1; k < tgt && !to; k++)
                    to = utok_is(x, k, "TO");
                if (!to)
                    tgt = -1;
            }
            /* a meeting pattern that reaches over an actor modifying its
               last word names one more party: "took part in WTO talks"
               (not "in the Paris meeting", a venue) */
            if (tgt < 0 && patline && code_root(code) == 4 && b.end >= h->u1 + 2 && b.end <= x->nu) {
                int k = b.end - 2;
                if (x->u[k].m >= 0 && k >= h->u1 && tacx_doer_modifier(x->c, &x->m[x->u[k].m], x->s->caps) &&
                    (src < 0 || x->u[k].group != x->u[src].group))
                    tgt = k;
            }
            /* hopes and fears are about the subject of their clause:
               "expressed optimism that the federal government's ...";
               appeals and demands are made of it: "demanded that the
               Sudanese government end curbs on the press" */
            int about_clause = (code[0] == '0' && code[1] == '1' && (code[2] == '2' || code[2] == '3')) ||
                               (code[0] == '0' && code[1] == '2') || (code[0] == '1' && code[1] == '0');
            if (tgt < 0 && about_clause)
                for (int k = h->u1; k < hi && k < h->u1 + 6; k++)
                    if (utok_is(x, k, "THAT")) {
                        for (int j = k + 1; j <= hi && j < x->nu && j <= k + 4; j++)
                            if (x->u[j].m >= 0) {
                                if (!x->m[x->u[j].m].nullcode && x->u[j].group != (src >= 0 ? x->u[src].group : -1))
                                    tgt = j;
                                break;
                            }
                        break;
                    }
            /* the same without "that": "said they hoped Bolton would be
               able to", "demanded Ostrania withdraw" (the clause's
               subject right after the verb, its verb coded) */
            if (tgt < 0 && about_clause && !x->opt->tabari_compat && h->u1 + 1 < x->nu && x->u[h->u1].m >= 0 &&
                (next_subject == h->u1 ||
                 (x->u[h->u1 + 1].m < 0 && (ucls(x, h->u1 + 1) & (WC_HYPO | WC_FUT | WC_BE | WC_HAVE | WC_DO)))) &&
                !x->m[x->u[h->u1].m].nullcode && (src < 0 || x->u[h->u1].group != x->u[src].group))
                tgt = h->u1;
            if (tgt >= 0)
                tgt = mission_place(x, tgt);
            if (tgt >= 0 && src >= 0 && x->u[tgt].group == x->u[src].group)
                tgt = -1;
            /* the place a statement is made from is no target: "speaking
               from Bonn", "said from Rotorua", "told Reuters by
               telephone from Brasilia" ("demands from Ostrania" are
               Ostrania's) */
            if (tgt >= 0 && code[0] == '0' && code[1] == '1' && !patline && !x->opt->tabari_compat) {
                int f = prep_unit_before(x, tgt);
                if (f >= 0 && utok_is(x, f, "FROM") &&
                    (f == h->u1 || utok_is(x, f - 1, "TELEPHONE") || utok_is(x, f - 1, "PHONE")))
                    tgt = -1;
            }
            /* a statement has a target only when addressed: "told X",
               "said to X"; "said Russia remained" names no target (but
               hopes and fears are about it: "hoped Bolton would") */
            if (tgt >= 0 && code[0] == '0' && code[1] == '1' && tgt == h->u1 && !patline &&
                !(about_clause && code[2] != '0')) {
                const char *w = x->c->toks.v[x->u[h->u0].first].norm;
                if (strncmp(w, "TOLD", 4) && strncmp(w, "TELL", 4) && strncmp(w, "BRIEF", 5) && strncmp(w, "INFORM", 6))
                    tgt = -1;
            }
        }
        /* the quote before '"...," said X' is not the statement's clause */
        /* (an act that is the object of a support verb is done, or not,
           as that verb says: "did not stage a protest", "plans to mount
           an attack") */
        verbhit sh = *h;
        if (support >= 0)
            sh.u0 = support;
        flags |= verb_flags(x, &sh, src, inverted ? h->u0 : lo);
        /* "to end the war": intended; but after a verb of
           aspect the act happens ("began to withdraw", "continue to
           receive"), unless that verb is itself intended ("allowed to
           continue to") */
        int to = utok_is(x, sh.u0 - 1, "TO") ? sh.u0 - 1 : -1;
        /* (and "to be lifted", "to start negotiating": see the verbs of
           aspect before a form in -ing, above) */
        if (to < 0 && !x->opt->tabari_compat && h->u0 >= 2 && x->u[h->u0 - 1].m < 0 && utok_is(x, h->u0 - 2, "TO") &&
            (utok_is(x, h->u0 - 1, "BE") ||
             (ing_form(&c->toks.v[x->u[h->u0].first]) && tok_in(&c->toks.v[x->u[h->u0 - 1].first], ASPECT))))
            to = h->u0 - 2;
        if (to >= 0 &&
            (x->opt->tabari_compat || to < 1 || x->u[to - 1].m >= 0 ||
             !tok_in(&x->c->toks.v[x->u[to - 1].last], ASPECT) || utok_is(x, to - 2, "TO")))
            flags |= TAC_EV_HYPOTHETICAL;
        if (in_report || h->u0 < report_until)
            flags |= TAC_EV_REPORTED;
        /* "announced that he will extend the curfew": a statement verb
           whose pattern codes the act announces it, as an intention when
           "will" or "would" comes inside the pattern */
        int fut_inside = 0;
        if (patline && !(flags & TAC_EV_NEGATED) && code_root(verb_code(x->d, h->verb)) == 1)
            for (int k = h->u1; k < b.end && k < x->nu; k++)
                if (x->u[k].m < 0 && (ucls(x, k) & (WC_FUT | WC_INTENT) || utok_is(x, k, "WOULD")))
                    fut_inside = 1;   /* "will", "would", "is prepared to", "plans to" */
        if (fut_inside || intended(x, &sh, flags)) {
            const char *ic = intent_code(code);
            if (ic != code)
                tacx_explain(c, sidx, "verb '%s': an intention, %s -> %s", vtext, code, ic);
            code = ic;
        } else if ((flags & TAC_EV_NEGATED) && !b.neg && intended(x, &sh, flags & ~(unsigned)TAC_EV_NEGATED)) {
            const char *rc = refusal_code(code);
            if (rc != code) {
                tacx_explain(c, sidx, "verb '%s': a refusal, %s -> %s", vtext, code, rc);
                code = rc;
                flags &= ~(unsigned)TAC_EV_NEGATED;
            }
        }
        /* "Washington presented its draft deal to end the hostilities
           between Kiev and Moscow": to settle a dispute between others
           is to mediate it */
        if (!x->opt->tabari_compat && !strcmp(code, "037") && src >= 0 && src < x->nu && tgt >= 0 && tgt < x->nu &&
            between_others(x, src, tgt)) {
            tacx_explain(c, sidx, "verb '%s': a settlement between others, %s -> 039", vtext, code);
            code = "039";
        }
        /* "went back on his pledge after support from Cabinet allies",
           "a strike with likely support from France": help named by a
           noun comes from the actor after "from", to the one before */
        if (!x->opt->tabari_compat && h->u1 == h->u0 + 1 && h->u1 + 1 < x->nu && utok_is(x, h->u1, "FROM") &&
            tok_in(&x->c->toks.v[x->u[h->u0].first], GIVEN_NOUNS)) {
            int g = h->u1 + 1;
            while (g < x->nu && g <= h->u1 + 3 && x->u[g].m < 0 && (ucls(x, g) & WC_DET))
                g++;
            if (g < x->nu && x->u[g].m >= 0 && !x->m[x->u[g].m].nullcode && g != src) {
                tacx_explain(c, sidx, "verb '%s': help from the actor after 'from'", vtext);
                tgt = src >= 0 && src < x->nu ? src : -1;
                src = g;
            }
        }
        if (src == -1 || (src == SRC_UNNAMED && tgt < 0)) {
            tacx_explain(c, sidx, "verb '%s' -> %s: no event, no source actor", vtext, code);
        } else if (!x->opt->tabari_compat && code_root(code) == 6 && tgt < 0 && b.comp < 0 && b.tgt < 0 &&
                   !(src >= 0 && group_size(x, src) > 1)) {
            /* material cooperation is with someone: "Thailand exported
               75,160 tonnes of rice", "the company sold 1.4 mln shares"
               name no partner and tell nothing of relations ("Jordan and
               the United States began joint exercises" names two) */
            tacx_explain(c, sidx, "verb '%s' -> %s: no event, cooperation with no partner named", vtext, code);
        } else {
            int gs = src >= 0 && src < x->nu ? group_size(x, src) : 0;
            int mutual = !x->opt->tabari_compat && tgt < 0 && b.comp < 0 && b.tgt < 0 && gs >= 2 && gs <= MUTUAL_MAX &&
                         !(flags & TAC_EV_PASSIVE) && mutual_code(code);
            tacx_explain(c, sidx, "verb '%s' -> %s%s%s", vtext, code,
                         !patline ? "" : pw[v] >= 0 ? " (pattern, its object the subject's words)" : " (pattern)",
                         mutual ? ", the compound's members with each other" : "");
            pe[npe++] = (pending){ code, src, tgt, b.comp, b.tgt, v, flags, 0,
                                   background(x, vh, nv, codes, clause, v), 0, mutual };
        }
        /* a statement verb followed by "that", a colon or a quote opens
           reported speech */
        if (code[0] == '0' && code[1] == '1' && h->u1 < x->nu &&
            (x->u[h->u1].m >= 0 || utok_is(x, h->u1, "IT") || utok_is(x, h->u1, "THEY") ||
             utok_is(x, h->u1, "HE") || utok_is(x, h->u1, "SHE") || utok_is(x, h->u1, "WE")))
            in_report = 1;    /* "said Russian forces had fired", "said they would" */
        if (code[0] == '0' && code[1] == '1')
            for (int k = h->u1; k < x->nu && k < h->u1 + 5; k++) {
                if (utok_is(x, k, "THAT") || upunct(x, k, ':') || upunct(x, k, '"')) {
                    in_report = 1;
                    break;
                }
                /* "confirmed on Wednesday it would tighten" */
                if ((utok_is(x, k, "IT") || utok_is(x, k, "THEY") || utok_is(x, k, "WE")) && k + 1 < x->nu &&
                    x->u[k + 1].m < 0 && (ucls(x, k + 1) & (WC_FUT | WC_HYPO | WC_BE | WC_HAVE))) {
                    in_report = 1;
                    break;
                }
            }
        if (src >= 0 && (src < h->u0 || src == act_subject))
            prev_src = vsrc[v] = src;
    }
    /* a plain statement ("said", "stated") next to a specific event is
       its attribution, not an event of its own: "X said it would send
       troops", "Y attacked Z, X said" */
    int nstat = 0, nbg = 0;
    for (int i = 0; i < npe; i++) {
        nstat += !strcmp(pe[i].code, "010");
        nbg += pe[i].bg != NULL;
    }
    for (int i = 0; i < npe && (nstat || nbg); i++) {
        /* which events will be reported (a dry run) */
        pending *p = &pe[i];
        int n = 0;
        int rc = emit_pending(x, p, &vh[p->v], sidx, NULL, NULL, &n);
        if (rc)
            return rc;
        p->emits = n > 0;
        p->live = n > 0 && !(p->code[0] == '0' && p->code[1] == '1');
    }
    /* background is left out when the sentence has an event of its own */
    int fg = 0, fact = 0;
    for (int i = 0; i < npe && nbg; i++)
        if (!pe[i].bg && pe[i].emits && strcmp(pe[i].code, "010")) {
            fg = 1;
            fact |= !(pe[i].flags & (TAC_EV_NEGATED | TAC_EV_HYPOTHETICAL | TAC_EV_REPORTED | TAC_EV_FUTURE));
        }
    /* what happened before stays beside an event that is only reported,
       intended or supposed: "expects Washington to provide ..., Zelensky
       has said, after his European backers rejected" */
    for (int i = 0; i < npe && nbg; i++)
        if (pe[i].bg == BG_EARLIER && !fact)
            pe[i].bg = NULL;
    for (int i = 0; i < npe && fg; i++)
        if (pe[i].bg) {
            pe[i].live = 0;
            if (c->explain) {
                verb_text(x, &vh[pe[i].v], vtext, sizeof vtext);
                tacx_explain(c, sidx, "verb '%s': background (%s), not coded", vtext, pe[i].bg);
            }
        }
    for (int i = 0; i < npe; i++) {
        const pending *p = &pe[i];
        const verbhit *h = &vh[p->v];
        int specific = 0;
        if (fg && p->bg)
            continue;
        if (!strcmp(p->code, "010"))
            for (int j = 0; j < npe && !specific; j++)
                specific = pe[j].live;
        if (specific) {
            verb_text(x, h, vtext, sizeof vtext);
            tacx_explain(c, sidx, "verb '%s': a statement that attributes another event, not coded", vtext);
            continue;
        }
        int rc = emit_pending(x, p, h, sidx, fn, ud, &nev);
        if (rc)
            return rc;
    }
    return TAC_OK;
}

/* Looks for discard phrases in tokens [first, first+n): the DISC_* bits
 * of those found (a story-level one ends the search). */
int tacx_find_discard(const tac_dict *d, const tac_ctx *c, int first, int n)
{
    int found = 0;
    for (int i = first; i < first + n; i++) {
        const tok *t = &c->toks.v[i];
        if (!(t->flags & TF_DISCARD))
            continue;
        int32_t ids[TACX_START_IDS];
        int nid = tacx_tok_start_ids(c, t, ids);
        for (int q = 0; q < nid; q++) {
            if (!d->word_discard[ids[q]])
                continue;
            for (int32_t k = d->first_start[ids[q]]; k < d->first_start[ids[q] + 1]; k++) {
                const cfirst *f = &d->by_first[k];
                if (f->kind != EK_DISCARD)
                    continue;
                const centry *e = &d->entries[f->entry];
                if (tacx_match_phrase_at(d, c, e->phrase, i, first + n) < 0)
                    continue;
                char kind = dict_str(d, e->ref)[0];
                if (kind == '+')
                    return DISC_STORY;
                found |= kind == '~' ? DISC_SIGN : DISC_SENTENCE;
            }
        }
    }
    return found;
}

/* Does a verb of saying follow right after the last mention of the list
 * that goes on from mention unit k (the mentions linked to it)? */
static int said_after(const sctx *x, const int *link, int k)
{
    int last = k;
    for (int j = k + 1; j < x->nu; j++)
        if (x->u[j].m >= 0) {
            if (!link[j])
                break;
            last = j;
        }
    return last + 1 < x->nu && x->u[last + 1].m < 0 && tok_in(&x->c->toks.v[x->u[last + 1].first], SAYING);
}

/* Is there a word that may be a verb before unit u? */
static int verb_before(const sctx *x, int u)
{
    for (int j = 0; j < u; j++)
        if (x->u[j].m < 0 && (x->c->toks.v[x->u[j].first].starts & WF_VERB))
            return 1;
    return 0;
}

int tacx_code_sentence(const tac_dict *d, tac_ctx *c, const tac_doc *doc, int sidx, const sentence *s,
                       mention *m, int nm, tac_event_fn fn, void *ud)
{
    sctx x = { .d = d, .c = c, .doc = doc, .s = s, .m = m, .nm = nm, .opt = tacx_opts(d, c) };
    x.u = arena_raw(&c->a, sizeof(unit) * (size_t)(s->ntok + 3));
    if (!x.u)
        return TAC_ENOMEM;
    x.gap = x.opt->tabari_compat ? s->ntok : 8;
    if (s->discard & DISC_SENTENCE) {
        tacx_explain(c, sidx, "discarded: a discard phrase marks the sentence out of scope");
        return TAC_OK;
    }
    for (int i = s->first; i < s->first + s->ntok; i++) {
        const tok *t = &c->toks.v[i];
        if (t->wid >= 0)
            sig_add(x.sig, t->wid);
        for (int k = 0; k < t->npre; k++)
            sig_add(x.sig, c->pre_ids.v[t->pre + k]);
    }
    int mi = 0, letters = 0, capwords = 0, longw = 0, titlew = 0;
    for (int i = s->first; i < s->first + s->ntok; i++) {
        const tok *t = &c->toks.v[i];
        if (t->kind == TK_WORD) {
            letters++;
            if (t->flags & TF_ALLCAP) capwords++;
            if (t->nlen > 3) {
                longw++;
                titlew += (t->flags & TF_CAP) != 0;
            }
        }
        if (mi < nm && m[mi].first == i && m[mi].nullcode && !x.opt->tabari_compat) {
            /* "military aid": not an actor; its words stay visible */
            mi++;
            x.u[x.nu++] = (unit){ i, i, -1, 0, 0 };
            continue;
        }
        if (mi < nm && m[mi].first == i) {
            if (m[mi].discard) {
                tacx_explain(c, sidx, "discarded: '%s' marks the sentence out of scope", m[mi].codes[0]);
                return TAC_OK;
            }
            x.u[x.nu++] = (unit){ i, m[mi].last, mi, 0, 0 };
            i = m[mi].last;
            mi++;
        } else {
            /* a relative clause ("who", "which", "whom", "whose") or a
               new clause after a semicolon: a pattern's gap after the
               verb does not pass into it ("continue to finance a regime
               which is bombing Kenya" does not bomb; TABARI's gaps pass
               over anything) */
            int stop = ((t->cls & WC_REL) || (t->kind == TK_PUNCT && t->norm[0] == ';')) && !x.opt->tabari_compat;
            /* nor into an infinitive joined to one before it: "intends to
               fight Isis and to provide aid" does not provide aid by
               "intend ... to provide" (nor "but also to") */
            if (!stop && !x.opt->tabari_compat && (t->cls & WC_CONJ)) {
                int j = i + 1;
                if (j < s->first + s->ntok && !strcmp(c->toks.v[j].norm, "ALSO"))
                    j++;
                stop = j < s->first + s->ntok && !strcmp(c->toks.v[j].norm, "TO");
            }
            x.u[x.nu++] = (unit){ i, i, -1, 0, (uint8_t)stop };
        }
    }
    /* a headline in capitals, or in title case ("U.S. Lifts Travel Ban"),
       says nothing by the case of a word (counted here with each name
       as one word, its first: not s->caps, which counts every word) */
    int allcaps = (letters > 3 && capwords * 10 >= letters * 8) || (longw >= 3 && titlew * 10 >= longw * 8);
    x.usig = arena_alloc(&c->a, sizeof(*x.usig) * (size_t)(x.nu + 1));
    if (!x.usig)
        return TAC_ENOMEM;
    for (int k = 0; k < x.nu; k++) {
        /* a mention: its first and last words and its head noun */
        int ends[3] = { x.u[k].first, x.u[k].last, x.u[k].m >= 0 ? m[x.u[k].m].head : x.u[k].first };
        for (int q = 0; q < (x.u[k].m >= 0 ? 3 : 1); q++) {
            const tok *t = &c->toks.v[ends[q]];
            if (t->wid >= 0)
                sig_add(x.usig[k], t->wid);
            for (int j = 0; j < t->npre; j++)
                sig_add(x.usig[k], c->pre_ids.v[t->pre + j]);
        }
    }
    /* compound groups: "A, B and C", "A and the B": mentions linked by
       'and'/'or' (with determiners or adjectives between), and by commas
       when the list goes on to such a link */
    int *link = arena_raw(&c->a, sizeof(int) * (size_t)(x.nu + 1));
    if (!link)
        return TAC_ENOMEM;
    int gid = 0, lastm = -1;
    for (int k = 0; k < x.nu; k++) {
        link[k] = 0;
        if (x.u[k].m < 0)
            continue;
        if (lastm >= 0 && k - lastm >= 2 && k - lastm <= 5) {
            int conj = 0, comma = 0, ok = 1;   /* conj: the unit of the last "and" or "or" */
            for (int j = lastm + 1; j < k && ok; j++) {
                uint32_t cl = ucls(&x, j);
                const tok *t = &c->toks.v[x.u[j].first];
                if (utok_is(&x, j, "'S") || utok_is(&x, j, "'"))
                    ok = 0;       /* "Ithilen's awful and evil minister" */
                else if ((cl & WC_CONJ) && !utok_is(&x, j, "BUT"))
                    conj = j;
                else if (upunct(&x, j, ',') && conj && j > conj + 1 && !upunct(&x, conj + 1, ','))
                    ok = 0;       /* "killing 35 children and seven adults,
                                     officials said": the list ended (not
                                     "Singapore and, perhaps, Thailand") */
                else if (upunct(&x, j, ','))
                    comma = 1;
                else if (cl & WC_DET)
                    ;
                else if (t->kind != TK_WORD || (cl & (WC_PREP | WC_BE | WC_HAVE | WC_THAT | WC_REL | WC_SUBORD |
                                                      WF_VERB)) ||
                         (t->flags & TF_CAP) || j - lastm > 4)
                    ok = 0;   /* only a determiner and adjectives between */
            }
            /* "Earlier this month in Washington, finance ministers of the
               U.S., Japan ...": a place opening the sentence after "in"
               or "at" and set off by a comma is where, not the first of
               the list after it */
            if (ok && comma && !conj && lastm + 1 < k && upunct(&x, lastm + 1, ',') && !x.opt->tabari_compat) {
                int p = before_phrase(&x, lastm);
                int lead = after_in_at(&x, lastm);
                /* (only times before it: not "viewers in Japan, the US,
                   Australia") */
                for (int j = 0; j < p && lead; j++) {
                    const tok *t = &c->toks.v[x.u[j].first];
                    lead = x.u[j].m < 0 && (t->kind != TK_WORD || (ucls(&x, j) & (WC_TIME | WC_DAY | WC_MONTH | WC_DET)) ||
                                            ly_adverb(t));
                }
                if (lead)
                    ok = 0;
            }
            /* "killing two people, and the U.S. military said": ", and"
               before a subject and its verb, with no other comma since
               the verb before it, joins two clauses, not two actors (a
               list has a comma before "and" only after two or more
               items; "Chen, president of the bank, and Yao attended" has
               one more) */
            if (ok && conj && upunct(&x, conj - 1, ',') && !x.opt->tabari_compat && verb_next(&x, k + 1)) {
                int j = conj - 2;
                while (j >= 0 && !upunct(&x, j, ',') && !(x.u[j].m < 0 && (c->toks.v[x.u[j].first].starts & WF_VERB)))
                    j--;
                if (j >= 0 && !upunct(&x, j, ','))
                    ok = 0;
            }
            if (ok)
                link[k] = conj ? 2 : comma ? 1 : 0;
        }
        lastm = k;
    }
    /* a comma link holds only when the chain reaches an 'and'/'or' link */
    for (int k = x.nu - 1, chain_conj = 0; k >= 0; k--) {
        if (x.u[k].m < 0)
            continue;
        if (link[k] == 2)
            chain_conj = 1;
        else if (link[k] == 1 && !chain_conj)
            link[k] = 0;
        else if (link[k] == 0)
            chain_conj = 0;
    }
    /* "seized the town of Nairab in Syria's Idlib, Turkish and rebel
       officials said": a list after a comma that a verb of saying follows
       is the speakers, not more of what comes before the comma, when a
       verb comes before that (not in "Russia, China and Iran said") */
    if (!x.opt->tabari_compat)
        for (int k = 0, first = -1; k < x.nu; k++) {
            if (x.u[k].m < 0)
                continue;
            if (!link[k])
                first = k;
            else if (link[k] == 1 && said_after(&x, link, k) && verb_before(&x, first))
                link[k] = 0;
        }
    lastm = -1;
    for (int k = 0; k < x.nu; k++) {
        if (x.u[k].m < 0)
            continue;
        x.u[k].group = (link[k] && lastm >= 0) ? x.u[lastm].group : ++gid;
        lastm = k;
    }
    explain_units(&x, sidx);

    /* verbs */
    verbhit *vh = arena_raw(&c->a, sizeof(verbhit) * (size_t)(x.nu + 1));
    if (!vh)
        return TAC_ENOMEM;
    int nv = 0;
    for (int k = 0; k < x.nu; k++) {
        int32_t verb = -1;
        int ue = k + 1;
        if (!verb_at(&x, k, &verb, &ue))
            continue;
        /* (the one word "back", not "back down" or "back up") */
        if (!x.opt->tabari_compat && ue == k + 1 && utok_is(&x, k, "BACK") && adverb_back(&x, k))
            continue;
        /* (an act noun with its doer named is kept unless an earlier verb
           that is no statement may take it as its object: "condemned
           the attack by Hamas" condemns Hamas) */
        int of;
        if ((not_a_verb(&x, k, verb, allcaps, nv > 0 ? &vh[nv - 1] : NULL) && !visit_noun(&x, k, verb, vh, nv) &&
             (act_by(&x, k, ue, &of) < 0 || (nv > 0 && code_root(verb_code(d, vh[nv - 1].verb)) != 1))) ||
            noun_before_aux(&x, k, ue) || noun_before_saying(&x, k, ue) || base_after_be(&x, k, verb))
            continue;
        if (nv > 0 && !x.opt->tabari_compat &&
            (object_noun(&x, k, &vh[nv - 1]) || participle_adjective(&x, k, &vh[nv - 1])))
            continue;
        vh[nv++] = (verbhit){ k, ue, verb, 0 };
        k = ue - 1;
    }
    if (nv == 0) {
        tacx_explain(c, sidx, "no event: no verb from the dictionary");
        return TAC_OK;
    }
    /* TABARI's complexity limits */
    if (x.opt->max_verbs && nv > x.opt->max_verbs) {
        tacx_explain(c, sidx, "no event: %d verbs, more than the limit %d", nv, x.opt->max_verbs);
        return TAC_OK;
    }
    /* clauses: split at ';' ':' and at 'and'/'but' that join verb phrases
       rather than actors */
    int *clause = arena_raw(&c->a, sizeof(int) * (size_t)(x.nu + 1));
    char *vstart = arena_alloc(&c->a, (size_t)x.nu + 1);
    if (!clause || !vstart)
        return TAC_ENOMEM;
    for (int v = 0; v < nv; v++)
        vstart[vh[v].u0] = 1;
    int ncl = 0;
    for (int k = 0; k < x.nu; k++) {
        int brk = clause_break(&x, k);
        /* (not "all but declared war", "anything but certain": an adverb) */
        if (!brk && x.u[k].m < 0 && (ucls(&x, k) & WC_CONJ) &&
            !(utok_is(&x, k, "BUT") && (utok_is(&x, k - 1, "ALL") || utok_is(&x, k - 1, "ANYTHING") ||
                                        utok_is(&x, k - 1, "NOTHING")))) {
            int pm = -1, nx = -1;
            for (int j = k - 1; j >= 0; j--) if (x.u[j].m >= 0) { pm = j; break; }
            for (int j = k + 1; j < x.nu; j++) if (x.u[j].m >= 0) { nx = j; break; }
            int joins = pm >= 0 && nx >= 0 && x.u[pm].group == x.u[nx].group;
            /* a new clause: "and [then] [X] [has] VERB" -- only adverbs,
               auxiliaries and one subject may come before its verb */
            int verb_follows = 0, subj = 0;
            for (int j = k + 1; j < x.nu && j <= k + 6; j++) {
                if (vstart[j]) { verb_follows = 1; break; }
                if (x.u[j].m >= 0) {
                    if (++subj > 2) break;
                    continue;
                }
                const tok *t = &c->toks.v[x.u[j].first];
                uint32_t cl = ucls(&x, j);
                int adverb = t->kind == TK_WORD && ly_adverb(t);
                /* a verb the dictionary does not know: "then it requested
                   that Elrond assist" */
                int past = past_in_ed(t);
                if (!adverb && !past && !(cl & (WC_AUX | WC_NEG | WC_STOP |
                                                WC_TIME | WC_PRON_PERS | WC_PRON_OTHER | WC_THAT)))
                    break;
            }
            brk = !joins && verb_follows;
        }
        if (brk)
            ncl++;
        clause[k] = ncl;
    }
    return x.opt->tabari_compat ? code_tabari(&x, sidx, vh, nv, clause, fn, ud)
                                : code_news(&x, sidx, vh, nv, clause, fn, ud);
}
