/*
 * test_emit.c -- unit tests for the JSON event writer and the JSON/UTF-8
 * helpers (emit.c).  Output is compared byte for byte and also parsed
 * back with json-c to prove it is valid JSON.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tacitus.h"
#include "emit.h"

/* Parses s (one JSON value, optional trailing newline) with json-c;
 * returns the object (caller puts it) or NULL when it is not JSON. */
static json_object *parse_json(const char *s, size_t n)
{
    json_tokener *tok = json_tokener_new();
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    if (n && s[n - 1] == '\n')
        n--;
    json_object *o = json_tokener_parse_ex(tok, s, (int)n);
    if (json_tokener_get_error(tok) != json_tokener_success ||
        json_tokener_get_parse_end(tok) != n) {
        json_object_put(o);
        o = NULL;
    }
    json_tokener_free(tok);
    return o;
}

static const char ARTICLE[] =
    "KYIV --  Washington expects\n   much, said Vladimir Zelensky.";
/* offsets: "Washington" 9..19, "expects" 20..27, "Vladimir Zelensky" 42..59 */

static void fill(tac_doc *doc, tac_event *ev)
{
    memset(doc, 0, sizeof *doc);
    doc->id = "doc-1";
    doc->id_len = 5;
    doc->date = 20250425;
    doc->text = ARTICLE;
    doc->text_len = sizeof ARTICLE - 1;
    memset(ev, 0, sizeof *ev);
    ev->sentence = 3;
    ev->sent_start = 0;
    ev->sent_end = (uint32_t)(sizeof ARTICLE - 1);
    ev->source.code = "UKRGOV";
    ev->source.start = 42;
    ev->source.end = 59;
    ev->target.code = "USA";
    ev->target.start = 9;
    ev->target.end = 19;
    ev->verb_start = 20;
    ev->verb_end = 27;
    ev->cameo = "0233";
    memcpy(ev->root, "02", 3);
    ev->quad = 1;
    ev->goldstein = 3.4;
    ev->plover = "REQUEST";
    ev->flags = TAC_EV_NEGATED;
}

static void test_full_event(void **state)
{
    (void)state;
    tac_doc doc;
    tac_event ev;
    fill(&doc, &ev);
    tac_buf b = {0};
    assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
    assert_string_equal(b.p,
        "{\"doc_id\":\"doc-1\",\"sentence\":3,\"date\":\"2025-04-25\","
        "\"source\":{\"code\":\"UKRGOV\",\"text\":\"Vladimir Zelensky\",\"start\":42,\"end\":59},"
        "\"target\":{\"code\":\"USA\",\"text\":\"Washington\",\"start\":9,\"end\":19},"
        "\"verb\":{\"text\":\"expects\",\"start\":20,\"end\":27},"
        "\"cameo\":\"0233\",\"root\":\"02\",\"quad\":1,\"goldstein\":3.4,\"plover\":\"REQUEST\","
        "\"text\":\"KYIV -- Washington expects much, said Vladimir Zelensky.\","
        "\"flags\":[\"negated\"]}\n");
    json_object *o = parse_json(b.p, b.len);
    assert_non_null(o);
    json_object_put(o);

    /* a second event is appended after the first */
    size_t first = b.len;
    assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
    assert_int_equal(b.len, 2 * first);
    assert_memory_equal(b.p, b.p + first, first);
    tac_buf_free(&b);
}

