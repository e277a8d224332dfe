/*
 * dictfmt_tabari.c -- readers for TABARI dictionaries (.actors, .verbs,
 * .agents).  The actors and agents readers also serve PETRARCH, whose
 * files keep TABARI's layout (see dictfmt_petrarch.c).
 *
 * Conventions read here:
 *   - ';' starts a comment (PETRARCH: '#' outside [ ]); "~~FINISH" ends a
 *     TABARI file; a TABARI line starting with '#' is a commented-out
 *     entry: its code blocks are still checked (warnings) but it is not
 *     loaded.
 *   - Words: '_' joins consecutive words, a blank lets words intervene; a
 *     word followed by '_' or ending in '=' is exact, otherwise a stem;
 *     "WORD~_" is a stem joined to the next word.
 *   - Actor entries: "NAME [CODE ...] [CODE ...]", or a NAME line without
 *     a code followed by "+SYNONYM" lines and indented "[CODE ...]" lines.
 *     "+SYNONYM" lines may also follow a coded NAME line, and NAME lines
 *     without a code that follow an entry still lacking codes are
 *     synonyms as well (PETRARCH writes them without "+").  Codes:
 *     "[C]", "[C <yymmdd]" (before), "[C >yymmdd]" (from), "[C d1-d2]",
 *     "[A/B]" (compound).  An entry is handed to the builder when the next
 *     entry starts, so that its flags are known before db_actor_begin.
 *   - <NOUN> and <ADJECTIVE> blocks list non-verbs.
 */
#include "dictfmt.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_CODES_PER_BLOCK 8

/* ---- actor entries ------------------------------------------------ */

typedef struct actor_entry {
    int open, bad, compound;
    long line;
    tacx_fmt_arena mem;                   /* names and code strings */
    struct { char *text; long line; } *names;
    int nnames, capnames;
    struct { dated_code c; long line; } *codes;
    int ncodes, capcodes;
} actor_entry;

typedef struct rd {
    dict_builder *b;
    const char *path;
    int dialect;
    tacx_fmt_pctx pc;
    long line;
} rd;

static void entry_reset(actor_entry *e)
{
    tacx_fmt_arena_reset(&e->mem);
    e->open = e->bad = e->compound = 0;
    e->nnames = e->ncodes = 0;
    e->line = 0;
}

static void entry_free(actor_entry *e)
{
    tacx_fmt_arena_free(&e->mem);
    free(e->names);
    free(e->codes);
}

static int entry_add_name(actor_entry *e, const char *s, long line)
{
    if (e->nnames == e->capnames) {
        int cap = e->capnames ? e->capnames * 2 : 8;
        void *v = realloc(e->names, (size_t)cap * sizeof *e->names);
        if (!v)
            return TAC_ENOMEM;
        e->names = v;
        e->capnames = cap;
    }
    char *t = tacx_fmt_arena_strndup(&e->mem, s, strlen(s));
    if (!t)
        return TAC_ENOMEM;
    e->names[e->nnames].text = t;
    e->names[e->nnames].line = line;
    e->nnames++;
    return TAC_OK;
}

static int entry_add_code(actor_entry *e, const dated_code *c, long line)
{
    if (e->ncodes == e->capcodes) {
        int cap = e->capcodes ? e->capcodes * 2 : 8;
        void *v = realloc(e->codes, (size_t)cap * sizeof *e->codes);
        if (!v)
            return TAC_ENOMEM;
        e->codes = v;
        e->capcodes = cap;
    }
    char *t = tacx_fmt_arena_strndup(&e->mem, c->code, strlen(c->code));
    if (!t)
        return TAC_ENOMEM;
    e->codes[e->ncodes].c = *c;
    e->codes[e->ncodes].c.code = t;
    e->codes[e->ncodes].line = line;
    e->ncodes++;
    return TAC_OK;
}

