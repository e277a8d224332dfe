/*
 * test_input.c -- unit tests for tac_parse_date and the document reader
 * (input.c): plain text, JSON lines and TABARI records, with the
 * diagnostics each malformed input must raise.
 *
 * Small inputs live in tests/data/input/; large or binary ones are written
 * to temporary files by the tests themselves.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "temp_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tacitus.h"
#include "internal.h"

#ifndef TAC_SOURCE_DIR
#define TAC_SOURCE_DIR "."
#endif
#define DATA TAC_SOURCE_DIR "/tests/data/input/"

/* ---- collecting diagnostics and documents ---- */

#define MAXD 64
typedef struct {
    int n;
    int sev[MAXD];
    long line[MAXD];
    char where[MAXD][256];
    char msg[MAXD][512];
} diags;

static void on_diag(void *ud, int sev, const char *where, long line, const char *msg)
{
    diags *d = ud;
    if (d->n >= MAXD)
        return;
    d->sev[d->n] = sev;
    d->line[d->n] = line;
    snprintf(d->where[d->n], sizeof d->where[0], "%s", where ? where : "");
    snprintf(d->msg[d->n], sizeof d->msg[0], "%s", msg);
    d->n++;
}

/* index of the first diagnostic whose message contains s, or -1 */
static int find_diag(const diags *d, const char *s)
{
    for (int i = 0; i < d->n; i++)
        if (strstr(d->msg[i], s))
            return i;
    return -1;
}

typedef struct {
    char *id, *title, *text, *meta;
    size_t text_len;
    int32_t date;
} doccopy;

