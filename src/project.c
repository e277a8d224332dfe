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

#include "ascii.h"
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
    if (!br || !tac_isdigit((unsigned char)br[1]))
        return -1;
    long v = strtol(br + 1, NULL, 10);
    return v > 1000 ? 1000 : (int)v;
}

/* Case-insensitive: does s start with word w, followed by a non-letter? */
static const char *word_at(const char *s, const char *w)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(w);
    if (strncasecmp(s, w, n) != 0 || tac_isalpha((unsigned char)s[n]))
        return NULL;
    return s + n;
}

/* Reads "[CODE]" at s into out; returns the text after it or NULL. */
static const char *bracket_code(const char *s, char *out, size_t cap)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s != '[')
        return NULL;
    const char *e = strchr(s, ']');
    if (!e)
        return NULL;
    size_t n = 0;
    for (const char *p = s + 1; p < e && n + 1 < cap; p++)
        if (!tac_isspace((unsigned char)*p))
            out[n++] = (char)tac_toupper((unsigned char)*p);
    out[n] = 0;
    return n ? e + 1 : NULL;
}

/* "TRUE"/"FALSE" after '=' */
static int set_bool(const char *s, int *out)
{
    const char *eq = strchr(s, '=');
    if (!eq)
        return -1;
    if (word_at(eq + 1, "TRUE")) { *out = 1; return 0; }
    if (word_at(eq + 1, "FALSE")) { *out = 0; return 0; }
    return -1;
}

#define OPT_ERR(...) do { if (err && errlen) snprintf(err, errlen, __VA_ARGS__); return TAC_EINVAL; } while (0)