static int actor_code_ok(const char *s, size_t n)
{
    if (n == 3 && (memcmp(s, "---", 3) == 0 || memcmp(s, "###", 3) == 0 ||
                   memcmp(s, "+++", 3) == 0))
        return 1;
    if (n == 0 || !tac_isalpha((unsigned char)s[0]))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!tac_isalnum((unsigned char)s[i]))
            return 0;
    return 1;
}

static size_t skip_blanks(const char *s, size_t i, size_t n)
{
    while (i < n && tacx_fmt_isblank((unsigned char)s[i]))
        i++;
    return i;
}

static size_t digit_run(const char *s, size_t i, size_t n)
{
    while (i < n && tac_isdigit((unsigned char)s[i]))
        i++;
    return i;
}

/* Parses the inside of one "[...]" actor code block into out[] (code
 * strings are copied to buf).  Returns the number of codes, or -1 with a
 * reason in err. */
static int parse_code_block(const char *s, size_t n, char *buf, size_t bufsz,
                            dated_code *out, char *err, size_t errsz)
{
    size_t i = skip_blanks(s, 0, n);
    if (i == n) {
        snprintf(err, errsz, "empty code block []");
        return -1;
    }
    if (tac_isdigit((unsigned char)s[i]) || s[i] == '<' || s[i] == '>') {
        snprintf(err, errsz, "code block [%.*s] has no code", (int)n, s);
        return -1;
    }
    size_t cs = i;
    while (i < n && !tacx_fmt_isblank((unsigned char)s[i]) && s[i] != '<' && s[i] != '>')
        i++;
    size_t ce = i;
    if (ce - cs >= bufsz) {
        snprintf(err, errsz, "code too long");
        return -1;
    }
    int32_t from = 0, to = 0;
    i = skip_blanks(s, i, n);
    if (i < n) {
        if (s[i] == '<' || s[i] == '>') {
            char op = s[i];
            i = skip_blanks(s, i + 1, n);
            size_t ds = i;
            i = digit_run(s, i, n);
            int32_t d = tacx_fmt_parse_date(s + ds, i - ds);
            if (!d) {
                snprintf(err, errsz, "malformed date in code block [%.*s]", (int)n, s);
                return -1;
            }
            if (op == '<')
                to = tacx_fmt_date_prev(d);
            else
                from = d;
        } else if (tac_isdigit((unsigned char)s[i])) {
            size_t ds = i;
            i = digit_run(s, i, n);
            from = tacx_fmt_parse_date(s + ds, i - ds);
            i = skip_blanks(s, i, n);
            if (i < n && s[i] == '-')
                i = skip_blanks(s, i + 1, n);
            else
                from = 0;
            ds = i;
            i = digit_run(s, i, n);
            to = tacx_fmt_parse_date(s + ds, i - ds);
            if (!from || !to) {
                snprintf(err, errsz, "malformed date range in code block [%.*s]",
                         (int)n, s);
                return -1;
            }
            if (from > to) {
                snprintf(err, errsz, "date range ends before it starts in [%.*s]",
                         (int)n, s);
                return -1;
            }
        } else {
            snprintf(err, errsz, "unexpected text in code block [%.*s]", (int)n, s);
            return -1;
        }
        i = skip_blanks(s, i, n);
        if (i < n) {
            snprintf(err, errsz, "unexpected text after the date in [%.*s]", (int)n, s);
            return -1;
        }
    }
    memcpy(buf, s + cs, ce - cs);
    buf[ce - cs] = '\0';
    int k = 0;
    char *p = buf;
    for (;;) {
        char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (!actor_code_ok(p, len)) {
            snprintf(err, errsz, "malformed code '%.60s' in [%.*s]", buf, (int)n, s);
            return -1;
        }
        if (k == MAX_CODES_PER_BLOCK) {
            snprintf(err, errsz, "too many codes in [%.*s]", (int)n, s);
            return -1;
        }
        out[k].code = p;
        out[k].from = from;
        out[k].to = to;
        k++;
        if (!slash)
            break;
        *slash = '\0';
        p = slash + 1;
    }
    return k;
}

/* Parses the code blocks in s.  With e, adds them; without, only checks.
 * Returns TAC_OK, TAC_EPARSE (err set) or TAC_ENOMEM. */
