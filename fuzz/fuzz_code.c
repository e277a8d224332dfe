/*
 * fuzz_code.c -- fuzz target: the input bytes are the text of a document.
 *
 * The text is coded with the small news dictionary of fuzz/dict/ and with
 * the TABARI dictionaries there (tabari_compat set), and every event is
 * checked by fuzz_check_event(): offsets inside the text and ordered, the
 * sentence span holding the source, target and verb spans, a non-empty
 * CAMEO code, JSON that is one line of valid UTF-8, a 13-column TSV line.
 *
 * Also checked: coding the same document twice with one context gives the
 * same events (the arena reset keeps nothing of the first run), with or
 * without an explain callback; tac_tokenize_only() agrees with tac_code()
 * on the number of sentences; the explain lines are NUL-terminated text.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

typedef struct explain_count {
    long lines;
    int last;
} explain_count;

static void on_explain(void *ud, int sentence, const char *line)
{
    explain_count *e = ud;
    FUZZ_CHECK(line != NULL);
    FUZZ_CHECK(sentence >= 0);
    (void)strlen(line);   /* ASan checks the terminator */
    e->lines++;
    e->last = sentence;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tac_dict *news = fuzz_news_dict();
    const tac_dict *tabari = fuzz_tabari_dict();

    /* An exact-size copy: the text need not be NUL-terminated, and ASan
     * then catches a read one byte past its end. */
    char *text = malloc(size ? size : 1);
    FUZZ_CHECK(text != NULL);
    if (size)
        memcpy(text, data, size);
    tac_doc doc = { .id = "fuzz", .id_len = 4, .date = 20200115, .text = text, .text_len = size };

    fuzz_diag dg = {{0}};
    explain_count ex = { 0, -1 };
    fuzz_events a, b, c;
    tac_ctx *ctx = tac_ctx_new();
    FUZZ_CHECK(ctx != NULL);
    tac_ctx_set_diag(ctx, fuzz_diag_fn, &dg);

    /* news conventions: with explanations, then again without */
    tac_ctx_set_explain(ctx, on_explain, &ex);
    int rc1 = fuzz_code_doc(news, ctx, &doc, &a);
    tac_code_stats st1;
    tac_ctx_get_stats(ctx, &st1);
    tac_ctx_set_explain(ctx, NULL, NULL);
    int rc2 = fuzz_code_doc(news, ctx, &doc, &b);
    tac_code_stats st2;
    tac_ctx_get_stats(ctx, &st2);
    FUZZ_CHECK(rc1 == rc2);
    FUZZ_CHECK(a.n == b.n && a.hash == b.hash);
    FUZZ_CHECK(st2.docs == st1.docs + 1);
    FUZZ_CHECK(st2.events - st1.events == (uint64_t)b.n);
    FUZZ_CHECK(st2.sentences_with_events - st1.sentences_with_events <= st2.sentences - st1.sentences);

    /* the tokenizer alone finds the sentences tac_code() found */
    uint64_t nsent = 0, ntok = 0;
    if (tac_tokenize_only(news, ctx, &doc, &nsent, &ntok) == TAC_OK && rc2 == TAC_OK)
        FUZZ_CHECK(nsent == st2.sentences - st1.sentences);

    /* no date: dated codes fall back to their undated one; and only
       events with a target */
    tac_options opt;
    memset(&opt, 0, sizeof opt);
    opt.require_target = 1;
    tac_ctx_set_options(ctx, &opt);
    doc.date = 0;
    fuzz_code_doc(news, ctx, &doc, &c);
    tac_ctx_set_options(ctx, NULL);
    tac_ctx_free(ctx);

    /* TABARI conventions; then the same text as the next record of the
       story, where a leading pronoun takes the previous actors */
    ctx = tac_ctx_new();
    FUZZ_CHECK(ctx != NULL);
    tac_ctx_set_diag(ctx, fuzz_diag_fn, &dg);
    doc.date = 19950601;
    fuzz_code_doc(tabari, ctx, &doc, &a);
    tac_ctx_continue(ctx);
    fuzz_code_doc(tabari, ctx, &doc, &b);
    /* TABARI's own options switched off again through the context */
    memset(&opt, 0, sizeof opt);
    tac_ctx_set_options(ctx, &opt);
    fuzz_code_doc(tabari, ctx, &doc, &c);
    tac_ctx_free(ctx);

    free(text);
    return 0;
}