static char *dup_n(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = malloc(n + 1);
    assert_non_null(p);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static void copy_doc(doccopy *to, const tac_doc *d)
{
    to->id = dup_n(d->id, d->id_len);
    to->title = dup_n(d->title, d->title_len);
    to->text = dup_n(d->text, d->text_len);
    to->text_len = d->text_len;
    to->meta = dup_n(d->meta, d->meta_len);
    to->date = d->date;
}

/* Reads every document of path into docs[] (at most max), through
 * json-c only when json_c_only; OUT: *n, the count.  Asserts that reading
 * ends cleanly (0, not an error); returns the reader, for the caller to
 * free. */
static tac_reader *read_docs(const char *path, tac_input_format fmt, int32_t defdate, int json_c_only, diags *dg,
                             doccopy *docs, int max, int *n)
{
    tac_reader *r = NULL;
    assert_int_equal(tac_reader_open(path, fmt, defdate, on_diag, dg, &r), TAC_OK);
    assert_non_null(r);
    tacx_reader_json_c_only(r, json_c_only);
    int rc;
    tac_doc d;
    *n = 0;
    while ((rc = tac_reader_next(r, &d)) == 1) {
        assert_true(*n < max);
        copy_doc(&docs[(*n)++], &d);
    }
    assert_int_equal(rc, 0);
    return r;
}

/* Reads every document of path into docs[] (at most max); returns the
 * count.  Asserts that reading ends cleanly and stays at the end, with
 * all the input consumed. */
static int read_all(const char *path, tac_input_format fmt, int32_t defdate, diags *dg,
                    doccopy *docs, int max)
{
    int n;
    tac_reader *r = read_docs(path, fmt, defdate, 0, dg, docs, max, &n);
    tac_doc d;
    assert_int_equal(tac_reader_next(r, &d), 0); /* stays at the end */
    uint64_t done, total;
    tac_reader_progress(r, &done, &total);
    if (total)
        assert_int_equal(done, total);
    tac_reader_free(r);
    return n;
}

static void free_docs(doccopy *docs, int n)
{
    for (int i = 0; i < n; i++) {
        free(docs[i].id);
        free(docs[i].title);
        free(docs[i].text);
        free(docs[i].meta);
    }
}

/* ---- dates ---- */

static void test_dates(void **state)
{
    (void)state;
    assert_int_equal(tac_parse_date("2025-04-25", 10), 20250425);
    assert_int_equal(tac_parse_date("20250425", 8), 20250425);
    assert_int_equal(tac_parse_date("950101", 6), 19950101);
    assert_int_equal(tac_parse_date("290101", 6), 20290101);
    assert_int_equal(tac_parse_date("300101", 6), 19300101);
    assert_int_equal(tac_parse_date("000229", 6), 20000229); /* 2000 is leap */
    assert_int_equal(tac_parse_date("2024-02-29", 10), 20240229);
    assert_int_equal(tac_parse_date("2025-04-25xyz", 10), 20250425); /* len counts */
    /* invalid */
    assert_int_equal(tac_parse_date("2023-02-29", 10), 0);
    assert_int_equal(tac_parse_date("19000229", 8), 0); /* 1900 not leap */
    assert_int_equal(tac_parse_date("2025-13-01", 10), 0);
    assert_int_equal(tac_parse_date("2025-00-10", 10), 0);
    assert_int_equal(tac_parse_date("2025-04-31", 10), 0);
    assert_int_equal(tac_parse_date("2025-04-00", 10), 0);
    assert_int_equal(tac_parse_date("2025/04/25", 10), 0);
    assert_int_equal(tac_parse_date("2025-4-25", 9), 0);
    assert_int_equal(tac_parse_date("9501201", 7), 0);
    assert_int_equal(tac_parse_date("186010029", 9), 0);
    assert_int_equal(tac_parse_date("95010a", 6), 0);
    assert_int_equal(tac_parse_date("00000101", 8), 0);
    assert_int_equal(tac_parse_date("", 0), 0);
    assert_int_equal(tac_parse_date(NULL, 10), 0);
    assert_int_equal(tac_parse_date("-2025-04-2", 10), 0);
}


/* ---- JSON lines: the direct reader against json-c ---- */

/* Reads path with json-c only (json_c_only) or directly where it can;
 * the documents and diagnostics read; OUT: lines read directly. */
static int read_path(const char *path, int json_c_only, diags *dg, doccopy *docs, int max, long *direct)
{
    int n;
    tac_reader *r = read_docs(path, TAC_INPUT_JSONL, 20200101, json_c_only, dg, docs, max, &n);
    *direct = tacx_reader_direct_lines(r);
    tac_reader_free(r);
    return n;
}

static void same_str(const char *a, const char *b)
{
    if (!a || !b)
        assert_ptr_equal(a, b);
    else
        assert_string_equal(a, b);
}

/* Both paths give the same documents and diagnostics; returns the lines
 * read directly. */
static long compare_paths(const char *path)
{
    static diags d1, d2;
    static doccopy a[MAXD], b[MAXD];
    memset(&d1, 0, sizeof d1);
    memset(&d2, 0, sizeof d2);
    long direct_a, direct_b;
    int na = read_path(path, 1, &d1, a, MAXD, &direct_a);
    int nb = read_path(path, 0, &d2, b, MAXD, &direct_b);
    assert_int_equal(direct_a, 0);
    assert_int_equal(na, nb);
    for (int i = 0; i < na; i++) {
        same_str(a[i].id, b[i].id);
        same_str(a[i].title, b[i].title);
        same_str(a[i].meta, b[i].meta);
        assert_int_equal(a[i].text_len, b[i].text_len);
        assert_memory_equal(a[i].text, b[i].text, a[i].text_len);
        assert_int_equal(a[i].date, b[i].date);
    }
    assert_int_equal(d1.n, d2.n);
    for (int i = 0; i < d1.n; i++) {
        assert_int_equal(d1.sev[i], d2.sev[i]);
        assert_int_equal(d1.line[i], d2.line[i]);
        assert_string_equal(d1.msg[i], d2.msg[i]);
    }
    free_docs(a, na);
    free_docs(b, nb);
    return direct_b;
}

static void test_jsonl_direct_same_as_json_c(void **state)
{
    (void)state;
    /* lines the direct reader takes (the first 21 but p13, whose BOM
       is not on the first line, and the last) and lines it hands back
       to json-c, valid or not */
    static const char lines[] =
        "{\"id\":\"p1\",\"date\":\"2025-04-25\",\"title\":\"T\",\"text\":\"Plain.\"}\n"
        "  {  \"text\" : \"Spaces\\tand\\nescapes \\\"q\\\" \\\\ \\/ \\b\\f\\r\" , \"id\" : \"p2\" }  \n"
        "{\"id\":\"p3\",\"text\":\"caf\\u00e9 \\u20AC \\ud83d\\ude00 \\u0041\"}\n"
        "{\"id\":\"p4\",\"text\":\"nul \\u0000 inside\"}\n"
        "{\"id\":\"p5\",\"text\":\"raw UTF-8: caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\"}\n"
        "{\"id\":\"p6\",\"text\":\"bad bytes \xff\xfe and \xc3\"}\n"
        "{\"id\":\"p7\",\"text\":\"meta\",\"source\":\"wire \\u00e9\",\"n\":-12,\"z\":0,\"t\":true,"
        "\"f\":false,\"u\":null,\"a\":[],\"b\":[1,[\"x\",[null]],\"y\\\"\"],\"big\":123456789012345678}\n"
        "{\"id\":\"p8\",\"text\":\"date null\",\"date\":null}\n"
        "{\"id\":\"p9\",\"text\":\"date blank\",\"date\":\"  \"}\n"
        "{\"id\":\"p10\",\"text\":\"stamp\",\"date\":\" 2025-04-25T10:00:00Z \"}\n"
        "{\"id\":\"p11\",\"text\":\"short date\",\"date\":\"950101\"}\n"
        "{\"i\\u0064\":\"p12\",\"t\\u0065xt\":\"escaped keys\",\"k\\\"q\":1}\n"
        "\xef\xbb\xbf{\"id\":\"p13\",\"text\":\"not first line: BOM is junk\"}\n"
        "{\"id\":\"p14\",\"text\":\"\"}\n"
        "{\"id\":\"p15\",\"text\":\"title empty\",\"title\":\"\"}\n"
        "{\"id\":\"p16\",\"text\":\"control keys\",\"\\n\":\"v\",\"\":\"\"}\n"
        "{\"id\":\"p17\",\"text\":\"x\",\"url\":\"http://a/b?c=d&e=\\u00e9\"}\n"
        "{\"id\":\"p18\",\"text\":\"x\",\"e\":\"\\u007f \\u001f\"}\n"
        "{\"id\":\"p19\",\"text\":\"x\",\"d\":[[[[[[[[1]]]]]]]]}\n"
        "{\"id\":\"p20\",\"text\":\"x\",\"m1\":1,\"m2\":2}\r\n"
        "{\"id\":\"p21\",\"text\":\"last taken\"}\n"
        /* handed back */
        "{\"id\":42,\"text\":\"numeric id\"}\n"
        "{\"id\":\"\",\"text\":\"empty id\"}\n"
        "{\"text\":\"no id\"}\n"
        "{\"id\":\"h1\",\"title\":\"no text\"}\n"
        "{\"id\":\"h2\",\"text\":5}\n"
        "{\"id\":\"h3\",\"text\":\"int date\",\"date\":20250425}\n"
        "{\"id\":\"h4\",\"text\":\"bad date\",\"date\":\"2025-02-30\"}\n"
        "{\"id\":\"h5\",\"text\":\"title null\",\"title\":null}\n"
        "{\"id\":\"h6\",\"text\":\"twice\",\"id\":\"h6b\"}\n"
        "{\"id\":\"h7\",\"text\":\"meta twice\",\"a\":1,\"a\":2}\n"
        "{\"id\":\"h8\",\"text\":\"object\",\"o\":{\"a\":null,\"b\":1.5}}\n"
        "{\"id\":\"h9\",\"text\":\"float\",\"x\":1.5,\"y\":1e3}\n"
        "{\"id\":\"h10\",\"text\":\"zeros\",\"x\":-0,\"y\":007}\n"
        "{\"id\":\"h11\",\"text\":\"huge\",\"x\":12345678901234567890}\n"
        "{\"id\":\"h12\",\"text\":\"lone \\ud800 surrogate\"}\n"
        "{\"id\":\"h13\",\"text\":\"lone \\udc00 low\"}\n"
        "{\"id\":\"h14\",\"text\":\"raw\ttab\"}\n"
        "{\"id\":\"h15\",\"text\":\"deep\",\"d\":[[[[[[[[[1]]]]]]]]]}\n"
        "{\"id\":\"h16\",\"text\":\"bad escape \\x\"}\n"
        "{\"id\":\"h17\",\"text\":\"short \\u12\"}\n"
        "{\"id\":\"h18\",\"text\":\"trailing\"} x\n"
        "{\"id\":\"h19\",\"text\":\"trailing comma\",}\n"
        "{\"id\":\"h20\",\"text\":\"unterminated\n"
        "{\"id\":\"h21\",\"text\":\"single\",'q':1}\n"
        "{\"id\":\"h22\",\"text\":\"comment\"} /* c */\n"
        "\v{\"id\":\"h23\",\"text\":\"vertical tab\"}\n"
        "[1,2]\n"
        "\"just a string\"\n"
        "{\"id\":\"h24\",\"text\":\"literal\",\"x\":tru}\n"
        "{\"id\":\"h25\",\"text\":\"nan\",\"x\":NaN}\n"
        "{\"id\":\"h26\",\"text\":\"key nul\",\"k\\u0000\":1}\n"
        "{\"id\":\"h27\",\"text\":\"missing colon\" \"x\"}\n"
        "{}\n"
        "\n"
        "{\"id\":\"p22\",\"text\":\"taken again after all that\"}\n";
    char *path = temp_file(lines, sizeof lines - 1, ".jsonl");
    long direct = compare_paths(path);
    assert_int_equal(direct, 21);
    unlink(path);
    free(path);
    /* the repository's JSON Lines inputs */
    assert_true(compare_paths(DATA "sample.jsonl") > 0);
    assert_true(compare_paths(TAC_SOURCE_DIR "/tests/data/golden/docs.jsonl") > 0);
    assert_true(compare_paths(TAC_SOURCE_DIR "/tests/data/store/tiny.jsonl") > 0);
}

/* The direct reader scans strings sixteen and eight bytes at a time: an
 * escape, a quote or a raw control character at every offset around
 * those blocks, in a text and in a metadata value, reads as json-c reads
 * it. */
static void test_jsonl_direct_block_boundaries(void **state)
{
    (void)state;
    static const char *const specials[] = { "\\\"", "\\\\", "\\n", "\\u00e9", "\xc3\xa9", "\t", "\\/" };
    char buf[8192];
    for (size_t sp = 0; sp < sizeof specials / sizeof *specials; sp++) {
        size_t len = 0;
        int lines = 0;
        for (int off = 0; off < 40; off++, lines++) {
            char pad[48];
            memset(pad, 'a', (size_t)off);
            pad[off] = 0;
            int n = snprintf(buf + len, sizeof buf - len, "{\"id\":\"b%d\",\"text\":\"%s%sbc\",\"m\":\"%s%s\"}\n", off,
                             pad, specials[sp], pad, specials[sp]);
            assert_true(n > 0 && (size_t)n < sizeof buf - len);
            len += (size_t)n;
        }
        char *path = temp_file(buf, len, ".jsonl");
        /* (a raw tab is no JSON: every such line goes to json-c) */
        assert_int_equal(compare_paths(path), specials[sp][0] == '\t' ? 0 : lines);
        unlink(path);
        free(path);
    }
}

/* A line that json-c fails on in the middle of a surrogate pair leaves
 * nothing behind for the lines after it: "\u0041" is "A" and "\u0000"
 * a NUL, through json-c (the second line, whose metadata has an object,
 * always goes there) as directly. */
static void test_jsonl_json_c_state_per_line(void **state)
{
    (void)state;
    static const char lines[] =
        "{\"id\":\"h1\",\"text\":\"cut \\ud83d\n"
        "{\"id\":\"h2\",\"text\":\"a\\u0041b\",\"o\":{\"x\":1}}\n"
        "\"\\ud83d\n"
        "{\"id\":\"\\u0000\",\"text\":\"x\"}\n";
    char *path = temp_file(lines, sizeof lines - 1, ".jsonl");
    static diags dg;
    static doccopy docs[MAXD];
    memset(&dg, 0, sizeof dg);
    int n;
    tac_reader *r = read_docs(path, TAC_INPUT_JSONL, 20200101, 1, &dg, docs, MAXD, &n);
    tac_reader_free(r);
    assert_int_equal(n, 2);
    assert_string_equal(docs[0].id, "h2");
    assert_int_equal(docs[0].text_len, 3);
    assert_string_equal(docs[0].text, "aAb");
    assert_int_equal(docs[1].id[0], 0);
    free_docs(docs, n);
    assert_int_equal(compare_paths(path), 1);
    unlink(path);
    free(path);
}

/* ---- JSON lines ---- */

static void test_jsonl_sample(void **state)
{
    (void)state;
    diags dg = {0};
    doccopy d[16];
    int n = read_all(DATA "sample.jsonl", TAC_INPUT_AUTO, 20200101, &dg, d, 16);
    assert_int_equal(n, 6);

    assert_string_equal(d[0].id, "a1");
    assert_int_equal(d[0].date, 20250425);
    assert_string_equal(d[0].title, "T");
    assert_string_equal(d[0].text, "Hello world.");
    assert_string_equal(d[0].meta, "{\"source\":\"wire\",\"tags\":[\"x\",\"y\"],\"n\":3}");

    assert_string_equal(d[1].id, "42"); /* numeric id */
    assert_int_equal(d[1].date, 20250426);
    assert_null(d[1].title);
    assert_null(d[1].meta);

    /* missing id: file:line; empty date: the default */
    assert_string_equal(d[2].id, DATA "sample.jsonl:6");
    assert_int_equal(d[2].date, 20200101);

    /* invalid date: warning and default */
    assert_string_equal(d[3].id, "d1");
    assert_int_equal(d[3].date, 20200101);
    int i = find_diag(&dg, "doc d1: invalid date");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 7);
    assert_int_equal(dg.sev[i], TAC_DIAG_WARNING);

    /* an escaped NUL: delivered whole, with a warning */
    assert_string_equal(d[4].id, "u1");
    assert_int_equal(d[4].text_len, 15);
    assert_memory_equal(d[4].text, "caf\xc3\xa9 and \0 nul", 15);
    i = find_diag(&dg, "doc u1: NUL byte at byte 10");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 8);

    /* ISO time stamp gives the day; nested meta, escaped key, no \/ */
    assert_string_equal(d[5].id, "ts");
    assert_int_equal(d[5].date, 20250425);
    assert_string_equal(d[5].meta,
                        "{\"url\":\"http://x/y\",\"k\\\"q\":{\"a\":null,\"b\":1.5}}");

    /* the malformed line, the missing text, the array, the number text */
    i = find_diag(&dg, "invalid JSON (");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 4);
    assert_string_equal(dg.where[i], DATA "sample.jsonl");
    i = find_diag(&dg, "doc nt: no \"text\" field");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 5);
    i = find_diag(&dg, "invalid JSON (not an object)");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 10);
    i = find_diag(&dg, "doc t: non-string \"text\"");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 11);
    assert_int_equal(dg.n, 6);
    free_docs(d, n);
}