static int parse_code_blocks(const char *s, actor_entry *e, long line,
                             char *err, size_t errsz)
{
    size_t n = strlen(s), i = 0;
    int nblocks = 0;
    /* Check everything first so that a bad block drops the whole line. */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && !e)
            break;
        i = 0;
        nblocks = 0;
        for (;;) {
            i = skip_blanks(s, i, n);
            if (i == n)
                break;
            if (s[i] != '[') {
                snprintf(err, errsz, "unexpected text '%.20s' outside [ ]", s + i);
                return TAC_EPARSE;
            }
            const char *close = memchr(s + i, ']', n - i);
            if (!close) {
                snprintf(err, errsz, "missing ']'");
                return TAC_EPARSE;
            }
            size_t bs = i + 1, be = (size_t)(close - s);
            char buf[256];
            dated_code dc[MAX_CODES_PER_BLOCK];
            int k = parse_code_block(s + bs, be - bs, buf, sizeof buf, dc, err, errsz);
            if (k < 0)
                return TAC_EPARSE;
            if (pass == 1) {
                if (k > 1)
                    e->compound = 1;
                for (int j = 0; j < k; j++) {
                    int rc = entry_add_code(e, &dc[j], line);
                    if (rc)
                        return rc;
                }
            }
            nblocks++;
            i = be + 1;
        }
    }
    if (nblocks == 0) {
        snprintf(err, errsz, "no code");
        return TAC_EPARSE;
    }
    return TAC_OK;
}

static const tacx_fmt_pspec *name_spec(int dialect)
{
    return dialect == TACX_FMT_DIALECT_TABARI ? &tacx_fmt_spec_tabari_name
                                          : &tacx_fmt_spec_petrarch_name;
}

static int entry_flush(rd *r, actor_entry *e)
{
    int rc = TAC_OK;
    if (!e->open)
        return TAC_OK;
    if (e->bad) {
        /* already reported */
    } else if (e->ncodes == 0) {
        db_diag(r->b, TAC_DIAG_ERROR, r->path, e->line, "actor '%s' has no code",
                e->nnames ? e->names[0].text : "");
    } else {
        int id = -1;
        for (int i = 0; i < e->nnames && rc == TAC_OK; i++) {
            phrase ph;
            tacx_fmt_arena_reset(&r->pc.arena);
            const char *t = e->names[i].text;
            int prc = tacx_fmt_parse_phrase(&r->pc, name_spec(r->dialect), t, strlen(t), &ph);
            if (prc == TAC_ENOMEM) {
                rc = prc;
                break;
            }
            if (prc) {
                db_diag(r->b, TAC_DIAG_ERROR, r->path, e->names[i].line,
                        "bad actor name '%s': %s", t, r->pc.err);
                continue;
            }
            if (id < 0) {
                id = db_actor_begin(r->b, e->compound ? ACT_COMPOUND : 0, r->path,
                                    e->line);
                if (id < 0) {
                    if (id == TAC_ENOMEM)
                        rc = id;
                    break;
                }
            }
            int a = db_actor_name(r->b, id, &ph, r->path, e->names[i].line);
            if (a == TAC_ENOMEM)
                rc = a;
        }
        for (int i = 0; id >= 0 && rc == TAC_OK && i < e->ncodes; i++) {
            int a = db_actor_code(r->b, id, &e->codes[i].c, r->path, e->codes[i].line);
            if (a == TAC_ENOMEM)
                rc = a;
        }
    }
    entry_reset(e);
    return rc;
}

/* <NOUN> / <ADJECTIVE> handling shared by the TABARI readers.  Returns 1
 * when the line was a tag or a list entry and has been dealt with. */
