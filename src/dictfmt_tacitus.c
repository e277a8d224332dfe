/*
 * dictfmt_tacitus.c -- reader for this project's dictionary format
 * (docs/dictionaries.md) and the format guesser.
 *
 * Names and phrases: words separated by blanks are consecutive; a word
 * ending in '*' is a prefix.  Patterns: blanks let words intervene, '_'
 * joins adjacent elements; inside { a b | c } each alternative is a
 * phrase of consecutive words.  '#' starts a comment at the start of a
 * line or after a blank.
 */
#include "dictfmt.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum sect { SEC_NONE, SEC_ACTORS, SEC_PERSONS, SEC_PLACES, SEC_AGENTS, SEC_OFFICERS, SEC_VERBS, SEC_SYNSETS,
            SEC_NONVERBS, SEC_DISCARDS, SEC_UNKNOWN };

static const tacx_fmt_pspec spec_name = {TACX_FMT_WORDS_TACITUS, 0, 0, 1, 1, 0};
static const tacx_fmt_pspec spec_pattern = {TACX_FMT_WORDS_TACITUS, 1, 1, 0, 1, 0};

typedef struct trd {
    dict_builder *b;
    const char *path;
    long line;
    tacx_fmt_pctx pc;
    int verb, verb_failed;
} trd;

static void strip_hash_comment(char *s)
{
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || tacx_fmt_isblank((unsigned char)p[-1]))) {
            *p = '\0';
            return;
        }
}

/* Parses a name with spec into *ph (the arena is reset first). */
static int parse(trd *r, const tacx_fmt_pspec *spec, const char *s, phrase *ph,
                 const char *what)
{
    tacx_fmt_arena_reset(&r->pc.arena);
    int rc = tacx_fmt_parse_phrase(&r->pc, spec, s, strlen(s), ph);
    if (rc == TAC_EPARSE)
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "bad %s '%s': %s", what, s,
                r->pc.err);
    return rc;
}

/* "CODE", "CODE FROM..TO", "CODE [FROM..TO]"; returns 0 when bad. */
static int parse_dated(char *s, dated_code *dc)
{
    s = tacx_fmt_trim(s);
    char *sp = s;
    while (*sp && !tacx_fmt_isblank((unsigned char)*sp))
        sp++;
    char *rest = *sp ? sp + 1 : sp;
    *sp = '\0';
    if (!*s)
        return 0;
    for (char *p = s; *p; p++)
        if (!(tac_isalnum((unsigned char)*p) || *p == '-' || *p == '#' || *p == '+' ||
              *p == '~'))
            return 0;
    dc->code = s;
    dc->from = dc->to = 0;
    rest = tacx_fmt_trim(rest);
    if (!*rest)
        return 1;
    size_t n = strlen(rest);
    if (rest[0] == '[') {
        if (rest[n - 1] != ']')
            return 0;
        rest[n - 1] = '\0';
        rest = tacx_fmt_trim(rest + 1);
    }
    char *dots = strstr(rest, "..");
    if (!dots)
        return 0;
    *dots = '\0';
    char *a = tacx_fmt_trim(rest), *b = tacx_fmt_trim(dots + 2);
    if (!*a && !*b)
        return 0;
    if (*a && !(dc->from = tacx_fmt_parse_date(a, strlen(a))))
        return 0;
    if (*b && !(dc->to = tacx_fmt_parse_date(b, strlen(b))))
        return 0;
    if (dc->from && dc->to && dc->from > dc->to)
        return 0;
    return 1;
}

static char *next_alt(char **p)
{
    char *s = *p;
    if (!s)
        return NULL;
    char *bar = strchr(s, '|');
    if (bar) {
        *bar = '\0';
        *p = bar + 1;
    } else {
        *p = NULL;
    }
    return tacx_fmt_trim(s);
}

