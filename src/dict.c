/*
 * dict.c -- the dictionary builder and compiler.
 *
 * Readers hand parsed entries to the db_* functions; everything is copied
 * into flat arrays addressed by int32 indices (words, elements, phrases,
 * entries, codes).  tac_builder_build() then resolves synset names, groups
 * codes and patterns by owner, generates verb inflections and builds the
 * first-word index used by the matchers.  The resulting tac_dict is never
 * written again, so threads share it freely.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "ascii.h"
#include <dirent.h>
#include "internal.h"
#include "lexicon.h"

#ifndef TAC_DATADIR
#define TAC_DATADIR "/usr/local/share/tacitus"
#endif

typedef struct owned { int32_t owner, item, seq; } owned;
typedef struct pending_syn { int32_t elem; int32_t name; int32_t line; int32_t file; } pending_syn;
typedef struct syn_member { int32_t syn, phrase, seq; } syn_member;
typedef struct srcpos { int32_t file, line; } srcpos;   /* file: pool offset or -1 */

struct dict_builder {
    tac_diag_fn diag; void *ud;
    int case_aware;
    tac_options opt;
    int nerrors;
    uint64_t source_hash;    /* names, sizes, mtimes of the files read */
    VEC(char) pool;
    VEC(int32_t) word_off;
    int32_t *whash; uint32_t whash_mask;
    VEC(uint8_t) word_is_prefix;
    VEC(celem) elems;
    VEC(cphrase) phrases;
    VEC(int32_t) alt_phr;
    VEC(centry) entries;
    VEC(cdcode) dcodes;      /* actor codes, in order of arrival */
    VEC(owned) dcode_owner;  /* parallel: owner actor */
    VEC(cactor) actors;
    VEC(cagent) agents;
    VEC(cverb) verbs;
    VEC(cpattern) patterns;
    VEC(owned) pat_owner;
    VEC(csynset) synsets;
    VEC(syn_member) syn_members;
    VEC(pending_syn) pend;
    /* with lint on: where each phrase was written (parallel to phrases),
       and the last file name put in the pool */
    int lint;
    VEC(srcpos) phrase_pos;
    int32_t last_file_off;   /* -1: none yet */
    /* the last diagnostic given: a reader that hands one line to the
       builder once per verb of its block says a problem of the line once */
    int last_sev;            /* -1: none yet */
    long last_line;
    char last_file[1024];    /* "" for none; a longer name is never matched */
    char last_msg[512];
    /* scratch for phrase conversion */
    char fold[1024];
};

struct tac_builder { dict_builder b; };

/* ------------------------------------------------------------------ */

void db_diag(dict_builder *b, int severity, const char *file, long line, const char *fmt, ...)
{
    char msg[sizeof b->last_msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *f = file ? file : "";
    size_t fl = strlen(f);
    if (severity == b->last_sev && line == b->last_line && fl < sizeof b->last_file &&
        !strcmp(f, b->last_file) && !strcmp(msg, b->last_msg))
        return;   /* the same line's problem again */
    b->last_sev = severity;
    b->last_line = line;
    if (fl < sizeof b->last_file)
        memcpy(b->last_file, f, fl + 1);
    else
        b->last_sev = -1;   /* cannot be compared: never matched */
    memcpy(b->last_msg, msg, sizeof msg);
    if (severity >= TAC_DIAG_ERROR)
        b->nerrors++;
    if (b->diag)
        b->diag(b->ud, severity, file, line, msg);
}

static int32_t pool_add(dict_builder *b, const char *s, size_t n)
{
    if (b->pool.n + (int64_t)n + 1 > INT32_MAX)
        return -1;
    if (tacx_vec_grow((void **)&b->pool.v, &b->pool.cap, b->pool.n + (int32_t)n + 1, 1))
        return -1;
    int32_t off = b->pool.n;
    memcpy(b->pool.v + off, s, n);
    b->pool.v[off + n] = 0;
    b->pool.n += (int32_t)n + 1;
    return off;
}

static int whash_rebuild(dict_builder *b, uint32_t size)
{
    int32_t *h = malloc(sizeof(int32_t) * size);
    if (!h)
        return -1;
    for (uint32_t i = 0; i < size; i++)
        h[i] = -1;
    for (int32_t id = 0; id < b->word_off.n; id++) {
        const char *w = b->pool.v + b->word_off.v[id];
        uint32_t k = (uint32_t)hash_bytes(w, strlen(w)) & (size - 1);
        while (h[k] >= 0)
            k = (k + 1) & (size - 1);
        h[k] = id;
    }
    free(b->whash);
    b->whash = h;
    b->whash_mask = size - 1;
    return 0;
}

/* Interns an already folded word; returns its id or -1 on OOM. */
static int32_t intern(dict_builder *b, const char *w, size_t n)
{
    if (!b->whash && whash_rebuild(b, 1024))
        return -1;
    uint32_t k = (uint32_t)hash_bytes(w, n) & b->whash_mask;
    while (b->whash[k] >= 0) {
        const char *s = b->pool.v + b->word_off.v[b->whash[k]];
        if (strlen(s) == n && memcmp(s, w, n) == 0)
            return b->whash[k];
        k = (k + 1) & b->whash_mask;
    }
    int32_t off = pool_add(b, w, n);
    if (off < 0 || VEC_PUSH(b->word_off, off) || VEC_PUSH(b->word_is_prefix, 0))
        return -1;
    int32_t id = b->word_off.n - 1;
    if ((uint32_t)b->word_off.n * 2 > b->whash_mask + 1)
        return whash_rebuild(b, (b->whash_mask + 1) * 2) ? -1 : id;
    b->whash[k] = id;
    return id;
}

static int32_t intern_folded(dict_builder *b, const char *w)
{
    size_t n = fold_word(w, strlen(w), b->fold, sizeof b->fold);
    return intern(b, b->fold, n);
}

int32_t tacx_dict_word(const tac_dict *d, const char *w, size_t n)
{
    return tacx_dict_word_h(d, w, n, hash_bytes(w, n));
}

int32_t tacx_dict_word_h(const tac_dict *d, const char *w, size_t n, uint64_t hash)
{
    const struct wslot *sl = tacx_dict_slot(d, w, n, hash, wslot_key(w, n));
    return sl ? sl->id : -1;
}

int tacx_dict_slot_long_eq(const tac_dict *d, const struct wslot *sl, const char *w, size_t n)
{
    int32_t off = d->word_off[sl->id];
    const char *s = d->pool + off;
    /* memcmp may read n bytes: only where the pool has them (a shorter
       word near the pool's end is compared with strncmp, which stops at
       its end) */
    return ((size_t)off + n < (size_t)d->pool_len ? memcmp(s, w, n) == 0 : strncmp(s, w, n) == 0) && s[n] == 0;
}

/* Converts a reader's phrase into compiled elements; returns the phrase
 * index or -1.  Sub-phrases of alternatives are stored first so that each
 * phrase's elements stay contiguous. */
static int32_t add_phrase(dict_builder *b, const phrase *p, const char *file, long line, int depth)
{
    if (!p || p->n <= 0 || p->n > 64 || depth > 8) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "empty or oversized phrase");
        return -1;
    }
    int32_t altstart[64], verb_at = -1;
    for (int i = 0; i < p->n; i++) {
        altstart[i] = -1;
        if (p->e[i].kind == PE_ALT) {
            int32_t tmp[64];
            int na = p->e[i].nalts;
            if (na <= 0 || na > 64) {
                db_diag(b, TAC_DIAG_WARNING, file, line,
                        na <= 0 ? "empty alternative set" : "more than 64 alternatives in one set (split the pattern)");
                return -1;
            }
            for (int j = 0; j < na; j++)
                if ((tmp[j] = add_phrase(b, &p->e[i].alts[j], file, line, depth + 1)) < 0)
                    return -1;
            altstart[i] = b->alt_phr.n;
            for (int j = 0; j < na; j++)
                if (VEC_PUSH(b->alt_phr, tmp[j]))
                    return -1;
        }
    }
    int32_t first = b->elems.n;
    for (int i = 0; i < p->n; i++) {
        const pattern_elem *e = &p->e[i];
        celem ce = { .kind = e->kind, .match = e->match, .adjacent = e->adjacent, .id = -1 };
        switch (e->kind) {
        case PE_WORD:
            if (!e->word || !*e->word) {
                db_diag(b, TAC_DIAG_WARNING, file, line, "empty word");
                return -1;
            }
            ce.id = intern_folded(b, e->word);
            if (ce.id < 0)
                return -1;
            if (e->match == PM_PREFIX)
                b->word_is_prefix.v[ce.id] = 1;
            break;
        case PE_SYNSET: {
            size_t n = fold_word(e->word ? e->word : "", e->word ? strlen(e->word) : 0, b->fold, sizeof b->fold);
            int32_t name = pool_add(b, b->fold, n);
            pending_syn ps = { b->elems.n, name, (int32_t)line, file ? pool_add(b, file, strlen(file)) : -1 };
            if (name < 0 || VEC_PUSH(b->pend, ps))
                return -1;
            break;
        }
        case PE_ALT:
            ce.id = altstart[i];
            ce.nalts = e->nalts;
            break;
        case PE_VERB:
            verb_at = i;
            break;
        case PE_SOURCE: case PE_TARGET: case PE_COMPOUND: case PE_SKIP:
            break;
        default:
            db_diag(b, TAC_DIAG_WARNING, file, line, "unknown element kind %d", e->kind);
            return -1;
        }
        if (VEC_PUSH(b->elems, ce))
            return -1;
    }
    cphrase ph = { first, p->n, verb_at };
    if (VEC_PUSH(b->phrases, ph))
        return -1;
    if (b->lint) {
        if (file && (b->last_file_off < 0 || strcmp(file, b->pool.v + b->last_file_off))) {
            b->last_file_off = pool_add(b, file, strlen(file));
            if (b->last_file_off < 0)
                return -1;
        }
        srcpos sp = { file ? b->last_file_off : -1, (int32_t)line };
        while (b->phrase_pos.n < b->phrases.n - 1) {   /* phrases added before lint was on */
            srcpos none = { -1, 0 };
            if (VEC_PUSH(b->phrase_pos, none))
                return -1;
        }
        if (VEC_PUSH(b->phrase_pos, sp))
            return -1;
    }
    return b->phrases.n - 1;
}

