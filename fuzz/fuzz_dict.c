/*
 * fuzz_dict.c -- fuzz target: the input bytes are a dictionary file.
 *
 * The bytes go to a temporary file, which is loaded in each format
 * tacitus reads (its own, TABARI actors/verbs/agents, PETRARCH2
 * verbs/actors/agents/discards, and the guess of TAC_FMT_AUTO), each
 * time alongside the fixed fuzz dictionaries that supply what the file
 * does not (a verbs file gets actors and agents, and so on).  The result
 * is compiled and codes a fixed paragraph; events are checked by
 * fuzz_check_event().  The compiled dictionary is also saved and loaded
 * back, and the loaded one must give the same events.
 *
 * Malformed lines are only diagnostics (counted, never printed); the
 * build must succeed or fail with a result code, never crash or leak.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Words that the seed dictionaries name, so that mutated entries meet
 * the text: countries, a dated person, agents, verbs with patterns,
 * pronouns, a discard phrase in its own sentence. */
static const char paragraph[] =
    "Ruritania rejected the peace deal from Freedonia on Monday, officials said. "
    "Rebels attacked Sylvanian troops with drones near Strelsau. "
    "Rudolf Rassendyll did not meet Rufus Firefly, but he urged the United Nations to release aid. "
    "Freedonian police arrested protesters and expelled Red Cross workers. "
    "The football match ended with a final score of 2-1.";

/* What each format is loaded with: the fixed fuzz dictionaries that fill
 * in the other kinds of entry, and whether TABARI's conventions apply. */
typedef struct fmt_case {
    tac_dict_format fmt;
    const char *with[3];
    int tabari;
} fmt_case;

static const fmt_case cases[] = {
    { TAC_FMT_TACITUS, { "news.txt" }, 0 },
    { TAC_FMT_TABARI_ACTORS, { "tabari.verbs", "tabari.agents" }, 1 },
    { TAC_FMT_TABARI_VERBS, { "tabari.actors", "tabari.agents" }, 1 },
    { TAC_FMT_TABARI_AGENTS, { "tabari.actors", "tabari.verbs" }, 1 },
    { TAC_FMT_PETRARCH_VERBS, { "tabari.actors", "tabari.agents" }, 0 },
    { TAC_FMT_PETRARCH_ACTORS, { "tabari.verbs", "tabari.agents" }, 0 },
    { TAC_FMT_PETRARCH_AGENTS, { "tabari.actors", "tabari.verbs" }, 0 },
    { TAC_FMT_PETRARCH_DISCARDS, { "tabari.actors", "tabari.verbs" }, 0 },
    { TAC_FMT_AUTO, { NULL }, 0 },
};

static void code_paragraph(const tac_dict *d, fuzz_events *out)
{
    tac_doc doc = { .id = "dict", .id_len = 4, .date = 19950601,
                    .text = paragraph, .text_len = sizeof paragraph - 1 };
    fuzz_diag dg = {{0}};
    tac_ctx *ctx = tac_ctx_new();
    FUZZ_CHECK(ctx != NULL);
    tac_ctx_set_diag(ctx, fuzz_diag_fn, &dg);
    int rc = fuzz_code_doc(d, ctx, &doc, out);
    FUZZ_CHECK(rc == TAC_OK);
    tac_ctx_free(ctx);
}

/* Builds path in format c->fmt with its companions; codes the paragraph
 * with the result, and with the result saved and loaded back. */
static void run_case(const fmt_case *c, const char *path)
{
    fuzz_diag dg = {{0}};
    tac_builder *b = tac_builder_new(fuzz_diag_fn, &dg);
    FUZZ_CHECK(b != NULL);
    tac_builder_set_lint(b, 1);   /* what `tacitus dict check` reports, too */
    if (c->tabari) {
        tac_options opt;
        memset(&opt, 0, sizeof opt);
        opt.tabari_compat = 1;
        tac_builder_set_options(b, &opt);
    }
    for (int i = 0; i < 3 && c->with[i]; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", fuzz_dict_dir(), c->with[i]);
        /* the format is guessed from the name (.actors, .verbs, .agents)
           or the [sections] of news.txt */
        FUZZ_CHECK(tac_builder_add_file(b, p, TAC_FMT_AUTO) == TAC_OK);
    }
    int rc = tac_builder_add_file(b, path, c->fmt);
    FUZZ_CHECK(rc <= 0 && rc >= TAC_EABORT);
    tac_dict *d = NULL;
    rc = tac_builder_build(b, &d);
    tac_builder_free(b);
    FUZZ_CHECK(rc <= 0 && rc >= TAC_EABORT);
    FUZZ_CHECK((rc == TAC_OK) == (d != NULL));
    if (!d)
        return;

    tac_dict_stats st;
    tac_dict_get_stats(d, &st);
    FUZZ_CHECK(st.actors >= 0 && st.actor_names >= 0 && st.agents >= 0 && st.verbs >= 0 &&
               st.verb_forms >= 0 && st.patterns >= 0 && st.synsets >= 0 && st.discards >= 0);

    fuzz_events built, loaded;
    code_paragraph(d, &built);

    char bin[128];
    static const uint8_t none[1];
    if (fuzz_write_temp(none, 0, ".tacd", bin, sizeof bin) == 0) {
        if (tac_dict_save(d, bin) == TAC_OK) {
            tac_dict *l = NULL;
            fuzz_diag ldg = {{0}};
            FUZZ_CHECK(tac_dict_load(bin, &l, fuzz_diag_fn, &ldg) == TAC_OK && l != NULL);
            code_paragraph(l, &loaded);
            FUZZ_CHECK(loaded.n == built.n && loaded.hash == built.hash);
            FUZZ_CHECK(tac_dict_source_hash(l) == tac_dict_source_hash(d));
            tac_dict_free(l);
        }
        unlink(bin);
    }
    tac_dict_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[128];
    if (fuzz_write_temp(data, size, "", path, sizeof path) != 0)
        return 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        run_case(&cases[i], path);
    unlink(path);
    return 0;
}