static int actor_line(trd *r, char *t, unsigned flags)
{
    char *eq = strchr(t, '=');
    if (!eq) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "expected NAME | NAME = CODE");
        return TAC_OK;
    }
    *eq = '\0';
    /* Check the codes first: a bad one drops the entry. */
    dated_code codes[32];
    int nc = 0;
    char *cs = eq + 1;
    while (cs) {
        char *semi = strchr(cs, ';');
        if (semi)
            *semi = '\0';
        char shown[80];
        snprintf(shown, sizeof shown, "%s", tacx_fmt_trim(cs));
        if (nc == 32 || !parse_dated(cs, &codes[nc])) {
            db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line,
                    "bad actor code or date range '%s'", shown);
            return TAC_OK;
        }
        nc++;
        cs = semi ? semi + 1 : NULL;
    }
    int id = -1;
    char *p = t, *name;
    while ((name = next_alt(&p))) {
        phrase ph;
        int rc = parse(r, &spec_name, name, &ph, "name");
        if (rc == TAC_ENOMEM)
            return rc;
        if (rc)
            continue;
        if (id < 0 && (id = db_actor_begin(r->b, flags, r->path, r->line)) < 0)
            return id == TAC_ENOMEM ? id : TAC_OK;
        if (db_actor_name(r->b, id, &ph, r->path, r->line) == TAC_ENOMEM)
            return TAC_ENOMEM;
    }
    for (int i = 0; id >= 0 && i < nc; i++)
        if (db_actor_code(r->b, id, &codes[i], r->path, r->line) == TAC_ENOMEM)
            return TAC_ENOMEM;
    return TAC_OK;
}

static int agent_line(trd *r, char *t, int officer)
{
    char *eq = strchr(t, '=');
    char *code = eq ? tacx_fmt_trim(eq + 1) : NULL;
    if (!eq || !*code || strpbrk(code, " \t")) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "expected NAME | NAME = ROLE");
        return TAC_OK;
    }
    *eq = '\0';
    char *p = t, *name;
    while ((name = next_alt(&p))) {
        phrase ph;
        int rc = parse(r, &spec_name, name, &ph, "name");
        if (rc == TAC_ENOMEM)
            return rc;
        if (rc == TAC_OK && db_agent(r->b, &ph, code, officer, r->path, r->line) == TAC_ENOMEM)
            return TAC_ENOMEM;
    }
    return TAC_OK;
}

static int synset_line(trd *r, char *t)
{
    char *eq = strchr(t, '=');
    if (t[0] != '&' || !eq) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "expected &NAME = phrase | phrase");
        return TAC_OK;
    }
    *eq = '\0';
    char *nm = tacx_fmt_trim(t + 1);
    if (!*nm || strpbrk(nm, " \t")) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "bad synset name '%s'", nm);
        return TAC_OK;
    }
    int rc = tacx_fmt_pctx_add_synset(&r->pc, nm, strlen(nm));
    char *p = eq + 1, *m;
    while (rc == TAC_OK && (m = next_alt(&p))) {
        phrase ph;
        int prc = parse(r, &spec_name, m, &ph, "synset member");
        if (prc == TAC_ENOMEM)
            return prc;
        if (prc == TAC_OK && db_synset(r->b, nm, &ph, r->path, r->line) == TAC_ENOMEM)
            return TAC_ENOMEM;
    }
    return rc;
}

static void check_code(trd *r, const char *code)
{
    if (!tacx_fmt_event_code_ok(code, 1))
        db_diag(r->b, TAC_DIAG_WARNING, r->path, r->line, "suspicious event code '%s'",
                code);
}

