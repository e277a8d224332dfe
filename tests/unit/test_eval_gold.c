/*
 * test_eval_gold.c -- unit tests of the gold readers and scoring helpers
 * behind `tacitus eval` (cli/eval_gold.c).
 *
 * eval_gold.c belongs to the CLI, which the unit-test build does not
 * compile, so it is included here directly; it depends only on libc and
 * json-c.  The small gold files under tests/data/eval/ were written for
 * these tests and exercise the odd cases of the real sets.  One test also
 * counts the real TABARI validation file when ../shared is present.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../cli/eval_gold.c"

#ifndef TAC_SOURCE_DIR
#define TAC_SOURCE_DIR "."
#endif
#define DATA(name) TAC_SOURCE_DIR "/tests/data/eval/" name

static eg_triple T(const char *s, const char *t, const char *c)
{
    eg_triple x;
    eg_triple_set(&x, s, strlen(s), t, strlen(t), c, strlen(c));
    return x;
}

static int has_triple(const eg_gold *g, const char *s, const char *t, const char *c)
{
    eg_triple x = T(s, t, c);
    for (size_t i = 0; i < g->n; i++)
        if (triple_eq(&g->ev[i], &x))
            return 1;
    return 0;
}

static void gold_of(const char *s, unsigned flags, eg_gold *g)
{
    eg_tabari_gold(s, strlen(s), flags, g);
}

/* ---- TABARI gold lines ---- */

static void test_tabari_simple(void **state)
{
    (void)state;
    eg_gold g;
    eg_gold_init(&g);
    gold_of("\\n------\n\\n[Simple]\n\\n{ ARN / GON / 064 } 950101 ", 0, &g);
    assert_int_equal(g.bearing, 1);
    assert_int_equal(g.none, 0);
    assert_int_equal(g.n, 1);
    assert_true(has_triple(&g, "ARN", "GON", "064"));
    /* Without real newlines, as a reader that keeps one line would. */
    gold_of("\\n[x]\\n{ A / B / 01 }\\n{C/D/02} LABEL\\n { E / F / 03 }", 0, &g);
    assert_int_equal(g.n, 3);
    assert_true(has_triple(&g, "C", "D", "02"));
    assert_true(has_triple(&g, "E", "F", "03"));
    /* Real newlines only, as a reader that turns \n into line breaks would. */
    gold_of("\n{ ~MOS / DAG / 023 }\n\n{ HOB / GON / 174K } */", 0, &g);
    assert_int_equal(g.n, 2);
    assert_true(has_triple(&g, "~MOS", "DAG", "023"));
    assert_true(has_triple(&g, "HOB", "GON", "174K"));
    eg_gold_free(&g);
}

static void test_tabari_marks(void **state)
{
    (void)state;
    eg_gold g;
    eg_gold_init(&g);
    gold_of("\\n{ --- } */", 0, &g);
    assert_true(g.bearing && g.none);
    assert_int_equal(g.n, 0);
    gold_of("\\nNo events {---} */", 0, &g);
    assert_true(g.bearing && g.none);
    gold_of("\\n{+++}  */", 0, &g);
    assert_false(g.bearing);
    gold_of("\\n{ +++ }", 0, &g);
    assert_false(g.bearing);
    gold_of("\\n{ OPTION: SET: TIME SHIFT = FALSE } */", 0, &g);
    assert_false(g.bearing);
    gold_of("\\n{ OPTION: SET: MINIMUM WORDS = 4  */", 0, &g);
    assert_false(g.bearing);
    assert_int_equal(g.odd, 0);
    gold_of("\\n-{ARN / GON / 064  } */", 0, &g);
    assert_false(g.bearing);
    gold_of("\\n -{ --- / --- / 000 }", 0, &g);
    assert_false(g.bearing);
    gold_of("followed by the events that should be coded in {}]", 0, &g);
    assert_false(g.bearing);
    /* {###}: the record must be discarded; gold only when asked. */
    gold_of("\\n{###}*/", 0, &g);
    assert_false(g.bearing);
    gold_of("\\n{###}*/", EG_TABARI_DISCARD_IS_NONE, &g);
    assert_true(g.bearing && g.none);
    /* Malformed lines are counted, not guessed. */
    gold_of("\\n{ NOR / 040 }\\n{ A / B / C / D }", 0, &g);
    assert_false(g.bearing);
    assert_int_equal(g.odd, 2);
    eg_gold_free(&g);
}

