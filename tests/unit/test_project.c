/*
 * test_project.c -- unit tests for TABARI project and options files
 * (tac_project_load / tac_project_free).
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
#include <sys/stat.h>

#include "tacitus.h"

#ifndef TAC_SOURCE_DIR
#define TAC_SOURCE_DIR "."
#endif
#define DATA TAC_SOURCE_DIR "/tests/data/dict/"
#define UNIT TAC_SOURCE_DIR "/tests/data/unit/"

typedef struct diags {
    int n[3];
    char last[3][256];
    long line[3];
} diags;

static void on_diag(void *ud, int sev, const char *where, long line, const char *msg)
{
    diags *d = ud;
    assert_true(sev >= 0 && sev <= 2);
    assert_non_null(where);
    d->n[sev]++;
    snprintf(d->last[sev], sizeof d->last[sev], "%s", msg);
    d->line[sev] = line;
}

static void test_project_small(void **state)
{
    (void)state;
    diags d;
    memset(&d, 0, sizeof d);
    tac_project *p = NULL;
    assert_int_equal(tac_project_load(DATA "test.project", &p, on_diag, &d), TAC_OK);
    assert_non_null(p);
    assert_int_equal(p->nactors, 2);
    assert_string_equal(p->actors[0], DATA "small.actors");
    assert_string_equal(p->actors[1], "/abs/other.actors");
    assert_int_equal(p->nverbs, 1);
    assert_string_equal(p->verbs[0], DATA "small.verbs");
    assert_int_equal(p->nagents, 1);
    assert_string_equal(p->agents[0], DATA "small.agents");
    assert_string_equal(p->options, DATA "test.options");
    assert_string_equal(p->text, DATA "records.text");
    assert_int_equal(p->opt.tabari_compat, 1);
    assert_int_equal(p->opt.max_verbs, 7);
    assert_int_equal(p->opt.conj_split, 3);
    assert_int_equal(p->opt.no_actor_prior, 1);
    /* <frobfile>, FROBNICATE and WEIRD: are reported, not errors */
    assert_int_equal(d.n[TAC_DIAG_INFO], 3);
    assert_int_equal(d.n[TAC_DIAG_WARNING], 0);
    assert_int_equal(d.n[TAC_DIAG_ERROR], 0);
    tac_project_free(p);
    tac_project_free(NULL);
}

static void test_project_errors(void **state)
{
    (void)state;
    diags d;
    memset(&d, 0, sizeof d);
    tac_project *p = (tac_project *)1;
    assert_int_equal(tac_project_load(DATA "missing.project", &p, on_diag, &d), TAC_EIO);
    assert_null(p);
    assert_int_equal(d.n[TAC_DIAG_ERROR], 1);
    assert_int_equal(tac_project_load(NULL, &p, NULL, NULL), TAC_EINVAL);
    assert_int_equal(tac_project_load(DATA "test.project", NULL, NULL, NULL), TAC_EINVAL);

    /* A project whose options file is missing fails with TAC_EIO. */
    static const char project[] = "<optionsfile> /nonexistent/x.options\r\n<textfile>\r\n";
    char *path = temp_file(project, sizeof project - 1, ".project");
    memset(&d, 0, sizeof d);
    assert_int_equal(tac_project_load(path, &p, on_diag, &d), TAC_EIO);
    assert_null(p);
    remove(path);
    free(path);
    assert_true(d.n[TAC_DIAG_WARNING] >= 1); /* <textfile> without a name */
    assert_int_equal(d.n[TAC_DIAG_ERROR], 1);
}

