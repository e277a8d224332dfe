/*
 * fuzz_jsonl.c -- fuzz target: the input bytes are an input file.
 *
 * The bytes go to a temporary file, which tac_reader_open() reads as JSON
 * Lines, as TABARI records, as plain text and with the format guessed
 * (TAC_INPUT_AUTO).  Every document read is checked (pointers and lengths
 * agree, the date is 0 or a real day that tac_parse_date() reads back,
 * the metadata is a JSON object, progress never passes the file size)
 * and coded: JSON Lines and text with the news dictionary, TABARI
 * records with the TABARI one, each record continuing the story of the
 * one before as TABARI's FORWARD does.  Events are checked by
 * fuzz_check_event().  Malformed documents are diagnostics, never fatal.
 * JSON Lines are also read a second time through json-c alone: the
 * direct reader must give the same documents (input.c).
 */
#include "fuzz.h"
#include "internal.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_DATE 20200115

static void check_date(int32_t date)
{
    if (date == 0)
        return;
    FUZZ_CHECK(date > 0);
    char s[16];
    int n = snprintf(s, sizeof s, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
    FUZZ_CHECK(n == 10);
    FUZZ_CHECK(tac_parse_date(s, (size_t)n) == date);
}

static void check_doc(const tac_doc *doc)
{
    FUZZ_CHECK(doc->text != NULL || doc->text_len == 0);
    FUZZ_CHECK(doc->id != NULL || doc->id_len == 0);
    FUZZ_CHECK(doc->title != NULL || doc->title_len == 0);
    FUZZ_CHECK(doc->meta != NULL || doc->meta_len == 0);
    check_date(doc->date);
    /* ASan reads every byte the lengths promise */
    volatile unsigned char sink = 0;
    for (size_t i = 0; i < doc->text_len; i++)
        sink ^= (unsigned char)doc->text[i];
    for (size_t i = 0; i < doc->id_len; i++)
        sink ^= (unsigned char)doc->id[i];
    for (size_t i = 0; i < doc->title_len; i++)
        sink ^= (unsigned char)doc->title[i];
    (void)sink;
    if (doc->meta && doc->meta_len) {
        json_tokener *tok = json_tokener_new();
        FUZZ_CHECK(tok != NULL);
        json_object *o = json_tokener_parse_ex(tok, doc->meta, (int)doc->meta_len);
        FUZZ_CHECK(o != NULL && json_object_is_type(o, json_type_object));
        json_object_put(o);
        json_tokener_free(tok);
    }
}

static void read_all(const char *path, tac_input_format fmt, size_t size)
{
    fuzz_diag dg = {{0}};
    tac_reader *r = NULL;
    int rc = tac_reader_open(path, fmt, DEFAULT_DATE, fuzz_diag_fn, &dg, &r);
    FUZZ_CHECK((rc == TAC_OK) == (r != NULL));
    if (rc != TAC_OK)
        return;
    const tac_dict *d = fmt == TAC_INPUT_TABARI ? fuzz_tabari_dict() : fuzz_news_dict();
    tac_ctx *ctx = tac_ctx_new();
    FUZZ_CHECK(ctx != NULL);
    tac_ctx_set_diag(ctx, fuzz_diag_fn, &dg);
    uint64_t last_done = 0;
    long docs = 0;
    tac_doc doc;
    while ((rc = tac_reader_next(r, &doc)) == 1) {
        check_doc(&doc);
        uint64_t done, total;
        tac_reader_progress(r, &done, &total);
        FUZZ_CHECK(total == size);
        FUZZ_CHECK(done >= last_done && done <= total);
        last_done = done;
        fuzz_code_doc(d, ctx, &doc, NULL);
        if (fmt == TAC_INPUT_TABARI)
            tac_ctx_continue(ctx);
        docs++;
        FUZZ_CHECK(docs <= (long)size + 1);   /* every document consumes input */
    }
    FUZZ_CHECK(rc == 0);   /* a regular file: no I/O error */
    tac_ctx_free(ctx);
    tac_reader_free(r);
}

static int same_field(const char *a, size_t na, const char *b, size_t nb)
{
    return na == nb && (na == 0 || (a && b && !memcmp(a, b, na))) && (a == NULL) == (b == NULL);
}

/* The direct JSON Lines reader and json-c read the same documents. */
static void compare_jsonl(const char *path)
{
    fuzz_diag d1 = {{0}}, d2 = {{0}};
    tac_reader *a = NULL, *b = NULL;
    if (tac_reader_open(path, TAC_INPUT_JSONL, DEFAULT_DATE, fuzz_diag_fn, &d1, &a) != TAC_OK ||
        tac_reader_open(path, TAC_INPUT_JSONL, DEFAULT_DATE, fuzz_diag_fn, &d2, &b) != TAC_OK) {
        tac_reader_free(a);
        tac_reader_free(b);
        return;
    }
    tacx_reader_json_c_only(b, 1);
    tac_doc x, y;
    int ra, rb;
    for (;;) {
        ra = tac_reader_next(a, &x);
        rb = tac_reader_next(b, &y);
        FUZZ_CHECK(ra == rb);
        if (ra != 1)
            break;
        FUZZ_CHECK(same_field(x.id, x.id_len, y.id, y.id_len));
        FUZZ_CHECK(same_field(x.text, x.text_len, y.text, y.text_len));
        FUZZ_CHECK(same_field(x.title, x.title_len, y.title, y.title_len));
        FUZZ_CHECK(same_field(x.meta, x.meta_len, y.meta, y.meta_len));
        FUZZ_CHECK(x.date == y.date);
    }
    tac_reader_free(a);
    tac_reader_free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[128];
    if (fuzz_write_temp(data, size, "", path, sizeof path) != 0)
        return 0;
    read_all(path, TAC_INPUT_JSONL, size);
    compare_jsonl(path);
    read_all(path, TAC_INPUT_TABARI, size);
    read_all(path, TAC_INPUT_TEXT, size);
    read_all(path, TAC_INPUT_AUTO, size);
    unlink(path);
    return 0;
}