static void test_tabari_final(void **state)
{
    (void)state;
    const char *fin = "This is the end of the standard validation\n   records.  If you";
    const char *quote = "until it hits a record that says \"end of the standard validation records\"";
    assert_true(eg_tabari_is_final(fin, strlen(fin)));
    assert_false(eg_tabari_is_final(quote, strlen(quote)));
    assert_false(eg_tabari_is_final(NULL, 0));
}

struct split_tally {
    long records, strict, with_discard, triples, odd;
    char ids[16][32];
    int stop_at_final;
};

static int split_cb(void *ud, const eg_tabari_rec *r)
{
    struct split_tally *t = ud;
    if (t->stop_at_final && eg_tabari_is_final(r->body, r->body_len))
        return 1;
    if (t->records < 16)
        snprintf(t->ids[t->records], sizeof t->ids[0], "%.*s", (int)r->id_len, r->id);
    t->records++;
    eg_gold g;
    eg_gold_init(&g);
    eg_tabari_gold(r->body, r->body_len, 0, &g);
    t->strict += g.bearing;
    t->triples += (long)g.n;
    t->odd += g.odd;
    eg_tabari_gold(r->body, r->body_len, EG_TABARI_DISCARD_IS_NONE, &g);
    t->with_discard += g.bearing;
    eg_gold_free(&g);
    return 0;
}

static void test_tabari_split_file(void **state)
{
    (void)state;
    size_t len;
    char *buf = eg_read_file(DATA("records.text"), &len);
    assert_non_null(buf);
    struct split_tally t;
    memset(&t, 0, sizeof t);
    t.stop_at_final = 1;
    eg_tabari_split(buf, len, split_cb, &t);
    /* INTRO, BASIC-01..03, BASIC-03 again, NEG-01, NEG-02, MULTI-01, ODD-01 */
    assert_int_equal(t.records, 9);
    assert_string_equal(t.ids[0], "INTRO-00");
    assert_string_equal(t.ids[3], "BASIC-03");
    assert_string_equal(t.ids[4], "BASIC-03");
    assert_string_equal(t.ids[8], "ODD-01");
    /* BASIC-01, BASIC-02, BASIC-03, NEG-02, MULTI-01; the {###} record too
     * when discards count. */
    assert_int_equal(t.strict, 5);
    assert_int_equal(t.with_discard, 6);
    /* 1 + 2 + 4: MULTI-01's last line lies after its comment closed and is
     * still gold; duplicates are kept (multiset). */
    assert_int_equal(t.triples, 7);
    assert_int_equal(t.odd, 1);
    /* Without stopping, the records after the final one are seen too. */
    memset(&t, 0, sizeof t);
    long n = eg_tabari_split(buf, len, split_cb, &t);
    assert_int_equal(n, 11);
    assert_string_equal(t.ids[10], "AFTER-01");
    free(buf);
}

/* The real suite, when the shared data is beside the checkout: this is the
 * count `tacitus eval` reports as gold-bearing. */
static void test_tabari_real_counts(void **state)
{
    (void)state;
    const char *path = TAC_SOURCE_DIR "/../shared/eval/tabari_validate/Validate.text";
    size_t len;
    char *buf = eg_read_file(path, &len);
    if (!buf) {
        print_message("skipped: %s not found\n", path);
        skip();
    }
    struct split_tally t;
    memset(&t, 0, sizeof t);
    t.stop_at_final = 1;
    eg_tabari_split(buf, len, split_cb, &t);
    assert_int_equal(t.records, 472);
    assert_int_equal(t.strict, 417);
    assert_int_equal(t.with_discard, 424);
    assert_int_equal(t.triples, 521);
    assert_int_equal(t.odd, 0);
    free(buf);
}

