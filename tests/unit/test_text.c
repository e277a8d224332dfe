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
#include <stdlib.h>
#include <unistd.h>
#include <pthread.h>
#include <cmocka.h>
#include "temp_file.h"
#include "internal.h"
#include "lexicon.h"

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
    /* currency signs are not letters: the amount is a number */
    assert_string_equal(toks("gave \xe2\x82\xac" "3.5 million and \xe2\x82\xb4" "2.1bn", buf, sizeof buf),
                        "GAVE|\xe2\x82\xac|3.5|MILLION|AND|\xe2\x82\xb4|2.1BN");
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

/* Prepares s as a document (character references decoded) and returns
 * each token as FOLDED=original bytes, joined by '|'. */
static const char *doc_toks(const char *s, char *out, size_t cap)
{
    tac_dict *d = empty_dict();
    tac_ctx *c = tac_ctx_new();
    tac_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = s;
    doc.text_len = strlen(s);
    assert_int_equal(tacx_prepare_doc(d, c, &doc), TAC_OK);
    size_t n = 0;
    out[0] = 0;
    for (int i = 0; i < c->toks.n; i++) {
        const tok *t = &c->toks.v[i];
        assert_true(t->end > t->start && t->end <= strlen(s));
        n += (size_t)snprintf(out + n, cap - n, "%s%s=%.*s", i ? "|" : "", t->norm, (int)(t->end - t->start),
                              s + t->start);
    }
    tac_ctx_free(c);
    tac_dict_free(d);
    return out;
}

/* Character references are read as the characters they stand for, and
 * so are the remains of those whose "&" was lost (" #39;s", " quot;");
 * offsets stay those of the document. */
static void test_character_references(void **state)
{
    (void)state;
    char buf[1024];
    assert_string_equal(doc_toks("Iran&#39;s army &amp; Iraq", buf, sizeof buf),
                        "IRAN=Iran|'S=&#39;s|ARMY=army|&=&amp;|IRAQ=Iraq");
    assert_string_equal(doc_toks("Kenya #39;s army", buf, sizeof buf), "KENYA=Kenya|'S=#39;s|ARMY=army");
    assert_string_equal(doc_toks("He doesn #39;t know", buf, sizeof buf), "HE=He|DOESN'T=doesn #39;t|KNOW=know");
    assert_string_equal(doc_toks("said quot;no quot;", buf, sizeof buf), "SAID=said|\"=quot;|NO=no|\"=quot;");
    assert_string_equal(doc_toks("the &ldquo;deal&rdquo;", buf, sizeof buf),
                        "THE=the|\"=&ldquo;|DEAL=deal|\"=&rdquo;");
    assert_string_equal(doc_toks("a &#x41;&#66; b", buf, sizeof buf), "A=a|AB=&#x41;&#66;|B=b");
    /* not references: no ";", a word before, unknown names, no code point */
    assert_string_equal(doc_toks("&#39 x", buf, sizeof buf), "&=&|#=#|39=39|X=x");
    assert_string_equal(doc_toks("equot; &foo; &#0;", buf, sizeof buf), "EQUOT=equot|;=;|&=&|FOO=foo|;=;|&=&|#=#|0=0|;=;");
    assert_string_equal(doc_toks("room #1; x", buf, sizeof buf), "ROOM=room|#=#|1=1|;=;|X=x");
    assert_string_equal(doc_toks("&#99999999; ok", buf, sizeof buf), "&=&|#=#|99999999=99999999|;=;|OK=ok");
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
    assert_string_equal(sents("Ireland gave \xe2\x82\xac" "3.5 million to Lebanon. It said so.", buf, sizeof buf),
                        "Ireland gave \xe2\x82\xac" "3.5 million to Lebanon. || It said so.");
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
    /* any case, after blanks; a caption in brackets; a copyright sign */
    assert_string_equal(sents("  READ MORE: the summit\nKyiv urged its partners.\n[Photo: AP]\n\xc2\xa9 2025 Agency",
                              buf, sizeof buf),
                        "Kyiv urged its partners.");
    /* lines that only start like boilerplate are text */
    assert_string_equal(sents("Kyiv urged its partners,\nsaid officials.\nReuters reported it.\nBy noon Moscow refused.",
                              buf, sizeof buf),
                        "Kyiv urged its partners,\nsaid officials. || Reuters reported it. || By noon Moscow refused.");
    /* a byline is short and capitalised */
    assert_string_equal(sents("By the end of the talks on Friday the two sides had agreed on a text.", buf, sizeof buf),
                        "By the end of the talks on Friday the two sides had agreed on a text.");
}

/* Word and stem lookups: the tokenizer looks words up a few tokens after
 * making them and skips stem lengths no prefix word can have.  Every
 * token's word id, stems, class and start bits must still be exactly
 * what a direct lookup gives, at any position in a long text. */