static void test_jsonl_big_line_and_bad_bytes(void **state)
{
    (void)state;
    /* line 1: a 5 MB text; line 2: raw invalid UTF-8; line 3: CRLF ending;
     * lines 4-5: raw NUL bytes */
    size_t big = 5u << 20;
    size_t cap = big + 1024;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t n = (size_t)snprintf(buf, cap, "{\"id\":\"big\",\"text\":\"");
    for (size_t i = 0; i < big; i++)
        buf[n++] = (char)('a' + i % 26);
    n += (size_t)snprintf(buf + n, cap - n, "\"}\n");
    static const char l2[] = "{\"id\":\"bad\",\"text\":\"ok \xff\xfe then\"}\n"
                             "{\"id\":\"crlf\",\"text\":\"x\"}\r\n"
                             "{\"id\":\"nul\",\"text\":\"a\0b\"}\n"
                             "{\"id\":\"nul2\",\0\"text\":\"c\"}\n";
    memcpy(buf + n, l2, sizeof l2 - 1);
    n += sizeof l2 - 1;
    char *path = temp_file(buf, n, ".txt"); /* detected by content */
    free(buf);

    diags dg = {0};
    doccopy d[4];
    int k = read_all(path, TAC_INPUT_AUTO, 0, &dg, d, 4);
    assert_int_equal(k, 4);
    assert_string_equal(d[0].id, "big");
    assert_int_equal(d[0].text_len, big);
    assert_int_equal(d[0].text[big - 1], (char)('a' + (big - 1) % 26));
    assert_string_equal(d[1].id, "bad");
    assert_string_equal(d[1].text, "ok \xff\xfe then"); /* unchanged */
    int i = find_diag(&dg, "doc bad: invalid UTF-8 at byte 3");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 2);
    assert_string_equal(d[2].id, "crlf");
    assert_string_equal(d[2].text, "x");
    /* a raw NUL inside a string is a NUL character (warned, delivered);
     * outside a string the line is not JSON */
    assert_string_equal(d[3].id, "nul");
    assert_int_equal(d[3].text_len, 3);
    assert_memory_equal(d[3].text, "a\0b", 3);
    i = find_diag(&dg, "doc nul: NUL byte at byte 1");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 4);
    i = find_diag(&dg, "invalid JSON (");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 5);
    assert_int_equal(dg.n, 3);
    free_docs(d, k);
    unlink(path);
    free(path);
}

