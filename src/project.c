/*
 * project.c -- TABARI project files (tac_project_load / tac_project_free).
 *
 * A project file names its dictionaries and text with tags, one a line:
 *     <actorsfile> NAME   <verbsfile> NAME   <agentsfile> NAME
 *     <optionsfile> NAME  <textfile> NAME
 * separated from the name by blanks or tabs.  Paths are resolved against
 * the project file's directory.  Other TABARI tags (<coder>, <session>,
 * <eventfile>, ...) are ignored; unknown tags get an info diagnostic.
 * Lines without a tag (the title line) are ignored.
 *
 * The options file sets tac_options: "COMPLEX: VERBS[n] CONJ[n]
 * NOACTPRIOR ..."; "SET:", "LABEL:", "OUTPUT:", "FORWARD:" lines and "//"
 * comments are skipped.  Projects always get opt.tabari_compat = 1.
 */
#include "dictfmt.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NSLOTS 8

typedef struct prd {
    tac_diag_fn diag;
    void *ud;
    const char *path;
    long line;
} prd;

static void pdiag(const prd *r, int sev, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void pdiag(const prd *r, int sev, const char *fmt, ...)
{
    if (!r->diag)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->diag(r->ud, sev, r->path, r->line, msg);
}

/* dir + name unless name is absolute.  Caller frees. */
static char *resolve(const char *dir, size_t dirlen, const char *name)
{
    size_t n = strlen(name);
    if (name[0] == '/' || dirlen == 0)
        return strdup(name);
    char *p = malloc(dirlen + 1 + n + 1);
    if (!p)
        return NULL;
    memcpy(p, dir, dirlen);
    p[dirlen] = '/';
    memcpy(p + dirlen + 1, name, n + 1);
    return p;
}

/* Reads "NAME[n]" at *s; returns n, or -1. */
static int bracket_num(const char *s)
{
    const char *br = strchr(s, '[');
    if (!br || !isdigit((unsigned char)br[1]))
        return -1;
    long v = strtol(br + 1, NULL, 10);
    return v > 1000 ? 1000 : (int)v;
}

static int read_options(const char *path, tac_options *opt, tac_diag_fn diag, void *ud)
{
    tacx_fmt_lines lr;
    prd r = {diag, ud, path, 0};
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK) {
        pdiag(&r, TAC_DIAG_ERROR, "cannot read the options file");
        return TAC_EIO;
    }
    int rc = TAC_OK, got;
    char *line;
    while ((got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        r.line = lr.lineno;
        char *t = tacx_fmt_trim(line);
        if (!*t || (t[0] == '/' && t[1] == '/') || t[0] == '~')
            continue;
        char *colon = strchr(t, ':');
        if (!colon) {
            pdiag(&r, TAC_DIAG_INFO, "ignored line without a TAG:");
            continue;
        }
        *colon = '\0';
        char *tag = tacx_fmt_trim(t);
        if (strcasecmp(tag, "COMPLEX") != 0) {
            static const char *known[] = {"SET", "LABEL", "OUTPUT", "FORWARD", "DELETE",
                                          "REPLACE", "ISSUES", "SKIP", "NULL"};
            size_t i;
            for (i = 0; i < sizeof known / sizeof known[0]; i++)
                if (strcasecmp(tag, known[i]) == 0)
                    break;
            if (i == sizeof known / sizeof known[0])
                pdiag(&r, TAC_DIAG_INFO, "ignored option %s:", tag);
            continue;
        }
        char *p = colon + 1, *tok;
        char *save = NULL;
        while ((tok = strtok_r(p, " \t", &save))) {
            p = NULL;
            if (tacx_fmt_startswith_ci(tok, "VERBS")) {
                int v = bracket_num(tok);
                if (v < 0)
                    pdiag(&r, TAC_DIAG_WARNING, "VERBS needs a number: VERBS[n]");
                else
                    opt->max_verbs = v;
            } else if (tacx_fmt_startswith_ci(tok, "CONJ")) {
                int v = bracket_num(tok);
                opt->conj_split = v < 0 ? 1 : v;
            } else if (strcasecmp(tok, "NOACTPRIOR") == 0) {
                opt->no_actor_prior = 1;
            } else if (strcasecmp(tok, "EXPLAIN") != 0) {
                pdiag(&r, TAC_DIAG_INFO, "ignored COMPLEX option %s", tok);
            }
        }
    }
    if (got < 0)
        rc = got;
    tacx_fmt_lines_close(&lr);
    return rc;
}

void tac_project_free(tac_project *p)
{
    if (!p)
        return;
    for (int i = 0; i < p->nactors; i++)
        free(p->actors[i]);
    for (int i = 0; i < p->nverbs; i++)
        free(p->verbs[i]);
    for (int i = 0; i < p->nagents; i++)
        free(p->agents[i]);
    free(p->options);
    free(p->text);
    free(p);
}

int tac_project_load(const char *path, tac_project **out, tac_diag_fn diag, void *ud)
{
    if (!out)
        return TAC_EINVAL;
    *out = NULL;
    if (!path)
        return TAC_EINVAL;
    prd r = {diag, ud, path, 0};
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK) {
        pdiag(&r, TAC_DIAG_ERROR, "cannot read the project file");
        return TAC_EIO;
    }
    tac_project *p = calloc(1, sizeof *p);
    if (!p) {
        tacx_fmt_lines_close(&lr);
        return TAC_ENOMEM;
    }
    p->opt.tabari_compat = 1;
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) : 0;
    if (slash == path)
        dirlen = 1; /* "/x.project": the root */
    int rc = TAC_OK, got;
    char *line;
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        r.line = lr.lineno;
        char *t = tacx_fmt_trim(line);
        if (t[0] != '<')
            continue;
        char *gt = strchr(t, '>');
        if (!gt) {
            pdiag(&r, TAC_DIAG_WARNING, "tag without '>'");
            continue;
        }
        *gt = '\0';
        char *tag = t + 1, *val = tacx_fmt_trim(gt + 1);
        char **slot = NULL;
        int *count = NULL;
        char **single = NULL;
        if (strcasecmp(tag, "actorsfile") == 0) {
            slot = p->actors;
            count = &p->nactors;
        } else if (strcasecmp(tag, "verbsfile") == 0) {
            slot = p->verbs;
            count = &p->nverbs;
        } else if (strcasecmp(tag, "agentsfile") == 0) {
            slot = p->agents;
            count = &p->nagents;
        } else if (strcasecmp(tag, "optionsfile") == 0) {
            single = &p->options;
        } else if (strcasecmp(tag, "textfile") == 0) {
            single = &p->text;
        } else {
            static const char *known[] = {"problemfile", "eventfile", "errorfile",
                                          "coder", "session", "issuesfile",
                                          "datefile", "outputfile"};
            size_t i;
            for (i = 0; i < sizeof known / sizeof known[0]; i++)
                if (tacx_fmt_startswith_ci(tag, known[i]))
                    break;
            if (i == sizeof known / sizeof known[0])
                pdiag(&r, TAC_DIAG_INFO, "ignored tag <%s>", tag);
            continue;
        }
        /* The name is the first word after the tag. */
        char *end = val;
        while (*end && !tacx_fmt_isblank((unsigned char)*end))
            end++;
        *end = '\0';
        if (!*val) {
            pdiag(&r, TAC_DIAG_WARNING, "<%s> without a file name", tag);
            continue;
        }
        char *full = resolve(path, dirlen, val);
        if (!full) {
            rc = TAC_ENOMEM;
            break;
        }
        if (single) {
            if (*single) {
                pdiag(&r, TAC_DIAG_WARNING, "second <%s>; the last one is used", tag);
                free(*single);
            }
            *single = full;
        } else if (*count == NSLOTS) {
            pdiag(&r, TAC_DIAG_WARNING, "more than %d <%s> files; ignored", NSLOTS, tag);
            free(full);
        } else {
            slot[(*count)++] = full;
        }
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    tacx_fmt_lines_close(&lr);
    if (rc == TAC_OK && !p->text)
        pdiag(&r, TAC_DIAG_WARNING, "the project names no <textfile>");
    if (rc == TAC_OK && p->options)
        rc = read_options(p->options, &p->opt, diag, ud);
    if (rc != TAC_OK) {
        tac_project_free(p);
        return rc;
    }
    *out = p;
    return TAC_OK;
}