/* A news agency's dateline at the start of a document, up to the first
 * word of the story; a headline with a colon or dash is none. */
static void test_dateline(void **state)
{
    (void)state;
    static const struct { const char *text, *dateline; } cases[] = {
        { "ATHENS (Reuters) - Greece said", "ATHENS (Reuters) - " },
        { "  KHARTOUM (Reuters) - Two aid workers", "  KHARTOUM (Reuters) - " },
        { "SAN SALVADOR, 12 NOV 89 (DOMESTIC SERVICE) -- [TEXT] WE", "SAN SALVADOR, 12 NOV 89 (DOMESTIC SERVICE) -- " },
        { "NEW DELHI: India said", "NEW DELHI: " },
        { "BAGHDAD, Iraq - Delegates", "BAGHDAD, Iraq - " },
        { "WASHINGTON/NEW YORK (Reuters) - The", "WASHINGTON/NEW YORK (Reuters) - " },
        { "Moscow (AFP) - Russia said", "Moscow (AFP) - " },
        { "LONDON, Feb 26 - Britain", "LONDON, Feb 26 - " },
        /* a country in parentheses, dates with and without a year, a
           date first */
        { "PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- Police", "PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- " },
        { "MADRID (SPAIN), 26 JAN 89 (RNE) -- [TEXT]", "MADRID (SPAIN), 26 JAN 89 (RNE) -- " },
        { "NO CITY (PERU), NO DATE -- Police", "NO CITY (PERU), NO DATE -- " },
        { "TEGUCIGALPA, 7 FEB (REUTER) -- The", "TEGUCIGALPA, 7 FEB (REUTER) -- " },
        { "WASHINGTON, Sept. 30, 2004 -- The", "WASHINGTON, Sept. 30, 2004 -- " },
        { "AUGUST 18, 2004 (IDG NEWS SERVICE) - Sun", "AUGUST 18, 2004 (IDG NEWS SERVICE) - " },
        { "PARIS (Reuters), the", "" },
        { "Iran (Tehran), the", "" },
        { "ROME (ITALY) said - ", "" },
        { "MAY 18 - ", "" },
        { "Iran: talks resume", "" },
        { "US - China talks", "" },
        { "Kabul - The talks", "" },
        { "Iran said on Monday", "" },
        { "ATHENS (Reuters)", "" },
        { "", "" },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        uint32_t n = tacx_dateline(cases[k].text, strlen(cases[k].text));
        if (n != strlen(cases[k].dateline) || strncmp(cases[k].text, cases[k].dateline, n))
            fail_msg("'%s': dateline of %u bytes, expected '%s'", cases[k].text, n, cases[k].dateline);
    }
}