/* ---- plain text ---- */

static void test_text_file(void **state)
{
    (void)state;
    diags dg = {0};
    doccopy d[2];
    int n = read_all(DATA "article.txt", TAC_INPUT_AUTO, 20250425, &dg, d, 2);
    assert_int_equal(n, 1);
    assert_string_equal(d[0].id, "article.txt");
    assert_int_equal(d[0].date, 20250425);
    assert_string_equal(d[0].text, "Ruritania and Freedonia signed a treaty on Friday.\n\n"
                                   "Officials said the talks went well.\n");
    assert_null(d[0].meta);
    assert_null(d[0].title);
    assert_int_equal(dg.n, 0);
    free_docs(d, n);

    /* leading blanks are kept (offsets stay true); NUL and bad bytes warn */
    static const char txt[] = "  \n A\xc3\xa9 \xc3(\nsecond\0line";
    char *path = temp_file(txt, sizeof txt - 1, ".txt");
    memset(&dg, 0, sizeof dg);
    n = read_all(path, TAC_INPUT_AUTO, 0, &dg, d, 2);
    assert_int_equal(n, 1);
    assert_int_equal(d[0].text_len, sizeof txt - 1);
    assert_memory_equal(d[0].text, txt, sizeof txt - 1);
    int i = find_diag(&dg, ": invalid UTF-8 at byte 8");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 2);
    assert_non_null(strstr(dg.msg[i], "doc tac_test_"));
    i = find_diag(&dg, ": NUL byte at byte 17");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 3);
    assert_int_equal(dg.n, 2);
    free_docs(d, n);

    /* forced TEXT on a JSON-looking file; then stdin is named "stdin" */
    memset(&dg, 0, sizeof dg);
    n = read_all(DATA "sample.jsonl", TAC_INPUT_TEXT, 0, &dg, d, 2);
    assert_int_equal(n, 1);
    assert_string_equal(d[0].id, "sample.jsonl");
    assert_int_equal(d[0].text[0], '{');
    free_docs(d, n);

    assert_non_null(freopen(path, "rb", stdin));
    n = read_all("-", TAC_INPUT_AUTO, 0, &dg, d, 2);
    assert_int_equal(n, 1);
    assert_string_equal(d[0].id, "stdin");
    assert_memory_equal(d[0].text, txt, sizeof txt - 1);
    free_docs(d, n);
    unlink(path);
    free(path);
}