static int verb_line(trd *r, char *t)
{
    r->verb = -1;
    r->verb_failed = 1;
    char *eq = strrchr(t, '=');
    char *code = eq ? tacx_fmt_trim(eq + 1) : NULL;
    if (!eq || !*code) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "expected VERB | VERB = CODE");
        return TAC_OK;
    }
    *eq = '\0';
    check_code(r, code);
    const unsigned flags = VF_ENDINGS | VF_IRREGULAR;
    char *p = t, *alt;
    while ((alt = next_alt(&p))) {
        char *forms = NULL, *ob = strchr(alt, '{');
        if (ob) {
            char *cb = strchr(ob, '}');
            if (!cb || *tacx_fmt_trim(cb + 1)) {
                db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line,
                        "verb forms must end the verb: VERB {FORM FORM}");
                continue;
            }
            *cb = '\0';
            *ob = '\0';
            forms = ob + 1;
            alt = tacx_fmt_trim(alt);
        }
        phrase ph;
        int rc = parse(r, &spec_name, alt, &ph, "verb");
        if (rc == TAC_ENOMEM)
            return rc;
        if (rc)
            continue;
        if (r->verb < 0) {
            int id = db_verb_begin(r->b, &ph, flags, code, r->path, r->line);
            if (id == TAC_ENOMEM)
                return id;
            if (id < 0)
                continue;
            r->verb = id;
            r->verb_failed = 0;
        } else if (db_verb_form(r->b, r->verb, &ph, flags, r->path, r->line) ==
                   TAC_ENOMEM) {
            return TAC_ENOMEM;
        }
        while (forms && *forms) {
            while (tacx_fmt_isblank((unsigned char)*forms))
                forms++;
            char *e = forms;
            while (*e && !tacx_fmt_isblank((unsigned char)*e))
                e++;
            if (e == forms)
                break;
            char save = *e;
            *e = '\0';
            rc = parse(r, &spec_name, forms, &ph, "verb form");
            if (rc == TAC_ENOMEM)
                return rc;
            if (rc == TAC_OK &&
                db_verb_form(r->b, r->verb, &ph, 0, r->path, r->line) == TAC_ENOMEM)
                return TAC_ENOMEM;
            *e = save;
            forms = e;
        }
    }
    return TAC_OK;
}

static int pattern_line(trd *r, char *t)
{
    if (r->verb < 0) {
        if (!r->verb_failed)
            db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "pattern without a verb");
        return TAC_OK;
    }
    char *eq = strrchr(t, '=');
    char *code = eq ? tacx_fmt_trim(eq + 1) : NULL;
    if (!eq || !*code) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "expected - PATTERN = CODE");
        return TAC_OK;
    }
    *eq = '\0';
    phrase ph;
    int rc = parse(r, &spec_pattern, tacx_fmt_trim(t), &ph, "pattern");
    if (rc)
        return rc == TAC_ENOMEM ? rc : TAC_OK;
    if (tacx_fmt_phrase_count(&ph, PE_VERB) != 1) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "a pattern needs exactly one '*'");
        return TAC_OK;
    }
    check_code(r, code);
    return db_verb_pattern(r->b, r->verb, &ph, code, r->path, r->line) == TAC_ENOMEM
               ? TAC_ENOMEM : TAC_OK;
}

