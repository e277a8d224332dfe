/*
 * dictfmt_petrarch.c -- readers for PETRARCH2 dictionaries: the CAMEO
 * verb file (CAMEO.2.0.txt), *.actors.txt, *.agents.txt, *.discards.txt.
 *
 * Verb file layout: '&NAME' synsets with '+member' lines, then blocks
 *     --- NAME [CODE] ---
 *     VERB {IRREGULAR FORMS} [CODE]      member verbs (own code optional)
 *     +MULTI_WORD {+FORM_S ...}          multi-word verbs
 *     - PATTERN [CODE] # comment         patterns of the whole block
 * and '~' transformation lines, which are not supported (one info
 * diagnostic per file).  Each distinct code among a block's members
 * becomes one builder verb; every pattern of the block is given to each.
 *
 * Approximations (PETRARCH matches on parse trees): '{ }' noun phrases
 * and '( )' prepositional phrases are flattened into words that must be
 * consecutive inside the group; words between groups may be separated.
 * Words in verb patterns and synsets match exactly.  A member with '+'
 * inside it ("KLM_NOP_+RST", the verb not first) gets no generated
 * endings.  A member listed with {forms} gets exactly those forms.
 *
 * Discards: "PHRASE" discards the sentence (code "###"), "+PHRASE" the
 * whole story (code "+###").
 */
#include "dictfmt.h"

#include <stdlib.h>
#include <string.h>

int dictfmt_read_petrarch_actors(dict_builder *b, const char *path)
{
    return tacx_fmt_read_actors(b, path, TACX_FMT_DIALECT_PETRARCH);
}

int dictfmt_read_petrarch_agents(dict_builder *b, const char *path)
{
    return tacx_fmt_read_agents(b, path, TACX_FMT_DIALECT_PETRARCH);
}

/* ---- verbs -------------------------------------------------------- */

#define MAX_BLOCK_VERBS 32

typedef struct vrd {
    dict_builder *b;
    const char *path;
    long line;
    tacx_fmt_pctx pc;
    int in_block;
    char block_code[32];
    struct { char code[32]; int id; } verbs[MAX_BLOCK_VERBS];
    int nverbs;
} vrd;

/* Parses one verb form: leading '+' dropped; a '+' later in the form
 * marks the verb word and is read as '_'.  *late_plus tells whether the
 * verb word is not the first. */
static int parse_form(vrd *r, char *s, phrase *ph, int *late_plus)
{
    while (*s == '+')
        s++;
    *late_plus = 0;
    for (char *p = s; *p; p++)
        if (*p == '+') {
            *p = '_';
            *late_plus = 1;
        }
    tacx_fmt_arena_reset(&r->pc.arena);
    return tacx_fmt_parse_phrase(&r->pc, &tacx_fmt_spec_petrarch_member, s, strlen(s), ph);
}

static int verb_for_code(vrd *r, const char *code, const phrase *ph, unsigned flags,
                         int *id)
{
    for (int i = 0; i < r->nverbs; i++)
        if (strcmp(r->verbs[i].code, code) == 0) {
            *id = r->verbs[i].id;
            int rc = db_verb_form(r->b, *id, ph, flags, r->path, r->line);
            return rc == TAC_ENOMEM ? rc : TAC_OK;
        }
    if (r->nverbs == MAX_BLOCK_VERBS || strlen(code) >= sizeof r->verbs[0].code) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "too many codes in one verb block");
        *id = -1;
        return TAC_OK;
    }
    if (!tacx_fmt_event_code_ok(code, 1))
        db_diag(r->b, TAC_DIAG_WARNING, r->path, r->line, "suspicious event code '%s'",
                code);
    int v = db_verb_begin(r->b, ph, flags, code, r->path, r->line);
    *id = v;
    if (v < 0)
        return v == TAC_ENOMEM ? v : TAC_OK;
    strcpy(r->verbs[r->nverbs].code, code);
    r->verbs[r->nverbs].id = v;
    r->nverbs++;
    return TAC_OK;
}

static int member_line(vrd *r, char *t)
{
    char *code = NULL;
    tacx_fmt_split_code(t, &code);
    if (code && !*code)
        code = NULL;
    char *forms = NULL;
    char *ob = strchr(t, '{');
    if (ob) {
        char *cb = strchr(ob, '}');
        if (!cb) {
            db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "missing '}' in verb forms");
            return TAC_OK;
        }
        *cb = '\0';
        *ob = '\0';
        forms = ob + 1;
    }
    char *main = tacx_fmt_trim(t);
    if (!*main) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "verb line without a verb");
        return TAC_OK;
    }
    phrase ph;
    int late, id;
    int prc = parse_form(r, main, &ph, &late);
    if (prc == TAC_ENOMEM)
        return prc;
    if (prc) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "bad verb '%s': %s", main,
                r->pc.err);
        return TAC_OK;
    }
    unsigned flags = (forms || late) ? 0 : VF_ENDINGS | VF_IRREGULAR;
    int rc = verb_for_code(r, code ? code : r->block_code, &ph, flags, &id);
    if (rc || id < 0)
        return rc;
    char *p = forms;
    while (p && *p) {
        while (tacx_fmt_isblank((unsigned char)*p) || *p == ',')
            p++;
        char *e = p;
        while (*e && !tacx_fmt_isblank((unsigned char)*e) && *e != ',')
            e++;
        if (e == p)
            break;
        char save = *e;
        *e = '\0';
        prc = parse_form(r, p, &ph, &late);
        if (prc == TAC_ENOMEM)
            return prc;
        if (prc)
            db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "bad verb form '%s': %s", p,
                    r->pc.err);
        else if (db_verb_form(r->b, id, &ph, 0, r->path, r->line) == TAC_ENOMEM)
            return TAC_ENOMEM;
        *e = save;
        p = e;
    }
    return TAC_OK;
}