static void test_meta_comment(void **state)
{
    (void)state;
    const char *m = "{\"comment\":\"\\\\n{ A / B / 01 }\\n\\\\n{---}\",\"x\":1}";
    char *c = eg_meta_comment(m, strlen(m));
    assert_non_null(c);
    assert_string_equal(c, "\\n{ A / B / 01 }\n\\n{---}");
    free(c);
    assert_null(eg_meta_comment(NULL, 0));
    assert_null(eg_meta_comment("{\"other\":2}", 11));
    assert_null(eg_meta_comment("{\"comment\":3}", 13));
    assert_null(eg_meta_comment("not json", 8));
    /* meta need not be NUL-terminated */
    const char *trunc = "{\"comment\":\"ok\"}GARBAGE";
    c = eg_meta_comment(trunc, 16);
    assert_non_null(c);
    assert_string_equal(c, "ok");
    free(c);
}

/* ---- multisets ---- */

static void test_multiset(void **state)
{
    (void)state;
    eg_triple g[3] = {T("A", "B", "01"), T("A", "B", "01"), T("B", "A", "02")};
    eg_triple c1[3] = {T("B", "A", "02"), T("A", "B", "01"), T("A", "B", "01")};
    eg_triple c2[3] = {T("A", "B", "01"), T("B", "A", "02"), T("B", "A", "02")};
    eg_triple c3[2] = {T("A", "B", "01"), T("B", "A", "02")};
    assert_true(eg_triples_same(g, 3, c1, 3));
    assert_int_equal(eg_triples_matched(g, 3, c2, 3), 2);
    assert_false(eg_triples_same(g, 3, c2, 3));
    assert_int_equal(eg_triples_matched(g, 3, c3, 2), 2);
    assert_false(eg_triples_same(g, 3, c3, 2));
    assert_true(eg_triples_same(NULL, 0, NULL, 0));
    assert_false(eg_triples_same(NULL, 0, c3, 1));
    /* A missing target never equals a gold one. */
    eg_triple e = T("A", "", "01"), f = T("A", "B", "01");
    assert_int_equal(eg_triples_matched(&f, 1, &e, 1), 0);
    /* Many triples: the heap path. */
    eg_triple big[100];
    for (int i = 0; i < 100; i++)
        big[i] = T("X", "Y", i % 2 ? "01" : "02");
    assert_true(eg_triples_same(big, 100, big, 100));
    /* Long codes are cut, not overflowed. */
    char longc[200];
    memset(longc, 'Q', sizeof longc - 1);
    longc[sizeof longc - 1] = '\0';
    eg_triple l = T(longc, "B", "0123456789012345678901");
    assert_int_equal(strlen(l.src), EG_CODE_MAX - 1);
    assert_int_equal(strlen(l.code), EG_EVCODE_MAX - 1);
}

static void test_category(void **state)
{
    (void)state;
    char c[8];
    eg_category("PATTERN-14b'", 12, c, sizeof c);
    assert_string_equal(c, "PATTERN");
    eg_category("950101", 6, c, sizeof c);
    assert_string_equal(c, "950101");
    eg_category("VERYLONGCATEGORY-1", 18, c, sizeof c);
    assert_string_equal(c, "VERYLON");
}

/* ---- PETRARCH ---- */