static int section_of(const char *name, size_t n)
{
    static const struct { const char *s; int sec; } tab[] = {
        {"actors", SEC_ACTORS},     {"persons", SEC_PERSONS},
        {"places", SEC_PLACES},
        {"agents", SEC_AGENTS},     {"officers", SEC_OFFICERS},
        {"verbs", SEC_VERBS},
        {"synsets", SEC_SYNSETS},   {"nonverbs", SEC_NONVERBS},
        {"discards", SEC_DISCARDS},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (strlen(tab[i].s) == n && strncasecmp(tab[i].s, name, n) == 0)
            return tab[i].sec;
    return SEC_UNKNOWN;
}

int dictfmt_read_tacitus(dict_builder *b, const char *path)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_EIO;
    trd r;
    memset(&r, 0, sizeof r);
    r.b = b;
    r.path = path;
    r.verb = -1;
    tacx_fmt_pctx_init(&r.pc);
    db_set_case_aware(b, 1);      /* this format writes case deliberately */
    int sec = SEC_NONE, rc = TAC_OK, got, outside_reported = 0;
    char *line;
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        r.line = lr.lineno;
        strip_hash_comment(line);
        char *t = tacx_fmt_trim(line);
        if (!*t)
            continue;
        size_t n = strlen(t);
        if (t[0] == '[' && t[n - 1] == ']') {
            sec = section_of(t + 1, n - 2);
            r.verb = -1;
            r.verb_failed = 0;
            if (sec == SEC_UNKNOWN)
                db_diag(b, TAC_DIAG_ERROR, path, r.line,
                        "unknown section %s; its entries are skipped", t);
            continue;
        }
        switch (sec) {
        case SEC_NONE:
            if (!outside_reported++)
                db_diag(b, TAC_DIAG_ERROR, path, r.line,
                        "entry before any [section]; skipped");
            break;
        case SEC_UNKNOWN:
            break;
        case SEC_ACTORS:
            rc = actor_line(&r, t, 0);
            break;
        case SEC_PERSONS:
            rc = actor_line(&r, t, ACT_PERSON);
            break;
        case SEC_PLACES:
            rc = actor_line(&r, t, ACT_PLACE);
            break;
        case SEC_AGENTS:
        case SEC_OFFICERS:
            rc = agent_line(&r, t, sec == SEC_OFFICERS);
            break;
        case SEC_SYNSETS:
            rc = synset_line(&r, t);
            break;
        case SEC_VERBS:
            rc = t[0] == '-' ? pattern_line(&r, t + 1) : verb_line(&r, t);
            break;
        case SEC_NONVERBS: {
            phrase ph;
            int prc = parse(&r, &spec_name, t, &ph, "phrase");
            if (prc == TAC_ENOMEM)
                rc = prc;
            else if (prc == TAC_OK && db_nonverb(b, &ph, path, r.line) == TAC_ENOMEM)
                rc = TAC_ENOMEM;
            break;
        }
        case SEC_DISCARDS: {
            char *eq = strrchr(t, '=');
            const char *code = "###";
            if (eq) {
                *eq = '\0';
                code = tacx_fmt_trim(eq + 1);
                if (!*code)
                    code = "###";
            }
            if (strcmp(code, "###") && strcmp(code, "+###") && strcmp(code, "~###")) {
                db_diag(r.b, TAC_DIAG_ERROR, path, r.line,
                        "bad discard code '%s': ### (the sentence), +### (the story) or ~### (a sign)", code);
                break;
            }
            phrase ph;
            int prc = parse(&r, &spec_name, tacx_fmt_trim(t), &ph, "phrase");
            if (prc == TAC_ENOMEM)
                rc = prc;
            else if (prc == TAC_OK && db_discard(b, &ph, code, path, r.line) == TAC_ENOMEM)
                rc = TAC_ENOMEM;
            break;
        }
        }
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    db_set_case_aware(b, 0);
    tacx_fmt_pctx_free(&r.pc);
    tacx_fmt_lines_close(&lr);
    return rc;
}

/* ---- format guessing ---------------------------------------------- */

static int ends_with_ci(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcasecmp(s + n - k, suf) == 0;
}

static int contains_ci(const char *s, const char *w)
{
    size_t k = strlen(w);
    for (; *s; s++)
        if (strncasecmp(s, w, k) == 0)
            return 1;
    return 0;
}