static void test_token_lookups(void **state)
{
    (void)state;
    /* stems (no trailing '_') of several lengths, and exact words */
    static const char actors[] = "NEG [AAA]\nNEGOTIAT [BBB]\nWITHDRAW [CCC]\nDEMILITARIZ [DDD]\nSELF-DETONAT [EEE]\n"
                                 "ERDOG [TUR]\nKIEV_ [UKR]\nPARIS_ [FRA]\nNEGOTIATE_ [FFF]\n~~FINISH\n";
    char *path = temp_file(actors, sizeof actors - 1, ".actors");
    tac_builder *b = tac_builder_new(NULL, NULL);
    assert_int_equal(tac_builder_add_file(b, path, TAC_FMT_TABARI_ACTORS), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    unlink(path);
    free(path);
    static const char *const words[] = {
        "Negotiators", "negotiate", "NEG", "ne", "withdrawal", "withdraw", "Demilitarized", "self-detonating",
        "Erdo\xc4\x9f" "an", "Kiev", "Kievan", "Paris", "the", "talks", ",", "2,000", "negotiating"
    };
    char text[4096];
    size_t n = 0;
    for (int r = 0; r < 12; r++)
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
            n += (size_t)snprintf(text + n, sizeof text - n, "%s ", words[(w * 7 + (size_t)r) % (sizeof words / sizeof words[0])]);
    tac_ctx *c = tac_ctx_new();
    assert_int_equal(tacx_tokenize(d, c, text, n), TAC_OK);
    assert_true(c->toks.n > 100);
    int stems_seen = 0;
    for (int i = 0; i < c->toks.n; i++) {
        const tok *t = &c->toks.v[i];
        assert_int_equal(t->wid, tacx_dict_word(d, t->norm, t->nlen));
        assert_int_equal(t->cls, t->wid >= 0 ? d->word_class[t->wid] : 0);
        /* the stems: every prefix word the token starts with, shortest first */
        int32_t want[8];
        int nw = 0;
        for (size_t L = 1; L <= t->nlen && nw < 8; L++) {
            int32_t w = tacx_dict_word(d, t->norm, L);
            if (w >= 0 && d->word_is_prefix[w])
                want[nw++] = w;
        }
        assert_int_equal(t->npre, nw);
        uint32_t starts = t->cls & (WF_NAME | WF_VERB);
        for (int k = 0; k < nw; k++) {
            assert_int_equal(c->pre_ids.v[t->pre + k], want[k]);
            starts |= d->word_class[want[k]] & (WF_NAME | WF_VERB);
        }
        assert_int_equal(t->starts, starts);
        stems_seen += nw;
    }
    assert_true(stems_seen > 50);
    tac_ctx_free(c);
    tac_dict_free(d);
}

/* Word lists (tok_in): the filter each list gets on first use must never
 * hide a member, whatever the token (plain, in capitals, with a period,
 * non-ASCII, a number, a mark), and a word outside the list is outside
 * even when its hash bit is set.  Lists are static, as tok_in wants. */
static const char *const wl_small[] = { "SAID", "TOLD", "U.S.", NULL };
static const char *const wl_empty[] = { NULL };
static char wl_words[64][24];
static const char *wl_half[65], *wl_other_half[65];

static int plain_in(const tok *t, const char *const *words)
{
    for (; *words; words++)
        if (strlen(*words) == t->nlen && !memcmp(*words, t->norm, t->nlen))
            return 1;
    return 0;
}

static void *wl_thread(void *arg)
{
    const tac_ctx *c = arg;
    int hits = 0;
    for (int i = 0; i < c->toks.n; i++)
        hits += tok_in(&c->toks.v[i], wl_half) + tok_in(&c->toks.v[i], wl_other_half);
    return (void *)(intptr_t)hits;
}

static void test_word_lists(void **state)
{
    (void)state;
    tac_dict *d = empty_dict();
    tac_ctx *c = tac_ctx_new();
    const char *text = "Officials said the U.S. told Erdo\xc4\x9f" "an and M\xc3\xbcller , 2,000 troops ; "
                       "SAID Told said. Washington said Kyiv would talk to Moscow after the vote in "
                       "Brussels , Paris and Berlin ' s talks over sanctions and aid cuts rejected again";
    assert_int_equal(tacx_tokenize(d, c, text, strlen(text)), TAC_OK);
    assert_true(c->toks.n > 40 && c->toks.n <= 64);
    /* every other distinct token in one list, the rest in another */
    int nh = 0, no = 0, nw = 0;
    for (int i = 0; i < c->toks.n; i++) {
        const tok *t = &c->toks.v[i];
        int seen = 0;
        for (int k = 0; k < nw; k++)
            seen |= !strcmp(wl_words[k], t->norm);
        if (seen || t->nlen >= sizeof wl_words[0])
            continue;
        memcpy(wl_words[nw], t->norm, t->nlen + 1u);
        if (nw % 2)
            wl_other_half[no++] = wl_words[nw];
        else
            wl_half[nh++] = wl_words[nw];
        nw++;
    }
    assert_true(nh > 15 && no > 15);
    /* the lists' filters are built by two threads at once */
    pthread_t th[2];
    for (int k = 0; k < 2; k++)
        assert_int_equal(pthread_create(&th[k], NULL, wl_thread, c), 0);
    intptr_t hits[2];
    for (int k = 0; k < 2; k++) {
        void *r;
        assert_int_equal(pthread_join(th[k], &r), 0);
        hits[k] = (intptr_t)r;
    }
    assert_int_equal(hits[0], c->toks.n);   /* each token is in one of them */
    assert_int_equal(hits[1], c->toks.n);
    int in_small = 0, filtered = 0;
    for (int i = 0; i < c->toks.n; i++) {
        const tok *t = &c->toks.v[i];
        assert_int_equal(tok_in(t, wl_small), plain_in(t, wl_small));
        assert_int_equal(tok_in(t, wl_half), plain_in(t, wl_half));
        assert_int_equal(tok_in(t, wl_other_half), plain_in(t, wl_other_half));
        assert_false(tok_in(t, wl_empty));
        in_small += tok_in(t, wl_small);
        /* a token outside the small list whose hash bit the list does
           not have is turned away by the filter alone */
        const struct wl_filter *f = tacx_wl_add(wl_small);
        assert_non_null(f);
        filtered += !wl_has(f, t->hash);
    }
    assert_int_equal(in_small, 7);   /* said four times (one before a period), U.S., told, Told */
    assert_true(filtered > c->toks.n / 2);
    tac_ctx_free(c);
    tac_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_character_references),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_boilerplate),
        cmocka_unit_test(test_token_lookups),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_word_lists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