static void test_text_too_big(void **state)
{
    (void)state;
    size_t n = (64u << 20) + 10;
    char *buf = malloc(n);
    assert_non_null(buf);
    memset(buf, 'x', n);
    char *path = temp_file(buf, n, ".txt");
    free(buf);
    diags dg = {0};
    tac_reader *r;
    assert_int_equal(tac_reader_open(path, TAC_INPUT_TEXT, 0, on_diag, &dg, &r), TAC_OK);
    tac_doc d;
    assert_int_equal(tac_reader_next(r, &d), 0);
    tac_reader_free(r);
    assert_int_equal(dg.n, 1);
    assert_non_null(strstr(dg.msg[0], "limit"));
    unlink(path);
    free(path);
}

static void test_open_errors(void **state)
{
    (void)state;
    diags dg = {0};
    tac_reader *r = (tac_reader *)&dg;
    assert_int_equal(tac_reader_open("/nonexistent/dir/file.txt", TAC_INPUT_AUTO, 0,
                                     on_diag, &dg, &r), TAC_EIO);
    assert_null(r);
    assert_int_equal(dg.n, 1);
    assert_int_equal(dg.sev[0], TAC_DIAG_ERROR);
    assert_string_equal(dg.where[0], "/nonexistent/dir/file.txt");
    /* NULL diag is fine */
    assert_int_equal(tac_reader_open("/nonexistent", TAC_INPUT_AUTO, 0, NULL, NULL, &r),
                     TAC_EIO);
    assert_int_equal(tac_reader_open(NULL, TAC_INPUT_AUTO, 0, NULL, NULL, &r), TAC_EINVAL);
    assert_int_equal(tac_reader_open("x", (tac_input_format)99, 0, NULL, NULL, &r),
                     TAC_EINVAL);
    tac_reader_free(NULL);
    uint64_t a = 1, b = 1;
    tac_reader_progress(NULL, &a, &b);
    assert_int_equal(a, 0);
    assert_int_equal(b, 0);
}