static int nonverb_line(rd *r, char *t, int *in_list, int *rc)
{
    if (t[0] == '<') {
        if (tacx_fmt_startswith_ci(t, "<NOUN>") || tacx_fmt_startswith_ci(t, "<ADJECTIVE>"))
            *in_list = 1;
        else if (tacx_fmt_startswith_ci(t, "</NOUN>") ||
                 tacx_fmt_startswith_ci(t, "</ADJECTIVE>"))
            *in_list = 0;
        else if (t[1] != '!')
            db_diag(r->b, TAC_DIAG_INFO, r->path, r->line, "ignored tag %.40s", t);
        return 1;
    }
    if (!*in_list)
        return 0;
    if (!*t)
        return 1;
    phrase ph;
    tacx_fmt_arena_reset(&r->pc.arena);
    int prc = tacx_fmt_parse_phrase(&r->pc, name_spec(r->dialect), t, strlen(t), &ph);
    if (prc == TAC_ENOMEM)
        *rc = prc;
    else if (prc)
        db_diag(r->b, TAC_DIAG_ERROR, r->path, r->line, "bad word '%s': %s", t,
                r->pc.err);
    else if (db_nonverb(r->b, &ph, r->path, r->line) == TAC_ENOMEM)
        *rc = TAC_ENOMEM;
    return 1;
}

int tacx_fmt_read_actors(dict_builder *b, const char *path, int dialect)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_EIO;
    rd r;
    memset(&r, 0, sizeof r);
    r.b = b;
    r.path = path;
    r.dialect = dialect;
    tacx_fmt_pctx_init(&r.pc);
    actor_entry e;
    memset(&e, 0, sizeof e);
    int rc = TAC_OK, in_list = 0, got;
    char *line, err[200];
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        r.line = lr.lineno;
        if (dialect == TACX_FMT_DIALECT_TABARI && line[0] == '~' && line[1] == '~')
            break;
        if (dialect == TACX_FMT_DIALECT_TABARI && line[0] == '#') {
            /* A commented-out entry: check its codes, load nothing. */
            char *t = tacx_fmt_strip_comment(line + 1, dialect);
            char *br = strchr(t, '[');
            if (br && parse_code_blocks(br, NULL, r.line, err, sizeof err) == TAC_EPARSE)
                db_diag(b, TAC_DIAG_WARNING, path, r.line, "commented-out entry: %s",
                        err);
            continue;
        }
        char *t = tacx_fmt_strip_comment(line, dialect);
        if (dialect == TACX_FMT_DIALECT_PETRARCH && t[0] == '<' && t[1] == '!')
            continue;
        if (nonverb_line(&r, t, &in_list, &rc))
            continue;
        if (!*t)
            continue;
        if (t[0] == '+') {
            char *syn = tacx_fmt_trim(t + 1);
            if (!e.open)
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "synonym '%s' without an actor",
                        syn);
            else if (!*syn)
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "empty synonym");
            else if (strchr(syn, '['))
                db_diag(b, TAC_DIAG_ERROR, path, r.line,
                        "synonym '%s' carries a code: put codes on the actor", syn);
            else
                rc = entry_add_name(&e, syn, r.line);
            continue;
        }
        if (t[0] == '[') {
            if (!e.open) {
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "code line without an actor");
                continue;
            }
            int prc = parse_code_blocks(t, &e, r.line, err, sizeof err);
            if (prc == TAC_ENOMEM)
                rc = prc;
            else if (prc)
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "%s", err);
            continue;
        }
        /* NAME alone while the open entry still waits for its codes: one
         * more synonym (PETRARCH lists them without '+' too). */
        if (!strchr(t, '[') && e.open && !e.bad && e.ncodes == 0) {
            rc = entry_add_name(&e, t, r.line);
            continue;
        }
        /* A new entry: NAME [codes] or NAME alone. */
        rc = entry_flush(&r, &e);
        if (rc)
            break;
        e.open = 1;
        e.line = r.line;
        char *br = strchr(t, '[');
        if (br) {
            *br = '\0';
            char *name = tacx_fmt_trim(t);
            *br = '[';
            if ((rc = entry_add_name(&e, name, r.line)) != TAC_OK)
                break;
            int prc = parse_code_blocks(br, &e, r.line, err, sizeof err);
            if (prc == TAC_ENOMEM) {
                rc = prc;
            } else if (prc) {
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "actor '%s': %s", name, err);
                e.bad = 1;
            }
        } else {
            rc = entry_add_name(&e, t, r.line);
        }
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    if (rc == TAC_OK)
        rc = entry_flush(&r, &e);
    entry_free(&e);
    tacx_fmt_pctx_free(&r.pc);
    tacx_fmt_lines_close(&lr);
    return rc;
}

