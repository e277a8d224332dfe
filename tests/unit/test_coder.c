/*
 * test_coder.c -- the coder stage seen through the public API: source and
 * target by clause structure, passives, flags (negation, modality,
 * reported speech), compound actors, verb patterns and synsets, verbs that
 * are not verbs, places, statements, paired and null codes, discards, the
 * CAMEO fields of events, TABARI's conventions, and robustness against odd
 * or very large input.
 *
 * News-mode tests code sentences written for them against the invented
 * world of tests/data/unit/world.txt and tests/data/unit/verbs.txt;
 * TABARI-mode tests use tests/data/unit/tabari.{actors,verbs,agents}.
 * Events are collected by a recording callback and judged one by one.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <unistd.h>
#include <cmocka.h>
#include "temp_file.h"
#include "tacitus.h"

#ifndef TAC_SOURCE_DIR
#define TAC_SOURCE_DIR "."
#endif
#define UNIT_DATA TAC_SOURCE_DIR "/tests/data/unit/"

/* ---- recording events ------------------------------------------------ */

#define MAXEV 32

typedef struct ev_rec {
    int sentence;
    char src[32], tgt[32];          /* tgt "" when there is no target */
    int has_tgt;
    uint32_t src_start, src_end, tgt_start, tgt_end, verb_start, verb_end;
    char cameo[16], root[3];
    int quad;
    double goldstein;
    char plover[32];
    int has_plover;
    unsigned flags;
} ev_rec;

typedef struct recorder {
    ev_rec ev[MAXEV];
    int n;              /* events stored (at most MAXEV) */
    long total;         /* events seen */
    int bad;            /* events with offsets outside the text or sentence */
    int last_sentence;  /* sentence of the latest event */
    int out_of_order;   /* events whose sentence went backwards */
    long stop_at;       /* > 0: ask to stop at this event */
} recorder;

static int on_event(void *ud, const tac_doc *doc, const tac_event *e)
{
    recorder *r = ud;
    r->total++;
    if ((!e->source.code && !e->target.code) || !e->cameo || e->source.start > e->source.end ||
        e->source.end > doc->text_len ||
        e->verb_start >= e->verb_end || e->verb_end > doc->text_len || e->sent_start > e->verb_start ||
        e->verb_end > e->sent_end || e->sent_end > doc->text_len ||
        (e->target.code && (e->target.start > e->target.end || e->target.end > doc->text_len)))
        r->bad++;
    if (r->total > 1 && e->sentence < r->last_sentence)
        r->out_of_order++;
    r->last_sentence = e->sentence;
    if (r->n < MAXEV) {
        ev_rec *x = &r->ev[r->n++];
        memset(x, 0, sizeof *x);
        x->sentence = e->sentence;
        snprintf(x->src, sizeof x->src, "%s", e->source.code ? e->source.code : "");
        x->has_tgt = e->target.code != NULL;
        snprintf(x->tgt, sizeof x->tgt, "%s", e->target.code ? e->target.code : "");
        x->src_start = e->source.start;
        x->src_end = e->source.end;
        x->tgt_start = e->target.start;
        x->tgt_end = e->target.end;
        x->verb_start = e->verb_start;
        x->verb_end = e->verb_end;
        snprintf(x->cameo, sizeof x->cameo, "%s", e->cameo ? e->cameo : "");
        memcpy(x->root, e->root, sizeof x->root);
        x->quad = e->quad;
        x->goldstein = e->goldstein;
        x->has_plover = e->plover != NULL;
        snprintf(x->plover, sizeof x->plover, "%s", e->plover ? e->plover : "");
        x->flags = e->flags;
    }
    return r->stop_at > 0 && r->total >= r->stop_at;
}

/* ---- dictionaries, built once for the whole group --------------------- */

static tac_dict *g_news;       /* world.txt + verbs.txt, news mode */
static tac_dict *g_tabari;     /* tabari.* files, tabari_compat = 1 */
static tac_dict *g_tabnews;    /* the same files in news mode, for contrast */
static int g_diag_problems;

static void on_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    (void)ud;
    if (severity >= TAC_DIAG_WARNING) {
        g_diag_problems++;
        fprintf(stderr, "dictionary problem: %s:%ld: %s\n", where ? where : "?", line, msg);
    }
}

static tac_dict *build(const char *const *files, const tac_dict_format *fmts, int n, const tac_options *opt)
{
    tac_builder *b = tac_builder_new(on_diag, NULL);
    tac_dict *d = NULL;
    if (!b)
        return NULL;
    tac_builder_set_options(b, opt);
    for (int i = 0; i < n; i++)
        if (tac_builder_add_file(b, files[i], fmts[i]) != TAC_OK) {
            tac_builder_free(b);
            return NULL;
        }
    if (tac_builder_build(b, &d) != TAC_OK)
        d = NULL;
    tac_builder_free(b);
    return d;
}

static const char *const TAB_FILES[] = { UNIT_DATA "tabari.actors", UNIT_DATA "tabari.verbs",
                                         UNIT_DATA "tabari.agents" };
static const tac_dict_format TAB_FMTS[] = { TAC_FMT_TABARI_ACTORS, TAC_FMT_TABARI_VERBS, TAC_FMT_TABARI_AGENTS };

static int setup_dicts(void **state)
{
    (void)state;
    static const char *const news[] = { UNIT_DATA "world.txt", UNIT_DATA "verbs.txt" };
    static const tac_dict_format newsf[] = { TAC_FMT_TACITUS, TAC_FMT_TACITUS };
    const tac_options plain = { 0 }, tabari = { .tabari_compat = 1 };
    g_news = build(news, newsf, 2, &plain);
    g_tabari = build(TAB_FILES, TAB_FMTS, 3, &tabari);
    g_tabnews = build(TAB_FILES, TAB_FMTS, 3, &plain);
    return g_news && g_tabari && g_tabnews ? 0 : -1;
}

static int teardown_dicts(void **state)
{
    (void)state;
    tac_dict_free(g_news);
    tac_dict_free(g_tabari);
    tac_dict_free(g_tabnews);
    return 0;
}

/* Codes len bytes of text as one document; returns tac_code's result. */
static int code_with(const tac_dict *d, const char *text, size_t len, recorder *r)
{
    long stop = r->stop_at;
    memset(r, 0, sizeof *r);
    r->stop_at = stop;
    tac_ctx *c = tac_ctx_new();
    assert_non_null(c);
    tac_doc doc = { .id = "t", .id_len = 1, .date = 20220115, .text = text, .text_len = len };
    int rc = tac_code(d, c, &doc, on_event, r);
    tac_ctx_free(c);
    assert_int_equal(r->bad, 0);
    assert_int_equal(r->out_of_order, 0);
    return rc;
}

/* Codes text in news mode; it must succeed. */
static void code(const char *text, recorder *r)
{
    r->stop_at = 0;
    assert_int_equal(code_with(g_news, text, strlen(text), r), TAC_OK);
}

static void code_tab(const tac_dict *d, const char *text, recorder *r)
{
    r->stop_at = 0;
    assert_int_equal(code_with(d, text, strlen(text), r), TAC_OK);
}

/* The event src -> tgt (NULL: no target) with the given code, or NULL. */
static const ev_rec *find_ev(const recorder *r, const char *src, const char *tgt, const char *cameo)
{
    for (int i = 0; i < r->n; i++) {
        const ev_rec *e = &r->ev[i];
        if (strcmp(e->src, src) != 0 || strcmp(e->cameo, cameo) != 0)
            continue;
        if (tgt ? (e->has_tgt && strcmp(e->tgt, tgt) == 0) : !e->has_tgt)
            return e;
    }
    return NULL;
}

static void dump(const recorder *r)
{
    for (int i = 0; i < r->n; i++)
        fprintf(stderr, "  got: s%d %s -> %s %s flags %#x\n", r->ev[i].sentence, r->ev[i].src,
                r->ev[i].has_tgt ? r->ev[i].tgt : "(none)", r->ev[i].cameo, r->ev[i].flags);
}

/* Fails unless the event exists; returns it. */
static const ev_rec *want(const recorder *r, const char *src, const char *tgt, const char *cameo)
{
    const ev_rec *e = find_ev(r, src, tgt, cameo);
    if (!e) {
        dump(r);
        fail_msg("missing event %s -> %s %s", src, tgt ? tgt : "(none)", cameo);
    }
    return e;
}

/* The number of events with the given code. */
static int count_code(const recorder *r, const char *cameo)
{
    int n = 0;
    for (int i = 0; i < r->n; i++)
        n += strcmp(r->ev[i].cameo, cameo) == 0;
    return n;
}

static void want_count(const recorder *r, long n)
{
    if (r->total != n) {
        dump(r);
        fail_msg("%ld events, expected %ld", r->total, n);
    }
}

static void assert_span(const char *text, uint32_t start, uint32_t end, const char *expect)
{
    assert_true(end >= start);
    size_t n = end - start;
    if (n != strlen(expect) || memcmp(text + start, expect, n) != 0)
        fail_msg("span [%u,%u) is '%.*s', expected '%s'", start, end, (int)n, text + start, expect);
}

/* ---- news mode: roles ------------------------------------------------ */

/* The test dictionaries load without a single warning. */
static void test_dictionaries_load_cleanly(void **state)
{
    (void)state;
    assert_int_equal(g_diag_problems, 0);
    tac_dict_stats st;
    tac_dict_get_stats(g_news, &st);
    assert_int_equal(st.verbs, 37);
    assert_true(st.patterns >= 4);
    assert_true(st.synsets >= 1);
}