static void test_project_real(void **state)
{
    (void)state;
    const char *path = "/work/shared/eval/tabari_validate/Validate.project";
    struct stat st;
    if (stat(path, &st) != 0) {
        print_message("skipped: %s not found\n", path);
        skip();
    }
    diags d;
    memset(&d, 0, sizeof d);
    tac_project *p = NULL;
    assert_int_equal(tac_project_load(path, &p, on_diag, &d), TAC_OK);
    assert_int_equal(p->nactors, 1);
    assert_string_equal(p->actors[0],
                        "/work/shared/eval/tabari_validate/TABARI.Demo.actors");
    assert_string_equal(p->verbs[0], "/work/shared/eval/tabari_validate/TABARI.Demo.verbs");
    assert_string_equal(p->agents[0], "/work/shared/eval/tabari_validate/Validate.agents");
    assert_string_equal(p->text, "/work/shared/eval/tabari_validate/Validate.text");
    assert_int_equal(p->opt.max_verbs, 5);
    assert_int_equal(p->opt.conj_split, 4);
    assert_int_equal(p->opt.no_actor_prior, 1);
    assert_int_equal(p->opt.tabari_compat, 1);
    assert_int_equal(d.n[TAC_DIAG_ERROR], 0);
    print_message("Validate.project: %d info, %d warnings\n", d.n[0], d.n[1]);
    tac_project_free(p);
}

/* DEFAULT: SOURCE / TARGET stand in for missing actors, also in a
 * sentence that names no actor at all (the coder must not skip it). */
typedef struct ev_seen {
    int n;
    char src[32], tgt[32], code[8];
} ev_seen;

static int on_ev(void *ud, const tac_doc *doc, const tac_event *ev)
{
    (void)doc;
    ev_seen *s = ud;
    if (s->n++ == 0) {
        snprintf(s->src, sizeof s->src, "%s", ev->source.code ? ev->source.code : "");
        snprintf(s->tgt, sizeof s->tgt, "%s", ev->target.code ? ev->target.code : "");
        snprintf(s->code, sizeof s->code, "%s", ev->cameo);
    }
    return 0;
}

static void test_default_actors_without_mentions(void **state)
{
    (void)state;
    tac_builder *b = tac_builder_new(NULL, NULL);
    assert_non_null(b);
    tac_options opt;
    memset(&opt, 0, sizeof opt);
    opt.tabari_compat = 1;
    snprintf(opt.default_source, sizeof opt.default_source, "DEFSRC");
    snprintf(opt.default_target, sizeof opt.default_target, "DEFTAR");
    tac_builder_set_options(b, &opt);
    assert_int_equal(tac_builder_add_file(b, UNIT "world.txt", TAC_FMT_TACITUS), TAC_OK);
    assert_int_equal(tac_builder_add_file(b, UNIT "verbs.txt", TAC_FMT_TACITUS), TAC_OK);
    tac_dict *d = NULL;
    assert_int_equal(tac_builder_build(b, &d), TAC_OK);
    tac_builder_free(b);
    tac_ctx *c = tac_ctx_new();
    assert_non_null(c);
    static const char text[] = "Yesterday the crowd in the street strongly condemned the new plan again.";
    tac_doc doc = { .id = "t", .id_len = 1, .date = 20220115, .text = text, .text_len = sizeof text - 1 };
    ev_seen seen;
    memset(&seen, 0, sizeof seen);
    assert_int_equal(tac_code(d, c, &doc, on_ev, &seen), TAC_OK);
    assert_int_equal(seen.n, 1);
    assert_string_equal(seen.src, "DEFSRC");
    assert_string_equal(seen.tgt, "DEFTAR");
    assert_string_equal(seen.code, "111");
    /* without the defaults the same sentence has no event */
    opt.default_source[0] = opt.default_target[0] = 0;
    tac_ctx_set_options(c, &opt);
    memset(&seen, 0, sizeof seen);
    assert_int_equal(tac_code(d, c, &doc, on_ev, &seen), TAC_OK);
    assert_int_equal(seen.n, 0);
    tac_ctx_free(c);
    tac_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_project_small),
        cmocka_unit_test(test_project_errors),
        cmocka_unit_test(test_project_real),
        cmocka_unit_test(test_default_actors_without_mentions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