static void test_nulls_and_flags(void **state)
{
    (void)state;
    tac_doc doc;
    tac_event ev;
    fill(&doc, &ev);
    doc.date = 0;
    ev.target.code = NULL;
    ev.source.code = NULL;
    ev.quad = 0;
    ev.goldstein = NAN;
    ev.plover = NULL;
    ev.cameo = "010";
    memcpy(ev.root, "01", 3);
    ev.flags = TAC_EV_HYPOTHETICAL | TAC_EV_FUTURE | TAC_EV_REPORTED |
               TAC_EV_PASSIVE | TAC_EV_QUESTION;
    ev.sent_start = 9;
    ev.sent_end = 27;
    tac_buf b = {0};
    assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
    assert_string_equal(b.p,
        "{\"doc_id\":\"doc-1\",\"sentence\":3,\"date\":null,\"source\":null,\"target\":null,"
        "\"verb\":{\"text\":\"expects\",\"start\":20,\"end\":27},"
        "\"cameo\":\"010\",\"root\":\"01\",\"quad\":null,\"goldstein\":null,\"plover\":null,"
        "\"text\":\"Washington expects\","
        "\"flags\":[\"hypothetical\",\"future\",\"reported\",\"passive\",\"question\"]}\n");
    json_object *o = parse_json(b.p, b.len);
    assert_non_null(o);
    json_object_put(o);

    /* no flags: an empty array */
    b.len = 0;
    ev.flags = 0;
    ev.goldstein = -10.0;
    ev.quad = 4;
    assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
    assert_non_null(strstr(b.p, "\"quad\":4,\"goldstein\":-10.0,"));
    assert_non_null(strstr(b.p, "\"flags\":[]}\n"));
    tac_buf_free(&b);
}

static void test_goldstein_forms(void **state)
{
    (void)state;
    static const struct { double g; const char *s; } cases[] = {
        {3.4, "3.4"}, {-10.0, "-10.0"}, {0.0, "0.0"}, {-0.1, "-0.1"},
        {10.0, "10.0"}, {-7.5, "-7.5"}, {0.25, "0.25"}, {1.0 / 3.0, "0.3333333333333333"},
    };
    tac_doc doc;
    tac_event ev;
    fill(&doc, &ev);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tac_buf b = {0};
        ev.goldstein = cases[i].g;
        assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
        char want[64];
        snprintf(want, sizeof want, "\"goldstein\":%s,\"plover\"", cases[i].s);
        assert_non_null(strstr(b.p, want));
        json_object *o = parse_json(b.p, b.len);
        assert_non_null(o);
        json_object *v;
        assert_true(json_object_object_get_ex(o, "goldstein", &v));
        assert_true(json_object_get_double(v) == cases[i].g);
        json_object_put(o);
        tac_buf_free(&b);
    }
    ev.goldstein = INFINITY;
    tac_buf b = {0};
    assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
    assert_non_null(strstr(b.p, "\"goldstein\":null,"));
    tac_buf_free(&b);
}