static void test_petr_file(void **state)
{
    (void)state;
    size_t len;
    char *buf = eg_read_file(DATA("records.xml"), &len);
    assert_non_null(buf);
    eg_petr_file f;
    char err[128];
    assert_int_equal(eg_petr_parse(buf, len, &f, err, sizeof err), 0);
    free(buf);
    assert_int_equal(f.n, 5);
    assert_string_equal(f.verbfile, "Test.verbs.txt");
    assert_string_equal(f.actorfile, "Test.actors.txt");
    assert_string_equal(f.agentfile, "Test.agents.txt");
    assert_null(f.discardfile);

    eg_petr_rec *r = &f.rec[0];
    assert_string_equal(r->id, "BASIC-01");
    assert_string_equal(r->date, "20240101");
    assert_string_equal(r->category, "BASIC");
    assert_string_equal(r->text, "Norland signed a trade pact\nwith Estavia.");
    assert_int_equal(r->gold.n, 1);
    assert_true(has_triple(&r->gold, "NOR", "EST", "057"));
    assert_true(r->active);
    assert_true(r->require_dyad);

    r = &f.rec[1];   /* blanks around '=', single quotes, self-closing tag */
    assert_string_equal(r->id, "BASIC-02");
    assert_string_equal(r->date, "20240102");
    assert_int_equal(r->gold.n, 2);
    assert_true(has_triple(&r->gold, "\"NEW ACTOR\"", "EST", "190"));
    assert_true(has_triple(&r->gold, "KOR", "NOR", "160"));
    assert_string_equal(r->text, "Korvath & allies warned Norland \xE2\x80\x94 again.");

    r = &f.rec[2];
    assert_string_equal(r->id, "EDGE-01");
    assert_true(r->gold.bearing && r->gold.none);
    assert_int_equal(r->gold.n, 0);
    assert_false(r->require_dyad);

    r = &f.rec[3];
    assert_true(r->gold.bearing && r->gold.none);   /* error="..." */
    assert_false(r->active);
    assert_true(r->require_dyad);

    r = &f.rec[4];
    assert_false(r->gold.bearing);
    assert_true(eg_petr_included(&f, "BASIC"));
    assert_true(eg_petr_included(&f, "EDGE"));
    assert_false(eg_petr_included(&f, "OTHER"));
    assert_false(eg_petr_included(&f, "BAS"));
    eg_petr_free(&f);
    eg_petr_free(&f);   /* a freed struct is zeroed: freeing again is harmless */
}

static void test_petr_bad(void **state)
{
    (void)state;
    eg_petr_file f;
    char err[128] = "";
    const char *bad = "<Sentences><Sentence id=\"A\" date=\"1\"";
    assert_int_equal(eg_petr_parse(bad, strlen(bad), &f, err, sizeof err), -1);
    assert_non_null(strstr(err, "unterminated"));
    const char *empty = "";
    assert_int_equal(eg_petr_parse(empty, 0, &f, err, sizeof err), 0);
    assert_int_equal(f.n, 0);
    eg_petr_free(&f);
}

/* ---- PLOVER ---- */

static void test_plover(void **state)
{
    (void)state;
    assert_string_equal(eg_plover_type("DEMAND"), "REQUEST");
    assert_string_equal(eg_plover_type("DISAPPROVE"), "ACCUSE");
    assert_string_equal(eg_plover_type("FIGHT"), "ASSAULT");
    assert_string_equal(eg_plover_type("AGREE"), "AGREE");

    eg_plover_set s;
    char err[128];
    assert_int_equal(eg_plover_load(DATA("plover.json"), &s, err, sizeof err), 0);
    assert_int_equal(s.n, 3);
    assert_int_equal(s.skipped, 2);   /* DOCUMENT, and FIGHT without text */
    eg_plover_rec *r = &s.rec[0];
    assert_string_equal(r->id, "T-DEMAND-0001");
    assert_string_equal(r->type, "REQUEST");
    assert_string_equal(r->date, "2000-01-01");
    assert_int_equal(r->nsrc, 1);
    assert_int_equal(r->ntgt, 2);
    assert_string_equal(r->tgt[1], "KORGOV");
    assert_int_equal(r->apart, EG_PLOVER_SCORED);
    r = &s.rec[1];
    assert_string_equal(r->type, "AGREE");
    assert_int_equal(r->ntgt, 0);     /* "target": "" */
    r = &s.rec[2];
    assert_int_equal(r->apart, EG_PLOVER_APART);
    assert_int_equal(r->nsrc, 0);     /* null */
    assert_string_equal(r->date, "");
    eg_plover_free(&s);
    assert_int_equal(eg_plover_load(DATA("no-such-file.json"), &s, err, sizeof err), -1);
    assert_int_equal(eg_plover_load(DATA("conflibert.jsonl"), &s, err, sizeof err), -1);

    assert_true(eg_same_country("USAGOV", "USA"));
    assert_true(eg_same_country("IGOUNO", "IGO"));
    assert_false(eg_same_country("US", "USA"));
    assert_false(eg_same_country("JPN", "JAP"));
    assert_false(eg_same_country(NULL, "USA"));
}