static int add_entry(dict_builder *b, int32_t phrase, int kind, int32_t ref)
{
    centry e = { .phrase = phrase, .kind = (uint8_t)kind, .ref = ref };
    return VEC_PUSH(b->entries, e);
}

void db_set_case_aware(dict_builder *b, int on)
{
    b->case_aware = on;
}

/* Marks the entry just added when its name is a short word in capitals. */
static void mark_caps(dict_builder *b, const phrase *name)
{
    if (!b->case_aware || name->n != 1 || name->e[0].kind != PE_WORD || !b->entries.n)
        return;
    const char *w = name->e[0].word;
    size_t n = strlen(w), letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= 'A' && w[i] <= 'Z')
            letters++;
        else if (w[i] != '.')
            return;
    }
    if (letters >= 2 && letters <= 4)
        b->entries.v[b->entries.n - 1].flags |= EF_CAPS;
}

/* "AL_GORE" should also match the single token "Al-Gore". */
static int add_hyphen_variant(dict_builder *b, const phrase *p, int kind, int32_t ref)
{
    if (p->n < 2 || p->n > 6)
        return 0;
    char buf[512];
    size_t len = 0;
    for (int i = 0; i < p->n; i++) {
        const pattern_elem *e = &p->e[i];
        if (e->kind != PE_WORD || (i > 0 && !e->adjacent))
            return 0;
        size_t wl = strlen(e->word);
        if (len + wl + 2 > sizeof buf)
            return 0;
        if (i)
            buf[len++] = '-';
        memcpy(buf + len, e->word, wl);
        len += wl;
    }
    buf[len] = 0;
    pattern_elem one = { .kind = PE_WORD, .match = p->e[p->n - 1].match, .word = buf };
    phrase q = { &one, 1 };
    int32_t ph = add_phrase(b, &q, NULL, 0, 0);
    return ph < 0 ? -1 : add_entry(b, ph, kind, ref);
}

/* Names match their regular plural too ("ambassadors" for AMBASSADOR_). */
static int add_plural_variant(dict_builder *b, const phrase *p, int kind, int32_t ref)
{
    const pattern_elem *last = &p->e[p->n - 1];
    if (last->kind != PE_WORD || last->match != PM_EXACT || p->n > 16)
        return 0;
    size_t l = strlen(last->word);
    if (l < 3 || l + 3 >= 128)
        return 0;
    char w[128];
    fold_word(last->word, l, w, sizeof w);
    l = strlen(w);
    char c1 = w[l - 1], c2 = w[l - 2];
    if (c1 == 'S' || !tac_isalpha((unsigned char)c1))
        return 0;
    if (c1 == 'Y' && !strchr("AEIOU", c2))
        strcpy(w + l - 1, "IES");
    else if (c1 == 'X' || c1 == 'Z' || (c1 == 'H' && (c2 == 'C' || c2 == 'S')))
        strcpy(w + l, "ES");
    else
        strcpy(w + l, "S");
    pattern_elem es[16];
    memcpy(es, p->e, sizeof(pattern_elem) * (size_t)p->n);
    es[p->n - 1].word = w;
    phrase q = { es, p->n };
    int32_t ph = add_phrase(b, &q, NULL, 0, 0);
    if (ph < 0 || add_entry(b, ph, kind, ref))
        return -1;
    b->entries.v[b->entries.n - 1].flags |= EF_PLURAL;
    return 0;
}

/* ---- actors ---- */

int db_actor_begin(dict_builder *b, unsigned flags, const char *file, long line)
{
    (void)file; (void)line;
    cactor a = { .codes = 0, .ncodes = 0, .flags = flags, .name = -1 };
    if (VEC_PUSH(b->actors, a))
        return TAC_ENOMEM;
    return b->actors.n - 1;
}

int db_actor_name(dict_builder *b, int actor, const phrase *name, const char *file, long line)
{
    if (actor < 0 || actor >= b->actors.n)
        return TAC_EINVAL;
    if (name->n < 1 || name->e[0].kind != PE_WORD) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "actor name must start with a word");
        return TAC_EPARSE;
    }
    int32_t ph = add_phrase(b, name, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    if (b->actors.v[actor].name < 0)
        b->actors.v[actor].name = ph;
    if (add_entry(b, ph, EK_ACTOR, actor))
        return TAC_ENOMEM;
    mark_caps(b, name);
    if (add_hyphen_variant(b, name, EK_ACTOR, actor) ||
        add_plural_variant(b, name, EK_ACTOR, actor))
        return TAC_ENOMEM;
    return TAC_OK;
}

static int valid_code_text(const char *c)
{
    if (!c || !*c)
        return 0;
    for (const char *p = c; *p; p++)
        if (!tac_isalnum((unsigned char)*p) && !strchr("-#+~?!:_.", *p))
            return 0;
    return 1;
}