static void test_escape(void **state)
{
    (void)state;
    tac_buf b = {0};
    /* quotes, backslash, controls, a NUL, valid multibyte UTF-8 */
    static const char in[] = "a\"b\\c\n\t\r\x01\x1f\0z \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    assert_int_equal(tacx_json_escape(&b, in, sizeof in - 1), TAC_OK);
    assert_string_equal(b.p,
        "\"a\\\"b\\\\c\\n\\t\\r\\u0001\\u001f\\u0000z \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"");
    json_object *o = parse_json(b.p, b.len);
    assert_non_null(o);
    assert_int_equal(json_object_get_string_len(o), (int)sizeof in - 1);
    assert_memory_equal(json_object_get_string(o), in, sizeof in - 1);
    json_object_put(o);

    /* invalid bytes: stray continuation, lone lead, overlong, surrogate,
     * above U+10FFFF, truncated at the end; each byte becomes U+FFFD */
    b.len = 0;
    static const char bad[] = "x\x80y\xc3z\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xe2\x82";
    assert_int_equal(tacx_json_escape(&b, bad, sizeof bad - 1), TAC_OK);
#define R "\xef\xbf\xbd"
    assert_string_equal(b.p, "\"x" R "y" R "z" R R R R R R R R R R R "\"");
#undef R
    o = parse_json(b.p, b.len);
    assert_non_null(o);
    json_object_put(o);

    /* empty and NULL-with-zero-length */
    b.len = 0;
    assert_int_equal(tacx_json_escape(&b, NULL, 0), TAC_OK);
    assert_string_equal(b.p, "\"\"");
    assert_int_equal(tacx_json_escape(&b, NULL, 3), TAC_EINVAL);
    tac_buf_free(&b);
}

static void test_utf8_check(void **state)
{
    (void)state;
    static const char ok[] = "plain ascii text that is long enough \xc3\xa9\xe2\x82\xac";
    assert_int_equal(tacx_utf8_check(ok, sizeof ok - 1), sizeof ok - 1);
    static const char bad[] = "0123456789abcdef\xff rest";
    assert_int_equal(tacx_utf8_check(bad, sizeof bad - 1), 16);
    static const char trunc[] = "abc\xe2\x82";
    assert_int_equal(tacx_utf8_check(trunc, sizeof trunc - 1), 3);
    assert_int_equal(tacx_utf8_check("", 0), 0);
    const unsigned char e0[] = {0xE0, 0x80, 0x80};
    assert_int_equal(tacx_utf8_seq_len(e0, 3), 0);
    const unsigned char e0ok[] = {0xE0, 0xA0, 0x80};
    assert_int_equal(tacx_utf8_seq_len(e0ok, 3), 3);
}

static void test_hostile_slices(void **state)
{
    (void)state;
    tac_doc doc;
    tac_event ev;
    fill(&doc, &ev);
    /* offsets beyond the text and reversed ranges are clamped */
    ev.source.start = 1000;
    ev.source.end = 2000;
    ev.verb_start = 30;
    ev.verb_end = 20;
    ev.sent_end = 100000;
    /* invalid bytes and a tab inside the sentence */
    static const char txt[] = "Bad\xff\tbytes \"quoted\"\x01 here";
    doc.text = txt;
    doc.text_len = sizeof txt - 1;
    doc.id = "id\"with\nquote";
    doc.id_len = strlen(doc.id);
    tac_buf b = {0};
    assert_int_equal(tac_event_write_json(&b, &doc, &ev), TAC_OK);
    json_object *o = parse_json(b.p, b.len);
    assert_non_null(o);
    json_object *v, *w;
    assert_true(json_object_object_get_ex(o, "doc_id", &v));
    assert_string_equal(json_object_get_string(v), "id\"with\nquote");
    assert_true(json_object_object_get_ex(o, "source", &v));
    assert_true(json_object_object_get_ex(v, "text", &w));
    assert_string_equal(json_object_get_string(w), "");
    assert_true(json_object_object_get_ex(o, "text", &v));
    assert_string_equal(json_object_get_string(v),
                        "Bad\xef\xbf\xbd bytes \"quoted\"\x01 here");
    json_object_put(o);
    tac_buf_free(&b);
    assert_int_equal(tac_event_write_json(NULL, &doc, &ev), TAC_EINVAL);
}

/* tac_buf_printf: short and long texts (past its stack buffer), appended
 * after what is there, NUL-terminated. */
static void test_buf_printf(void **state)
{
    (void)state;
    tac_buf b = {0};
    assert_int_equal(tac_buf_printf(&b, "%s=%d;", "n", 42), TAC_OK);
    assert_string_equal(b.p, "n=42;");
    char big[1001];
    memset(big, 'x', 1000);
    big[1000] = 0;
    assert_int_equal(tac_buf_printf(&b, "[%s]%ld", big, 7L), TAC_OK);
    assert_int_equal(b.len, 5 + 1002 + 1);
    assert_int_equal(b.p[5], '[');
    assert_int_equal(b.p[1006], ']');
    assert_string_equal(b.p + 1007, "7");
    tac_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_event),
        cmocka_unit_test(test_nulls_and_flags),
        cmocka_unit_test(test_goldstein_forms),
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_buf_printf),
        cmocka_unit_test(test_utf8_check),
        cmocka_unit_test(test_hostile_slices),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