/* Looks at the first lines that are not comments. */
tac_dict_format dictfmt_guess_content(const char *path)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_FMT_AUTO;
    tac_dict_format f = TAC_FMT_AUTO;
    int seen = 0, actorish = 0, agentish = 0, semis = 0;
    char *line;
    while (f == TAC_FMT_AUTO && seen < 200 && tacx_fmt_lines_next(&lr, &line) == 1) {
        char *t = tacx_fmt_trim(line);
        if (!*t || t[0] == '#' || t[0] == ';' || (t[0] == '/' && t[1] == '/') ||
            (t[0] == '<' && t[1] == '!'))
            continue;
        seen++;
        size_t n = strlen(t);
        if (strchr(t, ';'))
            semis++;
        if (t[0] == '[' && t[n - 1] == ']' && section_of(t + 1, n - 2) != SEC_UNKNOWN)
            f = TAC_FMT_TACITUS;
        else if (strncmp(t, "---", 3) == 0 && strchr(t, '['))
            f = TAC_FMT_PETRARCH_VERBS;
        else if (t[0] == '&' && n > 1 && !strpbrk(t, " \t=[]"))
            f = TAC_FMT_PETRARCH_VERBS;   /* a synonym set opens it: "&AUXVERB1_" */
        else if (tacx_fmt_startswith_ci(t, "<SYNSETS>") || tacx_fmt_startswith_ci(t, "<TIME>"))
            f = TAC_FMT_TABARI_VERBS;
        else if (t[0] == '!' && strchr(t + 1, '!') && strchr(t, '='))
            f = TAC_FMT_PETRARCH_AGENTS;
        else if (t[0] == '-' && strchr(t, '*') && strchr(t, '['))
            f = TAC_FMT_TABARI_VERBS;
        else if (strstr(t, "[~") || strstr(t, "~]") || (strchr(t, '[') && strchr(t, '~')))
            agentish++;
        else if (strchr(t, '[') && strchr(t, ']'))
            actorish++;
    }
    tacx_fmt_lines_close(&lr);
    if (f != TAC_FMT_AUTO)
        return f;
    if (agentish > actorish)
        return semis ? TAC_FMT_TABARI_AGENTS : TAC_FMT_PETRARCH_AGENTS;
    if (actorish)
        return semis ? TAC_FMT_TABARI_ACTORS : TAC_FMT_PETRARCH_ACTORS;
    return TAC_FMT_AUTO;
}

tac_dict_format dictfmt_guess(const char *path)
{
    if (!path)
        return TAC_FMT_TACITUS;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (ends_with_ci(base, ".actors"))
        return TAC_FMT_TABARI_ACTORS;
    if (ends_with_ci(base, ".verbs"))
        return TAC_FMT_TABARI_VERBS;
    if (ends_with_ci(base, ".agents"))
        return TAC_FMT_TABARI_AGENTS;
    tac_dict_format byname = TAC_FMT_AUTO;
    if (ends_with_ci(base, ".txt")) {
        if (contains_ci(base, "actors"))
            byname = TAC_FMT_PETRARCH_ACTORS;
        else if (contains_ci(base, "agents"))
            byname = TAC_FMT_PETRARCH_AGENTS;
        else if (contains_ci(base, "discards"))
            byname = TAC_FMT_PETRARCH_DISCARDS;
        else if (contains_ci(base, "cameo") || contains_ci(base, "verbs"))
            byname = TAC_FMT_PETRARCH_VERBS;
    }
    tac_dict_format bycontent = dictfmt_guess_content(path);
    /* A file in this project's format says so with [sections]. */
    if (bycontent == TAC_FMT_TACITUS)
        return bycontent;
    if (byname != TAC_FMT_AUTO)
        return byname;
    if (bycontent != TAC_FMT_AUTO)
        return bycontent;
    return TAC_FMT_TACITUS;
}

const char *dictfmt_name(tac_dict_format fmt)
{
    switch (fmt) {
    case TAC_FMT_TACITUS: return "a tacitus";
    case TAC_FMT_TABARI_ACTORS: return "a TABARI actors";
    case TAC_FMT_TABARI_VERBS: return "a TABARI verbs";
    case TAC_FMT_TABARI_AGENTS: return "a TABARI agents";
    case TAC_FMT_PETRARCH_VERBS: return "a PETRARCH2 verbs";
    case TAC_FMT_PETRARCH_ACTORS: return "a PETRARCH2 actors";
    case TAC_FMT_PETRARCH_AGENTS: return "a PETRARCH2 agents";
    case TAC_FMT_PETRARCH_DISCARDS: return "a PETRARCH2 discards";
    default: return "an unknown";
    }
}
