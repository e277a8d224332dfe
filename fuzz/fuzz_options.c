/*
 * fuzz_options.c -- fuzz target: the input bytes are lines of a TABARI
 * options file and of a project file.
 *
 * Each line goes to tac_options_apply(), starting from zeroed options and
 * from TABARI's; after each call the options must be sane (codes
 * NUL-terminated, CODE BY in range, limits not negative), a rejected line
 * must leave them unchanged unless it is a COMPLEX: line (whose known
 * conditions still apply), and the error text must be a string.  The
 * resulting options then code a fixed paragraph with both fuzz
 * dictionaries, events checked by fuzz_check_event().
 *
 * Then the bytes are the options file, and a project file made of a few
 * fixed lines followed by the bytes, in a private temporary directory;
 * tac_project_load() reads it, and the options it gives code the
 * paragraph too.  Every '/' of the bytes becomes '_' in the project
 * file, so that the names it gives stay inside that directory (a name
 * like /dev/zero would make the loader read forever).
 */
#include "fuzz.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char paragraph[] =
    "Ruritania rejected the peace deal from Freedonia on Monday, officials said, and urged "
    "the United Nations to release aid. "
    "He attacked. "
    "Rebels, who had crossed the border, attacked Sylvanian troops with drones near Strelsau and "
    "Freedonian police arrested protesters or expelled Red Cross workers. "
    "Said nothing.";

static void check_opts(const tac_options *o)
{
    FUZZ_CHECK(memchr(o->default_source, '\0', sizeof o->default_source) != NULL);
    FUZZ_CHECK(memchr(o->default_target, '\0', sizeof o->default_target) != NULL);
    FUZZ_CHECK(o->code_by >= TAC_CODE_BY_CLAUSE && o->code_by <= TAC_CODE_ALL);
    FUZZ_CHECK(o->max_verbs >= 0 && o->conj_split >= 0);
    FUZZ_CHECK(o->min_words >= -1);
}

/* Is the tag of line (the text before ':', blanks removed) COMPLEX? */
static int is_complex(const char *line)
{
    static const char want[] = "COMPLEX";
    size_t n = 0;
    for (const char *p = line; *p && *p != ':'; p++) {
        if (isspace((unsigned char)*p))
            continue;
        if (n >= sizeof want - 1 || toupper((unsigned char)*p) != want[n])
            return 0;
        n++;
    }
    return n == sizeof want - 1 && strchr(line, ':') != NULL;
}

static void apply_line(tac_options *o, const char *line)
{
    tac_options before = *o;
    char err[96];
    memset(err, 'x', sizeof err);
    int rc = tac_options_apply(o, line, err, sizeof err);
    FUZZ_CHECK(rc == TAC_OK || rc == TAC_EINVAL);
    if (rc != TAC_OK) {
        FUZZ_CHECK(memchr(err, '\0', sizeof err) != NULL);
        if (!is_complex(line))
            FUZZ_CHECK(memcmp(&before, o, sizeof before) == 0);
    }
    FUZZ_CHECK(o->tabari_compat == before.tabari_compat);
    check_opts(o);
    /* a NULL error buffer is allowed */
    tac_options again = before;
    FUZZ_CHECK(tac_options_apply(&again, line, NULL, 0) == rc);
    FUZZ_CHECK(memcmp(&again, o, sizeof again) == 0);
}

static void code_with(const tac_options *o)
{
    tac_doc doc = { .id = "opt", .id_len = 3, .date = 19950601,
                    .text = paragraph, .text_len = sizeof paragraph - 1 };
    fuzz_diag dg = {{0}};
    tac_ctx *ctx = tac_ctx_new();
    FUZZ_CHECK(ctx != NULL);
    tac_ctx_set_diag(ctx, fuzz_diag_fn, &dg);
    tac_ctx_set_options(ctx, o);
    FUZZ_CHECK(fuzz_code_doc(fuzz_tabari_dict(), ctx, &doc, NULL) == TAC_OK);
    FUZZ_CHECK(fuzz_code_doc(fuzz_news_dict(), ctx, &doc, NULL) == TAC_OK);
    tac_ctx_free(ctx);
}

static void apply_lines(const uint8_t *data, size_t size, int tabari)
{
    tac_options o;
    memset(&o, 0, sizeof o);
    o.tabari_compat = tabari;
    char *line = malloc(size + 1);
    FUZZ_CHECK(line != NULL);
    size_t i = 0;
    while (i <= size) {
        size_t j = i;
        while (j < size && data[j] != '\n')
            j++;
        memcpy(line, data + i, j - i);   /* a NUL inside ends the line early */
        line[j - i] = '\0';
        apply_line(&o, line);
        i = j + 1;
    }
    free(line);
    code_with(&o);
}

static int write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = n ? fwrite(p, 1, n, f) : 0;
    return (fclose(f) == 0 && w == n) ? 0 : -1;
}

static void load_project(const uint8_t *data, size_t size)
{
    const char *tmp = getenv("TMPDIR");
    char dir[256];
    snprintf(dir, sizeof dir, "%s/tacfuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return;
    char proj[300], opts[300], text[300];
    snprintf(proj, sizeof proj, "%s/p.project", dir);
    snprintf(opts, sizeof opts, "%s/o.options", dir);
    snprintf(text, sizeof text, "%s/t.text", dir);

    const char *dd = fuzz_dict_dir();
    size_t hcap = 5 * strlen(dd) + 512;
    char *head = malloc(hcap + size);
    FUZZ_CHECK(head != NULL);
    int hl = snprintf(head, hcap,
                      "Fuzz project\n<actorsfile> %s/tabari.actors\n<verbsfile> %s/tabari.verbs\n"
                      "<agentsfile> %s/tabari.agents\n<optionsfile> o.options\n<textfile> t.text\n",
                      dd, dd, dd);
    FUZZ_CHECK(hl > 0 && (size_t)hl < hcap);
    for (size_t i = 0; i < size; i++)
        head[hl + i] = data[i] == '/' ? '_' : (char)data[i];

    if (write_file(opts, data, size) == 0 && write_file(text, "", 0) == 0 &&
        write_file(proj, head, (size_t)hl + size) == 0) {
        fuzz_diag dg = {{0}};
        tac_project *p = NULL;
        int rc = tac_project_load(proj, &p, fuzz_diag_fn, &dg);
        FUZZ_CHECK((rc == TAC_OK) == (p != NULL));
        if (p) {
            FUZZ_CHECK(p->nactors >= 1 && p->nactors <= 8);
            FUZZ_CHECK(p->nverbs >= 1 && p->nverbs <= 8);
            FUZZ_CHECK(p->nagents >= 1 && p->nagents <= 8);
            for (int i = 0; i < p->nactors; i++)
                FUZZ_CHECK(p->actors[i] && p->actors[i][0]);
            for (int i = 0; i < p->nverbs; i++)
                FUZZ_CHECK(p->verbs[i] && p->verbs[i][0]);
            for (int i = 0; i < p->nagents; i++)
                FUZZ_CHECK(p->agents[i] && p->agents[i][0]);
            FUZZ_CHECK(p->options && p->text);
            FUZZ_CHECK(p->opt.tabari_compat == 1);
            check_opts(&p->opt);
            code_with(&p->opt);
            tac_project_free(p);
        }
    }
    free(head);
    unlink(proj);
    unlink(opts);
    unlink(text);
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apply_lines(data, size, 0);
    apply_lines(data, size, 1);
    load_project(data, size);
    return 0;
}