int db_actor_code(dict_builder *b, int actor, const dated_code *code, const char *file, long line)
{
    if (actor < 0 || actor >= b->actors.n)
        return TAC_EINVAL;
    if (!valid_code_text(code->code)) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "invalid actor code '%s'", code->code ? code->code : "");
        return TAC_EPARSE;
    }
    if (code->from && code->to && code->from > code->to) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "date range ends before it starts (%d > %d)", code->from, code->to);
        return TAC_EPARSE;
    }
    char up[64];
    size_t n = fold_word(code->code, strlen(code->code), up, sizeof up);
    cdcode dc = { pool_add(b, up, n), code->from, code->to };
    owned o = { actor, b->dcodes.n, b->dcodes.n };
    if (dc.code < 0 || VEC_PUSH(b->dcodes, dc) || VEC_PUSH(b->dcode_owner, o))
        return TAC_ENOMEM;
    return TAC_OK;
}

/* ---- agents ---- */

int db_agent(dict_builder *b, const phrase *name, const char *code, int officer, const char *file, long line)
{
    if (!code) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "agent without a code");
        return TAC_EPARSE;
    }
    while (*code == ' ')
        code++;
    char buf[64];
    size_t n = 0;
    int prefix = 0;
    /* "---": a role that makes a country no actor ("Germany coach") */
    if (!strncmp(code, "---", 3) && !code[3 + strspn(code + 3, " ")]) {
        memcpy(buf, "---", 3);
        n = 3;
        code += 3;
    }
    for (const char *p = code; *p && n + 1 < sizeof buf; p++) {
        if (*p == '~') {
            prefix = (n > 0);   /* "NGO~": role before the country */
        } else if (tac_isalnum((unsigned char)*p)) {
            buf[n++] = (char)tac_toupper((unsigned char)*p);
        } else if (*p != ' ') {
            db_diag(b, TAC_DIAG_WARNING, file, line, "invalid agent code '%s'", code);
            return TAC_EPARSE;
        }
    }
    if (n == 0) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "empty agent code");
        return TAC_EPARSE;
    }
    if (name->n < 1 || name->e[0].kind != PE_WORD) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "agent name must start with a word");
        return TAC_EPARSE;
    }
    int32_t ph = add_phrase(b, name, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    cagent a = { pool_add(b, buf, n), (uint8_t)prefix, (uint8_t)(officer != 0) };
    if (a.code < 0 || VEC_PUSH(b->agents, a))
        return TAC_ENOMEM;
    if (add_entry(b, ph, EK_AGENT, b->agents.n - 1))
        return TAC_ENOMEM;
    mark_caps(b, name);
    if (add_hyphen_variant(b, name, EK_AGENT, b->agents.n - 1) ||
        add_plural_variant(b, name, EK_AGENT, b->agents.n - 1))
        return TAC_ENOMEM;
    return TAC_OK;
}

/* ---- synsets ---- */

int db_synset(dict_builder *b, const char *name, const phrase *member, const char *file, long line)
{
    if (!name || !*name) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "synset without a name");
        return TAC_EPARSE;
    }
    if (*name == '&')
        name++;
    size_t n = fold_word(name, strlen(name), b->fold, sizeof b->fold);
    int32_t sid = -1;
    for (int32_t i = b->synsets.n - 1; i >= 0; i--)
        if (strcmp(b->pool.v + b->synsets.v[i].name, b->fold) == 0) {
            sid = i;
            break;
        }
    if (sid < 0) {
        csynset s = { pool_add(b, b->fold, n), 0, 0 };
        if (s.name < 0 || VEC_PUSH(b->synsets, s))
            return TAC_ENOMEM;
        sid = b->synsets.n - 1;
    }
    int32_t ph = add_phrase(b, member, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    syn_member m = { sid, ph, b->syn_members.n };
    return VEC_PUSH(b->syn_members, m) ? TAC_ENOMEM : TAC_OK;
}

/* ---- verbs ---- */

static int valid_event_code(const char *c)
{
    if (!c || !*c || strlen(c) > 15)
        return 0;
    /* a paired code "032:033" is the event and the target's reverse
       one; either half may be empty (":173", "appeared before a court":
       only the court's act on the source), not both */
    const char *colon = strchr(c, ':');
    if (colon && colon == c && !colon[1])
        return 0;
    return valid_code_text(c);
}

static int32_t code_string(dict_builder *b, const char *code)
{
    char buf[32];
    size_t n = 0;
    for (const char *p = code; *p && n + 1 < sizeof buf; p++)
        if (*p != ' ')
            buf[n++] = (char)tac_toupper((unsigned char)*p);
    return pool_add(b, buf, n);
}

/* Adds one verb form (and, with flags, its inflections) as entries. */
static int add_verb_forms(dict_builder *b, int verb, const phrase *form, unsigned vflags,
                          const char *file, long line)
{
    if (form->n < 1 || form->e[0].kind != PE_WORD) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "verb form must start with a word");
        return TAC_EPARSE;
    }
    int32_t ph = add_phrase(b, form, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    if (add_entry(b, ph, EK_VERB, verb))
        return TAC_ENOMEM;
    if (!(vflags & (VF_ENDINGS | VF_IRREGULAR)) || form->e[0].match == PM_PREFIX)
        return TAC_OK;
    char base[128];
    fold_word(form->e[0].word, strlen(form->e[0].word), base, sizeof base);
    char forms[LEX_MAX_FORMS][LEX_WORD_MAX];
    int nf = tacx_inflect(base, vflags & VF_ENDINGS, vflags & VF_IRREGULAR, forms);
    pattern_elem *es = malloc(sizeof(pattern_elem) * (size_t)form->n);
    if (!es)
        return TAC_ENOMEM;
    memcpy(es, form->e, sizeof(pattern_elem) * (size_t)form->n);
    int rc = TAC_OK;
    for (int i = 0; i < nf && rc == TAC_OK; i++) {
        es[0].word = forms[i];
        es[0].match = PM_EXACT;
        phrase q = { es, form->n };
        int32_t p2 = add_phrase(b, &q, file, line, 0);
        if (p2 < 0 || add_entry(b, p2, EK_VERB, verb))
            rc = TAC_ENOMEM;
    }
    free(es);
    return rc;
}

int db_verb_begin(dict_builder *b, const phrase *form, unsigned vflags, const char *code,
                  const char *file, long line)
{
    if (!valid_event_code(code)) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "invalid event code '%s'", code ? code : "");
        code = "---";
    }
    cverb v = { code_string(b, code), 0, 0, -1 };
    if (v.code < 0 || VEC_PUSH(b->verbs, v))
        return TAC_ENOMEM;
    int id = b->verbs.n - 1;
    int rc = db_verb_form(b, id, form, vflags, file, line);
    return rc == TAC_ENOMEM ? rc : id;
}

int db_verb_form(dict_builder *b, int verb, const phrase *form, unsigned vflags,
                 const char *file, long line)
{
    if (verb < 0 || verb >= b->verbs.n)
        return TAC_EINVAL;
    int32_t first = b->entries.n;   /* the form as written, then its inflections */
    int rc = add_verb_forms(b, verb, form, vflags, file, line);
    /* the first form that compiles names the verb (the block's first, or
       a later one when that one did not) */
    if (b->verbs.v[verb].name < 0 && b->entries.n > first)
        b->verbs.v[verb].name = b->entries.v[first].phrase;
    return rc;
}

int db_verb_pattern(dict_builder *b, int verb, const phrase *pattern, const char *code,
                    const char *file, long line)
{
    if (verb < 0 || verb >= b->verbs.n)
        return TAC_EINVAL;
    int nverb = 0;
    for (int i = 0; i < pattern->n; i++)
        nverb += pattern->e[i].kind == PE_VERB;
    if (nverb != 1) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "pattern must contain the verb '*' exactly once");
        return TAC_EPARSE;
    }
    if (!valid_event_code(code)) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "invalid event code '%s'", code ? code : "");
        return TAC_EPARSE;
    }
    int32_t ph = add_phrase(b, pattern, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    cpattern p = { .phrase = ph, .code = code_string(b, code), .line = (int32_t)line };
    owned o = { verb, b->patterns.n, b->patterns.n };
    if (p.code < 0 || VEC_PUSH(b->patterns, p) || VEC_PUSH(b->pat_owner, o))
        return TAC_ENOMEM;
    return TAC_OK;
}