/* ---- agents ------------------------------------------------------- */

typedef struct subst_set {
    char *name;     /* without the '!' marks */
    char **vals;
    int nvals;
} subst_set;

typedef struct agents_rd {
    rd r;
    subst_set *sets;
    int nsets;
    const char *code;
} agents_rd;

static void sets_free(agents_rd *a)
{
    for (int i = 0; i < a->nsets; i++) {
        for (int j = 0; j < a->sets[i].nvals; j++)
            free(a->sets[i].vals[j]);
        free(a->sets[i].vals);
        free(a->sets[i].name);
    }
    free(a->sets);
}

/* "!NAME! = A, B, C" */
static int define_set(agents_rd *a, char *t)
{
    char *end = strchr(t + 1, '!');
    char *eq = end ? strchr(end, '=') : NULL;
    if (!end || end == t + 1 || !eq) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line,
                "malformed substitution set (want !NAME! = A, B)");
        return TAC_OK;
    }
    subst_set s = {0};
    s.name = strndup(t + 1, (size_t)(end - t - 1));
    if (!s.name)
        return TAC_ENOMEM;
    char *p = eq + 1;
    for (;;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        char *v = tacx_fmt_trim(p);
        if (*v) {
            char **nv = realloc(s.vals, (size_t)(s.nvals + 1) * sizeof *nv);
            if (!nv)
                goto nomem;
            s.vals = nv;
            if (!(s.vals[s.nvals] = strdup(v)))
                goto nomem;
            s.nvals++;
        }
        if (!comma)
            break;
        p = comma + 1;
    }
    if (s.nvals == 0)
        db_diag(a->r.b, TAC_DIAG_WARNING, a->r.path, a->r.line,
                "substitution set !%s! is empty", s.name);
    subst_set *ns = realloc(a->sets, (size_t)(a->nsets + 1) * sizeof *ns);
    if (!ns)
        goto nomem;
    a->sets = ns;
    a->sets[a->nsets++] = s;
    return TAC_OK;
nomem:
    for (int j = 0; j < s.nvals; j++)
        free(s.vals[j]);
    free(s.vals);
    free(s.name);
    return TAC_ENOMEM;
}

static int agent_emit(agents_rd *a, const char *name)
{
    phrase ph;
    tacx_fmt_arena_reset(&a->r.pc.arena);
    int prc = tacx_fmt_parse_phrase(&a->r.pc, name_spec(a->r.dialect), name,
                                strlen(name), &ph);
    if (prc == TAC_ENOMEM)
        return prc;
    if (prc) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line, "bad agent name '%s': %s",
                name, a->r.pc.err);
        return TAC_OK;
    }
    int rc = db_agent(a->r.b, &ph, a->code, 0, a->r.path, a->r.line);
    return rc == TAC_ENOMEM ? rc : TAC_OK;
}