int tac_options_apply(tac_options *opt, const char *line, char *err, size_t errlen)
{
    if (!opt || !line)
        return TAC_EINVAL;
    tac_options o = *opt;
    int bad = 0;
    const char *colon = strchr(line, ':');
    if (!colon)
        OPT_ERR("no TAG: in the line");
    char tag[32];
    size_t tl = 0;
    for (const char *p = line; p < colon && tl + 1 < sizeof tag; p++)
        if (!tac_isspace((unsigned char)*p))
            tag[tl++] = (char)tac_toupper((unsigned char)*p);
    tag[tl] = 0;
    const char *v = colon + 1;
    if (!strcmp(tag, "COMPLEX")) {
        o.max_verbs = 0; o.conj_split = 0; o.no_actor_prior = 0;
        char buf[256];
        snprintf(buf, sizeof buf, "%s", v);
        char *save = NULL, *tok;
        for (char *q = buf; (tok = strtok_r(q, " \t", &save)); q = NULL) {
            if (!strncasecmp(tok, "VERBS", 5)) {
                int n = bracket_num(tok);
                if (n < 0) OPT_ERR("VERBS needs a number: VERBS[n]");
                o.max_verbs = n;
            } else if (!strncasecmp(tok, "CONJ", 4)) {
                int n = bracket_num(tok);
                o.conj_split = n < 0 ? 1 : n;
            } else if (!strcasecmp(tok, "NOACTPRIOR")) {
                o.no_actor_prior = 1;
            } else if (strcasecmp(tok, "EXPLAIN") != 0) {
                /* the known conditions still apply */
                if (err && errlen)
                    snprintf(err, errlen, "unknown COMPLEX condition %s", tok);
                bad = 1;
            }
        }
    } else if (!strcmp(tag, "DEFAULT")) {
        if (word_at(v, "OFF")) {
            o.default_source[0] = o.default_target[0] = 0;
            o.default_prior = o.default_after = 0;
        } else {
            const char *p = v, *q;
            while (*p) {
                while (*p == ' ' || *p == '\t') p++;
                if (!*p) break;
                if ((q = word_at(p, "SOURCE"))) {
                    if (!(p = bracket_code(q, o.default_source, sizeof o.default_source)))
                        OPT_ERR("DEFAULT: SOURCE needs [CODE]");
                } else if ((q = word_at(p, "TARGET"))) {
                    if (!(p = bracket_code(q, o.default_target, sizeof o.default_target)))
                        OPT_ERR("DEFAULT: TARGET needs [CODE]");
                } else if ((q = word_at(p, "PRIOR"))) {
                    o.default_prior = 1; p = q;
                } else if ((q = word_at(p, "AFTER"))) {
                    o.default_after = 1; p = q;
                } else {
                    OPT_ERR("unknown DEFAULT: setting near '%.20s'", p);
                }
            }
        }
    } else if (!strcmp(tag, "COMMA")) {
        if (word_at(v, "OFF")) {
            o.comma_set = 1;
            o.comma_min = o.comma_emin = o.comma_bmin = 255;
            o.comma_max = o.comma_emax = o.comma_bmax = 0;
        } else {
            static const char *const keys[] = { "MIN", "MAX", "EMIN", "EMAX", "BMIN", "BMAX" };
            int *dst[] = { &o.comma_min, &o.comma_max, &o.comma_emin, &o.comma_emax, &o.comma_bmin, &o.comma_bmax };
            const char *p = v;
            o.comma_set = 1;
            while (*p) {
                while (*p == ' ' || *p == '\t' || *p == '}') p++;
                if (!*p) break;
                int k;
                const char *q = NULL;
                for (k = 0; k < 6; k++)
                    if ((q = word_at(p, keys[k]))) break;
                if (k == 6) OPT_ERR("unknown COMMA: setting near '%.20s'", p);
                while (*q == ' ' || *q == '=') q++;
                if (!tac_isdigit((unsigned char)*q)) OPT_ERR("COMMA: %s needs a number", keys[k]);
                *dst[k] = (int)strtol(q, (char **)&p, 10);
            }
        }
    } else if (!strcmp(tag, "SET")) {
        const char *q;
        if ((q = word_at(v, "CODE"))) {
            const char *r = word_at(q, "BY");
            if (r && word_at(r, "CLAUSE")) o.code_by = TAC_CODE_BY_CLAUSE;
            else if (r && word_at(r, "SENTENCE")) o.code_by = TAC_CODE_BY_SENTENCE;
            else if (word_at(q, "ALL")) o.code_by = TAC_CODE_ALL;
            else OPT_ERR("SET: CODE needs BY CLAUSE, BY SENTENCE or ALL");
        } else if ((q = word_at(v, "MINIMUM"))) {
            const char *eq = strchr(q, '=');
            if (!eq || !tac_isdigit((unsigned char)eq[1 + strspn(eq + 1, " ")])) OPT_ERR("SET: MINIMUM WORDS = n");
            int n = (int)strtol(eq + 1, NULL, 10);
            o.min_words = n > 0 ? n : -1;
        } else if ((q = word_at(v, "CONVERT"))) {
            if (set_bool(q, &o.convert_agent)) OPT_ERR("SET: CONVERT AGENT = TRUE|FALSE");
        } else {
            /* other SET: switches (TIME SHIFT, YYYY, LABEL, FBIS...) do not
               change how tacitus codes */
            return TAC_OK;
        }
    } else if (!strcmp(tag, "LABEL") || !strcmp(tag, "OUTPUT") || !strcmp(tag, "FORWARD") ||
               !strcmp(tag, "DELETE") || !strcmp(tag, "REPLACE") || !strcmp(tag, "ISSUES") ||
               !strcmp(tag, "SKIP") || !strcmp(tag, "NULL")) {
        return TAC_OK;   /* output and bookkeeping settings */
    } else {
        OPT_ERR("unknown option %s:", tag);
    }
    *opt = o;
    return bad ? TAC_EINVAL : TAC_OK;
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
        char msg[160];
        if (tac_options_apply(opt, t, msg, sizeof msg) != TAC_OK)
            pdiag(&r, TAC_DIAG_INFO, "ignored: %s", msg);
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