/* ---- TABARI ---- */

static void test_tabari(void **state)
{
    (void)state;
    diags dg = {0};
    doccopy d[8];
    int n = read_all(DATA "records.tabari", TAC_INPUT_TABARI, 19990101, &dg, d, 8);
    assert_int_equal(n, 6);

    assert_string_equal(d[0].id, "REC-01");
    assert_int_equal(d[0].date, 20250101);
    assert_string_equal(d[0].text, "Ruritania protested the border closure on Monday\n"
                                   "and recalled its envoy. ");
    assert_string_equal(d[0].meta, "{\"comment\":\"first comment\\nspanning two lines\"}");

    assert_string_equal(d[1].id, "REC-02");
    assert_int_equal(d[1].date, 20250102);
    assert_string_equal(d[1].text, "Freedonia praised the accord.");
    assert_string_equal(d[1].meta, "{\"comment\":\"{ FRE / RUR / 051 }\"}");

    /* the header-less record is skipped; the bad date falls back */
    int i = find_diag(&dg, "(bogus line without a date); record skipped");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 14);
    assert_string_equal(d[2].id, "REC-03");
    assert_int_equal(d[2].date, 19990101);
    assert_string_equal(d[2].text, "Text with an invalid date.");
    assert_null(d[2].meta);
    i = find_diag(&dg, "doc REC-03: invalid date 9901301");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 17);

    assert_string_equal(d[3].id, "REC-04");
    assert_int_equal(d[3].date, 20250103);
    assert_string_equal(d[3].text, "Inline  comment and  another.\n"
                                   "# kept: inside a record this is text");
    assert_string_equal(d[3].meta, "{\"comment\":\"c1 \\n c2\"}");

    /* a blank line ends the record even inside a comment left open */
    assert_string_equal(d[4].id, "REC-05");
    assert_string_equal(d[4].text, "Unterminated ");
    assert_string_equal(d[4].meta,
                        "{\"comment\":\"comment here\\nand /* no nested comments\"}");
    i = find_diag(&dg, "record ends inside a /* comment");
    assert_true(i >= 0);
    assert_int_equal(dg.line[i], 24);
    assert_string_equal(d[5].id, "REC-06");
    assert_int_equal(d[5].date, 20250105);
    assert_string_equal(d[5].text, "After the unterminated comment.");
    assert_null(d[5].meta);
    assert_int_equal(dg.n, 3);
    free_docs(d, n);

    /* an unterminated comment at the end, and invalid bytes in a record */
    static const char rec[] = "250107 R6\nBad \xff byte.\n/* never closed\n";
    char *path = temp_file(rec, sizeof rec - 1, ".txt");
    memset(&dg, 0, sizeof dg);
    n = read_all(path, TAC_INPUT_TABARI, 0, &dg, d, 8);
    assert_int_equal(n, 1);
    assert_string_equal(d[0].text, "Bad \xff byte.");
    assert_string_equal(d[0].meta, "{\"comment\":\"never closed\"}");
    assert_true(find_diag(&dg, "doc R6: invalid UTF-8 at byte 4") >= 0);
    assert_true(find_diag(&dg, "ends inside a /* comment") >= 0);
    assert_int_equal(dg.n, 2);
    free_docs(d, n);
    unlink(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_jsonl_sample),
        cmocka_unit_test(test_jsonl_direct_same_as_json_c),
        cmocka_unit_test(test_jsonl_direct_block_boundaries),
        cmocka_unit_test(test_jsonl_json_c_state_per_line),
        cmocka_unit_test(test_jsonl_big_line_and_bad_bytes),
        cmocka_unit_test(test_text_file),
        cmocka_unit_test(test_text_too_big),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_tabari),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
