/*
 * test_actors.c -- the actor stage seen through the public API: names
 * (multi-word, longest match, plurals, "---" blockers), dated codes,
 * agents combined with countries, titles before people, possessives,
 * pronouns and byte offsets.
 *
 * Every test codes sentences written for it against the invented world of
 * tests/data/unit/world.txt (actors, persons, agents) and
 * tests/data/unit/verbs.txt (verbs), and judges the actor codes and spans
 * of the events that tac_code() hands to a recording callback.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
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
    uint32_t sent_start, sent_end;
    char cameo[16];
    unsigned flags;
} ev_rec;

typedef struct recorder {
    ev_rec ev[MAXEV];
    int n;              /* events stored (at most MAXEV) */
    long total;         /* events seen */
    int bad;            /* events whose offsets fall outside the text */
} recorder;

static int on_event(void *ud, const tac_doc *doc, const tac_event *e)
{
    recorder *r = ud;
    r->total++;
    if ((!e->source.code && !e->target.code) || e->source.start > e->source.end || e->source.end > doc->text_len ||
        e->verb_start >= e->verb_end || e->verb_end > doc->text_len ||
        (e->target.code && (e->target.start > e->target.end || e->target.end > doc->text_len)))
        r->bad++;
    if (r->n >= MAXEV)
        return 0;
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
    x->sent_start = e->sent_start;
    x->sent_end = e->sent_end;
    snprintf(x->cameo, sizeof x->cameo, "%s", e->cameo ? e->cameo : "");
    x->flags = e->flags;
    return 0;
}

/* ---- the dictionary, built once for the whole group ------------------- */

static tac_dict *g_dict;
static int g_diag_problems;

static void on_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    (void)ud;
    if (severity >= TAC_DIAG_WARNING) {
        g_diag_problems++;
        fprintf(stderr, "dictionary problem: %s:%ld: %s\n", where ? where : "?", line, msg);
    }
}

static int setup_dict(void **state)
{
    (void)state;
    tac_builder *b = tac_builder_new(on_diag, NULL);
    if (!b)
        return -1;
    if (tac_builder_add_file(b, UNIT_DATA "world.txt", TAC_FMT_TACITUS) != TAC_OK ||
        tac_builder_add_file(b, UNIT_DATA "verbs.txt", TAC_FMT_TACITUS) != TAC_OK ||
        tac_builder_build(b, &g_dict) != TAC_OK) {
        tac_builder_free(b);
        return -1;
    }
    tac_builder_free(b);
    return 0;
}

static int teardown_dict(void **state)
{
    (void)state;
    tac_dict_free(g_dict);
    g_dict = NULL;
    return 0;
}