/* Emits name with every !SET! replaced by each of its values. */
static int agent_expand(agents_rd *a, const char *name, int depth)
{
    const char *m1 = strchr(name, '!');
    if (!m1 || a->r.dialect != TACX_FMT_DIALECT_PETRARCH)
        return agent_emit(a, name);
    const char *m2 = strchr(m1 + 1, '!');
    if (!m2 || depth > 4) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line,
                "unbalanced '!' in agent name '%s'", name);
        return TAC_OK;
    }
    size_t k = (size_t)(m2 - m1 - 1);
    const subst_set *s = NULL;
    for (int i = 0; i < a->nsets; i++)
        if (strlen(a->sets[i].name) == k && strncasecmp(a->sets[i].name, m1 + 1, k) == 0)
            s = &a->sets[i];
    if (!s) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line,
                "unknown substitution set !%.*s!", (int)k, m1 + 1);
        return TAC_OK;
    }
    size_t pre = (size_t)(m1 - name), post = strlen(m2 + 1);
    for (int i = 0; i < s->nvals; i++) {
        size_t vl = strlen(s->vals[i]);
        char *t = malloc(pre + vl + post + 1);
        if (!t)
            return TAC_ENOMEM;
        memcpy(t, name, pre);
        memcpy(t + pre, s->vals[i], vl);
        memcpy(t + pre + vl, m2 + 1, post + 1);
        int rc = agent_expand(a, t, depth + 1);
        free(t);
        if (rc)
            return rc;
    }
    return TAC_OK;
}

static int agent_code_ok(const char *c)
{
    size_t n = strlen(c);
    if (n && c[0] == '~') {
        c++;
        n--;
    } else if (n && c[n - 1] == '~') {
        n--;
    }
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!tac_isalnum((unsigned char)c[i]))
            return 0;
    return 1;
}

static int agent_line(agents_rd *a, char *t)
{
    char *br = strchr(t, '[');
    char *close = br ? strchr(br, ']') : NULL;
    if (!br || !close) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line,
                br ? "agent: missing ']'" : "agent '%s' has no code", t);
        return TAC_OK;
    }
    /* The code, blanks removed: "[  NGM~]" -> "NGM~". */
    char code[64];
    size_t k = 0;
    for (char *p = br + 1; p < close; p++)
        if (!tacx_fmt_isblank((unsigned char)*p) && k + 1 < sizeof code)
            code[k++] = *p;
    code[k] = '\0';
    if (*tacx_fmt_trim(close + 1))
        db_diag(a->r.b, TAC_DIAG_WARNING, a->r.path, a->r.line,
                "text after the agent code ignored");
    if (k == 0 || strcmp(code, "~") == 0) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line, "agent: empty code");
        return TAC_OK;
    }
    if (!agent_code_ok(code))
        db_diag(a->r.b, TAC_DIAG_WARNING, a->r.path, a->r.line,
                "agent code '%s' is not of the form ~XXX or XXX~", code);
    a->code = code;
    *br = '\0';
    /* PETRARCH: "NAME {FORM FORM}" lists extra (plural) forms. */
    char *forms = NULL;
    char *ob = strchr(t, '{');
    if (ob) {
        char *cb = strchr(ob, '}');
        if (!cb) {
            db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line, "agent: missing '}'");
            return TAC_OK;
        }
        *cb = '\0';
        *ob = '\0';
        forms = ob + 1;
    }
    char *name = tacx_fmt_trim(t);
    if (!*name) {
        db_diag(a->r.b, TAC_DIAG_ERROR, a->r.path, a->r.line, "agent without a name");
        return TAC_OK;
    }
    int rc = agent_expand(a, name, 0);
    while (rc == TAC_OK && forms && *forms) {
        while (tacx_fmt_isblank((unsigned char)*forms) || *forms == ',')
            forms++;
        char *e = forms;
        while (*e && !tacx_fmt_isblank((unsigned char)*e) && *e != ',')
            e++;
        if (e == forms)
            break;
        char save = *e;
        *e = '\0';
        rc = agent_expand(a, forms, 0);
        *e = save;
        forms = e;
    }
    return rc;
}