static int pattern_line(vrd *r, char *t)
{
    if (!r->in_block || r->nverbs == 0) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "pattern without a verb");
        return TAC_OK;
    }
    char *code;
    if (!tacx_fmt_split_code(t, &code) || !*code) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "pattern without a [code]");
        return TAC_OK;
    }
    char *pt = tacx_fmt_trim(t);
    phrase ph;
    tacx_fmt_arena_reset(&r->pc.arena);
    int prc = tacx_fmt_parse_phrase(&r->pc, &tacx_fmt_spec_petrarch_pattern, pt,
                                    strlen(pt), &ph);
    if (prc == TAC_ENOMEM)
        return prc;
    if (prc) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "bad pattern: %s", r->pc.err);
        return TAC_OK;
    }
    if (tacx_fmt_phrase_count(&ph, PE_VERB) != 1) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "a pattern needs exactly one '*'");
        return TAC_OK;
    }
    if (!tacx_fmt_event_code_ok(code, 1))
        db_diag(r->b, TAC_DIAG_WARNING, r->path, r->line, "suspicious event code '%s'",
                code);
    for (int i = 0; i < r->nverbs; i++)
        if (db_verb_pattern(r->b, r->verbs[i].id, &ph, code, r->path, r->line) ==
            TAC_ENOMEM)
            return TAC_ENOMEM;
    return TAC_OK;
}

/* "--- NAME [CODE] ---" */
static void block_line(vrd *r, char *t)
{
    r->in_block = 1;
    r->nverbs = 0;
    strcpy(r->block_code, "---");
    char *br = strchr(t, '['), *close = br ? strchr(br, ']') : NULL;
    if (!br || !close) {
        db_diag(r->b, TAC_DIAG_WARNING, r->path, r->line,
                "verb block without a [code]; using ---");
        return;
    }
    *close = '\0';
    char *c = tacx_fmt_trim(br + 1);
    if (!*c || strlen(c) >= sizeof r->block_code) {
        db_diag(r->b, TAC_DIAG_WARNING, r->path, r->line, "bad block code; using ---");
        return;
    }
    strcpy(r->block_code, c);
}

int dictfmt_read_petrarch_verbs(dict_builder *b, const char *path)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_EIO;
    vrd r;
    memset(&r, 0, sizeof r);
    r.b = b;
    r.path = path;
    tacx_fmt_pctx_init(&r.pc);
    char synname[128] = "";
    int rc = TAC_OK, got, warned_tf = 0;
    char *line;
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        r.line = lr.lineno;
        char *t = tacx_fmt_strip_comment(line, TACX_FMT_DIALECT_PETRARCH);
        if (!*t || (t[0] == '<' && t[1] == '!'))
            continue;
        if (t[0] == '~') {
            if (!warned_tf++)
                db_diag(b, TAC_DIAG_INFO, path, r.line,
                        "transformations ('~' lines) are not supported; skipped");
            continue;
        }
        if (strncmp(t, "---", 3) == 0) {
            block_line(&r, t);
            continue;
        }
        if (t[0] == '-') {
            rc = pattern_line(&r, t + 1);
            continue;
        }
        if (!r.in_block) {
            if (!tacx_fmt_synset_line(b, &r.pc, &tacx_fmt_spec_petrarch_member, t, synname, sizeof synname,
                                     path, r.line, &rc))
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "expected &SYNSET, +member or a '--- VERB [code] ---' block");
            continue;
        }
        rc = member_line(&r, t);
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    tacx_fmt_pctx_free(&r.pc);
    tacx_fmt_lines_close(&lr);
    return rc;
}

/* ---- discards ----------------------------------------------------- */

int dictfmt_read_petrarch_discards(dict_builder *b, const char *path)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_EIO;
    tacx_fmt_pctx pc;
    tacx_fmt_pctx_init(&pc);
    int rc = TAC_OK, got;
    char *line;
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        char *t = tacx_fmt_strip_comment(line, TACX_FMT_DIALECT_PETRARCH);
        if (!*t || (t[0] == '<' && t[1] == '!'))
            continue;
        const char *code = "###";
        if (t[0] == '+') {
            code = "+###";
            t = tacx_fmt_trim(t + 1);
        }
        phrase ph;
        tacx_fmt_arena_reset(&pc.arena);
        int prc = tacx_fmt_parse_phrase(&pc, &tacx_fmt_spec_petrarch_member, t, strlen(t),
                                        &ph);
        if (prc == TAC_ENOMEM)
            rc = prc;
        else if (prc)
            db_diag(b, TAC_DIAG_ERROR, path, lr.lineno, "bad discard phrase: %s", pc.err);
        else if (db_discard(b, &ph, code, path, lr.lineno) == TAC_ENOMEM)
            rc = TAC_ENOMEM;
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    tacx_fmt_pctx_free(&pc);
    tacx_fmt_lines_close(&lr);
    return rc;
}