/* Codes text as one document dated date (yyyymmdd, 0 = unknown). */
static void code(const char *text, int32_t date, recorder *r)
{
    memset(r, 0, sizeof *r);
    tac_ctx *c = tac_ctx_new();
    assert_non_null(c);
    tac_doc doc = { .id = "t", .id_len = 1, .date = date, .text = text, .text_len = strlen(text) };
    assert_int_equal(tac_code(g_dict, c, &doc, on_event, r), TAC_OK);
    tac_ctx_free(c);
    assert_int_equal(r->bad, 0);
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

/* Fails unless the event exists; returns it. */
static const ev_rec *want(const recorder *r, const char *src, const char *tgt, const char *cameo)
{
    const ev_rec *e = find_ev(r, src, tgt, cameo);
    if (!e) {
        for (int i = 0; i < r->n; i++)
            fprintf(stderr, "  got: %s -> %s %s\n", r->ev[i].src, r->ev[i].has_tgt ? r->ev[i].tgt : "(none)",
                    r->ev[i].cameo);
        fail_msg("missing event %s -> %s %s", src, tgt ? tgt : "(none)", cameo);
    }
    return e;
}

static int count_src(const recorder *r, const char *src)
{
    int n = 0;
    for (int i = 0; i < r->n; i++)
        n += strcmp(r->ev[i].src, src) == 0;
    return n;
}

/* The bytes text[start, end) must read exactly `expect`. */
static void assert_span(const char *text, uint32_t start, uint32_t end, const char *expect)
{
    assert_true(end >= start);
    size_t n = end - start;
    if (n != strlen(expect) || memcmp(text + start, expect, n) != 0)
        fail_msg("span [%u,%u) is '%.*s', expected '%s'", start, end, (int)n, text + start, expect);
}

/* ---- tests ------------------------------------------------------------ */

/* The test dictionaries load without a single warning. */
static void test_dictionaries_load_cleanly(void **state)
{
    (void)state;
    assert_int_equal(g_diag_problems, 0);
    tac_dict_stats st;
    tac_dict_get_stats(g_dict, &st);
    assert_true(st.actors >= 10);
    assert_true(st.agents >= 5);
}

/* A name of several words is one actor, and its span covers every word. */
static void test_multiword_name(void **state)
{
    (void)state;
    recorder r;
    const char *t = "The United Provinces condemned Ostrania on Tuesday.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "UPR", "OST", "111");
    assert_span(t, e->src_start, e->src_end, "United Provinces");
    /* the longest variant of the same actor takes in "of Aldemar" too */
    t = "Valdoria condemned the United Provinces of Aldemar.";
    code(t, 20220115, &r);
    e = want(&r, "VAL", "UPR", "111");
    assert_span(t, e->tgt_start, e->tgt_end, "United Provinces of Aldemar");
}

/* "United Provinces" wins over the shorter name "United" inside it; alone,
 * "United" is its own actor. */
static void test_longest_match_wins(void **state)
{
    (void)state;
    recorder r;
    code("The United Provinces denounced Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "UPR", "OST", "111");
    assert_int_equal(count_src(&r, "UTD"), 0);
    code("United denounced Ostrania after the vote.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "UTD", "OST", "111");
}

/* A person's dated code: GOV on any day of the term, both ends included. */
static void test_dated_code_within_term(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ilsa Marren condemned Ostrania.";
    code(t, 20220115, &r);
    want(&r, "VALGOV", "OST", "111");
    code(t, 20200301, &r);   /* first day */
    want(&r, "VALGOV", "OST", "111");
    code(t, 20240228, &r);   /* last day */
    want(&r, "VALGOV", "OST", "111");
}

/* Outside the term, the undated fallback (ELI) applies. */
static void test_dated_code_outside_term(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ilsa Marren condemned Ostrania.";
    code(t, 20240229, &r);   /* the day after the term */
    want(&r, "VALELI", "OST", "111");
    assert_int_equal(count_src(&r, "VALGOV"), 0);
    code(t, 20200229, &r);   /* the day before */
    want(&r, "VALELI", "OST", "111");
    /* an open-ended range holds for any later date */
    code("Tomas Brecht condemned Kessland.", 20350101, &r);
    want(&r, "OSTGOV", "KES", "111");
    code("Tomas Brecht condemned Kessland.", 20171231, &r);
    want(&r, "OSTELI", "KES", "111");
}

/* A bare surname more than ten years before its holder's first term is
 * someone else: no actor; the full name still is one. */
static void test_bare_surname_long_before_term(void **state)
{
    (void)state;
    recorder r;
    code("Marren condemned Ostrania.", 20090101, &r);
    assert_int_equal(count_src(&r, "VALELI"), 0);
    code("Ilsa Marren condemned Ostrania.", 20090101, &r);
    want(&r, "VALELI", "OST", "111");
    code("Marren condemned Ostrania.", 20110101, &r);   /* within ten years */
    want(&r, "VALELI", "OST", "111");
    code("Marren condemned Ostrania.", 0, &r);          /* no date: no test */
    want(&r, "VALELI", "OST", "111");
    /* nor after a title, with a first name of another between */
    code("Minister Anna Marren condemned Ostrania.", 20090101, &r);
    assert_int_equal(count_src(&r, "VALELI"), 0);
    assert_int_equal(r.total, 1);
}

/* A document without a date gets the undated fallback code. */
static void test_dated_code_undated_document(void **state)
{
    (void)state;
    recorder r;
    code("Ilsa Marren condemned Ostrania.", 0, &r);
    assert_int_equal(r.total, 1);
    want(&r, "VALELI", "OST", "111");
    /* an actor with one undated code needs no date either */
    code("Anselm Varga condemned Ostrania.", 0, &r);
    want(&r, "KESMIL", "OST", "111");
}

/* An agent after a country adjective takes the country: "Valdorian
 * officials" is VALGOV, and the span covers both words. */
static void test_agent_with_country_adjective(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdorian officials condemned Ostrania.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "VALGOV", "OST", "111");
    assert_span(t, e->src_start, e->src_end, "Valdorian officials");
    t = "The Ostranian troops attacked Kessland at dawn.";
    code(t, 20220115, &r);
    e = want(&r, "OSTMIL", "KES", "190");
    assert_span(t, e->src_start, e->src_end, "Ostranian troops");
    /* an international organisation's officials are the organisation,
       its troops are not (CAMEO gives an IGO no government role) */
    code("Northern Compact officials condemned Ostrania.", 20220115, &r);
    want(&r, "IGONCP", "OST", "111");
    code("Northern Compact troops attacked Ostrania.", 20220115, &r);
    want(&r, "IGONCPMIL", "OST", "190");
    /* a possessive country before a two-word role */
    code("Valdoria's foreign minister condemned Ostrania.", 20220115, &r);
    want(&r, "VALGOV", "OST", "111");
    /* a role written "NGO~" goes before the country code */
    code("A Kesslandic rights group condemned Valdoria.", 20220115, &r);
    want(&r, "NGOKES", "VAL", "111");
    /* a subordinate clause between them keeps them apart: the troops
       below are not "Ostrania where troops" */
    t = "Valdoria condemned Ostrania where rebels attacked the capital.";
    code(t, 20220115, &r);
    e = want(&r, "VAL", "OST", "111");
    assert_span(t, e->tgt_start, e->tgt_end, "Ostrania");
}

/* "the ambassador of X", "soldiers in X": the agent takes the country
 * named after "of" or "in". */
static void test_agent_of_in_country(void **state)
{
    (void)state;
    recorder r;
    const char *t = "The ambassador of Ostrania condemned Valdoria.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "OSTDIP", "VAL", "111");
    assert_span(t, e->src_start, e->src_end, "ambassador of Ostrania");
    code("Soldiers in Kessland attacked Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "KESMIL", "OST", "190");
    /* a capital stands for its country */
    code("The ambassador in Tarsk condemned Kessland.", 20220115, &r);
    want(&r, "OSTDIP", "KES", "111");
}

/* A title before a known person keeps the person's code (dated as usual),
 * not the title's role. */
static void test_title_keeps_person_code(void **state)
{
    (void)state;
    recorder r;
    const char *t = "General Tomas Brecht condemned Kessland.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "OSTGOV", "KES", "111");
    assert_span(t, e->src_start, e->src_end, "General Tomas Brecht");
    code("President Ilsa Marren condemned Ostrania.", 20220115, &r);
    want(&r, "VALGOV", "OST", "111");
    code("President Ilsa Marren condemned Ostrania.", 20190101, &r);
    want(&r, "VALELI", "OST", "111");
    assert_int_equal(count_src(&r, "GOV"), 0);
}

/* A body of state named for a person of state is the person's country's
 * ("the Marren regime", "Brecht's troops"), the whole phrase its span;
 * the person stays the one a later "she" names. */
static void test_body_named_for_person(void **state)
{
    (void)state;
    recorder r;
    const char *t = "The Marren regime condemned Ostrania.";
    code(t, 20190101, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "VALGOV", "OST", "111");
    assert_span(t, e->src_start, e->src_end, "Marren regime");
    code("Tomas Brecht's troops attacked Kessland.", 20220115, &r);
    want(&r, "OSTMIL", "KES", "190");
    code("The Marren regime condemned Ostrania. She attacked Kessland.", 20190101, &r);
    want(&r, "VALELI", "KES", "190");
}

/* A title before a one-word country name makes it a surname ("Mr Irish"):
 * no actor there; the same title before a known person keeps the person. */
static void test_title_before_country_name(void **state)
{
    (void)state;
    recorder r;
    code("Mr Kessland condemned Valdoria.", 20220115, &r);
    assert_int_equal(r.total, 0);
    code("Dr. Valdorian condemned Kessland.", 20220115, &r);
    assert_int_equal(r.total, 0);
    code("Kessland condemned Valdoria.", 20220115, &r);
    want(&r, "KES", "VAL", "111");
}

/* A country name right before a known person merges into one mention with
 * the person's code. */
static void test_country_then_person_merges(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ostranian Tomas Brecht condemned Kessland.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "OSTGOV", "KES", "111");
    assert_span(t, e->src_start, e->src_end, "Ostranian Tomas Brecht");
    assert_int_equal(count_src(&r, "OST"), 0);
}

/* "X's Y" where Y is itself a mention: one mention with Y's code (the
 * head), spanning from X. */
static void test_possessive_head_wins(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Kessland's Anselm Varga condemned Valdoria.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "KESMIL", "VAL", "111");
    assert_span(t, e->src_start, e->src_end, "Kessland's Anselm Varga");
    t = "Valdoria condemned Ostrania's Tomas Brecht.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    e = want(&r, "VAL", "OSTGOV", "111");
    assert_span(t, e->tgt_start, e->tgt_end, "Ostrania's Tomas Brecht");
}

/* "he"/"she" stand for the first person named in the latest earlier
 * sentence that named one; the span is the pronoun itself. */
static void test_pronoun_refers_to_first_person(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ilsa Marren met Tomas Brecht in Tarsk. She later condemned Kessland.";
    code(t, 20220115, &r);
    const ev_rec *e = want(&r, "VALGOV", "KES", "111");
    assert_int_equal(e->sentence, 1);
    assert_span(t, e->src_start, e->src_end, "She");
    assert_int_equal(count_src(&r, "OSTGOV"), 0);
    t = "Tomas Brecht met Ilsa Marren in Brenvik. He later condemned Kessland.";
    code(t, 20220115, &r);
    e = want(&r, "OSTGOV", "KES", "111");
    assert_span(t, e->src_start, e->src_end, "He");
    /* a later sentence naming someone else moves the reference on */
    t = "Tomas Brecht stayed in Brenvik. Ilsa Marren met the delegation. She condemned Kessland.";
    code(t, 20220115, &r);
    want(&r, "VALGOV", "KES", "111");
    assert_int_equal(count_src(&r, "OSTGOV"), 0);
}

/* With no person named before, a pronoun is no actor. */
static void test_pronoun_without_antecedent(void **state)
{
    (void)state;
    recorder r;
    code("She condemned Kessland on Friday.", 20220115, &r);
    assert_int_equal(r.total, 0);
    /* a country is not a person: "he" does not refer to it */
    code("Valdoria sent a delegation. He condemned Kessland.", 20220115, &r);
    assert_int_equal(r.total, 0);
}

/* News mode: an agent with no country takes the country named last before
 * it in the same sentence; with none, it is coded by its role alone
 * ("GOV"), as GDELT codes actors of no known country. */
static void test_agent_without_country(void **state)
{
    (void)state;
    recorder r;
    /* the country named before the agent, else the first one after it:
       in news an agent with no country named belongs to the country the
       sentence names far more often than not */
    code("Officials condemned Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "OSTGOV", "OST", "111");
    code("The rebels attacked Kessland overnight.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "KESREB", "KES", "190");
    code("Officials condemned the rebels in Kessland.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "KESGOV", "KESREB", "111");
    /* a person named after the agent is more often its counterpart than
       its compatriot: no country from him */
    code("Officials condemned Tomas Brecht.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "GOV", "OSTGOV", "111");
    code("Valdoria condemned the rebels.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "VAL", "VALREB", "111");
    /* a country of an earlier sentence is no guide */
    code("Valdoria held elections. Officials condemned the rebels.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "GOV", "REB", "111");
    code("Officials condemned the rebels.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "GOV", "REB", "111");
    /* but their plain statement to no one is no event */
    code("Officials said the border was closed.", 20220115, &r);
    assert_int_equal(r.total, 0);
}

/* "soldiers from Valdoria" before any verb are Valdoria's soldiers; after
 * a verb ("withdrew troops from Ostrania") the country is where they
 * leave, not whose they are; after a verb and a preposition ("attacked
 * by soldiers from Valdoria") they are the object of the preposition,
 * and Valdoria's again. */
static void test_agent_from_country(void **state)
{
    (void)state;
    recorder r;
    code("Soldiers from Valdoria attacked Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "VALMIL", "OST", "190");
    code("Valdoria withdrew troops from Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "VAL", "OST", "087");
    code("Ostrania was attacked by soldiers from Valdoria.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "VALMIL", "OST", "190");
}

/* A country's name before its money names the money ("the Ostranian
 * dollar", "Ostrania $5 million" after an abbreviation or adjective
 * only): it is no actor, and lends no country to an agent; "promised
 * Ostrania $6 billion" still names Ostrania. */
static void test_country_money_not_actor(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian officials condemned the rise of the Ostranian dollar.", 20220115, &r);
    for (int i = 0; i < r.n; i++)
        assert_true(strncmp(r.ev[i].tgt, "OST", 3) != 0);
    code("Bankers said the Ostranian dollar rose.", 20220115, &r);
    assert_int_equal(r.total, 0);
    code("Valdoria promised Ostrania $6 billion.", 20220115, &r);
    assert_int_equal(r.total, 1);
    assert_string_equal(r.ev[0].tgt, "OST");
}

/* An initial before a one-word country name makes it a surname: "J.R.
 * Ostrania" is a person, not Ostrania. */
static void test_initial_before_place(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian officials condemned J.R. Ostrania.", 20220115, &r);
    assert_null(find_ev(&r, "VALGOV", "OST", "111"));
    code("Valdorian officials condemned R. Ostrania.", 20220115, &r);
    assert_null(find_ev(&r, "VALGOV", "OST", "111"));
    code("Valdorian officials condemned Ostrania.", 20220115, &r);
    want(&r, "VALGOV", "OST", "111");
}

/* The regular plural of a name is the same actor: "Marovians" from
 * "Marovian". */
static void test_plural_of_name(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Marovians denounced Ostrania.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "MRV", "OST", "111");
    assert_span(t, e->src_start, e->src_end, "Marovians");
    /* plural agents too */
    code("Valdorian officials and Ostranian generals condemned Kessland.", 20220115, &r);
    want(&r, "OSTMIL", "KES", "111");
}

/* A "---" name is known but is no actor: it hides the shorter names inside
 * it, and the verb finds no source. */
static void test_nullcode_name_blocks_shorter(void **state)
{
    (void)state;
    recorder r;
    code("The Valdoria Football Federation condemned Ostrania.", 20220115, &r);
    assert_int_equal(count_src(&r, "VAL"), 0);
    assert_int_equal(r.total, 0);
    code("Protesters on Ostrania Street condemned Kessland.", 20220115, &r);
    assert_int_equal(count_src(&r, "OST"), 0);
    /* as a would-be target it is skipped as well */
    code("Kessland condemned the Valdoria Football Federation.", 20220115, &r);
    assert_null(find_ev(&r, "KES", "VAL", "111"));
}

/* A "---" agent is a role that makes its country no actor: "the Valdoria
 * coach" is a team's, not a state's; so is the person it names, and "he"
 * after it is no earlier person either. */
static void test_null_agent(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria coach Brecht condemned Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 0);
    code("The coach of Valdoria condemned Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 0);
    code("Ostrania condemned the Valdorian goalkeeper.", 20220115, &r);
    assert_null(find_ev(&r, "OST", "VAL", "111"));
    /* other roles still combine */
    code("Valdoria troops condemned Ostrania.", 20220115, &r);
    want(&r, "VALMIL", "OST", "111");
}

/* The place of a dateline is where the report was filed, no actor; the
 * same name in the story is one. */
static void test_dateline_no_actor(void **state)
{
    (void)state;
    recorder r;
    code("OSTRANIA (Reuters) - Valdoria condemned Kessland.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "VAL", "KES", "111");
    /* nor the country of a role named after it */
    code("OSTRANIA (Reuters) - Officials condemned the attack.", 20220115, &r);
    want(&r, "GOV", NULL, "111");
    code("OSTRANIA (Reuters) - Officials said Valdoria condemned Ostrania.", 20220115, &r);
    want(&r, "VAL", "OST", "111");
    /* a city with its country in parentheses, a date without a year */
    code("PORT VALE (OSTRANIA), 7 FEB (AFP) -- Officials condemned the attack.", 20220115, &r);
    want(&r, "GOV", NULL, "111");
    assert_null(find_ev(&r, "OSTGOV", NULL, "111"));
    /* a title-case place with a dash and no agency is a headline, no
       dateline: its country is the officials' */
    code("Ostrania - Officials condemned Kessland.", 20220115, &r);
    want(&r, "OSTGOV", "KES", "111");
    code("OSTRANIA - Officials condemned Kessland.", 20220115, &r);
    assert_null(find_ev(&r, "OSTGOV", "KES", "111"));
}

/* A document without a date cannot tell a person's term; a capitalised
 * title before the name says the person holds office then, and picks
 * the term of that role (none when no term has it); a bare name or a
 * lower-case role does not. */
static void test_undated_title(void **state)
{
    (void)state;
    recorder r;
    code("President Ilsa Marren condemned Ostrania.", 0, &r);
    want(&r, "VALGOV", "OST", "111");
    code("Marren condemned Ostrania.", 0, &r);
    want(&r, "VALELI", "OST", "111");
    code("The minister, Ilsa Marren, condemned Ostrania.", 0, &r);
    want(&r, "VALELI", "OST", "111");
    /* a title of a role none of the terms has points at none of them */
    code("General Ilsa Marren condemned Ostrania.", 0, &r);
    want(&r, "VALELI", "OST", "111");
    /* with a date, the term of the date decides */
    code("President Ilsa Marren condemned Ostrania.", 20250101, &r);
    want(&r, "VALELI", "OST", "111");
}

/* "former" makes an office holder the country's elite: a government
 * body's former officials are VALELI, not VALGOVELI. */
static void test_former_is_elite(void **state)
{
    (void)state;
    recorder r;
    code("Former Brenvik Palace officials condemned Ostrania.", 20220115, &r);
    want(&r, "VALELI", "OST", "111");
    code("Brenvik Palace officials condemned Ostrania.", 20220115, &r);
    want(&r, "VALGOV", "OST", "111");
}

/* Source, target, verb and sentence offsets are byte offsets of the
 * document text, also after multi-byte characters and in later sentences. */
static void test_offsets(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Caf\xc3\xa9 owners in Brenvik closed early. "
                    "On Monday the ambassador of Ostrania condemned Valdoria \xe2\x80\x94 again.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "OSTDIP", "VAL", "111");
    assert_int_equal(e->sentence, 1);
    assert_span(t, e->src_start, e->src_end, "ambassador of Ostrania");
    assert_span(t, e->tgt_start, e->tgt_end, "Valdoria");
    assert_span(t, e->verb_start, e->verb_end, "condemned");
    const char *s1 = strstr(t, "On Monday");
    assert_int_equal(e->sent_start, (uint32_t)(s1 - t));
    assert_int_equal(e->sent_end, (uint32_t)strlen(t));
    assert_true(e->sent_start <= e->src_start && e->tgt_end <= e->sent_end);
}

/* Coordinated country adjectives share the role after them: "Valdorian
 * and Kesslandic troops" are VALMIL and KESMIL. */
static void test_shared_role_after_coordinated_adjectives(void **state)
{
    (void)state;
    recorder r;
    code("Valdorian and Kesslandic troops attacked Ostrania.", 20220115, &r);
    assert_int_equal(r.total, 2);
    want(&r, "VALMIL", "OST", "190");
    want(&r, "KESMIL", "OST", "190");
}

/* A person named in full ("Valdorian minister Petra Holm", a name no
 * dictionary lists) can be named again by surname later in the document;
 * in another document the surname means nothing. */
static void test_surname_refers_back(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Valdorian minister Petra Holm met Tomas Brecht. Holm condemned Kessland.";
    code(t, 20220115, &r);
    const ev_rec *e = want(&r, "VALGOV", "KES", "111");
    assert_int_equal(e->sentence, 1);
    assert_span(t, e->src_start, e->src_end, "Holm");
    code("Holm condemned Kessland.", 20220115, &r);
    assert_int_equal(r.total, 0);
}

/* A short name written in capitals in the dictionary ("UP") matches only
 * a word written in capitals: "gave up" names no actor.  In a text in
 * capitals throughout, case says nothing and it matches. */
static void test_capitals_abbreviation(void **state)
{
    (void)state;
    recorder r;
    code("Valdoria gave up and condemned Ostrania.", 20220115, &r);
    assert_int_equal(count_src(&r, "UPR"), 0);
    want(&r, "VAL", "OST", "111");
    code("The UP condemned Ostrania.", 20220115, &r);
    want(&r, "UPR", "OST", "111");
    code("THE UP CONDEMNED OSTRANIA ON MONDAY.", 20220115, &r);
    want(&r, "UPR", "OST", "111");
}

/* In capitals a word says nothing by its case: an agent takes no verb or
 * word of grammar after it as a person's name ("THE TROOPS WERE
 * ATTACKED", "THE REBELS ATTACKED"); an unknown word still names one. */
static void test_capitals_agent_not_name(void **state)
{
    (void)state;
    recorder r;
    const char *t = "THE TROOPS WERE ATTACKED BY OSTRANIA.";
    code(t, 20220115, &r);
    const ev_rec *e = want(&r, "OST", "OSTMIL", "190");
    assert_span(t, e->tgt_start, e->tgt_end, "TROOPS");
    t = "IN OSTRANIA THE REBELS ATTACKED KESSLAND.";
    code(t, 20220115, &r);
    e = want(&r, "OSTREB", "KES", "190");
    assert_span(t, e->src_start, e->src_end, "REBELS");
    t = "THE OSTRANIAN AMBASSADOR HALVARD CONDEMNED KESSLAND.";
    code(t, 20220115, &r);
    e = want(&r, "OSTDIP", "KES", "111");
    assert_span(t, e->src_start, e->src_end, "OSTRANIAN AMBASSADOR HALVARD");
}

/* Officials right after a group with a role of its own are that group's
 * ("Ostranian rebel officials": OSTREB), not a government; after a bare
 * country they are its government. */
static void test_officials_of_group(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ostranian rebel officials condemned Valdoria.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "OSTREB", "VAL", "111");
    assert_span(t, e->src_start, e->src_end, "Ostranian rebel officials");
    code("Ostranian officials condemned Valdoria.", 20220115, &r);
    want(&r, "OSTGOV", "VAL", "111");
}

/* An agent word with an adjective's ending in a list of modifiers of a
 * noun is no agent ("Valdorian military and economic aid" is aid for
 * Valdoria, not its military); alone it is ("the Valdorian military"),
 * and plural nouns in a list stay agents. */
static void test_agent_in_modifier_list(void **state)
{
    (void)state;
    recorder r;
    const char *t = "Ostrania promised Valdorian military, financial and political support.";
    code(t, 20220115, &r);
    assert_int_equal(r.total, 1);
    const ev_rec *e = want(&r, "OST", "VAL", "030");
    assert_span(t, e->tgt_start, e->tgt_end, "Valdorian");
    code("Ostrania promised Valdorian military and economic aid.", 20220115, &r);
    want(&r, "OST", "VAL", "030");
    code("Ostrania condemned the Valdorian military.", 20220115, &r);
    want(&r, "OST", "VALMIL", "111");
    code("Ostrania condemned Valdorian officials and economic advisers.", 20220115, &r);
    want(&r, "OST", "VALGOV", "111");
}

/* A place of [places] that runs on into capitalised words no dictionary
 * knows, or comes after one, is part of a longer name (a company, a
 * team), not its country; a point of the compass before it, a headline
 * in title case, a sentence in capitals and a name of [actors] keep
 * the country. */
static void test_place_inside_longer_name(void **state)
{
    (void)state;
    recorder r;
    code("Lindmark condemned Ostrania.", 20220115, &r);
    want(&r, "VAL", "OST", "111");
    code("Port Elsin officials condemned Ostrania.", 20220115, &r);
    want(&r, "VALGOV", "OST", "111");
    code("Lindmark Shipping condemned Ostrania.", 20220115, &r);
    assert_int_equal(count_src(&r, "VAL"), 0);
    code("Lindmark Corp condemned Ostrania.", 20220115, &r);
    assert_int_equal(count_src(&r, "VAL"), 0);
    code("The Marovian-backed Lindmark condemned Ostrania.", 20220115, &r);
    want(&r, "VAL", "OST", "111");
    code("The Harbour Trust of Pellin Lindmark condemned Ostrania.", 20220115, &r);
    assert_int_equal(count_src(&r, "VAL"), 0);
    code("Northern Lindmark condemned Ostrania.", 20220115, &r);
    want(&r, "VAL", "OST", "111");
    code("Lindmark Condemns Ostrania Over Border Raid", 20220115, &r);
    want(&r, "VAL", "OST", "111");
    code("LINDMARK SHIPPING CONDEMNED OSTRANIA.", 20220115, &r);
    want(&r, "VAL", "OST", "111");
    code("Valdoria Shipping condemned Ostrania.", 20220115, &r);
    want(&r, "VAL", "OST", "111");
}

/* A meeting or an accord named after a place of [places] ("the Lindmark
 * talks") is no act of the place's country, in any case; the place's
 * officials still are. */
static void test_place_naming_a_meeting(void **state)
{
    (void)state;
    recorder r;
    code("Ostrania condemned the Lindmark talks.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "OST", NULL, "111");
    code("The Lindmark peace conference condemned Ostrania.", 20220115, &r);
    assert_int_equal(count_src(&r, "VAL"), 0);
    code("OSTRANIA CONDEMNED THE LINDMARK SUMMIT.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "OST", NULL, "111");
    code("Ostrania condemned the Lindmark officials.", 20220115, &r);
    want(&r, "OST", "VALGOV", "111");
}

/* A title, a comma and a person make one mention when the name closes
 * the apposition (a comma after it, or the sentence's end); with a word
 * after it the name opens a clause of its own, and is its subject. */
static void test_apposition_closed_by_punctuation(void **state)
{
    (void)state;
    recorder r;
    const char *t = "The minister, Brecht, condemned Marovia.";
    code(t, 20220115, &r);
    const ev_rec *e = want(&r, "OSTGOV", "MRV", "111");
    assert_span(t, e->src_start, e->src_end, "minister, Brecht");
    code("After talks with the minister, Brecht condemned Marovia.", 20220115, &r);
    assert_int_equal(r.total, 1);
    want(&r, "OSTGOV", "MRV", "111");
}

/* The owner of a relative ("Brecht's wife", "Brecht's late father") is
 * no actor of the sentence: the relative is someone else; another
 * possessed noun leaves the owner an actor. */
static void test_owner_of_relative_not_actor(void **state)
{
    (void)state;
    recorder r;
    code("Brecht's wife condemned Marovia.", 20220115, &r);
    assert_int_equal(count_src(&r, "OSTGOV"), 0);
    code("Brecht's late father condemned Marovia.", 20220115, &r);
    assert_int_equal(count_src(&r, "OSTGOV"), 0);
    code("Brecht's government condemned Marovia.", 20220115, &r);
    want(&r, "OSTGOV", "MRV", "111");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dictionaries_load_cleanly),
        cmocka_unit_test(test_multiword_name),
        cmocka_unit_test(test_longest_match_wins),
        cmocka_unit_test(test_dated_code_within_term),
        cmocka_unit_test(test_dated_code_outside_term),
        cmocka_unit_test(test_dated_code_undated_document),
        cmocka_unit_test(test_bare_surname_long_before_term),
        cmocka_unit_test(test_agent_with_country_adjective),
        cmocka_unit_test(test_agent_of_in_country),
        cmocka_unit_test(test_title_keeps_person_code),
        cmocka_unit_test(test_body_named_for_person),
        cmocka_unit_test(test_title_before_country_name),
        cmocka_unit_test(test_country_then_person_merges),
        cmocka_unit_test(test_possessive_head_wins),
        cmocka_unit_test(test_pronoun_refers_to_first_person),
        cmocka_unit_test(test_pronoun_without_antecedent),
        cmocka_unit_test(test_agent_without_country),
        cmocka_unit_test(test_agent_from_country),
        cmocka_unit_test(test_country_money_not_actor),
        cmocka_unit_test(test_initial_before_place),
        cmocka_unit_test(test_plural_of_name),
        cmocka_unit_test(test_nullcode_name_blocks_shorter),
        cmocka_unit_test(test_null_agent),
        cmocka_unit_test(test_dateline_no_actor),
        cmocka_unit_test(test_undated_title),
        cmocka_unit_test(test_former_is_elite),
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_shared_role_after_coordinated_adjectives),
        cmocka_unit_test(test_surname_refers_back),
        cmocka_unit_test(test_capitals_abbreviation),
        cmocka_unit_test(test_capitals_agent_not_name),
        cmocka_unit_test(test_officials_of_group),
        cmocka_unit_test(test_agent_in_modifier_list),
        cmocka_unit_test(test_place_inside_longer_name),
        cmocka_unit_test(test_place_naming_a_meeting),
        cmocka_unit_test(test_apposition_closed_by_punctuation),
        cmocka_unit_test(test_owner_of_relative_not_actor),
    };
    return cmocka_run_group_tests(tests, setup_dict, teardown_dict);
}