int tacx_fmt_read_agents(dict_builder *b, const char *path, int dialect)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_EIO;
    agents_rd a;
    memset(&a, 0, sizeof a);
    a.r.b = b;
    a.r.path = path;
    a.r.dialect = dialect;
    tacx_fmt_pctx_init(&a.r.pc);
    int rc = TAC_OK, got;
    char *line;
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        a.r.line = lr.lineno;
        if (dialect == TACX_FMT_DIALECT_TABARI && line[0] == '~' && line[1] == '~')
            break;
        if (dialect == TACX_FMT_DIALECT_TABARI && line[0] == '#')
            continue;
        char *t = tacx_fmt_strip_comment(line, dialect);
        if (!*t || (t[0] == '<' && t[1] == '!'))
            continue;
        if (t[0] == '<') {
            db_diag(b, TAC_DIAG_INFO, path, a.r.line, "ignored tag %.40s", t);
            continue;
        }
        if (dialect == TACX_FMT_DIALECT_PETRARCH && t[0] == '!' && strchr(t, '=') &&
            !strchr(t, '['))
            rc = define_set(&a, t);
        else
            rc = agent_line(&a, t);
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    sets_free(&a);
    tacx_fmt_pctx_free(&a.r.pc);
    tacx_fmt_lines_close(&lr);
    return rc;
}

/* ---- TABARI entry points ------------------------------------------ */

int dictfmt_read_tabari_actors(dict_builder *b, const char *path)
{
    return tacx_fmt_read_actors(b, path, TACX_FMT_DIALECT_TABARI);
}

int dictfmt_read_tabari_agents(dict_builder *b, const char *path)
{
    return tacx_fmt_read_agents(b, path, TACX_FMT_DIALECT_TABARI);
}

/* ---- verbs -------------------------------------------------------- */

static void check_code(rd *r, const char *code)
{
    if (!tacx_fmt_event_code_ok(code, 0))
        db_diag(r->b, TAC_DIAG_WARNING, r->path, r->line,
                "suspicious event code '%s'", code);
}

