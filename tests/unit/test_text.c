/*
 * test_text.c -- tokenizer, sentence splitter and boilerplate removal,
 * seen through the public API (tac_code with --explain output) and the
 * internal tokenizer.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "internal.h"

static tac_dict *empty_dict(void)
{
    tac_builder *b = tac_builder_new(NULL, NULL);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    return d;
}

/* Tokenizes s and returns the folded tokens joined by '|'. */
static const char *toks(const char *s, char *out, size_t cap)
{
    tac_dict *d = empty_dict();
    tac_ctx *c = tac_ctx_new();
    assert_int_equal(tacx_tokenize(d, c, s, strlen(s)), TAC_OK);
    size_t n = 0;
    out[0] = 0;
    for (int i = 0; i < c->toks.n; i++) {
        const tok *t = &c->toks.v[i];
        /* offsets point at the original bytes */
        assert_true(t->end > t->start && t->end <= strlen(s));
        n += (size_t)snprintf(out + n, cap - n, "%s%s", i ? "|" : "", t->norm);
    }
    tac_ctx_free(c);
    tac_dict_free(d);
    return out;
}

static void test_tokens(void **state)
{
    (void)state;
    char buf[1024];
    assert_string_equal(toks("Zelensky's plan", buf, sizeof buf), "ZELENSKY|'S|PLAN");
    assert_string_equal(toks("the U.S. and U.S.S.R. met", buf, sizeof buf), "THE|U.S.|AND|U.S.S.R.|MET");
    assert_string_equal(toks("Kyiv didn't reject it.", buf, sizeof buf), "KYIV|DIDN'T|REJECT|IT|.");
    assert_string_equal(toks("al-Qaeda fighters, 50,000 troops", buf, sizeof buf), "AL-QAEDA|FIGHTERS|,|50,000|TROOPS");
    assert_string_equal(toks("Erdo\xc4\x9f" "an said \xe2\x80\x9cno\xe2\x80\x9d", buf, sizeof buf), "ERDOGAN|SAID|\"|NO|\"");
    assert_string_equal(toks("Ukraine\xe2\x80\x99s backers", buf, sizeof buf), "UKRAINE|'S|BACKERS");
    assert_string_equal(toks("Gen. Smith met Mr. Jones", buf, sizeof buf), "GEN.|SMITH|MET|MR.|JONES");
    /* invalid UTF-8 and NUL bytes separate tokens and never crash */
    const char bad[] = "Kyiv\xff\xfeMoscow\0Paris";
    tac_dict *d = empty_dict();
    tac_ctx *c = tac_ctx_new();
    assert_int_equal(tacx_tokenize(d, c, bad, sizeof bad - 1), TAC_OK);
    assert_int_equal(c->toks.n, 3);
    assert_string_equal(c->toks.v[1].norm, "MOSCOW");
    assert_int_equal(c->toks.v[1].start, 6);
    tac_ctx_free(c);
    tac_dict_free(d);
}

/* Splits s and returns the sentences joined by " || ". */
static const char *sents(const char *s, char *out, size_t cap)
{
    tac_dict *d = empty_dict();
    tac_ctx *c = tac_ctx_new();
    assert_int_equal(tacx_tokenize(d, c, s, strlen(s)), TAC_OK);
    assert_int_equal(tacx_split_sentences(d, c), TAC_OK);
    size_t n = 0;
    out[0] = 0;
    for (int i = 0; i < c->sents.n; i++) {
        const sentence *se = &c->sents.v[i];
        n += (size_t)snprintf(out + n, cap - n, "%s%.*s", i ? " || " : "", (int)(se->end - se->start), s + se->start);
    }
    tac_ctx_free(c);
    tac_dict_free(d);
    return out;
}

static void test_sentences(void **state)
{
    (void)state;
    char buf[2048];
    assert_string_equal(sents("The U.S. Secretary of State arrived. He met Gen. Petraeus on Jan. 5 in St. Louis.", buf, sizeof buf),
                        "The U.S. Secretary of State arrived. || He met Gen. Petraeus on Jan. 5 in St. Louis.");
    assert_string_equal(sents("Talks ended in the U.S. The delegates left.", buf, sizeof buf),
                        "Talks ended in the U.S. || The delegates left.");
    assert_string_equal(sents("\"We will fight,\" he said. \"We will win.\" Then he left!", buf, sizeof buf),
                        "\"We will fight,\" he said. || \"We will win.\" || Then he left!");
    assert_string_equal(sents("Kyiv agreed \xe2\x80\x93 reluctantly \xe2\x80\x93 to talks. Moscow did not.", buf, sizeof buf),
                        "Kyiv agreed \xe2\x80\x93 reluctantly \xe2\x80\x93 to talks. || Moscow did not.");
    /* a paragraph break ends a headline without a full stop */
    assert_string_equal(sents("Ukraine asks allies for help\n\nKyiv urged its partners.", buf, sizeof buf),
                        "Ukraine asks allies for help || Kyiv urged its partners.");
    /* a wrapped line does not end a sentence */
    assert_string_equal(sents("Showers continued in\nthe Bahia zone.", buf, sizeof buf), "Showers continued in\nthe Bahia zone.");
    /* the opening quote of the next paragraph stays with its sentence */
    assert_string_equal(sents("He left.\n\xe2\x80\x9cWe hope so,\xe2\x80\x9d he said.", buf, sizeof buf),
                        "He left. || \xe2\x80\x9cWe hope so,\xe2\x80\x9d he said.");
}

static void test_boilerplate(void **state)
{
    (void)state;
    char buf[2048];
    assert_string_equal(sents("Kyiv urged its partners.\nRead more: Ten photos from the summit\nMoscow refused.", buf, sizeof buf),
                        "Kyiv urged its partners. || Moscow refused.");
    assert_string_equal(sents("By Jane Doe\nKyiv urged its partners.\nPhoto: Reuters/John Roe", buf, sizeof buf),
                        "Kyiv urged its partners.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_boilerplate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