int db_nonverb(dict_builder *b, const phrase *p, const char *file, long line)
{
    if (!p || p->n < 1 || p->e[0].kind != PE_WORD) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "a non-verb must start with a word");
        return TAC_EPARSE;
    }
    int32_t ph = add_phrase(b, p, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    return add_entry(b, ph, EK_NONVERB, -1) ? TAC_ENOMEM : TAC_OK;
}

int db_discard(dict_builder *b, const phrase *p, const char *code, const char *file, long line)
{
    if (!p || p->n < 1 || p->e[0].kind != PE_WORD) {
        db_diag(b, TAC_DIAG_WARNING, file, line, "a discard phrase must start with a word");
        return TAC_EPARSE;
    }
    int32_t ph = add_phrase(b, p, file, line, 0);
    if (ph < 0)
        return TAC_EPARSE;
    int32_t c = code_string(b, code ? code : "###");
    return (c < 0 || add_entry(b, ph, EK_DISCARD, c)) ? TAC_ENOMEM : TAC_OK;
}

/* ------------------------------------------------------------------ */
/* public builder API                                                  */

tac_builder *tac_builder_new(tac_diag_fn diag, void *ud)
{
    tac_builder *tb = calloc(1, sizeof *tb);
    if (!tb)
        return NULL;
    tb->b.diag = diag;
    tb->b.ud = ud;
    tb->b.last_file_off = -1;
    tb->b.last_sev = -1;
    return tb;
}

void tac_builder_set_options(tac_builder *tb, const tac_options *opt)
{
    if (tb && opt)
        tb->b.opt = *opt;
}

int tac_builder_add_file(tac_builder *tb, const char *path, tac_dict_format fmt)
{
    if (!tb || !path)
        return TAC_EINVAL;
    dict_builder *b = &tb->b;
    tacx_source_mix(&b->source_hash, path);
    if (fmt == TAC_FMT_AUTO)
        fmt = dictfmt_guess(path);
    switch (fmt) {
    case TAC_FMT_TACITUS: return dictfmt_read_tacitus(b, path);
    case TAC_FMT_TABARI_ACTORS: return dictfmt_read_tabari_actors(b, path);
    case TAC_FMT_TABARI_VERBS: return dictfmt_read_tabari_verbs(b, path);
    case TAC_FMT_TABARI_AGENTS: return dictfmt_read_tabari_agents(b, path);
    case TAC_FMT_PETRARCH_VERBS: return dictfmt_read_petrarch_verbs(b, path);
    case TAC_FMT_PETRARCH_ACTORS: return dictfmt_read_petrarch_actors(b, path);
    case TAC_FMT_PETRARCH_AGENTS: return dictfmt_read_petrarch_agents(b, path);
    case TAC_FMT_PETRARCH_DISCARDS: return dictfmt_read_petrarch_discards(b, path);
    default:
        db_diag(b, TAC_DIAG_ERROR, path, 0, "unknown dictionary format");
        return TAC_EINVAL;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int tacx_default_files(const char *dir, char *names[TACX_MAX_DEFAULT_FILES])
{
    DIR *dp = opendir(dir);
    if (!dp)
        return TAC_EIO;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < TACX_MAX_DEFAULT_FILES) {
        size_t l = strlen(de->d_name);
        if (l > 4 && strcmp(de->d_name + l - 4, ".txt") == 0 && de->d_name[0] != '.') {
            if (!(names[n] = strdup(de->d_name))) {
                while (n > 0)
                    free(names[--n]);
                closedir(dp);
                return TAC_ENOMEM;
            }
            n++;
        }
    }
    closedir(dp);
    if (n)
        qsort(names, (size_t)n, sizeof *names, cmp_str);
    return n;
}

int tac_builder_add_defaults(tac_builder *tb, const char *dir)
{
    if (!tb)
        return TAC_EINVAL;
    if (!dir)
        dir = TAC_DATADIR "/dict";
    char *names[TACX_MAX_DEFAULT_FILES];
    int n = tacx_default_files(dir, names);
    if (n == TAC_EIO)
        db_diag(&tb->b, TAC_DIAG_ERROR, dir, 0, "cannot open the default dictionary directory");
    if (n < 0)
        return n;
    int rc = TAC_OK;
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        tacx_source_mix(&tb->b.source_hash, path);
        /* a file in another format would give an error on every line */
        tac_dict_format f = dictfmt_guess_content(path);
        if (f != TAC_FMT_AUTO && f != TAC_FMT_TACITUS) {
            db_diag(&tb->b, TAC_DIAG_ERROR, path, 0,
                    "looks like %s dictionary, not one in this project's format; skipped (a dictionary in "
                    "another format is given file by file: --dict FILE)", dictfmt_name(f));
            free(names[i]);
            continue;
        }
        int r = dictfmt_read_tacitus(&tb->b, path);
        if (r == TAC_ENOMEM || r == TAC_EIO)
            rc = r;
        free(names[i]);
    }
    if (n == 0) {
        db_diag(&tb->b, TAC_DIAG_ERROR, dir, 0, "no dictionary files (*.txt) found");
        return TAC_EIO;
    }
    return rc;
}