int dictfmt_read_tabari_verbs(dict_builder *b, const char *path)
{
    tacx_fmt_lines lr;
    if (tacx_fmt_lines_open(&lr, path) != TAC_OK)
        return TAC_EIO;
    rd r;
    memset(&r, 0, sizeof r);
    r.b = b;
    r.path = path;
    r.dialect = TACX_FMT_DIALECT_TABARI;
    tacx_fmt_pctx_init(&r.pc);
    enum { S_MAIN, S_SYNSETS, S_TIME } state = S_MAIN;
    int rc = TAC_OK, got, in_list = 0;
    int verb = -1, verb_failed = 0;
    char synname[128] = "";
    char *line;
    while (rc == TAC_OK && (got = tacx_fmt_lines_next(&lr, &line)) == 1) {
        r.line = lr.lineno;
        if (line[0] == '~' && line[1] == '~')
            break;
        if (line[0] == '#')
            continue;
        char *t = tacx_fmt_strip_comment(line, TACX_FMT_DIALECT_TABARI);
        if (!*t)
            continue;
        if (t[0] == '<') {
            if (tacx_fmt_startswith_ci(t, "<SYNSETS>")) {
                state = S_SYNSETS;
                synname[0] = '\0';
            } else if (tacx_fmt_startswith_ci(t, "<TIME>")) {
                state = S_TIME;
            } else if (tacx_fmt_startswith_ci(t, "</SYNSETS>") ||
                       tacx_fmt_startswith_ci(t, "</TIME>")) {
                state = S_MAIN;
            } else {
                nonverb_line(&r, t, &in_list, &rc);
            }
            continue;
        }
        if (state == S_TIME) {
            /* time phrases shift dates, which tacitus does not do; one
               coded "###" marks a sentence that is not to be coded */
            char *lb = strchr(t, '[');
            if (lb && strstr(lb, "###")) {
                *lb = 0;
                phrase tp;
                tacx_fmt_arena_reset(&r.pc.arena);
                char *nm = tacx_fmt_trim(t);
                if (*nm && tacx_fmt_parse_phrase(&r.pc, &tacx_fmt_spec_tabari_name, nm, strlen(nm), &tp) == TAC_OK)
                    db_discard(b, &tp, "###", path, r.line);
            }
            continue;
        }
        if (nonverb_line(&r, t, &in_list, &rc))
            continue;
        phrase ph;
        int prc;
        tacx_fmt_arena_reset(&r.pc.arena);
        if (state == S_SYNSETS) {
            if (!tacx_fmt_synset_line(b, &r.pc, &tacx_fmt_spec_tabari_member, t, synname, sizeof synname,
                                     path, r.line, &rc))
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "expected &SYNSET or +member in <SYNSETS>");
            continue;
        }
        if (t[0] == '-') {
            if (verb < 0) {
                if (!verb_failed)
                    db_diag(b, TAC_DIAG_ERROR, path, r.line, "pattern without a verb");
                continue;
            }
            char *code;
            if (!tacx_fmt_split_code(t + 1, &code) || !*code) {
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "pattern without a [code]");
                continue;
            }
            char *pt = tacx_fmt_trim(t + 1);
            prc = tacx_fmt_parse_phrase(&r.pc, &tacx_fmt_spec_tabari_pattern, pt, strlen(pt), &ph);
            if (prc == TAC_ENOMEM) {
                rc = prc;
                continue;
            }
            if (prc) {
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "bad pattern: %s", r.pc.err);
                continue;
            }
            if (tacx_fmt_phrase_count(&ph, PE_VERB) != 1) {
                db_diag(b, TAC_DIAG_ERROR, path, r.line,
                        "a pattern needs exactly one '*'");
                continue;
            }
            check_code(&r, code);
            if (db_verb_pattern(b, verb, &ph, code, path, r.line) == TAC_ENOMEM)
                rc = TAC_ENOMEM;
            continue;
        }
        if (t[0] == '{') {
            /* { FORM FORM ... } : more forms of the last verb. */
            char *cb = strchr(t, '}');
            if (!cb) {
                db_diag(b, TAC_DIAG_ERROR, path, r.line, "missing '}' in verb forms");
                continue;
            }
            *cb = '\0';
            if (verb < 0) {
                if (!verb_failed)
                    db_diag(b, TAC_DIAG_ERROR, path, r.line, "verb forms without a verb");
                continue;
            }
            char *p = t + 1;
            while (rc == TAC_OK) {
                while (tacx_fmt_isblank((unsigned char)*p))
                    p++;
                if (!*p)
                    break;
                char *e = p;
                while (*e && !tacx_fmt_isblank((unsigned char)*e))
                    e++;
                tacx_fmt_arena_reset(&r.pc.arena);
                prc = tacx_fmt_parse_phrase(&r.pc, &tacx_fmt_spec_tabari_name, p,
                                        (size_t)(e - p), &ph);
                if (prc == TAC_ENOMEM)
                    rc = prc;
                else if (prc)
                    db_diag(b, TAC_DIAG_ERROR, path, r.line, "bad verb form: %s", r.pc.err);
                else if (db_verb_form(b, verb, &ph, 0, path, r.line) == TAC_ENOMEM)
                    rc = TAC_ENOMEM;
                p = e;
            }
            continue;
        }
        /* VERB [CODE] */
        verb = -1;
        verb_failed = 1;
        char *code;
        if (!tacx_fmt_split_code(t, &code) || !*code) {
            db_diag(b, TAC_DIAG_ERROR, path, r.line, "verb '%s' has no [code]", t);
            continue;
        }
        char *vt = tacx_fmt_trim(t);
        prc = tacx_fmt_parse_phrase(&r.pc, &tacx_fmt_spec_tabari_name, vt, strlen(vt), &ph);
        if (prc == TAC_ENOMEM) {
            rc = prc;
            continue;
        }
        if (prc) {
            db_diag(b, TAC_DIAG_ERROR, path, r.line, "bad verb '%s': %s", vt, r.pc.err);
            continue;
        }
        check_code(&r, code);
        /* "BAN=": this form only, no regular endings */
        int id = db_verb_begin(b, &ph, strchr(vt, '=') ? 0 : VF_ENDINGS, code, path, r.line);
        if (id == TAC_ENOMEM)
            rc = id;
        else if (id >= 0) {
            verb = id;
            verb_failed = 0;
        }
    }
    if (rc == TAC_OK && got < 0)
        rc = got;
    tacx_fmt_pctx_free(&r.pc);
    tacx_fmt_lines_close(&lr);
    return rc;
}