/* ---- ConfliBERT ---- */

static void test_conflibert(void **state)
{
    (void)state;
    eg_cb_set s;
    char err[128];
    assert_int_equal(eg_cb_load(DATA("conflibert.jsonl"), &s, err, sizeof err), 0);
    /* the blank line is ignored; "not json" and the record without text
     * are skipped */
    assert_int_equal(s.n, 3);
    assert_int_equal(s.skipped, 2);
    assert_string_equal(s.rec[0].text, "Norland troops attacked Estavia.");
    assert_int_equal(s.rec[0].pentaclass, 4);
    assert_int_equal(s.rec[0].nsrc, 1);
    assert_int_equal(s.rec[0].ntgt, 1);
    assert_int_equal(s.rec[0].line, 1);
    assert_string_equal(s.rec[1].text, "The two leaders met .");   /* tokens */
    assert_int_equal(s.rec[1].pentaclass, -1);
    assert_int_equal(s.rec[1].nrcp, 1);
    assert_int_equal(s.rec[2].pentaclass, 1);                 /* a number */
    assert_int_equal(s.rec[2].line, 6);
    eg_cb_free(&s);
}

static void test_pentaclass(void **state)
{
    (void)state;
    assert_int_equal(eg_pentaclass("01"), 0);
    assert_int_equal(eg_pentaclass("02"), 0);
    assert_int_equal(eg_pentaclass("03"), 1);
    assert_int_equal(eg_pentaclass("05"), 1);
    assert_int_equal(eg_pentaclass("06"), 2);
    assert_int_equal(eg_pentaclass("08"), 2);
    assert_int_equal(eg_pentaclass("09"), 3);
    assert_int_equal(eg_pentaclass("13"), 3);
    assert_int_equal(eg_pentaclass("14"), 4);
    assert_int_equal(eg_pentaclass("15"), 4);
    assert_int_equal(eg_pentaclass("16"), 3);   /* as the set labels it */
    assert_int_equal(eg_pentaclass("17"), 4);
    assert_int_equal(eg_pentaclass("20"), 4);
    assert_int_equal(eg_pentaclass("21"), -1);
    assert_int_equal(eg_pentaclass("00"), -1);
    assert_int_equal(eg_pentaclass(""), -1);
    assert_int_equal(eg_pentaclass(NULL), -1);
}

static int share(const char *a, const char *b)
{
    return eg_shares_content_word(a, strlen(a), b, strlen(b));
}

static void test_content_words(void **state)
{
    (void)state;
    assert_true(eg_is_stopword("The", 3));
    assert_true(eg_is_stopword("of", 2));
    assert_false(eg_is_stopword("troops", 6));
    assert_true(share("Iraqi troops", "the Iraqi army"));
    assert_true(share("IRAQI", "iraqi"));
    assert_false(share("the army of the north", "The navy of the south"));
    assert_false(share("a", "a"));
    /* possessives, typographic or not, leave the noun */
    assert_true(share("the Croatian government\xCA\xBCs request", "Croatian government 's request"));
    assert_true(share("Baghdad\xE2\x80\x99s forces", "Baghdad"));
    assert_false(share("it's", "s"));
    /* non-ASCII letters stay inside words */
    assert_true(share("T\xC3\xBCrkiye", "t\xC3\xBCrkiye officials"));
    assert_false(share("T\xC3\xBCrkiye", "rkiye"));
    assert_false(share("", "anything"));
    assert_false(eg_shares_content_word(NULL, 0, "x", 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tabari_simple),
        cmocka_unit_test(test_tabari_marks),
        cmocka_unit_test(test_tabari_final),
        cmocka_unit_test(test_tabari_split_file),
        cmocka_unit_test(test_tabari_real_counts),
        cmocka_unit_test(test_meta_comment),
        cmocka_unit_test(test_multiset),
        cmocka_unit_test(test_category),
        cmocka_unit_test(test_petr_file),
        cmocka_unit_test(test_petr_bad),
        cmocka_unit_test(test_plover),
        cmocka_unit_test(test_conflibert),
        cmocka_unit_test(test_pentaclass),
        cmocka_unit_test(test_content_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