/* The source is the actor before the verb, the target the one after it. */
static void test_subject_object(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ostrania condemned Valdoria on Sunday.";
    code(t, &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "OST", "VAL", "111");
    assert_span(t, e->src_start, e->src_end, "Ostrania");
    assert_span(t, e->tgt_start, e->tgt_end, "Valdoria");
    assert_span(t, e->verb_start, e->verb_end, "condemned");
    assert_int_equal(e->flags, 0);
    code("Valdoria condemned Ostrania on Sunday.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* "X condemned A and promised aid to B": two events, both with source X. */
static void test_two_verbs_share_subject(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Kessland and promised aid to Ostrania.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "KES", "111");
    want(&r, "VAL", "OST", "030");
}

/* "X condemned A and promised B support" / "and attacked B": the second
 * verb follows "and" directly and its object comes right after it. */
static void test_two_verbs_share_subject_adjacent_object(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania and attacked Kessland.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "111");
    want(&r, "VAL", "KES", "190");
    code("Valdoria condemned Ostrania and promised Kessland support.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "111");
    want(&r, "VAL", "KES", "030");
}

/* A plural or -ing form right after a verb is its object, not a second
 * verb: "condemned strikes", "rejected funding for", "condemned fresh air
 * strikes"; an -ing form with an object of its own stays a verb. */
static void test_object_noun_after_verb(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned strikes on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria rejected funding for Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "120");
    /* a plural may have two plain modifiers */
    code("Valdoria condemned fresh air strikes on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* A verb whose code comes from its object's words ("launch" an attack,
 * talks) has them before it in a passive: "an attack was launched by"
 * is coded as "launched an attack". */
static void test_passive_object_words(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria launched an attack.", &r);
    want(&r, "VAL", NULL, "190");
    code("An attack was launched by Valdoria.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", NULL, "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE);
    /* with auxiliaries, and words of the pattern's set */
    code("A new offensive was launched by Valdoria.", &r);
    want(&r, "VAL", NULL, "190");
    code("Peace talks have been launched by Valdoria.", &r);
    want(&r, "VAL", NULL, "046");
    /* the owner of the words is the target when the doer is named (in
       test_passive_by: "The Ostranian offer was rejected by Valdoria");
       with no doer named an owner may be the doer: no target, and so no
       event, unless the verb has a code of its own ("reject"), as the
       passive of such a verb always had its subject as target */
    code("The Ostranian offensive was launched.", &r);
    want_count(&r, 0);
    code("The Ostranian offer was rejected.", &r);
    want_count(&r, 1);
    want(&r, "", "OST", "125");
    /* words that name an actor keep it as the target, as the object of
       the active does ("Valdoria deployed Ostranian troops") */
    code("Ostranian troops were deployed by Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OSTMIL", "154");
    code("Ostranian troops were deployed.", &r);
    want(&r, "", "OSTMIL", "154");
    /* an infinitive's passive: intended, its subject before the "be"
       that comes before it, or its words */
    code("Valdoria is expected to be attacked by Ostrania.", &r);
    want_count(&r, 1);
    e = want(&r, "OST", "VAL", "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE | TAC_EV_HYPOTHETICAL);
    code("Ostrania is to be attacked by Valdoria.", &r);
    want(&r, "VAL", "OST", "190");
    code("Peace talks are to be launched by Valdoria.", &r);
    e = want(&r, "VAL", NULL, "046");
    assert_int_equal(e->flags, TAC_EV_PASSIVE | TAC_EV_HYPOTHETICAL);
    /* "to" after the verb: words that name no actor are still what was
       done, their owner no doer; an actor named by them is its own
       country's, moved by it */
    code("The Ostranian offensive was launched to the north.", &r);
    want_count(&r, 0);
    code("Valdorian troops were deployed to Ostrania.", &r);
    want(&r, "VALMIL", "OST", "154");
    /* where it went or came from may come before the doer */
    code("An attack was launched from Ostrania by Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
    /* a participle right after its noun, with its doer after "by" */
    code("The offensive launched by Valdoria failed.", &r);
    want_count(&r, 1);
    e = want(&r, "VAL", NULL, "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE);
    /* but not when the noun is an earlier verb's object: what Ostrania
       condemns is Valdoria's */
    code("Ostrania condemned the offensive launched by Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "OST", "VAL", "111");
    /* the words must end the subject: not a word further back, nor an
       actor they do not name */
    code("An attack on the day Ostrania was launched by Valdoria.", &r);
    want_count(&r, 0);
    code("Ostrania was launched by Valdoria.", &r);
    want_count(&r, 0);
}

/* "was rejected by X": X is the source, the subject the target; the event
 * is flagged passive. */
static void test_passive_by(void **state)
{
    (void)state;
    recorder r;
    /* (the subject completes the pattern "reject * offer" as the object
       does in "Valdoria rejected the Ostranian offer": 125) */
    code("The Ostranian offer was rejected by Valdoria.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OST", "125");
    assert_int_equal(e->flags, TAC_EV_PASSIVE);
    code("The Ostranian plan was rejected by Valdoria.", &r);
    want(&r, "VAL", "OST", "1211");
    code("The Ostranian demand was rejected by Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "120");
    code("Ostrania was attacked by Valdoria on Friday.", &r);
    want_count(&r, 1);
    e = want(&r, "VAL", "OST", "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE);
    /* negation survives the swap */
    code("Ostrania was not attacked by Valdoria.", &r);
    e = want(&r, "VAL", "OST", "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE | TAC_EV_NEGATED);
    /* no agent named: the subject was acted on, and who did it is not
       said: the event has it as its target and no source (not "Valdorian
       troops attacked Ostrania"); a state of the subject is not a
       passive */
    code("Valdorian troops were attacked in Ostrania.", &r);
    want_count(&r, 1);
    e = want(&r, "", "VALMIL", "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE);
    code("Valdoria is committed to ending the blockade of Ostrania.", &r);
    want(&r, "VAL", "OST", "087");
    /* "by the": an article before the agent */
    code("Ostrania was attacked by the Valdorian troops.", &r);
    want_count(&r, 1);
    e = want(&r, "VALMIL", "OST", "190");
    assert_int_equal(e->flags, TAC_EV_PASSIVE);
}

/* A verb of aspect right before another verb's form in -ing leaves the
 * act to that verb: "continued shelling", not "continue" with the aid or
 * fighting its patterns would reach; after "to" it is intended. */
static void test_aspect_before_ing(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria continued shelling Ostrania despite the aid.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OST", "194");
    assert_int_equal(e->flags, 0);
    code("Valdoria resumed attacking Ostrania.", &r);
    want(&r, "VAL", "OST", "190");
    code("Valdoria is determined to continue attacking Ostrania.", &r);
    e = want(&r, "VAL", "OST", "190");
    assert_int_equal(e->flags, TAC_EV_HYPOTHETICAL);
    /* its own patterns still hold where no verb follows */
    code("Valdoria continued aid to Ostrania.", &r);
    want(&r, "VAL", "OST", "070");
}

/* An infinitive joined by "and" or "but also" to one before it shares
 * its subject, and no pattern of the verb before reaches into it; "not
 * only" negates nothing. */
static void test_joined_infinitive(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria pledged to attack Ostrania and to provide funds to Kessland.", &r);
    want(&r, "VAL", "OST", "1384");
    want(&r, "VAL", "KES", "070");
    assert_null(find_ev(&r, "OST", "KES", "070"));
    code("Valdoria not only condemned Ostrania but also attacked Kessland.", &r);
    const ev_rec *e = want(&r, "VAL", "OST", "111");
    assert_int_equal(e->flags, 0);
    e = want(&r, "VAL", "KES", "190");
    assert_int_equal(e->flags, 0);
}

/* What follows "after" or "before" is when, not whom: the object search
 * stops there. */
static void test_after_is_no_object(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria expelled two journalists after talks with Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "174");
    code("Valdoria expelled two journalists before the visit of Ostrania's envoy.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "174");
}

/* A reduced passive: "the sanctions imposed by X" makes X the source. */
static void test_reduced_passive(void **state)
{
    (void)state;
    recorder r;
    code("The sanctions imposed by Ostrania hurt Kessland.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "OST", NULL, "163");
    assert_true(e->flags & TAC_EV_PASSIVE);
    /* an active "imposed" is no passive */
    code("Ostrania imposed sanctions on Kessland.", &r);
    e = want(&r, "OST", "KES", "163");
    assert_false(e->flags & TAC_EV_PASSIVE);
}

/* "did not reject", "never attacked": the negated flag, nothing else. */
static void test_negation(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria did not reject the Ostranian offer.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OST", "125");
    assert_int_equal(e->flags, TAC_EV_NEGATED);
    code("Valdoria never attacked Ostrania.", &r);
    e = want(&r, "VAL", "OST", "190");
    assert_int_equal(e->flags, TAC_EV_NEGATED);
    code("Valdoria rejected the Ostranian offer.", &r);
    e = want(&r, "VAL", "OST", "125");
    assert_int_equal(e->flags, 0);
    /* what is done "without" is not done */
    code("Valdoria withdrew from the talks without negotiating with Ostrania.", &r);
    assert_int_equal(want(&r, "VAL", "OST", "046")->flags, TAC_EV_NEGATED);
    assert_false(want(&r, "VAL", NULL, "087")->flags & TAC_EV_NEGATED);
}

/* "would" is hypothetical, "will" future; "will not" both future and
 * negated.  An announced act is coded as CAMEO codes intentions: "will
 * attack" is a threat of conventional attack (1384). */
static void test_modality(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria would attack Ostrania.", &r);
    assert_int_equal(want(&r, "VAL", "OST", "190")->flags, TAC_EV_HYPOTHETICAL);
    code("Valdoria could attack Ostrania.", &r);
    assert_int_equal(want(&r, "VAL", "OST", "190")->flags, TAC_EV_HYPOTHETICAL);
    code("Valdoria will attack Ostrania.", &r);
    assert_int_equal(want(&r, "VAL", "OST", "1384")->flags, TAC_EV_FUTURE);
    code("Valdoria will not attack Ostrania.", &r);
    assert_int_equal(want(&r, "VAL", "OST", "190")->flags, TAC_EV_FUTURE | TAC_EV_NEGATED);
    /* an oath is an announced act too */
    code("Valdoria swore to attack Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "1384");
}

/* An obligation ("must") has not happened either; nor has what a plan
 * includes or a party proposes ("proposes attacking"), while a
 * progressive after such a word ("suggest X is attacking") is reported
 * as happening. */
static void test_obligation_and_plan_hypothetical(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria must attack Ostrania.", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_HYPOTHETICAL);
    code("Valdoria proposes attacking Ostrania.", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_HYPOTHETICAL);
    code("Valdoria is considering attacking Ostrania.", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_HYPOTHETICAL);
    code("Valdoria attacked Ostrania.", &r);
    assert_false(want(&r, "VAL", "OST", "190")->flags & TAC_EV_HYPOTHETICAL);
    code("Reports suggest Valdoria is attacking Ostrania.", &r);
    assert_false(want(&r, "VAL", "OST", "190")->flags & TAC_EV_HYPOTHETICAL);
}

/* An infinitive ("vowed to end") is an intention: flagged hypothetical,
 * and coded as the intent to do it (087 de-escalate -> 0356). */
static void test_infinitive_hypothetical(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria vowed to end the blockade of Ostrania.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OST", "0356");
    assert_true(e->flags & TAC_EV_HYPOTHETICAL);
    assert_false(e->flags & TAC_EV_NEGATED);
}

/* A conditional "if" clause is hypothetical too (tacitus.h lists "if");
 * beside an event of its own sentence it is background, not coded. */
static void test_conditional_if_hypothetical(void **state)
{
    (void)state;
    recorder r;
    code("If Valdoria attacks Ostrania, there will be war.", &r);
    const ev_rec *e = want(&r, "VAL", "OST", "190");
    assert_true(e->flags & TAC_EV_HYPOTHETICAL);
    code("If Valdoria attacks Ostrania, Kessland will condemn the move.", &r);
    want_count(&r, 1);
    want(&r, "KES", NULL, "111");
}

/* "X said that Y rejected Z": Y -> Z flagged reported; X's plain
 * statement only attributes it and is not an event of its own. */
static void test_reported_speech(void **state)
{
    (void)state;
    recorder r;
    code("Kessland said that Valdoria had rejected talks with Ostrania.", &r);
    want_count(&r, 1);
    const ev_rec *rej = want(&r, "VAL", "OST", "120");
    assert_true(rej->flags & TAC_EV_REPORTED);
    /* without "that" */
    code("Ostrania said Valdoria attacked Kessland.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", "KES", "190")->flags & TAC_EV_REPORTED);
    /* a quotation after a colon */
    code("Kessland said: \"Valdoria attacked Ostrania.\"", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
    /* hearsay without a speaker: "reportedly", "allegedly" */
    code("Valdoria reportedly attacked Ostrania.", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
    code("Valdoria attacked Ostrania.", &r);
    assert_false(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
}

/* An attribution after the reported clause ("..., X said") reports it as
 * well. */
static void test_reported_speech_trailing_attribution(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria had rejected the plan, Kessland said.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", NULL, "1211")->flags & TAC_EV_REPORTED);
    /* a speaker that is no actor reports the clause too, and the
       statement takes no actor from it */
    code("Valdoria attacked Ostrania, diplomatic sources said.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
    code("Kessland had been neutral, several analysts said.", &r);
    want_count(&r, 0);
    /* not an attribution: ", but declined" */
    code("Kessland condemned Valdoria, but declined to comment.", &r);
    assert_false(want(&r, "KES", "VAL", "111")->flags & TAC_EV_REPORTED);
}

/* A quotation followed by its attribution: '"...," said X' and
 * '"...," X said'.  The speaker is the statement's source (never an actor
 * inside the quote), the statement has no target and no modality from
 * the quote, and what the quote says is reported. */
static void test_quote_then_speaker(void **state)
{
    (void)state;
    recorder r;
    code("\"Valdoria attacked Ostrania,\" said Kessland.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
    code("\"Valdoria attacked Ostrania,\" Kessland said.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
    /* curly quotes, and a statement with nothing specific inside */
    code("\xE2\x80\x9CValdoria will not be a partner,\xE2\x80\x9D said Kessland.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "KES", NULL, "010");
    assert_false(e->flags & (TAC_EV_NEGATED | TAC_EV_FUTURE));
    /* a speaker that is no actor: no statement at all, rather than one
       by an actor the quote names */
    code("\"Valdoria will not be a partner,\" said the novelist.", &r);
    want_count(&r, 0);
    /* a word in quotes before a verb is not a quotation */
    code("Kessland \"firmly\" condemned Valdoria.", &r);
    want(&r, "KES", "VAL", "111");
}

/* The attribution after a comma with its verb first: ", said X" is X's
 * statement (no target), and the clause before it is reported; a speaker
 * that is no actor makes no statement.  Not when what follows the verb is
 * a clause of its own, nor when the subject is set off by commas before
 * it, nor after an auxiliary-less "in a statement". */
static void test_inverted_attribution(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria has attacked Ostrania, said Kessland.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_REPORTED);
    /* (before: Valdoria's statement, with Kessland its target) */
    code("Valdoria is not a partner, said Kessland.", &r);
    want_count(&r, 1);
    want(&r, "KES", NULL, "010");
    code("Valdoria is not a partner, say the Kessland officials.", &r);
    want_count(&r, 1);
    want(&r, "KESGOV", NULL, "010");
    code("Valdoria is not a partner, said a spokesman.", &r);
    want_count(&r, 0);
    /* a clause after the verb: the speaker came before the comma */
    code("Kessland, however, said Valdoria would not be a partner.", &r);
    want_count(&r, 1);
    assert_string_equal(r.ev[0].src, "KES");
    assert_string_equal(r.ev[0].cameo, "010");
    /* a subject set off by commas, with no verb before them */
    code("Jan Brecht, an adviser, said talks with Ostrania would resume.", &r);
    assert_null(find_ev(&r, "OST", NULL, "010"));
    code("Valdoria, the neighbour of Kessland, said in a statement that it would talk.", &r);
    want(&r, "VAL", NULL, "010");
    /* a speaker that is no actor, with the verb's auxiliary after it */
    code("Valdoria was neutral, a witness has claimed.", &r);
    want_count(&r, 0);
}

/* A participle in -ed between a verb and its object is an adjective:
 * "expelled detained Valdorian diplomats" expels them, no one detains
 * them here; after an auxiliary it is the verb ("has detained"). */
static void test_participle_adjective(void **state)
{
    (void)state;
    recorder r;
    code("Kessland expelled detained Valdorian diplomats.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "174");
    code("Ostrania has detained Valdorian soldiers.", &r);
    want(&r, "OST", "VALMIL", "173");
    /* set off by commas, after an adverb: what was done to the actor */
    code("The Valdorian leader, now imprisoned in Kessland, condemned Ostrania.", &r);
    assert_true(want(&r, "", "VAL", "173")->flags & TAC_EV_PASSIVE);
    want(&r, "VAL", "OST", "111");
}

/* A plural noun that opens its clause right before the verb is the
 * verb's own subject: "..., and analysts said" is no statement of the
 * actor before it.  But "Kessland and analysts said" keeps the actor, as
 * does a verb in -s before a form in -ing. */
static void test_bare_plural_subject(void **state)
{
    (void)state;
    recorder r;
    code("Kessland has set growth as its priority, and analysts said the talks would fail.", &r);
    want_count(&r, 0);
    /* without a subject of its own, the verb shares the one before */
    code("Kessland has set growth as its priority, and said the talks would fail.", &r);
    want_count(&r, 1);
    want(&r, "KES", NULL, "010");
    /* a subject with an actor in it */
    code("Kessland and analysts said the talks would fail.", &r);
    want_count(&r, 1);
    want(&r, "KES", NULL, "010");
}

/* Source and target with one code: two different names are both kept
 * ("Marren condemned Keller", two VALGOV people); one actor under two
 * names, or a pronoun for it, keeps the event without the target. */
static void test_same_code_roles(void **state)
{
    (void)state;
    recorder r;
    code("Marren condemned Keller.", &r);
    want_count(&r, 1);
    want(&r, "VALGOV", "VALGOV", "111");
    code("Valdoria condemned Brenvik.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    /* two different roles of no known country: both kept */
    code("The minister condemned the president.", &r);
    want_count(&r, 1);
    want(&r, "GOV", "GOV", "111");
    /* both targets dropped as the source itself: the same untargeted
       event once, not once per target */
    code("Valdoria condemned Valdoria and Brenvik.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
}

/* A non-verb phrase ("attack missiles") may run into a mention (the
 * missiles are an agent here): the verb reading is gone. */
static void test_nonverb_into_mention(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria bought attack missiles from Ostrania.", &r);
    want_count(&r, 0);
}

/* A weapon without its owner is a thing, not a target ("demanded
 * missiles"); with a country it is that country's military. */
static void test_lone_weapon_not_target(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria demanded missiles.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "100");
    code("Ostranian missiles attacked Valdoria.", &r);
    want(&r, "OSTMIL", "VAL", "190");
    /* the object search passes over it to the place attacked */
    code("Valdoria attacked a base in Ostrania with missiles.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
}

/* A verb form in -s right after a preposition or subordinator is a noun:
 * "after attacks on" has no event of attacking.  Right after a
 * preposition other than "to", any form but one in -ing is a noun: "in
 * exile", "under attack from", "on strike", "with boycott organisers". */
static void test_noun_after_subordinator(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania after attacks on Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria attacks Kessland.", &r);
    want(&r, "VAL", "KES", "190");
    code("Valdoria troops came under attack from Kessland.", &r);
    want_count(&r, 0);
    code("Ostranian workers in Valdoria remain on strike.", &r);
    want_count(&r, 0);
    code("Valdoria leaders met with boycott organisers from Ostrania.", &r);
    want_count(&r, 0);
    /* the infinitive after "to" stays a verb */
    code("Valdoria sent troops to attack Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", "KES", "190");
}

/* A form in -s that opens the clause a verb of saying reports, with
 * "that" or without, has no subject before it, so it is a noun: "said
 * strikes took place", "says demands for ... are unrealistic".  With its
 * subject named it stays a verb. */
static void test_noun_after_saying(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria said strikes took place in Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "010");
    code("Valdoria said that attacks on Ostrania were rising.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "010");
    code("Valdoria says demands from Ostrania are unrealistic.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "010");
    code("Valdoria said Kessland attacks Ostrania.", &r);
    want(&r, "KES", "OST", "190");
    /* the place a statement is made from is no target */
    code("Valdoria said from Ostrania that the talks would go on.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "010");
}

/* After "a" or "an" and a mention, a base form is a noun: it cannot
 * agree with a subject brought in by "a" ("an army patrol", "a rebel
 * demand").  Acts of violence and protest keep their reading with the
 * doer before them ("a rebel boycott hurt"). */
static void test_base_form_after_indefinite_mention(void **state)
{
    (void)state;
    recorder r;
    code("A rebel demand surprised Valdoria.", &r);
    want_count(&r, 0);
    code("Valdoria set up a rebel fund for Ostrania.", &r);
    want_count(&r, 0);
    code("A rebel boycott hurt Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "VALREB", "VAL", "143");
    /* a form in -s agrees: "a rebel group demands" stays a verb */
    code("A rebel demands talks with Valdoria.", &r);
    want(&r, "VALREB", "VAL", "100");
}

/* A base or plural form right before a verb of saying in the past is
 * its subject: "the local press reported", "the talks said".  An
 * auxiliary there is not ("Valdoria has said"). */
static void test_noun_before_saying(void **state)
{
    (void)state;
    recorder r;
    code("The Valdoria fund said Ostrania attacked Kessland.", &r);
    want_count(&r, 1);
    want(&r, "OST", "KES", "190");
    code("Valdorian rebel demands reported by Ostrania were rejected.", &r);
    want_count(&r, 1);
    want(&r, "", "VALREB", "120");
    code("Valdoria has said that Ostrania attacked Kessland.", &r);
    want_count(&r, 1);
    want(&r, "OST", "KES", "190");
}

/* A word like "after" opens a clause whose subject may follow an
 * article: "two days after the Ostranian rebels demanded" has the rebels
 * demanding, not the speaker.  Only with a past or an auxiliary right
 * after the actor, which may otherwise modify a noun ("after the
 * Ostrania attack"). */
static void test_subject_after_subordinator_and_article(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria may withdraw, the minister said on Monday, two days after the Ostranian rebels demanded talks.", &r);
    want(&r, "OSTREB", NULL, "100");
    if (find_ev(&r, "VALGOV", NULL, "100"))
        fail_msg("the speaker made the demand");
}

/* A participle of a verb that cannot go without its object ("killed",
 * "expelled") with none after it: the end of the sentence, a list of
 * counts, or a preposition that no count follows.  The actor before it
 * is what was done to ("Two Palestinians killed in Israeli raid"), not
 * the doer; "expelled at least 10" keeps its doer. */
static void test_bare_participle_is_passive(void **state)
{
    (void)state;
    recorder r;
    code("Ten Ostranian rebels expelled from Valdoria arrived in Kessland.", &r);
    want_count(&r, 1);
    want(&r, "", "OSTREB", "174");
    code("Twenty Ostranian rebels expelled, and 30 Kessland rebels expelled.", &r);
    want_count(&r, 2);
    want(&r, "", "OSTREB", "174");
    want(&r, "", "KESREB", "174");
    code("Valdoria expelled at least 10 Ostranian rebels.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OSTREB", "174");
}

/* A plain or plural act noun right before "by" and an actor is that
 * actor's act, with no article needed: "fears attack by Ostrania" is
 * Ostrania attacking, not Kessland. */
static void test_act_noun_by_without_article(void **state)
{
    (void)state;
    recorder r;
    code("Kessland fears attack by Ostrania.", &r);
    want(&r, "OST", NULL, "190");
    if (find_ev(&r, "KES", "OST", "190"))
        fail_msg("the one who fears the attack made it");
}

/* A plural or base form right before an auxiliary heads a subject: "the
 * boycott will end" has no event of boycotting, "fears will grow" none of
 * fearing.  After a pronoun or a relative word the form is the verb whose
 * clause lost its subject ("which it fears will attack"). */
static void test_noun_before_auxiliary(void **state)
{
    (void)state;
    recorder r;
    code("The Valdoria boycott will end soon.", &r);
    assert_null(find_ev(&r, "VAL", NULL, "143"));
    code("Valdoria worries could grow, Kessland said.", &r);
    assert_null(find_ev(&r, "VAL", NULL, "012"));
    code("Valdoria fears will grow.", &r);
    want_count(&r, 0);
    code("Valdoria condemned Ostrania, which it fears will attack Kessland.", &r);
    want(&r, "VAL", "OST", "111");
    want(&r, "OST", "KES", "1384");
    /* a form in -ing too: "funding has grown" is a noun */
    code("Valdoria said funding has grown in Ostrania.", &r);
    assert_null(find_ev(&r, "VAL", "OST", "071"));
    want(&r, "VAL", NULL, "010");
}

/* "will not withdraw": an announced refusal is a rejection (1246, refuse
 * to de-escalate), not a negated act; a past negation stays negated. */
static void test_refusal(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria will not withdraw from Ostrania.", &r);
    want_count(&r, 1);
    assert_false(want(&r, "VAL", "OST", "1246")->flags & TAC_EV_NEGATED);
    code("Valdoria did not withdraw from Ostrania.", &r);
    want_count(&r, 1);
    assert_true(want(&r, "VAL", "OST", "087")->flags & TAC_EV_NEGATED);
}

/* "X said that it will ...": the pronoun subject of the reported clause is
 * the speaker. */
static void test_pronoun_subject_after_that(void **state)
{
    (void)state;
    recorder r;
    code("Kessland said that it will condemn Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "111");
    /* a reported "would not" announces a refusal too */
    code("Kessland said that they would not withdraw from Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "KES", "OST", "1246");
}

/* The source's own troops are not its target, and a place is the target
 * of most acts when no actor is named; statements and meetings keep the
 * place as their venue. */
/* "X-based", "X-led": where an agent is from or who leads it, as a
 * country adjective says it; a name matched only in capitals only when
 * written so */
static void test_based_in(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria-based troops attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", "OST", "190");
    code("Valdoria-led troops attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", "OST", "190");
    code("UP-led troops attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "UPRMIL", "OST", "190");
    code("The up-led troops attacked Ostrania.", &r);
    want_count(&r, 1);
    assert_true(strncmp(r.ev[0].src, "UPR", 3) != 0);
}

static void test_own_forces_and_places(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria withdrew its troops from a base in Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "087");
    code("Valdoria imposed a blockade in Ostrania.", &r);
    want(&r, "VAL", "OST", "163");
    code("Kessland negotiated in Ostrania.", &r);
    want(&r, "KES", NULL, "046");
    /* an alliance's own forces too */
    code("The Northern Compact withdrew its troops from Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "IGONCP", "OST", "087");
    /* troops of the source's country named as such are moved too; in an
       act that moves no troops they are its target */
    code("Valdoria withdrew Valdorian troops from Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "087");
    code("Valdoria condemned Valdorian troops.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "VALMIL", "111");
}

/* Announced acts are intentions: a threatened boycott is a threat of
 * dissent (133); "announced that it will ... curfew" is a threatened
 * curfew (1323), while "announced a curfew" imposes one. */
static void test_announced_threats(void **state)
{
    (void)state;
    recorder r;
    code("Kessland said they would boycott Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "133");
    code("Kessland announced that it will extend the curfew in Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "1323");
    code("Kessland announced a curfew in Valdoria.", &r);
    want(&r, "KES", "VAL", "1723");
    code("Kessland announced that it is prepared to impose a curfew in Valdoria.", &r);
    want(&r, "KES", "VAL", "1323");
    code("Kessland said on Monday it would boycott Valdoria.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "133");
}

/* A pattern word matches the head of an actor as well as its last word:
 * "expelled the ambassador of Kessland". */
static void test_pattern_word_on_mention_head(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria expelled the ambassador of Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "KESDIP", "161");
    code("Valdoria expelled Kesslandic ambassador.", &r);
    want(&r, "VAL", "KESDIP", "161");
    /* the head noun inside a longer mention: "Kessland ambassador
       Kowal" (neither its first nor its last word) */
    code("Valdoria expelled Kessland ambassador Kowal.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "KESDIP", "161");
}

/* "its troops in Ostrania" are the source's troops stationed there. */
static void test_possessive_forces_in_place(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria withdrew its troops in Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "087");
    /* an "amid" phrase is a circumstance: its actors are no target */
    code("Valdoria withdrew its troops in Ostrania amid tension with Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "087");
}

/* A headline in title case: its capitals do not make the verb a name. */
static void test_title_case_headline(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria Condemns Ostrania Over Border Incident", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* "X on Monday rejected claims by Y": the verb has its own subject; the
 * "by" phrase belongs to the object, not to a passive. */
static void test_by_phrase_of_object(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria on Monday condemned claims by Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria strongly condemned claims by Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* "decided to withdraw" reports a decision taken, coded as the act;
 * "promised to withdraw" announces an intention. */
static void test_decided_is_the_act(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria decided to withdraw from Ostrania.", &r);
    want(&r, "VAL", "OST", "087");
    code("Valdoria is ready to withdraw from Ostrania.", &r);
    want(&r, "VAL", "OST", "0356");
}

/* A verb joined by "and" to an earlier one shares that verb's subject,
 * also when it is no actor: "The report condemned Ostrania and accused
 * Valdoria" has no source for either act, rather than Ostrania (the
 * first verb's object) accusing Valdoria. */
static void test_joined_verb_shares_no_subject(void **state)
{
    (void)state;
    recorder r;
    code("The report condemned Ostrania and accused Valdoria.", &r);
    want_count(&r, 0);
    code("Kessland condemned Ostrania and accused Valdoria.", &r);
    want_count(&r, 2);
    want(&r, "KES", "OST", "111");
    want(&r, "KES", "VAL", "112");
}

/* A compound that negotiates (meets, signs, cooperates) with no one else
 * named does it among its members; a compound that condemns does not. */
static void test_compound_acts_with_itself(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria and Ostrania negotiated on Sunday.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "046");
    want(&r, "OST", "VAL", "046");
    code("Valdoria, Kessland and Ostrania negotiated on Sunday.", &r);
    want_count(&r, 6);
    want(&r, "KES", "OST", "046");
    want(&r, "OST", "KES", "046");
    code("Valdoria and Ostrania negotiated with Kessland.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "KES", "046");
    want(&r, "OST", "KES", "046");
    code("Valdoria and Ostrania condemned the attack.", &r);
    want_count(&r, 2);
    want(&r, "VAL", NULL, "111");
    want(&r, "OST", NULL, "111");
}

/* The subject of a statement in the passive with no speaker named is
 * what was said, not a party: no event.  With a speaker named the
 * subject is the one spoken to. */
static void test_passive_statement(void **state)
{
    (void)state;
    recorder r;
    code("The Valdorian plan was announced on Sunday.", &r);
    want_count(&r, 0);
    code("Valdoria was announced as the winner on Sunday.", &r);
    want_count(&r, 0);
    code("Valdoria was told by Ostrania on Sunday.", &r);
    want_count(&r, 1);
    want(&r, "OST", "VAL", "010");
    code("Valdoria was attacked on Sunday.", &r);   /* other acts keep their target */
    want_count(&r, 1);
    want(&r, "", "VAL", "190");
}

/* "Mr Smith said": a person no dictionary knows, named with a title right
 * before the verb, is its subject; no actor from earlier in the sentence
 * stands in.  One of a list or named after a description is not. */
static void test_titled_stranger_is_subject(void **state)
{
    (void)state;
    recorder r;
    code("As Valdoria watched, Mr Smith condemned Ostrania.", &r);
    want_count(&r, 0);
    code("Valdoria's envoy, Mr Smith, condemned Ostrania.", &r);
    want(&r, "VAL", "OST", "111");
    code("Valdoria and Mr Smith condemned Ostrania.", &r);
    want(&r, "VAL", "OST", "111");
}

/* "was urged to": the subject is the one appealed to, the target of a
 * passive with no source, not the one who urges. */
static void test_passive_appeal_with_to(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria was urged to negotiate with Ostrania.", &r);
    want(&r, "", "VAL", "020");
    for (int i = 0; i < r.n; i++)
        assert_string_not_equal(r.ev[i].src, "VAL");
}

/* A relative clause set off by commas before the verb: its antecedent is
 * the subject, never an actor inside it; an antecedent that is no actor
 * gives no subject, and "who is ..." says what the antecedent is. */
static void test_relative_clause_before_verb(void **state)
{
    (void)state;
    recorder r;
    code("The envoy, who met Valdoria in Kessland on Sunday, condemned Ostrania.", &r);
    for (int i = 0; i < r.n; i++)
        assert_string_not_equal(r.ev[i].cameo, "111");
    code("Kessland, which negotiated with Valdoria on Sunday, condemned Ostrania.", &r);
    want(&r, "KES", "OST", "111");
    /* an adverb in -ly between the clause and its verb */
    code("Valdoria, which met Kessland on Sunday, strongly condemned Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Mr Smith, 59, who is a Kesslandic official, condemned Ostrania.", &r);
    want(&r, "KESGOV", "OST", "111");
}

/* A single dash ends the object's clause; an aside between two dashes
 * is passed over; a hyphen in or at the end of a word is no dash. */
static void test_dash_aside(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned the talks - Ostrania was absent.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    code("Valdoria condemned the talks \xe2\x80\x94 Ostrania was absent.", &r);   /* an em dash */
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    code("Valdoria condemned the talks -- Ostrania was absent.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    code("Valdoria promised - after long talks with Kessland - aid to Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "030");
    code("Valdoria condemned the 40- year deal with Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* "the Kaltaban condemned": a group with a role is a subject, not a
 * modifier like "the Valdorian attack". */
static void test_group_name_in_an_is_subject(void **state)
{
    (void)state;
    recorder r;
    code("The Kaltaban condemned Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "KESREB", "OST", "111");
}

/* A fear or hope is about the subject of its clause: "worried that
 * Valdoria would ..." has Valdoria as its target. */
static void test_mood_statement_target(void **state)
{
    (void)state;
    recorder r;
    code("Kessland worried that Valdoria would leave the talks.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "012");
}

/* A statement's pattern stops at a reported clause with its own subject
 * and verb: the clause codes its own event. */
static void test_statement_pattern_stops_at_clause(void **state)
{
    (void)state;
    recorder r;
    code("Kessland announced that Valdoria had imposed a curfew.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "163");
}

/* "after" and "before" name a time, not a place to take as target. */
static void test_time_phrase_not_target(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria withdrew from the talks before Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "087");
}

/* A pronoun whose person is named earlier in the sentence: the event
 * points at the name. */
static void test_pronoun_source_points_at_name(void **state)
{
    (void)state;
    recorder r;
    code("Marren said she would condemn Ostrania.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VALGOV", "OST", "111");
    assert_int_equal(e->src_start, 0);
    assert_int_equal(e->src_end, 6);
}

/* An intention may be announced some words before its "to": "agreed on
 * Monday in principle to withdraw". */
static void test_intention_at_a_distance(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria agreed on Monday in principle to withdraw from Ostrania.", &r);
    want(&r, "VAL", "OST", "0356");
}

/* A visit's place is its target: "arrived in Ostrania". */
static void test_visit_place_target(void **state)
{
    (void)state;
    recorder r;
    code("Marren arrived in Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VALGOV", "OST", "042");
}

/* "troops attacked by Valdoria": a participle right after an actor with
 * "by" next is a passive. */
static void test_reduced_passive_after_actor(void **state)
{
    (void)state;
    recorder r;
    code("Ostranian troops attacked by Valdoria condemned Kessland.", &r);
    assert_true(want(&r, "VAL", "OSTMIL", "190")->flags & TAC_EV_PASSIVE);
}

/* A singular country adjective does not take a verb in its base form:
 * "Valdorian attack planning" is a noun phrase. */
static void test_base_form_after_country_adjective(void **state)
{
    (void)state;
    recorder r;
    code("Kessland condemned Valdorian attack planning.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "111");
}

/* "X, a country in Northern Y, condemned Z": the apposition describes X,
 * the subject. */
static void test_apposition_subject(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria, a small country in Northern Kessland, condemned Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    /* an actor inside the apposition describes the one before it, also
       for the verb of a clause the statement reports */
    code("Valdoria, a Kessland ally, said it would attack Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "1384");
}

/* A plain statement stays when it is the only event: the reported verb
 * has no code, or its event cannot be made (a source of no country), and
 * a specific statement ("condemned") is never dropped. */
static void test_statement_kept_alone(void **state)
{
    (void)state;
    recorder r;
    code("Kessland said that the plan had been rejected.", &r);
    want_count(&r, 1);
    want(&r, "KES", NULL, "010");
    code("Kessland said it condemned the attack on Ostrania.", &r);
    want(&r, "KES", "OST", "111");
    want_count(&r, 1);
}

/* "A, B and C attacked D": one event per member of the compound. */
static void test_compound_subject(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdoria, Kessland and Marovia attacked Ostrania.";
    code(t, &r);
    want_count(&r, 3);
    assert_span(t, want(&r, "VAL", "OST", "190")->src_start, want(&r, "VAL", "OST", "190")->src_end, "Valdoria");
    assert_span(t, want(&r, "KES", "OST", "190")->src_start, want(&r, "KES", "OST", "190")->src_end, "Kessland");
    assert_span(t, want(&r, "MRV", "OST", "190")->src_start, want(&r, "MRV", "OST", "190")->src_end, "Marovia");
    /* and a compound object */
    code("Valdoria attacked Ostrania, Kessland and Marovia.", &r);
    want_count(&r, 3);
    want(&r, "VAL", "OST", "190");
    want(&r, "VAL", "KES", "190");
    want(&r, "VAL", "MRV", "190");
}

/* A comma list without "and"/"or" is no compound: one event, from the
 * actor next to the verb. */
static void test_comma_list_is_not_compound(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria, Kessland attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "KES", "OST", "190");
}

/* "A and B, C said": a comma after the last member of a list ends it, so
 * the speakers after it are not more of the list; a comma right after
 * "and" opens an aside within it ("B and, perhaps, C"). */
static void test_list_ends_at_comma_after_and(void **state)
{
    (void)state;
    recorder r;
    code("A blast hit the market, killing Ostranian rebels and seven children, Marovian officials said.", &r);
    want_count(&r, 1);
    want(&r, "MRVGOV", NULL, "010");
    code("Valdoria, Kessland and, perhaps, Marovia attacked Ostrania.", &r);
    want_count(&r, 3);
    want(&r, "MRV", "OST", "190");
}

/* A relative clause "X, which attacked Y" has X as its subject. */
static void test_relative_clause_subject(void **state)
{
    (void)state;
    recorder r;
    code("Kessland named Valdoria, which attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
}

/* ---- news mode: patterns ---------------------------------------------- */

/* "$ * that + step down": the pattern binds the source and a target that
 * clause structure alone would not give ("that" ends the object search). */
static void test_pattern_binds_source_and_target(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdoria demanded that Tomas Brecht step down.";
    code(t, &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OSTGOV", "1041");
    assert_span(t, e->src_start, e->src_end, "Valdoria");
    assert_span(t, e->tgt_start, e->tgt_end, "Tomas Brecht");
    /* without the pattern's words: the verb's own code; the demand is
       made of the subject of its 'that' clause */
    code("Valdoria demanded that Ostrania release the prisoners.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "100");
    /* also when the clause's own verb codes (its subject ends the
       demand's object search) */
    code("Valdoria demanded that Ostrania condemn Kessland.", &r);
    want(&r, "VAL", "OST", "100");
    /* a statement names no target that way */
    code("Valdoria said that Ostrania released the prisoners.", &r);
    want(&r, "VAL", NULL, "010");
}

/* The pattern matching the most words wins, even when written after a
 * shorter one that matches too. */
static void test_longest_pattern_wins(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria rejected the Ostranian offer of talks.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "1246");
    code("Valdoria rejected the Ostranian offer.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "125");
    /* no pattern: the verb's code */
    code("Valdoria rejected Ostrania.", &r);
    want(&r, "VAL", "OST", "120");
}

/* "&PLAN" in a pattern matches any member of the synset. */
static void test_synset_in_pattern(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria rejected the Kesslandic roadmap.", &r);
    want(&r, "VAL", "KES", "1211");
    code("Valdoria rebuffed the blueprint from Kessland.", &r);
    want(&r, "VAL", "KES", "1211");
    code("Valdoria rejected Ostrania's plan.", &r);
    want(&r, "VAL", "OST", "1211");
}

/* ---- news mode: what is a verb ---------------------------------------- */

/* After "the" or a possessive, a verb form is a noun. */
static void test_noun_after_determiner_or_possessive(void **state)
{
    (void)state;
    recorder r;
    code("The attack on Ostrania shocked Valdoria.", &r);
    want_count(&r, 0);
    code("Valdoria's attack on Ostrania shocked Kessland.", &r);
    want_count(&r, 0);
    /* the same word as a verb */
    code("Valdoria will attack Ostrania.", &r);
    want_count(&r, 1);
}

/* A capitalised verb inside a sentence is a name, unless the whole text is
 * in capitals. */
static void test_capitalised_verb_is_name(void **state)
{
    (void)state;
    recorder r;
    code("A band called Attack toured Ostrania with Valdoria.", &r);
    want_count(&r, 0);
    const char *t = "VALDORIA ATTACKED OSTRANIA ON MONDAY.";
    code(t, &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OST", "190");
    assert_span(t, e->verb_start, e->verb_end, "ATTACKED");
}

/* ---- news mode: targets ----------------------------------------------- */

/* "talks in Norhaven": a place after "in" is not a target. */
static void test_place_is_not_target(void **state)
{
    (void)state;
    recorder r;
    code("Ostrania negotiated in Norhaven.", &r);
    want_count(&r, 1);
    want(&r, "OST", NULL, "046");
    code("Ostrania negotiated with Kessland in Norhaven.", &r);
    want_count(&r, 1);
    want(&r, "OST", "KES", "046");
    code("Valdoria attacked Ostrania in Norhaven.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
}

/* "said Valdoria remained": a statement names no target; "told X" does. */
static void test_statement_target(void **state)
{
    (void)state;
    recorder r;
    code("Kessland said Valdoria remained neutral.", &r);
    want_count(&r, 1);
    want(&r, "KES", NULL, "010");
    code("Kessland told Valdoria that the border was closed.", &r);
    want_count(&r, 1);
    want(&r, "KES", "VAL", "010");
}

/* An officer of a body no dictionary knows ("a Zarnholt official") is
 * that body's: it takes no country from the sentence and gives no event,
 * while a government's officer with a plain modifier still does. */
static void test_officer_of_unknown_body(void **state)
{
    (void)state;
    recorder r;
    code("Ostrania remained neutral, a senior official said.", &r);
    want_count(&r, 1);
    want(&r, "OSTGOV", NULL, "010");
    code("Ostrania remained neutral, a Zarnholt official said.", &r);
    want_count(&r, 0);
    /* as the target: the event keeps its source, with no target */
    code("Valdoria condemned the Zarnholt president.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    /* with "'s", and a person named after the title */
    code("Zarnholt's president, Ivo Pell, condemned Valdoria.", &r);
    want_count(&r, 0);
    /* or named after it, with "of" or "for" */
    code("Ostrania remained neutral, the chairman of Zarnholt said.", &r);
    want_count(&r, 0);
    code("Ostrania remained neutral, the president of Valdoria said.", &r);
    want(&r, "VALGOV", NULL, "010");
    /* a minister is a government's, whatever the word before */
    code("Valdoria remained neutral, the Trade minister said.", &r);
    want_count(&r, 1);
    want(&r, "VALGOV", NULL, "010");
}

/* A participle right after its noun and before the clause's auxiliary is
 * a reduced relative: the noun is what was done to.  A past tense with a
 * place after it and no auxiliary, or the subject of a relative clause,
 * stays the doer. */
static void test_reduced_relative_passive(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian troops attacked in Norhaven have withdrawn.", &r);
    const ev_rec *e = want(&r, "", "VALMIL", "190");
    assert_true(e->flags & TAC_EV_PASSIVE);
    want(&r, "VALMIL", NULL, "087");
    code("Valdorian troops attacked in Norhaven on Friday.", &r);
    want(&r, "VALMIL", "KES", "190");
    code("The deal that Valdoria condemned in Tarsk has ended.", &r);
    want(&r, "VAL", NULL, "111");
}

/* A base form right after a singular noun is a noun ("the rice fund", "a
 * state demand"): a finite verb there would take -s.  After a causative
 * it is a bare infinitive ("help Valdoria fund"). */
static void test_base_form_after_singular_noun(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria said the rice fund grew in Tarsk.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "010");
    code("Valdoria said a state demand hurt Tarsk.", &r);
    assert_null(find_ev(&r, "VAL", "OST", "100"));
    want(&r, "VAL", "OST", "010");
    code("Kessland will help Valdoria fund the rebels.", &r);
    want(&r, "VAL", "VALREB", "071");
}

/* An alternative set of more than 64 phrases is reported with its file,
 * line and what to do, and the rest of the dictionary still builds. */
static char g_last_msg[256];
static long g_last_line;

static void keep_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    (void)ud; (void)where;
    if (severity >= TAC_DIAG_WARNING) {
        snprintf(g_last_msg, sizeof g_last_msg, "%s", msg);
        g_last_line = line;
    }
}

static void test_too_many_alternatives(void **state)
{
    (void)state;
    char text[1024];
    int n = snprintf(text, sizeof text, "[actors]\nValdoria = VAL\nOstrania = OST\n[verbs]\nrelease = 084\n- * {");
    for (int i = 0; i < 65; i++)
        n += snprintf(text + n, sizeof text - (size_t)n, "%sword%d", i ? " | " : "", i);
    n += snprintf(text + n, sizeof text - (size_t)n, "} = 010\n");
    assert_true(n < (int)sizeof text);
    char *path = temp_file(text, (size_t)n, ".txt");
    tac_builder *b = tac_builder_new(keep_diag, NULL);
    assert_non_null(b);
    g_last_msg[0] = 0;
    assert_int_equal(tac_builder_add_file(b, path, TAC_FMT_TACITUS), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    unlink(path);
    free(path);
    assert_non_null(strstr(g_last_msg, "more than 64 alternatives"));
    assert_int_equal(g_last_line, 6);
    recorder r;
    code_tab(d, "Valdoria released Ostrania.", &r);   /* the verb itself is kept */
    want(&r, "VAL", "OST", "084");
    tac_dict_free(d);
}

/* A verb block whose first form does not compile (more words than a
 * phrase may hold) is named by the next form that does, so the verb's
 * base form is known as it is when the block is written well: "rice
 * fund" is a noun either way (and nothing reads a phrase the verb does
 * not have). */
static void test_verb_named_by_first_compiled_form(void **state)
{
    (void)state;
    static const char *const bad[] = { UNIT_DATA "world.txt", UNIT_DATA "petrarch_bad_first_form.txt" };
    static const char *const good[] = { UNIT_DATA "world.txt", UNIT_DATA "petrarch_first_form.txt" };
    static const tac_dict_format fmts[] = { TAC_FMT_TACITUS, TAC_FMT_PETRARCH_VERBS };
    static const char *const texts[] = { "Valdoria said the rice fund grew in Tarsk.",
                                         "Valdoria said Tarsk rice fund Kessland.", "Valdoria will fund Ostrania." };
    const tac_options plain = { 0 };
    int problems = g_diag_problems;
    tac_dict *db = build(bad, fmts, 2, &plain);
    assert_non_null(db);
    assert_int_equal(g_diag_problems, problems + 1);   /* the long form, reported (above) */
    g_diag_problems = problems;
    tac_dict *dg = build(good, fmts, 2, &plain);
    assert_non_null(dg);
    assert_int_equal(g_diag_problems, problems);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        recorder rb, rg;
        code_tab(db, texts[i], &rb);
        code_tab(dg, texts[i], &rg);
        assert_int_equal(rb.total, rg.total);
        for (int k = 0; k < rb.n; k++)
            assert_non_null(find_ev(&rg, rb.ev[k].src, rb.ev[k].has_tgt ? rb.ev[k].tgt : NULL, rb.ev[k].cameo));
        if (i < 2)
            assert_int_equal(count_code(&rb, "071"), 0);
        else
            want(&rb, "VAL", "OST", "0331");
    }
    tac_dict_free(db);
    tac_dict_free(dg);
}

/* ---- news mode: codes -------------------------------------------------- */

/* "042:043": the event and its reverse. */
static void test_paired_codes(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ostrania visited Valdoria last week.";
    code(t, &r);
    want_count(&r, 2);
    const ev_rec *a = want(&r, "OST", "VAL", "042");
    const ev_rec *b = want(&r, "VAL", "OST", "043");
    assert_span(t, a->src_start, a->src_end, "Ostrania");
    assert_span(t, b->src_start, b->src_end, "Valdoria");
    assert_int_equal(a->verb_start, b->verb_start);
    /* no target: no reverse event either */
    code("Ostrania clashed in the border region.", &r);
    want_count(&r, 1);
    want(&r, "OST", NULL, "190");
    code("Ostrania clashed with Valdoria.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "190");
    /* and a visit with no host is no event at all */
    code("Ostrania visited the border region.", &r);
    want_count(&r, 0);
}

/* ":173" (PETRARCH's "appeared before a court"): the reverse event only,
 * the target's act on the source; none without a target. */
static void test_reverse_only_code(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ostrania appeared before Valdoria on Monday.";
    code(t, &r);
    want_count(&r, 1);
    const ev_rec *a = want(&r, "VAL", "OST", "173");
    assert_span(t, a->src_start, a->src_end, "Valdoria");
    code("Ostrania appeared before the committee on Monday.", &r);
    want_count(&r, 0);
}

/* A "---" verb makes no event. */
static void test_nullcode_verb(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria discussed Ostrania at length.", &r);
    want_count(&r, 0);
}

/* What is stopped or ceased is not done: the event is negated. */
static void test_stopped_act_negated(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria stopped attacking Ostrania.", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_NEGATED);
    code("Valdoria has ceased shelling Ostrania.", &r);
    assert_true(want(&r, "VAL", "OST", "194")->flags & TAC_EV_NEGATED);
    code("Valdoria kept attacking Ostrania.", &r);
    assert_false(want(&r, "VAL", "OST", "190")->flags & TAC_EV_NEGATED);
}

/* An -ing clause after a comma is done by the subject of the verb
 * before it, named or not, not by that verb's object; a subject that
 * opens the sentence keeps its -ing clause. */
static void test_participle_not_by_object(void **state)
{
    (void)state;
    recorder r;
    code("Gunmen raided Ostrania, attacking its border posts.", &r);
    want_count(&r, 0);
    code("Valdoria raided Ostrania, attacking its border posts.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "190");
    code("Kessland, condemning Marovia, attacked Ostrania.", &r);
    want(&r, "KES", "MRV", "111");
    want(&r, "KES", "OST", "190");
}

/* Harm in a passive with no one named, near a disaster or an accident,
 * is no one's act; the same harm elsewhere, or with a doer after "by",
 * is an event with no source. */
static void test_disaster_no_event(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria was struck by a hurricane.", &r);
    want_count(&r, 0);
    code("Valdorian troops were attacked after the earthquake.", &r);
    want_count(&r, 0);
    code("Valdorian troops were attacked after the election.", &r);
    want_count(&r, 1);
    code("Valdorian troops were attacked by gunmen at the crash site.", &r);
    want_count(&r, 1);
}

/* "back" with no object right after it is an adverb ("took the envoys
 * back", "sent them back", "back under Valdorian control"); with one,
 * and as "back down", it is a verb. */
static void test_back_as_adverb(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria took Ostrania back under its control.", &r);
    assert_int_equal(count_code(&r, "051"), 0);
    code("Valdoria sent them back to Ostrania.", &r);
    assert_int_equal(count_code(&r, "051"), 0);
    code("Kessland and Valdoria back Ostrania.", &r);
    want(&r, "VAL", "OST", "051");
    code("Valdoria refused to back it.", &r);
    assert_int_equal(count_code(&r, "051"), 1);
    code("Valdoria may back down.", &r);
    want(&r, "VAL", NULL, "080");
}

/* A form in -ing after an adverb of degree is an adjective ("its most
 * promising partner", "very promising"), and a base form after an
 * article and a year is a noun ("the 1990 pledge"); without them both
 * are verbs. */
static void test_degree_and_year_modifiers(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria called Ostrania its most promising partner.", &r);
    assert_int_equal(count_code(&r, "030"), 0);
    code("Valdoria found the offer of Ostrania very promising.", &r);
    assert_int_equal(count_code(&r, "030"), 0);
    code("Valdoria spoke of the 1990 promise.", &r);
    assert_int_equal(count_code(&r, "030"), 0);
    code("Valdoria is promising Ostrania help.", &r);
    want(&r, "VAL", "OST", "030");
    code("In 1990 Valdoria pledged to help Ostrania.", &r);
    assert_int_equal(count_code(&r, "030"), 1);
}

/* A verb of saying whose reported clause has a subject of its own that
 * names no actor, with "that" or without: the speaker is not the doer
 * ("said the masked men attacked").  A pronoun, a phrase the speaker
 * owns ("his country") or a noun that names the speaker's body again
 * ("the country") still leads back to the speaker. */
static void test_reported_clause_own_subject(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria said the masked men attacked Ostrania.", &r);
    assert_int_equal(count_code(&r, "190"), 0);
    want(&r, "VAL", NULL, "010");
    code("Valdoria said two loans will fund Ostrania.", &r);
    assert_int_equal(count_code(&r, "0331"), 0);
    code("Valdoria said two loans will also fund Ostrania.", &r);
    assert_int_equal(count_code(&r, "0331"), 0);
    code("Valdoria said that the masked men attacked Ostrania.", &r);
    assert_int_equal(count_code(&r, "190"), 0);
    code("Valdoria said the country will attack Ostrania.", &r);
    want(&r, "VAL", "OST", "1384");
    code("Valdoria said it attacked Ostrania.", &r);
    want(&r, "VAL", "OST", "190");
    code("Valdoria said his country will attack Ostrania.", &r);
    want(&r, "VAL", "OST", "1384");
    code("Valdoria announced a plan to attack Ostrania.", &r);
    want(&r, "VAL", "OST", "1384");
}

/* A clause opened by "as", "after", "while" ... whose subject is a noun
 * phrase that names no actor has that subject: the actor of the clause
 * before is not its doer ("exports fell as the masked men attacked").
 * Not "as well as" and "such as" (a list), nor "as expected" (an aside
 * with no subject). */
static void test_subordinate_clause_own_subject(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian exports fell as the masked men attacked Ostrania.", &r);
    want_count(&r, 0);
    code("Valdorian exports fell after the masked men attacked Ostrania.", &r);
    want_count(&r, 0);
    code("Valdorian exports fell after Kessland attacked Ostrania.", &r);
    want(&r, "KES", "OST", "190");
    code("Valdorian exports fell while the rebels attacked Ostrania.", &r);
    want(&r, "VALREB", "OST", "190");
    code("Ostrania as expected rejected the offer.", &r);
    want(&r, "OST", NULL, "125");
    code("Valdoria as well as the other members condemned Ostrania.", &r);
    want(&r, "VAL", "OST", "111");
    /* a bare form in -ing after the opener is a noun or a participle,
       whose subject the clause before gives */
    code("Valdorian troops took the town after fierce attacking of Ostranian rebels.", &r);
    want(&r, "VALMIL", "OSTREB", "190");
}

/* Hopes, fears and demands are about the subject of the clause they
 * report, also without "that": "demanded Ostrania withdraw", "feared
 * Kessland could close".  A plain statement still names no target so
 * ("said Ostrania remained calm"). */
static void test_about_clause_without_that(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria demanded Ostrania withdraw its troops.", &r);
    want(&r, "VAL", "OST", "100");
    code("Valdoria feared Kessland could close the border.", &r);
    want(&r, "VAL", "KES", "012");
    code("Valdoria said Ostrania remained calm.", &r);
    want(&r, "VAL", NULL, "010");
}

/* A place after a preposition is no subject, also when a capitalized
 * word for a part of it comes between ("in South Ostrania" as "in south
 * Ostrania"). */
static void test_place_part_capitalized(void **state)
{
    (void)state;
    recorder r;
    code("A buyer of land in South Ostrania has condemned Kessland.", &r);
    want_count(&r, 0);
    code("A buyer of land in south Ostrania has condemned Kessland.", &r);
    want_count(&r, 0);
    code("Valdoria has condemned Kessland.", &r);
    want(&r, "VAL", "KES", "111");
}

/* An act named for the place where it happened ("the Douma attack") is
 * no act of the sentence's subject, nor of the place. */
static void test_place_named_act(void **state)
{
    (void)state;
    recorder r;
    code("Ilsa Marren has struggled to defend the call for an inquiry into the Tarsk attack.", &r);
    want_count(&r, 0);
    code("Marren made no mention of the Lindmark attack.", &r);
    want_count(&r, 0);
    /* a doer named before the noun still is one */
    code("The Ostranian rebels attack the town.", &r);
    want(&r, "OSTREB", NULL, "190");
}

/* A person named with a title and a name no dictionary knows ("Ms
 * Holt") is who "he" or "she" stands for after it: not the person named
 * before.  A surname named in full before is that person ("Ms Marren"). */
static void test_titled_stranger_takes_pronoun(void **state)
{
    (void)state;
    recorder r;
    code("Ilsa Marren arrived on Monday. Ms Holt said she had condemned Kessland.", &r);
    want_count(&r, 0);
    code("Ilsa Marren arrived on Monday. Ms Marren said she had condemned Kessland.", &r);
    want(&r, "VALGOV", "KES", "111");
}

/* After a word for a part or a body of them ("a contingent of", "the
 * majority of") the actors after "of" lead the clause; after other
 * nouns ("the home of") they are the object of the preposition. */
static void test_collective_of_leads(void **state)
{
    (void)state;
    recorder r;
    code("A contingent of Valdorian soldiers attacked Ostrania.", &r);
    want(&r, "VALMIL", "OST", "190");
    code("The majority of Valdorian soldiers attacked Ostrania.", &r);
    want(&r, "VALMIL", "OST", "190");
    code("The home of Valdorian soldiers attacked Ostrania.", &r);
    want_count(&r, 0);
}

/* A country's adjective on a thing after the verb gives way to the
 * recipient after "to" ("provided Ostranian grain to Kessland"), not to
 * the source itself; with no recipient it is the target, as before. */
static void test_recipient_over_thing_modifier(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria provided Ostranian grain to Kessland.", &r);
    want(&r, "VAL", "KES", "070");
    code("Valdoria exported Ostranian grain to Valdoria.", &r);
    want(&r, "VAL", "OST", "061");
    code("Valdoria exported Ostranian grain.", &r);
    want(&r, "VAL", "OST", "061");
    code("Valdoria attacked Ostranian positions.", &r);
    want(&r, "VAL", "OST", "190");
}

/* A title before a person's name tells "he" from "she": "she" after
 * "Mr Tomas Brecht" is someone else, no actor. */
static void test_pronoun_sex_by_title(void **state)
{
    (void)state;
    recorder r;
    code("Mr Tomas Brecht arrived on Monday. She condemned Valdoria.", &r);
    assert_int_equal(count_code(&r, "111"), 0);
    code("Mr Tomas Brecht arrived on Monday. He condemned Valdoria.", &r);
    want(&r, "OSTGOV", "VAL", "111");
    code("Ms Ilsa Marren arrived on Monday. She condemned Kessland.", &r);
    want(&r, "VALGOV", "KES", "111");
    code("Ms Ilsa Marren arrived on Monday. He condemned Kessland.", &r);
    assert_int_equal(count_code(&r, "111"), 0);
}

/* Whose ally or backer it is is not the ally: "Valdoria's closest ally"
 * is neither Valdoria's act nor its target (a counterpart still is of
 * its country). */
static void test_owner_of_ally_is_no_actor(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria's closest ally condemned Kessland.", &r);
    want_count(&r, 0);
    code("Ostrania attacked Valdoria's closest allies.", &r);
    want(&r, "OST", NULL, "190");
    code("Valdoria's counterparts condemned Kessland.", &r);
    want(&r, "VAL", "KES", "111");
}

/* "visiting" right before a person, after a verb, a preposition or an
 * article, says who is the guest: "told visiting Tomas Brecht" is no
 * visit; "is visiting Ostrania" is one. */
static void test_visiting_guest_is_no_visit(void **state)
{
    (void)state;
    recorder r;
    code("Ilsa Marren told visiting Tomas Brecht that the talks had failed.", &r);
    want_count(&r, 1);
    want(&r, "VALGOV", "OSTGOV", "010");
    code("Ilsa Marren is visiting Ostrania.", &r);
    want(&r, "VALGOV", "OST", "042");
}

/* Troops deployed for peacekeeping are military protection (074), not
 * a build-up of force (154). */
static void test_peacekeeping_deployment(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria deployed troops to Ostrania on a peacekeeping mission.", &r);
    want(&r, "VAL", "OST", "074");
    code("Valdoria deployed troops to Ostrania.", &r);
    want(&r, "VAL", "OST", "154");
}

/* A score right after the one beaten is a match, not force; a model
 * number before a noun is no score. */
static void test_score_is_no_force(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria attacked Ostrania 3-0 on Sunday.", &r);
    want_count(&r, 0);
    code("Valdoria attacked Ostrania on Sunday.", &r);
    want(&r, "VAL", "OST", "190");
    code("Valdoria attacked an Ostranian 0-2 airplane.", &r);
    want(&r, "VAL", "OST", "190");
}

/* A "he" or "she" that names no actor of the sentence leads its verb:
 * the country or the group named before it is not the doer; a role or a
 * person named before it may be. */
static void test_unnamed_he_not_group(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria said it condemned a man after he attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    code("Valdorian troops raided a farm where he attacked Ostrania.", &r);
    want_count(&r, 0);
    code("The Valdorian minister said he attacked Ostrania.", &r);
    want(&r, "VALGOV", "OST", "190");
    code("Brecht said he attacked Marovia.", &r);
    want(&r, "OSTGOV", "MRV", "190");
}

/* A discard phrase drops its sentence, and only that sentence, in a story
 * of three sentences or more. */
static void test_discard_phrase(void **state)
{
    (void)state;
    recorder r;
    code("After the football match Valdoria condemned Ostrania.", &r);
    want_count(&r, 0);
    code("After the football match Valdoria condemned Ostrania. Kessland attacked Marovia. "
         "Valdoria condemned Ostrania.", &r);
    want_count(&r, 2);
    assert_int_equal(want(&r, "KES", "MRV", "190")->sentence, 1);
    /* a document-level discard ("+###") anywhere drops every sentence */
    code("Kessland attacked Marovia. Valdoria won the golf tournament.", &r);
    want_count(&r, 0);
    /* a word of a discard phrase alone is no discard */
    code("Kessland attacked Marovia after the match.", &r);
    want_count(&r, 1);
    /* sentence discards in two sentences put the whole story out of scope
       (a sports report), the sentences without one too */
    code("Kessland attacked Marovia. After the football match Valdoria condemned Ostrania. "
         "The football match ended late.", &r);
    want_count(&r, 0);
    /* a sign of such a story ("~###") leaves its own sentence alone, but
       counts towards the rule */
    code("Kessland attacked Marovia, the midfielder said. Valdoria condemned Ostrania. "
         "Kessland attacked Valdoria.", &r);
    want_count(&r, 3);
    /* a brief of one or two sentences cannot name its sport twice: one
       sign is enough there */
    code("Kessland attacked Marovia, the midfielder said.", &r);
    want_count(&r, 0);
    code("Kessland attacked Marovia, the midfielder said. Valdoria condemned Ostrania.", &r);
    want_count(&r, 0);
    code("After the football match Valdoria condemned Ostrania. Kessland attacked Marovia.", &r);
    want_count(&r, 0);
    code("Kessland attacked Marovia. The midfielder said so. The football match ended late.", &r);
    want_count(&r, 0);
    code("Kessland attacked Marovia. The midfielder said so. The midfielder left.", &r);
    want_count(&r, 0);
}

/* Root, quad class, Goldstein score and PLOVER type come from the CAMEO
 * table. */
static void test_cameo_fields_known_code(void **state)
{
    (void)state;
    recorder r;
    static const char *const texts[] = { "Valdoria attacked Ostrania.", "Kessland said Valdoria remained neutral.",
                                         "Valdoria demanded that Tomas Brecht step down." };
    static const char *const codes[] = { "190", "010", "1041" };
    static const char *const roots[] = { "19", "01", "10" };
    for (int k = 0; k < 3; k++) {
        code(texts[k], &r);
        want_count(&r, 1);
        const ev_rec *e = &r.ev[0];
        assert_string_equal(e->cameo, codes[k]);
        assert_string_equal(e->root, roots[k]);
        tac_cameo_info info;
        assert_int_equal(tac_cameo_lookup(codes[k], &info), TAC_OK);
        assert_int_equal(e->quad, info.quad);
        assert_true(e->goldstein == info.goldstein);
        assert_int_equal(e->has_plover, info.plover != NULL);
        if (info.plover)
            assert_string_equal(e->plover, info.plover);
    }
    /* spot checks against the CAMEO definitions themselves */
    code("Valdoria attacked Ostrania.", &r);
    assert_int_equal(r.ev[0].quad, 4);
    assert_true(r.ev[0].goldstein == -10.0);
    assert_string_equal(r.ev[0].plover, "ASSAULT");
    code("Kessland said Valdoria remained neutral.", &r);
    assert_int_equal(r.ev[0].quad, 1);
    assert_false(r.ev[0].has_plover);   /* statements have no PLOVER type */
}

/* An unknown code still makes an event, with empty CAMEO facts. */
static void test_cameo_fields_unknown_code(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria frobnicated Ostrania.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "VAL", "OST", "998");
    assert_string_equal(e->root, "99");
    assert_int_equal(e->quad, 0);
    assert_true(isnan(e->goldstein));
    assert_false(e->has_plover);
}

/* A question is flagged. */
static void test_question_flag(void **state)
{
    (void)state;
    recorder r;
    code("Did Valdoria attack Ostrania?", &r);
    assert_true(want(&r, "VAL", "OST", "190")->flags & TAC_EV_QUESTION);
    code("Valdoria attacked Ostrania.", &r);
    assert_false(want(&r, "VAL", "OST", "190")->flags & TAC_EV_QUESTION);
}

/* ---- TABARI mode ----------------------------------------------------- */

/* One event per clause: the first verb that codes; later verbs of the same
 * clause give nothing (news mode codes both). */
static void test_tabari_one_event_per_clause(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdoria on Monday accused Ostrania while attacking Kessland near the border.";
    code_tab(g_tabari, t, &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "112");
    code_tab(g_tabnews, t, &r);
    want_count(&r, 2);
}

/* The source is the first actor of the clause, even when another actor
 * stands nearer the verb. */
static void test_tabari_source_is_first_actor(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Reports from Kessland on Monday say Valdoria attacked Ostrania near the border.";
    code_tab(g_tabari, t, &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "KES", "OST", "190");
    assert_span(t, e->src_start, e->src_end, "Kessland");
    code_tab(g_tabnews, t, &r);
    want(&r, "VAL", "OST", "190");
}

/* A pronoun stands for the source of the previous event, whatever the
 * pronoun. */
static void test_tabari_pronoun_previous_source(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdoria on Monday condemned Ostrania over the border dispute. "
                    "It later attacked Kessland near the river crossing.";
    code_tab(g_tabari, t, &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "111");
    const ev_rec *e = want(&r, "VAL", "KES", "190");
    assert_int_equal(e->sentence, 1);
    assert_span(t, e->src_start, e->src_end, "It");
    t = "Valdoria on Monday condemned Ostrania over the border dispute. "
        "He later attacked Kessland near the river crossing.";
    code_tab(g_tabari, t, &r);
    want(&r, "VAL", "KES", "190");
    /* no earlier event: the pronoun stands for nobody */
    code_tab(g_tabari, "He later attacked Kessland near the river crossing on Monday.", &r);
    want_count(&r, 0);
}

/* With CONVERT AGENT an agent with no country is an actor, written as
 * TABARI writes it: "~GOV" for a role that follows the country's code,
 * "NGO~" for one that goes before it; without, it is none. */
static void test_tabari_lone_agent(void **state)
{
    (void)state;
    recorder r;
    const tac_options opt = { .tabari_compat = 1, .convert_agent = 1 };
    tac_dict *conv = build(TAB_FILES, TAB_FMTS, 3, &opt);
    assert_non_null(conv);
    const char *t = "The official condemned Ostrania over the border dispute on Monday.";
    code_tab(conv, t, &r);
    want_count(&r, 1);
    want(&r, "~GOV", "OST", "111");
    code_tab(g_tabari, t, &r);
    want_count(&r, 0);
    code_tab(conv, "The activist condemned Ostrania over the border dispute on Monday.", &r);
    want_count(&r, 1);
    want(&r, "NGO~", "OST", "111");
    tac_dict_free(conv);
}

/* An event needs a target in TABARI mode (news mode keeps it without). */
static void test_tabari_target_required(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdoria attacked near the river crossing early on Monday morning.";
    code_tab(g_tabari, t, &r);
    want_count(&r, 0);
    code_tab(g_tabnews, t, &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "190");
}

/* ---- robustness --------------------------------------------------------- */

/* Empty text (with or without a pointer): no events, no error; a length
 * without text is an invalid argument. */
static void test_empty_text(void **state)
{
    (void)state;
    recorder r;
    assert_int_equal(code_with(g_news, "", 0, &r), TAC_OK);
    want_count(&r, 0);
    assert_int_equal(code_with(g_news, NULL, 0, &r), TAC_OK);
    want_count(&r, 0);
    assert_int_equal(code_with(g_news, NULL, 5, &r), TAC_EINVAL);
    want_count(&r, 0);
    assert_int_equal(code_with(g_tabari, "", 0, &r), TAC_OK);
    want_count(&r, 0);
}

/* Text of nothing but punctuation. */
static void test_only_punctuation(void **state)
{
    (void)state;
    recorder r;
    const char *t = "... ,,, ;;; !!! ??? --- \"\" '' () [] {} :: \xe2\x80\x94 \xe2\x80\x9c\xe2\x80\x9d .";
    assert_int_equal(code_with(g_news, t, strlen(t), &r), TAC_OK);
    want_count(&r, 0);
    assert_int_equal(code_with(g_tabari, t, strlen(t), &r), TAC_OK);
    want_count(&r, 0);
}

/* A sentence of 1 MB without punctuation: coded (or refused with
 * TAC_ELIMIT), every event inside the text and inside its (possibly cut)
 * sentence, in order, never more events than verbs. */
static void test_megabyte_sentence(void **state)
{
    (void)state;
    static const char *const words[] = { "Valdoria ", "condemned ", "the ", "Ostrania ", "and ",
                                         "talks ", "about ", "the ", "river " };
    size_t cap = 1u << 20, len = 0;
    long verbs = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (int w = 0; len + 16 < cap; w = (w + 1) % 9) {
        size_t l = strlen(words[w]);
        memcpy(text + len, words[w], l);
        len += l;
        verbs += w == 1;
    }
    recorder r;
    int rc = code_with(g_news, text, len, &r);
    assert_true(rc == TAC_OK || rc == TAC_ELIMIT);
    if (rc == TAC_OK) {
        assert_true(r.total > 0);
        assert_true(r.total <= verbs);
        for (int i = 0; i < r.n; i++) {
            assert_string_equal(r.ev[i].cameo, "111");
            assert_string_equal(r.ev[i].src, "VAL");
        }
    }
    rc = code_with(g_tabari, text, len, &r);
    assert_true(rc == TAC_OK || rc == TAC_ELIMIT);
    assert_true(r.total <= verbs);
    /* filler words only: nothing to code */
    for (size_t i = 0; i + 5 <= len; i += 5)
        memcpy(text + i, "word ", 5);
    rc = code_with(g_news, text, len, &r);
    assert_true(rc == TAC_OK || rc == TAC_ELIMIT);
    want_count(&r, 0);
    free(text);
}

/* Invalid UTF-8 and NUL bytes inside the text: no crash, offsets stay in
 * the text, and clean sentences around them are still coded. */
static void test_invalid_utf8_and_nul(void **state)
{
    (void)state;
    static const char t[] = "Valdoria condemned Ostrania.\0\xff\xfe Kessland attacked Marovia. "
                            "Val\xc3" "doria \x80\x80 condemned\0Ostrania \xed\xa0\x80 today. "
                            "\xf0\x9f" "Kessland\xc0\xaf attacked\0";
    recorder r;
    assert_int_equal(code_with(g_news, t, sizeof t - 1, &r), TAC_OK);
    const ev_rec *e = want(&r, "VAL", "OST", "111");
    assert_int_equal(e->sentence, 0);
    assert_span(t, e->src_start, e->src_end, "Valdoria");
    e = want(&r, "KES", "MRV", "190");
    assert_span(t, e->tgt_start, e->tgt_end, "Marovia");
    assert_true(r.total <= 4);
    assert_int_equal(code_with(g_tabari, t, sizeof t - 1, &r), TAC_OK);
}

/* A document of 10,000 sentences: one event per sentence, in order, with
 * the right sentence numbers; the context's statistics agree. */
static int count_in_order(void *ud, const tac_doc *doc, const tac_event *e)
{
    long *k = ud;
    (void)doc;
    if (e->sentence != (int)*k)
        return 1;          /* stop: a sentence number is off */
    (*k)++;
    return 0;
}

static void test_ten_thousand_sentences(void **state)
{
    (void)state;
    static const char s1[] = "Valdoria condemned Ostrania. ", s2[] = "Kessland attacked Marovia. ";
    size_t cap = 10000 * sizeof s1 + 1, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (int i = 0; i < 10000; i++) {
        const char *s = i % 2 ? s2 : s1;
        memcpy(text + len, s, strlen(s));
        len += strlen(s);
    }
    tac_ctx *c = tac_ctx_new();
    assert_non_null(c);
    tac_doc doc = { .id = "big", .id_len = 3, .date = 20220115, .text = text, .text_len = len };
    long k = 0;
    assert_int_equal(tac_code(g_news, c, &doc, count_in_order, &k), TAC_OK);
    assert_int_equal(k, 10000);
    tac_code_stats st;
    tac_ctx_get_stats(c, &st);
    assert_int_equal(st.docs, 1);
    assert_int_equal(st.sentences, 10000);
    assert_int_equal(st.events, 10000);
    assert_int_equal(st.sentences_with_events, 10000);
    /* the same context codes the next document from a clean state */
    recorder r;
    memset(&r, 0, sizeof r);
    tac_doc doc2 = { .id = "small", .id_len = 5, .text = "Ostrania condemned Kessland." };
    doc2.text_len = strlen(doc2.text);
    assert_int_equal(tac_code(g_news, c, &doc2, on_event, &r), TAC_OK);
    want_count(&r, 1);
    want(&r, "OST", "KES", "111");
    assert_int_equal(r.ev[0].sentence, 0);
    tac_ctx_free(c);
    free(text);
}

/* A callback that returns non-zero stops coding at once: TAC_EABORT, and
 * no further events. */
static void test_callback_abort(void **state)
{
    (void)state;
    const char *t = "Valdoria condemned Ostrania. Kessland attacked Marovia. Ostrania condemned Valdoria.";
    recorder r;
    r.stop_at = 2;
    assert_int_equal(code_with(g_news, t, strlen(t), &r), TAC_EABORT);
    want_count(&r, 2);
    /* inside a pair of events from one verb */
    r.stop_at = 1;
    t = "Ostrania visited Valdoria. Kessland attacked Marovia.";
    assert_int_equal(code_with(g_news, t, strlen(t), &r), TAC_EABORT);
    want_count(&r, 1);
    /* inside a compound */
    r.stop_at = 1;
    t = "Valdoria, Kessland and Marovia attacked Ostrania.";
    assert_int_equal(code_with(g_news, t, strlen(t), &r), TAC_EABORT);
    want_count(&r, 1);
    /* never asking to stop: TAC_OK */
    r.stop_at = 0;
    t = "Ostrania visited Valdoria.";
    assert_int_equal(code_with(g_news, t, strlen(t), &r), TAC_OK);
    want_count(&r, 2);
}

/* A participle after the noun that heads an earlier verb's object is a
 * reduced relative ("curfews imposed on Ostrania"): it has no subject of
 * its own, and Valdoria did not impose them; whom the curfews weigh on is
 * the ending's target, as in "ended curfews on Ostrania".  A coordinated
 * verb does share the subject. */
static void test_reduced_relative_on_object(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria ended curfews imposed on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "087");
    code("Valdoria ended the curfews imposed against Kessland on Sunday.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "KES", "087");
    /* one with its own agent is that agent's act, and the ending's object
       stops before it */
    code("Valdoria ended curfews imposed by Ostrania.", &r);
    want_count(&r, 2);
    want(&r, "VAL", NULL, "087");
    code("Valdoria ended curfews and imposed sanctions on Ostrania.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "163");
}

/* The doer named with "by" after the means of a passive ("were attacked
 * in an ambush by X") or after a form in -ing ("shelling by X"), or as
 * the adjective of a noun ("in Ostranian air strikes"). */
static void test_agent_of_means(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian troops were attacked in an ambush by Ostrania.", &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "OST", "VALMIL", "190");
    assert_true(e->flags & TAC_EV_PASSIVE);
    /* a participle between names a place, not the means */
    code("Valdorian troops were attacked in a town held by Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "", "VALMIL", "190");
    code("Ten Valdorian soldiers died in fighting and shelling by Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "OST", NULL, "194");
    /* an act named by a noun after a preposition is the act of the
       country adjective before it */
    code("Ten people died in Ostranian air strikes on Norhaven.", &r);
    want_count(&r, 1);
    want(&r, "OST", "KES", "190");
    /* in "quoted as saying by" the one quoting is not the speaker */
    code("Marren was quoted as saying by the Ostranian ambassador that talks had failed.", &r);
    for (int i = 0; i < r.n; i++)
        assert_string_not_equal(r.ev[i].src, "OSTDIP");
}

/* Material cooperation is with someone: with no partner named it is no
 * event ("Valdoria exported grain"); a target or a compound subject names
 * one. */
static void test_cooperation_needs_partner(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria exported grain last year.", &r);
    want_count(&r, 0);
    code("Valdoria exported grain to Ostrania last year.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "061");
    code("Valdoria and Kessland exported grain last year.", &r);
    want_count(&r, 2);
    want(&r, "VAL", NULL, "061");
    want(&r, "KES", NULL, "061");
    /* other acts need no partner */
    code("Valdoria attacked on Sunday.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "190");
}

/* "troops loyal to X": the agent is on X's side, a person's too, and it
 * is the subject even when X comes right before the verb. */
static void test_loyal_to(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Troops loyal to Tomas Brecht attacked Valdoria.";
    code(t, &r);
    want_count(&r, 1);
    const ev_rec *e = want(&r, "OSTMIL", "VAL", "190");
    assert_span(t, e->src_start, e->src_end, "Troops");
    t = "Rebels loyal to former president Jonas Keller attacked Ostrania.";
    code(t, &r);
    want_count(&r, 1);
    e = want(&r, "VALREB", "OST", "190");
    assert_span(t, e->src_start, e->src_end, "Rebels");
}

/* What an accusation alleges is not an event of its own: "accused X of
 * secretly attacking Y" is one accusation, not also an attack. */
static void test_alleged_act_not_coded(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria accused Ostrania of secretly attacking Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "112");
    /* nor is what a condemnation names as its object: the attack is
       someone else's */
    code("Valdoria condemned the brutal attack on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    /* such an object of word or will does not end the earlier verb's
       own: whom the rejected demand was for is the target */
    code("Valdoria rejected an extradition demand for Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "120");
    /* an actor may name whose act the object is */
    code("Valdoria condemned the Ostranian attack on Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    /* the same with a plural, which a nationality adjective cannot take
       as its verb */
    code("Valdoria denounced Ostranian attacks in Norhaven.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    /* but an actor after "of" with a verb of its own is no modifier */
    code("Valdoria condemned the rebels of Ostrania attacking Kessland.", &r);
    want(&r, "VAL", "OSTREB", "111");
    want(&r, "OSTREB", "KES", "190");
    /* while a second verb of the same subject is an event */
    code("Valdoria condemned Kessland and attacked Ostrania.", &r);
    want(&r, "VAL", "KES", "111");
    want(&r, "VAL", "OST", "190");
}

/* A past participle before a noun is an adjective after a preposition,
 * or after "and" when no verb has come yet; "attacked A and expelled B"
 * keeps its second verb.  "over new attacks" is a noun. */
static void test_participle_before_noun(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria attacked Ostrania over promised reforms.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
    /* after a count too, not after a year */
    code("Valdoria holds 81 condemned prisoners.", &r);
    want_count(&r, 0);
    /* a count in words, and after "as" */
    code("Valdoria holds five accused Ostranian rebels.", &r);
    want_count(&r, 0);
    code("Valdoria described the raids as condemned acts.", &r);
    want_count(&r, 0);
    code("Valdoria in 2004 condemned Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria and pledged supporters attacked Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
    code("Valdoria attacked Ostrania and expelled diplomats.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "190");
    /* a verb form after a preposition and a modifier is a noun too */
    code("Valdoria condemned Ostrania over new attacks.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* A noun in a phrase of circumstance ("amid", "despite", "during") is
 * not an act of the clause's subject: it is the act of an actor its own
 * phrase names, or no event. */
static void test_circumstance_noun(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania amid fresh attacks.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria condemned Ostrania despite fresh Kessland attacks.", &r);
    want_count(&r, 2);
    want(&r, "VAL", "OST", "111");
    want(&r, "KES", NULL, "190");
}

/* An act of protest or violence that is the object of a support verb
 * ("staged an attack", "carried out an attack", "was behind the
 * attack") is the act of that verb's subject, negated or intended as
 * that verb is; after "the" it is an act judged ("declared the attack a
 * crime"), not one done. */
static void test_support_verb_act(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian rebels staged an attack on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VALREB", "OST", "190");
    code("Valdorian rebels carried out an attack on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VALREB", "OST", "190");
    code("Valdoria held a boycott of Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "143");
    code("Valdoria did not stage an attack on Ostrania.", &r);
    want_count(&r, 1);
    assert_int_equal(want(&r, "VAL", "OST", "190")->flags, TAC_EV_NEGATED);
    /* (a threat, as "will attack Ostrania" is) */
    code("Valdoria will stage an attack on Ostrania.", &r);
    want_count(&r, 1);
    assert_int_equal(want(&r, "VAL", "OST", "1384")->flags, TAC_EV_FUTURE);
    code("Kessland said Valdoria was behind the attack on Ostrania.", &r);
    want(&r, "VAL", "OST", "190");
    code("Valdoria declared the attack on Ostrania a crime.", &r);
    assert_null(find_ev(&r, "VAL", "OST", "190"));
    code("Valdoria staged no attack on Ostrania.", &r);
    want_count(&r, 0);
}

/* A word right after an article is no verb, even one that starts a verb
 * of the dictionary: "a car bomb" is a noun phrase, the act of no one
 * outside it. */
static void test_article_compound_noun(void **state)
{
    (void)state;
    recorder r;
    code("Kessland said it was a car bomb.", &r);
    assert_int_equal(count_code(&r, "1832"), 0);
    code("Kessland said the blast was not a car bomb but a shell.", &r);
    assert_int_equal(count_code(&r, "1832"), 0);
}

/* A form in -ing that ends a determiner's phrase and its clause is a
 * noun ("the proposed funding."), not an act of the clause's subject;
 * one with an object after it is still a verb ("men funding
 * Ostrania"). */
static void test_ing_noun_at_clause_end(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria gave no details of the proposed funding.", &r);
    want_count(&r, 0);
    code("Valdoria declined to discuss the proposed funding, Kessland said.", &r);
    assert_int_equal(count_code(&r, "071"), 0);
    code("The Valdorian men funding Ostrania were named.", &r);
    want(&r, "VAL", "OST", "071");
}

/* A participle right after "if", "when", "unless" with no subject of its
 * own is a passive: the subject of its clause is what is done to ("faces
 * sanctions if attacked", "made no comment when urged to withdraw"); not
 * after "once", an adverb before a past ("once urged"). */
static void test_participle_after_conjunction_is_passive(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria faces sanctions if attacked.", &r);
    want_count(&r, 1);
    assert_int_equal(want(&r, "", "VAL", "190")->flags, TAC_EV_HYPOTHETICAL | TAC_EV_PASSIVE);
    code("Kessland said Valdoria made no comment when urged to withdraw.", &r);
    assert_null(find_ev(&r, "VAL", NULL, "020"));
    want(&r, "", "VAL", "020");
    code("Valdoria once urged Ostrania to withdraw.", &r);
    want(&r, "VAL", "OST", "020");
}

/* ", he said," between a subject and its verb leaves the subject as it
 * is, also where a quotation opens at the verb with an adverb ('had
 * "again attacked'). */
static void test_aside_before_quoted_verb(void **state)
{
    (void)state;
    recorder r;
    code("Tomas Brecht spoke on Friday. Valdoria, he said, had \"again attacked Ostrania\".", &r);
    want(&r, "VAL", "OST", "190");
    assert_int_equal(count_code(&r, "190"), 1);
}

/* A comma and a form in -ing open a clause of their own: the object
 * search stops there ("condemned the plan, according to Ostrania"),
 * except where the clause aims the act
 * itself ("attacked the town, targeting Ostranian rebels"). */
static void test_object_stops_at_ing_clause(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned the plan, according to Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    code("Valdorian troops attacked the town, targeting Ostranian rebels.", &r);
    want(&r, "VALMIL", "OSTREB", "190");
}

/* A "be" governs a list of participles, also past commas and quotation
 * marks: 'had been "attacked", expelled or shelled' is three passives. */
static void test_passive_list_after_quote(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian soldiers had been \"attacked\", expelled or shelled.", &r);
    want_count(&r, 3);
    assert_int_equal(want(&r, "", "VALMIL", "190")->flags, TAC_EV_PASSIVE);
    assert_int_equal(want(&r, "", "VALMIL", "174")->flags, TAC_EV_PASSIVE);
    assert_int_equal(want(&r, "", "VALMIL", "194")->flags, TAC_EV_PASSIVE);
    /* but a participle before a comma with no "and" or "or" to come is
       no member of a list: the verb after it is active */
    code("A Valdorian official, who declined to be identified, told Ostrania the talks had failed.", &r);
    want(&r, "VALGOV", "OST", "010");
    /* an irregular past after "be" is its participle: Valdoria told
       nothing */
    code("Valdoria had been told of Ostranian concern.", &r);
    want_count(&r, 0);
}

/* Whom the source acts for is no target: "on behalf of Kessland". */
static void test_on_behalf_of_is_no_target(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned the attack on behalf of Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
}

/* A finite verb joined by "and" right after the object of a verb before
 * shares that verb's subject, named or not: "The plan urged Ostranian
 * rebels to withdraw and condemned Kessland" is no act of the rebels. */
static void test_joined_verb_shares_subject_not_object(void **state)
{
    (void)state;
    recorder r;
    code("The plan urged Ostranian rebels to withdraw and condemned Kessland.", &r);
    assert_null(find_ev(&r, "OSTREB", "KES", "111"));
    code("Valdoria urged Ostranian rebels to withdraw and condemned Kessland.", &r);
    want(&r, "VAL", "KES", "111");
}

/* A relative clause or a participle that modifies a noun tells the
 * background of the sentence's event: it is left out when the sentence
 * has an event of its own, and coded when it has none. */
static void test_background_relative(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania, which had attacked Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria ended the curfew it imposed on Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "087");
    code("Valdoria condemned Ostranian rebels attacked in Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "111");
    code("Valdorian rebels endorsed by Ostrania attacked Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VALREB", "KES", "190");
    /* the only event of its sentence */
    code("Valdorian soldiers who attacked Ostrania were named.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", "OST", "190");
}

/* A clause of what happened before ("after X attacked Y") is background
 * beside an event told as a plain fact, not beside one only reported; a
 * clause of condition ("if X boycotts") is background beside any event. */
static void test_background_time_condition(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria expelled Kessland soldiers after Ostrania attacked Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "KESMIL", "174");
    code("Valdoria expelled soldiers after Ostrania attacked Kessland, Marovia said.", &r);
    want_count(&r, 2);
    want(&r, "OST", "KES", "190");
    code("Valdoria will attack Ostrania if Kessland boycotts the talks.", &r);
    want_count(&r, 1);
    assert_null(find_ev(&r, "KES", NULL, "143"));
}

/* A clause opened by "as" with a subject of its own ("as Ostrania
 * attacked Kessland") tells the circumstances of the sentence's event
 * and is background beside it; "as part of", "as a result" open no
 * clause. */
static void test_background_as_clause(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania, as Kessland attacked Marovia.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria condemned Ostrania, even as Kessland troops attacked Marovia.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    /* no clause: the second act stays */
    code("Valdoria condemned Ostrania, as a result Kessland attacked Marovia.", &r);
    want(&r, "KES", "MRV", "190");
    /* the only event of its sentence is kept */
    code("The talks stalled, as Kessland attacked Marovia.", &r);
    want_count(&r, 1);
    want(&r, "KES", "MRV", "190");
}

/* The act a reaction's object decides or plans ("rejected Ostrania's
 * decision to expel") is what is reacted to, not an event of its own; a
 * statement reports it and keeps it. */
static void test_decided_act_in_reaction_object(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania's decision to expel Kessland diplomats.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria endorsed the Ostranian plan to attack Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "051");
    /* nor what an agreement or a deal is to do: the deal is the act, and
       whom its aim names is the target */
    code("Valdoria endorsed a deal to end curfews in Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "051");
    /* nor what there are means enough for, or one is too weak for */
    code("Valdoria condemned Ostrania but has too few troops to attack Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria has enough troops to attack Kessland.", &r);
    want_count(&r, 0);
    code("Valdoria said the decision to attack Kessland was wrong.", &r);
    int attack = 0;
    for (int i = 0; i < r.n; i++)
        attack += !strcmp(r.ev[i].cameo, "190") && r.ev[i].has_tgt && !strcmp(r.ev[i].tgt, "KES");
    if (attack != 1) {
        dump(&r);
        fail_msg("the attack a statement reports is coded once, not %d times", attack);
    }
}

/* A form in -ing after "for", "of" or "on" that completes a plain noun
 * ("rules for attacking", "charges of expelling") says what the noun is
 * about; after a span of time or an adjective it stays an act. */
static void test_gerund_of_noun(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned Ostrania over rules for attacking Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    code("Valdoria troops captured the town after five days of attacking Kessland.", &r);
    want(&r, "VALMIL", "KES", "190");
    code("Valdoria is responsible for attacking Kessland.", &r);
    want(&r, "VAL", "KES", "190");
}

/* A participle after a noun ("the attack carried out on Friday")
 * modifies it: the noun is still the object of a condemnation. */
static void test_participle_after_object_noun(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria condemned the Ostranian attack carried out on Friday.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
}

/* What is asked, offered or refused is not an act of its own: "urged X
 * to attack Y" is one appeal, "rejected a request by X to visit Y" one
 * rejection; a second act of the subject still is an event. */
static void test_requested_act_not_coded(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria urged Ostrania to attack Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "020");
    code("Valdoria rejected a request by Ostrania to visit Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "120");
    /* nor is what is considered; its target is the consideration's */
    code("Valdoria is weighing attacking Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "014");
    /* nor is the aid given: "provided funding to" is one act, with the
       receiver as its target */
    code("Valdoria provided funding to Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "070");
    /* "dozens feared captured" is no act of theirs */
    code("Valdoria attacked Ostrania, with Kessland feared dead.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
    code("Valdoria urged Ostrania and attacked Kessland.", &r);
    want(&r, "VAL", "OST", "020");
    want(&r, "VAL", "KES", "190");
    /* what "to help" names is the purpose of the act before it, and ends
       that act's object */
    code("Valdoria expelled diplomats to help end curfews with Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", NULL, "174");
    code("Valdoria provided funding to Ostrania to help the rebels attack Kessland and end curfews.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "070");
    /* nor what a deadline or a time given demands */
    code("Valdoria rejected Ostrania, giving it 10 days to end curfews.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "120");
    code("Valdoria condemned Ostrania and set a deadline for Kessland to end curfews.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "111");
    /* what a demand says another "must" do is not done */
    code("Valdoria said Ostrania must end curfews and attack Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "100");
    code("Valdoria said Ostrania must continue to attack Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "100");
    /* nor the speaker's own duty, which no pattern makes a demand */
    code("Valdoria said it must attack Kessland.", &r);
    want(&r, "VAL", "KES", "190");
    /* not the purpose of a statement */
    code("Valdoria said it wants to help attack Kessland.", &r);
    want(&r, "VAL", "KES", "190");
    /* support as the aim of aid given is the giving's purpose */
    code("Valdoria provided funding to Ostrania to endorse Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "070");
    /* an amount may stand between the noun of asking and what it asks */
    code("Valdoria rejected a request for $80 million to fund Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "120");
}

/* An agent that takes its country from the sentence is the source's own
   people: the target is the next actor, if there is one. */
static void test_own_agent_is_not_target(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria withdrew its troops from Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "087");
    code("Valdorian rebels attacked soldiers.", &r);
    want_count(&r, 1);
    want(&r, "VALREB", "VALMIL", "190");
}

/* Whoever acts alongside, beside, along with or together with the doer
 * is on its side, not the target; the search for the target goes on
 * past them. */
static void test_companion_is_not_target(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian troops attacked Kaltaban alongside Ostranian forces.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", "KESREB", "190");
    code("Valdorian troops attacked alongside Ostranian forces.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", NULL, "190");
    code("Valdorian troops attacked along with Ostranian forces and Kessland's army.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", NULL, "190");
    code("Valdorian troops attacked alongside Kessland's army.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", NULL, "190");
    code("Valdorian troops attacked alongside Varga's soldiers.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", NULL, "190");
    code("Valdorian troops attacked alongside the Northern Compact (Ostrania) yesterday.", &r);
    want_count(&r, 1);
    want(&r, "VALMIL", NULL, "190");
    code("Valdoria attacked Ostrania together with Kessland.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "190");
}

/* The object of a participle in -ing, with an article or a count before
 * it and its own words after it, is no subject of the verb that follows:
 * the doer before the participle is; with nothing between the -ing form
 * and the name, the -ing form is an adjective. */
static void test_participle_object_not_subject(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian rebels attacking two Ostranian convoys yesterday condemned Marovia.", &r);
    want(&r, "VALREB", "MRV", "111");
    assert_null(find_ev(&r, "OST", "MRV", "111"));
    code("Visiting Ostranian envoys condemned Marovia.", &r);
    want(&r, "OST", "MRV", "111");
}

/* "all but" before a verb is an adverb ("almost"), not a conjunction
 * that opens a clause sharing the previous clause's subject. */
static void test_all_but_is_adverb(void **state)
{
    (void)state;
    recorder r;
    code("When Valdoria was attacked by Ostrania, Marovia all but condemned Kessland.", &r);
    want(&r, "MRV", "KES", "111");
    assert_null(find_ev(&r, "VAL", "KES", "111"));
}

/* An intent to cooperate (030) whose act after "to" is one of force is a
 * threat only: "pledged to attack" is no pledge of cooperation. */
static void test_pledge_to_attack_is_threat_only(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria pledged to attack Ostrania.", &r);
    want_count(&r, 1);
    want(&r, "VAL", "OST", "1384");
    code("Valdoria pledged to condemn Ostrania.", &r);
    want(&r, "VAL", "OST", "030");
}

/* A quotation closed by a comma and its mark, then a speaker that is no
 * actor and the verb of saying: the speaker is not inside the quote. */
static void test_speaker_after_closed_quote(void **state)
{
    (void)state;
    recorder r;
    code("\"Valdoria is rearming quickly,\" the report said.", &r);
    assert_null(find_ev(&r, "VAL", NULL, "010"));
    code("\"Valdoria is rearming quickly,\" Marovia said.", &r);
    want(&r, "MRV", NULL, "010");
}

/* What is only pretended ("pretended to attack", "purporting to
 * negotiate") is not done. */
static void test_pretended_act_not_coded(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria pretended to attack Ostrania.", &r);
    want_count(&r, 0);
    code("Valdoria prepared to attack Ostrania.", &r);
    want(&r, "VAL", "OST", "1384");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alleged_act_not_coded),
        cmocka_unit_test(test_companion_is_not_target),
        cmocka_unit_test(test_participle_object_not_subject),
        cmocka_unit_test(test_all_but_is_adverb),
        cmocka_unit_test(test_pledge_to_attack_is_threat_only),
        cmocka_unit_test(test_speaker_after_closed_quote),
        cmocka_unit_test(test_pretended_act_not_coded),
        cmocka_unit_test(test_reduced_relative_on_object),
        cmocka_unit_test(test_loyal_to),
        cmocka_unit_test(test_cooperation_needs_partner),
        cmocka_unit_test(test_agent_of_means),
        cmocka_unit_test(test_requested_act_not_coded),
        cmocka_unit_test(test_participle_before_noun),
        cmocka_unit_test(test_circumstance_noun),
        cmocka_unit_test(test_support_verb_act),
        cmocka_unit_test(test_article_compound_noun),
        cmocka_unit_test(test_ing_noun_at_clause_end),
        cmocka_unit_test(test_participle_after_conjunction_is_passive),
        cmocka_unit_test(test_aside_before_quoted_verb),
        cmocka_unit_test(test_object_stops_at_ing_clause),
        cmocka_unit_test(test_passive_list_after_quote),
        cmocka_unit_test(test_on_behalf_of_is_no_target),
        cmocka_unit_test(test_joined_verb_shares_subject_not_object),
        cmocka_unit_test(test_background_relative),
        cmocka_unit_test(test_background_time_condition),
        cmocka_unit_test(test_own_agent_is_not_target),
        cmocka_unit_test(test_dictionaries_load_cleanly),
        cmocka_unit_test(test_subject_object),
        cmocka_unit_test(test_two_verbs_share_subject),
        cmocka_unit_test(test_object_noun_after_verb),
        cmocka_unit_test(test_two_verbs_share_subject_adjacent_object),
        cmocka_unit_test(test_passive_by),
        cmocka_unit_test(test_passive_object_words),
        cmocka_unit_test(test_aspect_before_ing),
        cmocka_unit_test(test_joined_infinitive),
        cmocka_unit_test(test_after_is_no_object),
        cmocka_unit_test(test_reduced_passive),
        cmocka_unit_test(test_negation),
        cmocka_unit_test(test_modality),
        cmocka_unit_test(test_obligation_and_plan_hypothetical),
        cmocka_unit_test(test_infinitive_hypothetical),
        cmocka_unit_test(test_conditional_if_hypothetical),
        cmocka_unit_test(test_reported_speech),
        cmocka_unit_test(test_reported_speech_trailing_attribution),
        cmocka_unit_test(test_quote_then_speaker),
        cmocka_unit_test(test_inverted_attribution),
        cmocka_unit_test(test_participle_adjective),
        cmocka_unit_test(test_bare_plural_subject),
        cmocka_unit_test(test_statement_kept_alone),
        cmocka_unit_test(test_same_code_roles),
        cmocka_unit_test(test_refusal),
        cmocka_unit_test(test_apposition_subject),
        cmocka_unit_test(test_base_form_after_country_adjective),
        cmocka_unit_test(test_reduced_passive_after_actor),
        cmocka_unit_test(test_intention_at_a_distance),
        cmocka_unit_test(test_visit_place_target),
        cmocka_unit_test(test_statement_pattern_stops_at_clause),
        cmocka_unit_test(test_time_phrase_not_target),
        cmocka_unit_test(test_pronoun_source_points_at_name),
        cmocka_unit_test(test_mood_statement_target),
        cmocka_unit_test(test_group_name_in_an_is_subject),
        cmocka_unit_test(test_decided_is_the_act),
        cmocka_unit_test(test_dash_aside),
        cmocka_unit_test(test_joined_verb_shares_no_subject),
        cmocka_unit_test(test_compound_acts_with_itself),
        cmocka_unit_test(test_passive_statement),
        cmocka_unit_test(test_relative_clause_before_verb),
        cmocka_unit_test(test_passive_appeal_with_to),
        cmocka_unit_test(test_titled_stranger_is_subject),
        cmocka_unit_test(test_by_phrase_of_object),
        cmocka_unit_test(test_title_case_headline),
        cmocka_unit_test(test_pattern_word_on_mention_head),
        cmocka_unit_test(test_possessive_forces_in_place),
        cmocka_unit_test(test_announced_threats),
        cmocka_unit_test(test_based_in),
        cmocka_unit_test(test_own_forces_and_places),
        cmocka_unit_test(test_pronoun_subject_after_that),
        cmocka_unit_test(test_nonverb_into_mention),
        cmocka_unit_test(test_lone_weapon_not_target),
        cmocka_unit_test(test_noun_after_subordinator),
        cmocka_unit_test(test_noun_after_saying),
        cmocka_unit_test(test_act_noun_by_without_article),
        cmocka_unit_test(test_bare_participle_is_passive),
        cmocka_unit_test(test_subject_after_subordinator_and_article),
        cmocka_unit_test(test_noun_before_saying),
        cmocka_unit_test(test_base_form_after_indefinite_mention),
        cmocka_unit_test(test_noun_before_auxiliary),
        cmocka_unit_test(test_compound_subject),
        cmocka_unit_test(test_comma_list_is_not_compound),
        cmocka_unit_test(test_list_ends_at_comma_after_and),
        cmocka_unit_test(test_relative_clause_subject),
        cmocka_unit_test(test_pattern_binds_source_and_target),
        cmocka_unit_test(test_longest_pattern_wins),
        cmocka_unit_test(test_synset_in_pattern),
        cmocka_unit_test(test_noun_after_determiner_or_possessive),
        cmocka_unit_test(test_capitalised_verb_is_name),
        cmocka_unit_test(test_place_is_not_target),
        cmocka_unit_test(test_statement_target),
        cmocka_unit_test(test_officer_of_unknown_body),
        cmocka_unit_test(test_reduced_relative_passive),
        cmocka_unit_test(test_base_form_after_singular_noun),
        cmocka_unit_test(test_verb_named_by_first_compiled_form),
        cmocka_unit_test(test_too_many_alternatives),
        cmocka_unit_test(test_paired_codes),
        cmocka_unit_test(test_reverse_only_code),
        cmocka_unit_test(test_nullcode_verb),
        cmocka_unit_test(test_stopped_act_negated),
        cmocka_unit_test(test_degree_and_year_modifiers),
        cmocka_unit_test(test_reported_clause_own_subject),
        cmocka_unit_test(test_subordinate_clause_own_subject),
        cmocka_unit_test(test_about_clause_without_that),
        cmocka_unit_test(test_place_part_capitalized),
        cmocka_unit_test(test_place_named_act),
        cmocka_unit_test(test_titled_stranger_takes_pronoun),
        cmocka_unit_test(test_collective_of_leads),
        cmocka_unit_test(test_recipient_over_thing_modifier),
        cmocka_unit_test(test_pronoun_sex_by_title),
        cmocka_unit_test(test_owner_of_ally_is_no_actor),
        cmocka_unit_test(test_visiting_guest_is_no_visit),
        cmocka_unit_test(test_peacekeeping_deployment),
        cmocka_unit_test(test_score_is_no_force),
        cmocka_unit_test(test_participle_not_by_object),
        cmocka_unit_test(test_disaster_no_event),
        cmocka_unit_test(test_back_as_adverb),
        cmocka_unit_test(test_unnamed_he_not_group),
        cmocka_unit_test(test_discard_phrase),
        cmocka_unit_test(test_cameo_fields_known_code),
        cmocka_unit_test(test_cameo_fields_unknown_code),
        cmocka_unit_test(test_question_flag),
        cmocka_unit_test(test_tabari_one_event_per_clause),
        cmocka_unit_test(test_tabari_source_is_first_actor),
        cmocka_unit_test(test_tabari_pronoun_previous_source),
        cmocka_unit_test(test_tabari_lone_agent),
        cmocka_unit_test(test_tabari_target_required),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_only_punctuation),
        cmocka_unit_test(test_megabyte_sentence),
        cmocka_unit_test(test_invalid_utf8_and_nul),
        cmocka_unit_test(test_ten_thousand_sentences),
        cmocka_unit_test(test_callback_abort),
        cmocka_unit_test(test_background_as_clause),
        cmocka_unit_test(test_decided_act_in_reaction_object),
        cmocka_unit_test(test_participle_after_object_noun),
        cmocka_unit_test(test_gerund_of_noun),
    };
    return cmocka_run_group_tests(tests, setup_dicts, teardown_dicts);
}