static int cmp_owned(const void *a, const void *b)
{
    const owned *x = a, *y = b;
    if (x->owner != y->owner)
        return x->owner < y->owner ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_member(const void *a, const void *b)
{
    const syn_member *x = a, *y = b;
    if (x->syn != y->syn)
        return x->syn < y->syn ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void lex_intern_cb(void *ud, const char *w, uint32_t cls)
{
    (void)cls;
    intern((dict_builder *)ud, w, strlen(w));
}

struct lexfill { dict_builder *b; uint32_t *cls; };
static void lex_class_cb(void *ud, const char *w, uint32_t cls)
{
    struct lexfill *lf = ud;
    int32_t id = intern(lf->b, w, strlen(w));
    if (id >= 0)
        lf->cls[id] |= cls;
}

/* Signature of the words that can start element ei (see internal.h);
 * state: 0 new, 1 in progress (a cycle means no constraint), 2 done. */
static void elem_sig(tac_dict *d, uint64_t (*esig)[4], int32_t ei, uint8_t *state, int depth)
{
    uint64_t *out = esig[ei];
    if (state[ei] == 2)
        return;
    if (state[ei] == 1 || depth > 16) {
        out[0] = out[1] = out[2] = out[3] = ~0ULL;
        return;
    }
    state[ei] = 1;
    const celem *e = &d->elems[ei];
    out[0] = out[1] = out[2] = out[3] = 0;
    int32_t n = 0, base = 0;
    const int32_t *list = NULL;
    if (e->kind == PE_WORD) {
        sig_add(out, e->id);
    } else if (e->kind == PE_ALT) {
        list = d->alt_phr; base = e->id; n = e->nalts;
    } else if (e->kind == PE_SYNSET && e->id >= 0) {
        list = d->syn_phr; base = d->synsets[e->id].phr; n = d->synsets[e->id].nphr;
    } else {
        out[0] = out[1] = out[2] = out[3] = ~0ULL;
    }
    for (int32_t a = 0; a < n; a++) {
        const cphrase *p = &d->phrases[list[base + a]];
        if (p->n == 0)
            continue;
        elem_sig(d, esig, p->elem, state, depth + 1);
        for (int k = 0; k < 4; k++)
            out[k] |= esig[p->elem][k];
    }
    state[ei] = 2;
}

#define TAKE(dst, cnt, vec) do { (dst) = (vec).v; (cnt) = (vec).n; (vec).v = NULL; (vec).n = (vec).cap = 0; } while (0)


/* ---- lint: the same name or pattern written twice, patterns shadowed ---- */

/* Appends a canonical form of phrase ph: each element's kind, match,
 * adjacency and id, alternatives spelled out. */
static int phrase_key(const dict_builder *b, int32_t ph, tac_buf *key, int depth, int joins)
{
    const cphrase *p = &b->phrases.v[ph];
    for (int32_t k = 0; k < p->n; k++) {
        const celem *e = &b->elems.v[p->elem + k];
        if (tac_buf_printf(key, "%d.%d.%d.%d", e->kind, e->match, joins ? e->adjacent : 0,
                           e->kind == PE_ALT ? 0 : (int)e->id))
            return -1;
        if (e->kind == PE_ALT && depth < 8) {
            for (int32_t a = 0; a < e->nalts; a++)
                if (tac_buf_append(key, a ? "|" : "{", 1) ||
                    phrase_key(b, b->alt_phr.v[e->id + a], key, depth + 1, joins))
                    return -1;
            if (tac_buf_append(key, "}", 1))
                return -1;
        }
        if (tac_buf_append(key, ";", 1))
            return -1;
    }
    return 0;
}

/* The words of phrase ph, for messages ("*" for the verb, "..." for the
 * rest, '_' between two elements that must be adjacent). */
static void phrase_text(const dict_builder *b, int32_t ph, char *out, size_t cap)
{
    const cphrase *p = &b->phrases.v[ph];
    size_t n = 0;
    out[0] = 0;
    for (int32_t k = 0; k < p->n && n + 1 < cap; k++) {
        const celem *e = &b->elems.v[p->elem + k];
        const char *w = e->kind == PE_WORD && e->id >= 0 ? b->pool.v + b->word_off.v[e->id]
                      : e->kind == PE_VERB ? "*" : e->kind == PE_SOURCE ? "$" : e->kind == PE_TARGET ? "+" : "...";
        int r = snprintf(out + n, cap - n, "%s%s", !k ? "" : e->adjacent ? "_" : " ", w);
        if (r < 0)
            break;
        n += (size_t)r < cap - n ? (size_t)r : cap - n - 1;
    }
}

typedef struct lint_item { const char *key; int32_t idx; } lint_item;

static int cmp_lint(const void *a, const void *b)
{
    const lint_item *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

static srcpos pos_of(const dict_builder *b, int32_t ph)
{
    srcpos none = { -1, 0 };
    return ph >= 0 && ph < b->phrase_pos.n ? b->phrase_pos.v[ph] : none;
}

static int32_t entry_phrase(const dict_builder *b, int32_t i) { return b->entries.v[i].phrase; }
static int32_t pattern_phrase(const dict_builder *b, int32_t i) { return b->patterns.v[i].phrase; }

static const char *entry_what(const dict_builder *b, int32_t i)
{
    switch (b->entries.v[i].kind) {
    case EK_ACTOR: return "actor name";
    case EK_AGENT: return "agent name";
    case EK_VERB: return "verb form";
    case EK_NONVERB: return "non-verb";
    default: return "discard";
    }
}
static const char *pattern_what(const dict_builder *b, int32_t i) { (void)b; (void)i; return "pattern"; }

/* Do two entries of one name mean the same: the same codes (with their
 * dates) for actors, the same code for agents, verbs and discards? */
static int same_entry(const dict_builder *b, int32_t i, int32_t j)
{
    const centry *x = &b->entries.v[i], *y = &b->entries.v[j];
    if (x->ref == y->ref)
        return 1;
    switch (x->kind) {
    case EK_DISCARD:
        return !strcmp(b->pool.v + x->ref, b->pool.v + y->ref);
    case EK_AGENT:
        return !strcmp(b->pool.v + b->agents.v[x->ref].code, b->pool.v + b->agents.v[y->ref].code);
    case EK_VERB:
        return !strcmp(b->pool.v + b->verbs.v[x->ref].code, b->pool.v + b->verbs.v[y->ref].code);
    case EK_ACTOR: {
        /* the codes of each actor, in order of arrival (grouped by actor
           only later, in the build) */
        int32_t k = 0, l = 0;
        for (;;) {
            while (k < b->dcodes.n && b->dcode_owner.v[k].owner != x->ref)
                k++;
            while (l < b->dcodes.n && b->dcode_owner.v[l].owner != y->ref)
                l++;
            if (k == b->dcodes.n || l == b->dcodes.n)
                return k == b->dcodes.n && l == b->dcodes.n;
            const cdcode *c = &b->dcodes.v[k++], *e = &b->dcodes.v[l++];
            if (strcmp(b->pool.v + c->code, b->pool.v + e->code) || c->from != e->from || c->to != e->to)
                return 0;
        }
    }
    default:
        return 0;
    }
}

static int same_pattern(const dict_builder *b, int32_t i, int32_t j)
{
    return !strcmp(b->pool.v + b->patterns.v[i].code, b->pool.v + b->patterns.v[j].code);
}

typedef struct lint_kind {
    int32_t (*phrase_of)(const dict_builder *, int32_t);
    const char *(*what)(const dict_builder *, int32_t);
    int (*same)(const dict_builder *, int32_t, int32_t);
} lint_kind;
static const lint_kind lint_entries = { entry_phrase, entry_what, same_entry };
static const lint_kind lint_patterns = { pattern_phrase, pattern_what, same_pattern };

/* A line that repeats an earlier one, or a pattern that an earlier one
 * shadows: items idx (at p1) and first (at p0). */
typedef struct lint_hit { srcpos p1, p0; int32_t idx, first, shadow; } lint_hit;
typedef VEC(lint_hit) lint_hits;

static int cmp_hit(const void *a, const void *b)
{
    const lint_hit *x = a, *y = b;
    int32_t kx[6] = { x->p1.file, x->p1.line, x->p0.file, x->p0.line, x->shadow, x->idx };
    int32_t ky[6] = { y->p1.file, y->p1.line, y->p0.file, y->p0.line, y->shadow, y->idx };
    for (int i = 0; i < 6; i++)
        if (kx[i] != ky[i])
            return (kx[i] > ky[i]) - (kx[i] < ky[i]);
    return 0;
}

/* Adds a hit unless the two items are one line, or one was generated. */
static int add_hit(const dict_builder *b, lint_hits *hits, const lint_kind *lk, int32_t idx, int32_t first,
                   int shadow)
{
    lint_hit h = { pos_of(b, lk->phrase_of(b, idx)), pos_of(b, lk->phrase_of(b, first)), idx, first, shadow };
    if (h.p0.file < 0 || h.p1.file < 0)
        return TAC_OK;   /* a generated variant ("Al-Qaeda" of "Al Qaeda") gives way */
    if (h.p0.file == h.p1.file && h.p0.line == h.p1.line)
        return TAC_OK;   /* "Al-Qaeda | al-Qaeda": one line, one meaning */
    return VEC_PUSH(*hits, h) ? TAC_ENOMEM : TAC_OK;
}

/* Sorts items by key; each one equal to an earlier one is a hit. */
static int find_repeats(const dict_builder *b, lint_item *it, int32_t n, const lint_kind *lk, lint_hits *hits)
{
    qsort(it, (size_t)n, sizeof *it, cmp_lint);
    for (int32_t i = 1, first = 0; i < n; i++) {
        if (strcmp(it[i].key, it[first].key))
            first = i;
        else if (add_hit(b, hits, lk, it[i].idx, it[first].idx, 0))
            return TAC_ENOMEM;
    }
    return TAC_OK;
}

/* Reports the hits at the later line, in file and line order; a pair of
 * lines once, however many of its forms collide (the forms of one verb,
 * or one pattern under each verb of a block). */
static void report_hits(dict_builder *b, lint_hits *hits, const lint_kind *lk)
{
    if (hits->n)
        qsort(hits->v, (size_t)hits->n, sizeof *hits->v, cmp_hit);
    for (int32_t k = 0; k < hits->n; k++) {
        const lint_hit *h = &hits->v[k];
        if (k > 0 && !memcmp(&h->p1, &hits->v[k - 1].p1, sizeof h->p1) &&
            !memcmp(&h->p0, &hits->v[k - 1].p0, sizeof h->p0) && h->shadow == hits->v[k - 1].shadow)
            continue;   /* another form of the same two lines */
        char text[160];
        phrase_text(b, lk->phrase_of(b, h->idx), text, sizeof text);
        const char *fmt = h->shadow ? "%s '%s' never decides: the one at %s:%ld matches wherever it does,"
                                      " ranks the same and comes first"
                        : lk->same(b, h->first, h->idx) ? "%s '%s' repeats the one at %s:%ld"
                                                        : "%s '%s' is also at %s:%ld, with another meaning";
        db_diag(b, TAC_DIAG_WARNING, b->pool.v + h->p1.file, h->p1.line, fmt, lk->what(b, h->idx), text,
                b->pool.v + h->p0.file, (long)h->p0.line);
    }
}

/* Does pattern a shadow pattern b: the same elements (words, match
 * kinds, slots, the verb) in the same order, none of them joined by '_'
 * in a where it is not in b, and some joined in b only?  Then a matches
 * wherever b does (the matcher tries every position a gap allows), and
 * as every element is one unit, both match as many elements, words and
 * exact words: the earlier one wins every tie.  Patterns with
 * alternatives or synonym sets, whose matches count their own words,
 * are left out. */
static int shadows(const dict_builder *b, int32_t a, int32_t c)
{
    const cphrase *pa = &b->phrases.v[b->patterns.v[a].phrase], *pc = &b->phrases.v[b->patterns.v[c].phrase];
    if (pa->n != pc->n)
        return 0;
    int looser = 0;
    for (int32_t k = 0; k < pa->n; k++) {
        const celem *x = &b->elems.v[pa->elem + k], *y = &b->elems.v[pc->elem + k];
        if (x->kind == PE_ALT || x->kind == PE_SYNSET || x->kind != y->kind || x->match != y->match ||
            x->id != y->id || (x->adjacent && !y->adjacent))
            return 0;
        looser |= !x->adjacent && y->adjacent;
    }
    return looser;
}

/* The patterns of one verb that an earlier one shadows (see shadows());
 * it are the patterns keyed by verb and elements without the joins. */
static int find_shadows(const dict_builder *b, lint_item *it, int32_t n, lint_hits *hits)
{
    qsort(it, (size_t)n, sizeof *it, cmp_lint);
    for (int32_t i = 1, first = 0; i < n; i++) {
        if (strcmp(it[i].key, it[first].key)) {
            first = i;
            continue;
        }
        for (int32_t j = first; j < i; j++)   /* by index: earlier patterns first */
            if (shadows(b, it[j].idx, it[i].idx)) {
                if (add_hit(b, hits, &lint_patterns, it[i].idx, it[j].idx, 1))
                    return TAC_ENOMEM;
                break;
            }
    }
    return TAC_OK;
}

/* Is a part of event code c ("190", "032:033", "0874!") a number that
 * is no CAMEO code?  Such an event gets no Goldstein score, quad class
 * or PLOVER type.  "---" and the like have no number. */
static int code_unknown(const char *c)
{
    for (const char *p = c;;) {
        char num[8];
        size_t n = 0;
        while (n < sizeof num - 1 && tac_isdigit((unsigned char)p[n])) {
            num[n] = p[n];
            n++;
        }
        num[n] = 0;
        tac_cameo_info ci;
        if (n > 0 && tac_cameo_lookup(num, &ci) != TAC_OK)
            return 1;
        const char *colon = strchr(p, ':');
        if (!colon)
            return 0;
        p = colon + 1;
    }
}

typedef struct code_hit { srcpos at; int32_t code; } code_hit;

static int cmp_code_hit(const void *a, const void *b)
{
    const code_hit *x = a, *y = b;
    if (x->at.file != y->at.file)
        return x->at.file < y->at.file ? -1 : 1;
    if (x->at.line != y->at.line)
        return x->at.line < y->at.line ? -1 : 1;
    return (x->code > y->code) - (x->code < y->code);
}

/* Event codes of verbs and patterns that are no CAMEO code, once per
 * line (a line of a verb block is read once per verb of the block). */
static int lint_codes(dict_builder *b)
{
    int32_t n = b->verbs.n + b->patterns.n, m = 0;
    code_hit *h = malloc(sizeof *h * (size_t)(n + 1));
    if (!h)
        return TAC_ENOMEM;
    for (int32_t i = 0; i < n; i++) {
        int32_t code = i < b->verbs.n ? b->verbs.v[i].code : b->patterns.v[i - b->verbs.n].code;
        int32_t ph = i < b->verbs.n ? b->verbs.v[i].name : b->patterns.v[i - b->verbs.n].phrase;
        if (code >= 0 && code_unknown(b->pool.v + code))
            h[m++] = (code_hit){ pos_of(b, ph), code };
    }
    if (m)
        qsort(h, (size_t)m, sizeof *h, cmp_code_hit);
    for (int32_t k = 0; k < m; k++) {
        if (k > 0 && !cmp_code_hit(&h[k], &h[k - 1]))
            continue;
        db_diag(b, TAC_DIAG_WARNING, h[k].at.file >= 0 ? b->pool.v + h[k].at.file : NULL, h[k].at.line,
                "event code '%s' is not in the CAMEO code table: its events get no Goldstein score, quad "
                "class or PLOVER type", b->pool.v + h[k].code);
    }
    free(h);
    return TAC_OK;
}

/* Names (of actors, agents, verbs, non-verbs, discards) and patterns of
 * one verb written twice, patterns another one shadows, and event codes
 * that are no CAMEO code.  Only when lint is on (tac_builder_set_lint). */
static int lint(dict_builder *b)
{
    int32_t n = b->entries.n > b->patterns.n ? b->entries.n : b->patterns.n;
    lint_item *it = malloc(sizeof *it * (size_t)(n + 1));
    size_t *off = malloc(sizeof *off * (size_t)(n + 1));
    tac_buf keys = { 0 };
    lint_hits hits = { 0 };
    int rc = TAC_ENOMEM;
    if (!it || !off)
        goto out;
    /* names: the kind, then the phrase; generated plurals give way to
       real names and are left out */
    int32_t m = 0;
    for (int32_t i = 0; i < b->entries.n; i++) {
        const centry *e = &b->entries.v[i];
        if (e->flags & EF_PLURAL)
            continue;
        off[m] = keys.len;
        if (tac_buf_printf(&keys, "%d:", e->kind) || phrase_key(b, e->phrase, &keys, 0, 1) ||
            tac_buf_append(&keys, "", 1))
            goto out;
        it[m++].idx = i;
    }
    for (int32_t k = 0; k < m; k++)
        it[k].key = keys.p + off[k];
    if (find_repeats(b, it, m, &lint_entries, &hits))
        goto out;
    report_hits(b, &hits, &lint_entries);
    /* patterns: the verb, then the phrase, with the joins ('_') and
       without them */
    hits.n = 0;
    for (int with_joins = 1; with_joins >= 0; with_joins--) {
        keys.len = 0;
        for (int32_t i = 0; i < b->patterns.n; i++) {
            off[i] = keys.len;
            if (tac_buf_printf(&keys, "%d:", (int)b->pat_owner.v[i].owner) ||
                phrase_key(b, b->patterns.v[i].phrase, &keys, 0, with_joins) || tac_buf_append(&keys, "", 1))
                goto out;
            it[i].idx = i;
        }
        for (int32_t i = 0; i < b->patterns.n; i++)
            it[i].key = keys.p + off[i];
        if (with_joins ? find_repeats(b, it, b->patterns.n, &lint_patterns, &hits)
                       : find_shadows(b, it, b->patterns.n, &hits))
            goto out;
    }
    report_hits(b, &hits, &lint_patterns);
    rc = lint_codes(b);
out:
    free(it);
    free(off);
    free(hits.v);
    tac_buf_free(&keys);
    return rc;
}

void tac_builder_set_lint(tac_builder *tb, int on)
{
    if (tb)
        tb->b.lint = on != 0;
}

int tac_builder_build(tac_builder *tb, tac_dict **out)
{
    if (!tb || !out)
        return TAC_EINVAL;
    *out = NULL;
    dict_builder *b = &tb->b;
    tac_dict *d = calloc(1, sizeof *d);
    if (!d)
        return TAC_ENOMEM;
    d->opt = b->opt;
    d->source_hash = b->source_hash;

    /* closed-class words: intern them and record their classes */
    tacx_lex_each(lex_intern_cb, b);
    d->word_class = calloc((size_t)b->word_off.n + 1, sizeof(uint32_t));
    if (!d->word_class)
        goto oom;
    struct lexfill lf = { b, d->word_class };
    tacx_lex_each(lex_class_cb, &lf);

    /* resolve &SYNSET references */
    for (int32_t i = 0; i < b->pend.n; i++) {
        pending_syn *ps = &b->pend.v[i];
        const char *name = b->pool.v + ps->name;
        int32_t sid = -1;
        for (int32_t s = 0; s < b->synsets.n; s++)
            if (strcmp(b->pool.v + b->synsets.v[s].name, name) == 0) {
                sid = s;
                break;
            }
        if (sid < 0)
            db_diag(b, TAC_DIAG_WARNING, ps->file >= 0 ? b->pool.v + ps->file : NULL, ps->line,
                    "unknown synset &%s", name);
        b->elems.v[ps->elem].id = sid;
    }
    if (b->lint && lint(b) != TAC_OK)
        goto oom;
    /* synset members grouped by set */
    if (b->syn_members.n)
        qsort(b->syn_members.v, (size_t)b->syn_members.n, sizeof(syn_member), cmp_member);
    int32_t *syn_phr = malloc(sizeof(int32_t) * (size_t)(b->syn_members.n + 1));
    if (!syn_phr)
        goto oom;
    for (int32_t i = 0; i < b->syn_members.n; i++) {
        syn_phr[i] = b->syn_members.v[i].phrase;
        csynset *s = &b->synsets.v[b->syn_members.v[i].syn];
        if (s->nphr == 0)
            s->phr = i;
        s->nphr++;
    }
    d->syn_phr = syn_phr;
    d->nsyn_phr = b->syn_members.n;

    /* actor codes grouped by actor, in file order */
    if (b->dcode_owner.n)
        qsort(b->dcode_owner.v, (size_t)b->dcode_owner.n, sizeof(owned), cmp_owned);
    d->dcodes = malloc(sizeof(cdcode) * (size_t)(b->dcodes.n + 1));
    if (!d->dcodes)
        goto oom;
    for (int32_t i = 0; i < b->dcode_owner.n; i++) {
        owned *o = &b->dcode_owner.v[i];
        d->dcodes[i] = b->dcodes.v[o->item];
        cactor *a = &b->actors.v[o->owner];
        if (a->ncodes == 0)
            a->codes = i;
        a->ncodes++;
    }
    d->ndcodes = b->dcodes.n;
    /* patterns grouped by verb, in file order */
    if (b->pat_owner.n)
        qsort(b->pat_owner.v, (size_t)b->pat_owner.n, sizeof(owned), cmp_owned);
    d->patterns = malloc(sizeof(cpattern) * (size_t)(b->patterns.n + 1));
    if (!d->patterns)
        goto oom;
    for (int32_t i = 0; i < b->pat_owner.n; i++) {
        owned *o = &b->pat_owner.v[i];
        d->patterns[i] = b->patterns.v[o->item];
        cverb *v = &b->verbs.v[o->owner];
        if (v->npats == 0)
            v->pats = i;
        v->npats++;
    }
    d->npatterns = b->patterns.n;

    /* actors with no code at all are reported and never match */
    for (int32_t i = 0; i < b->actors.n; i++)
        if (b->actors.v[i].ncodes == 0)
            db_diag(b, TAC_DIAG_WARNING, NULL, 0, "actor '%s' has no code",
                    b->actors.v[i].name >= 0
                        ? b->pool.v + b->word_off.v[b->elems.v[b->phrases.v[b->actors.v[i].name].elem].id]
                        : "?");

    /* first-word index (CSR) */
    int32_t nw = b->word_off.n;
    d->first_start = calloc((size_t)nw + 2, sizeof(int32_t));
    d->by_first = calloc((size_t)b->entries.n + 1, sizeof *d->by_first);
    if (!d->first_start || !d->by_first)
        goto oom;
    /* every entry starts with a word (the db_* functions check it); an
       entry that does not is left out of the index, never misfiled */
#define FIRST_WORD(i) (&b->elems.v[b->phrases.v[b->entries.v[i].phrase].elem])
#define INDEXED(e) ((e)->kind == PE_WORD && (e)->id >= 0 && (e)->id < nw)
    for (int32_t i = 0; i < b->entries.n; i++) {
        celem *e = FIRST_WORD(i);
        if (INDEXED(e))
            d->first_start[e->id + 1]++;
    }
    for (int32_t w = 0; w < nw; w++)
        d->first_start[w + 1] += d->first_start[w];
    int32_t *fill = malloc(sizeof(int32_t) * (size_t)(nw + 1));
    if (!fill)
        goto oom;
    memcpy(fill, d->first_start, sizeof(int32_t) * (size_t)(nw + 1));
    for (int32_t i = 0; i < b->entries.n; i++) {
        celem *e = FIRST_WORD(i);
        if (!INDEXED(e))
            continue;
        const centry *en = &b->entries.v[i];
        const cphrase *ph = &b->phrases.v[en->phrase];
        cfirst f = { .entry = i, .next = -1, .kind = en->kind, .flags = en->flags, .ref = en->ref };
        f.single = ph->n == 1 && e->match == PM_EXACT;
        if (ph->n >= 2 && e[1].kind == PE_WORD && e[1].adjacent && e[1].match == PM_EXACT && e[1].id >= 0)
            f.next = e[1].id;
        d->by_first[fill[e->id]++] = f;
    }
#undef FIRST_WORD
#undef INDEXED
    free(fill);
    d->first_next = calloc((size_t)nw + 1, sizeof *d->first_next);
    if (!d->first_next)
        goto oom;
    for (int32_t w = 0; w < nw; w++)
        for (int32_t k = d->first_start[w]; k < d->first_start[w + 1]; k++)
            d->first_next[w] |= d->by_first[k].next >= 0 ? first_next_bit(d->by_first[k].next) : ~0ULL;

    /* words that start a verb form, a name or a discard phrase */
    d->word_discard = calloc((size_t)nw + 1, 1);
    if (!d->word_discard)
        goto oom;
    for (int32_t i = 0; i < b->entries.n; i++) {
        int k = b->entries.v[i].kind;
        celem *e = &b->elems.v[b->phrases.v[b->entries.v[i].phrase].elem];
        if (e->kind != PE_WORD || e->id < 0)
            continue;
        if (k == EK_VERB)
            d->word_class[e->id] |= WF_VERB;
        else if (k == EK_ACTOR || k == EK_AGENT)
            d->word_class[e->id] |= WF_NAME;
        else if (k == EK_DISCARD)
            d->word_discard[e->id] = 1;
    }

    /* prefix lengths in use */
    for (int32_t w = 0; w < nw; w++)
        if (b->word_is_prefix.v[w]) {
            size_t l = strlen(b->pool.v + b->word_off.v[w]);
            if (l < 64)
                d->prefix_lens |= 1ULL << l;
            else
                d->prefix_long = 1;
            uint32_t bit = (uint32_t)(hash_bytes(b->pool.v + b->word_off.v[w], l) >> 52);
            d->prefix_filter.bits[bit >> 6] |= 1ULL << (bit & 63);
        }

    /* counts */
    d->stats.actors = b->actors.n;
    d->stats.agents = b->agents.n;
    d->stats.verbs = b->verbs.n;
    d->stats.patterns = b->patterns.n;
    d->stats.synsets = b->synsets.n;
    for (int32_t i = 0; i < b->entries.n; i++) {
        if (b->entries.v[i].kind == EK_ACTOR)
            d->stats.actor_names++;
        else if (b->entries.v[i].kind == EK_VERB)
            d->stats.verb_forms++;
        else if (b->entries.v[i].kind == EK_DISCARD)
            d->stats.discards++;
    }

    /* move the arrays over */
    /* the final word table: ids with their keys and classes, filled to
       at most a third (short probes; always an empty slot, which ends
       one) */
    {
        uint32_t size = 1024;
        while ((uint64_t)b->word_off.n * 3 > (uint64_t)size)
            size *= 2;
        d->word_hash = malloc(sizeof *d->word_hash * size);
        if (!d->word_hash)
            goto oom;
        d->word_hash_mask = size - 1;
        for (uint32_t k = 0; k < size; k++)
            d->word_hash[k] = (struct wslot){ -1, 0, 0 };
        for (int32_t id = 0; id < b->word_off.n; id++) {
            const char *w = b->pool.v + b->word_off.v[id];
            size_t n = strlen(w);
            uint64_t h = hash_bytes(w, n);
            uint32_t k = (uint32_t)h & (size - 1);
            while (d->word_hash[k].id >= 0)
                k = (k + 1) & (size - 1);
            uint32_t cls = (d->word_class[id] & ~WSLOT_BITS) | (n > 8 ? WSLOT_LONG : 0) |
                           (b->word_is_prefix.v[id] ? WSLOT_PREFIX : 0);
            d->word_hash[k] = (struct wslot){ id, cls, wslot_key(w, n) };
        }
    }
    TAKE(d->pool, d->pool_len, b->pool);
    TAKE(d->word_off, d->nwords, b->word_off);
    { int32_t n; TAKE(d->word_is_prefix, n, b->word_is_prefix); (void)n; }
    TAKE(d->elems, d->nelems, b->elems);
    TAKE(d->phrases, d->nphrases, b->phrases);
    TAKE(d->alt_phr, d->nalt_phr, b->alt_phr);
    TAKE(d->synsets, d->nsynsets, b->synsets);
    TAKE(d->entries, d->nentries, b->entries);
    TAKE(d->actors, d->nactors, b->actors);
    TAKE(d->agents, d->nagents, b->agents);
    TAKE(d->verbs, d->nverbs, b->verbs);
    /* element signatures, for the pattern pre-filter: each element's,
       then the distinct ones, in order of first use */
    {
        uint64_t (*all)[4] = malloc(sizeof(*all) * (size_t)(d->nelems + 1));
        uint8_t *state = calloc((size_t)d->nelems + 1, 1);
        uint32_t size = 16;
        while (size < (uint32_t)d->nelems * 2u)
            size *= 2;
        int32_t *slot = malloc(sizeof(int32_t) * size);
        d->esig = malloc(sizeof(*d->esig) * (size_t)(d->nelems + 1));
        d->elem_esig = malloc(sizeof(int32_t) * (size_t)(d->nelems + 1));
        if (!all || !state || !slot || !d->esig || !d->elem_esig) {
            free(all); free(state); free(slot);
            goto oom;
        }
        for (int32_t i = 0; i < d->nelems; i++)
            elem_sig(d, all, i, state, 0);
        for (uint32_t k = 0; k < size; k++)
            slot[k] = -1;
        d->nesig = 0;
        for (int32_t i = 0; i < d->nelems; i++) {
            uint64_t h = hash_bytes((const char *)all[i], sizeof all[i]);
            uint32_t k = (uint32_t)h & (size - 1);
            while (slot[k] >= 0 && memcmp(d->esig[slot[k]], all[i], sizeof all[i]))
                k = (k + 1) & (size - 1);
            if (slot[k] < 0) {
                slot[k] = d->nesig;
                memcpy(d->esig[d->nesig++], all[i], sizeof all[i]);
            }
            d->elem_esig[i] = slot[k];
        }
        free(all); free(state); free(slot);
    }
    /* each pattern's first literal words, for the quick test in the
       coder, and what its pre-filter reads */
    d->npat_esig = 0;
    for (int32_t i = 0; i < d->npatterns; i++)
        d->npat_esig += d->phrases[d->patterns[i].phrase].n;
    d->pat_esig = malloc(sizeof(int32_t) * (size_t)(d->npat_esig + 1));
    if (!d->pat_esig)
        goto oom;
    for (int32_t i = 0, o = 0; i < d->npatterns; i++) {
        cpattern *pt = &d->patterns[i];
        const cphrase *ph = &d->phrases[pt->phrase];
        pt->elem = ph->elem;
        pt->n = ph->n;
        pt->verb_at = ph->verb_at;
        pt->esig = o;
        for (int32_t k = 0; k < ph->n; k++)
            d->pat_esig[o++] = d->elem_esig[ph->elem + k];
        pt->nneed = 0;
        for (int32_t k = 0; k < ph->n && pt->nneed < 3; k++) {
            const celem *e = &d->elems[ph->elem + k];
            if (e->kind == PE_WORD && e->id >= 0)
                pt->need[pt->nneed++] = (uint8_t)sig_bit(e->id);
        }
    }
    *out = d;
    return TAC_OK;
oom:
    tac_dict_free(d);
    return TAC_ENOMEM;
}

void tac_builder_free(tac_builder *tb)
{
    if (!tb)
        return;
    dict_builder *b = &tb->b;
    free(b->pool.v); free(b->word_off.v); free(b->whash); free(b->word_is_prefix.v);
    free(b->elems.v); free(b->phrases.v); free(b->alt_phr.v); free(b->entries.v);
    free(b->dcodes.v); free(b->dcode_owner.v); free(b->actors.v); free(b->agents.v);
    free(b->verbs.v); free(b->patterns.v); free(b->pat_owner.v); free(b->synsets.v);
    free(b->syn_members.v); free(b->pend.v); free(b->phrase_pos.v);
    free(tb);
}

void tac_dict_free(tac_dict *d)
{
    if (!d)
        return;
    if (d->map) {
        tacx_dict_unmap(d);
        return;
    }
    free(d->pool); free(d->word_off); free(d->word_hash); free(d->word_is_prefix); free(d->word_discard); free(d->word_class);
    free(d->elems); free(d->esig); free(d->elem_esig); free(d->pat_esig); free(d->phrases); free(d->alt_phr); free(d->syn_phr); free(d->synsets);
    free(d->entries); free(d->first_start); free(d->by_first); free(d->first_next); free(d->dcodes);
    free(d->actors); free(d->agents); free(d->verbs); free(d->patterns);
    free(d);
}

void tac_dict_get_stats(const tac_dict *d, tac_dict_stats *out)
{
    if (out)
        *out = d ? d->stats : (tac_dict_stats){ 0 };
}
