/*
 * actors.c -- actor mentions in a sentence.
 *
 * 1. Dictionary names: at each token the longest actor or agent name wins.
 * 2. Dated codes: the first code whose range holds the document date.
 * 3. Agents combine with a neighbouring country: "Ukrainian officials",
 *    "Gondor's Prime Minister Falastur", "the ambassadors of Arnor".
 *    A title before a known person keeps the person's code.
 * 4. Pronouns (he, she, his, her; it, its, they) refer back to the last
 *    person or actor of the document.
 * The result is an array of non-overlapping mentions in text order.
 */
#include <stdio.h>
#include "internal.h"
#include "lexicon.h"

/* Money named by its country ("US $", "Canadian dollars", "Swiss
 * francs"); not "marks", "won" or "real", which are verbs and adjectives
 * as often. */
static const char *const CURRENCY[] = { "$", "DOLLAR", "DOLLARS", "DLR", "DLRS", "CENT", "CENTS", "POUND", "POUNDS",
                                        "FRANC", "FRANCS", "YEN", "YUAN", "RENMINBI", "PESO", "PESOS", "RUPEE", "RUPEES",
                                        "LIRA", "LIRE", "KRONA", "KRONOR", "KRONE", "KRONER", "SHILLING", "SHILLINGS",
                                        "SCHILLING", "SCHILLINGS", "RIYAL", "RIYALS", "DINAR", "DINARS", "DIRHAM",
                                        "DIRHAMS", "RUBLE", "RUBLES", "ROUBLE", "ROUBLES", "BAHT", "RINGGIT", "GUILDER",
                                        "GUILDERS", "ESCUDO", "ESCUDOS", "DRACHMA", "DRACHMAS", "PESETA", "PESETAS",
                                        "CRUZADO", "CRUZADOS", "AUSTRAL", "AUSTRALS", "ZLOTY", "FORINT", "HRYVNIA",
                                        NULL };

static uint32_t tclass(const tac_dict *d, const tok *t)
{
    (void)d;
    return t->cls;
}

/* May t be a title: a title by its class, or a word with a period that
 * may be an abbreviated one?  The cheap half of is_title(). */
static inline int may_be_title(const tok *t)
{
    return (t->cls & WC_TITLE) || (t->flags & TF_ABBREV);
}

/* Is t a person's initial or initials: "J.", "S.J." (capitals, each
 * with its period)? */
static int initial(const tok *t)
{
    if (t->kind != TK_WORD || !(t->flags & TF_ABBREV) || !(t->flags & TF_CAP) || t->nlen < 2 || t->nlen > 6)
        return 0;
    for (int i = 0; i < t->nlen; i++) {
        if (i % 2 == 0 ? !(t->norm[i] >= 'A' && t->norm[i] <= 'Z') : t->norm[i] != '.')
            return 0;
    }
    return t->nlen % 2 == 0;
}

/* Is t a title ("Mr", "Dr.", "Gen.")? */
static int is_title(const tac_dict *d, const tok *t)
{
    /* (only a word with a period needs the lookup) */
    return (tclass(d, t) & WC_TITLE) || ((t->flags & TF_ABBREV) && (tacx_abbrev_class(d, t) & WC_TITLE));
}

/* Longest entry of the given kind starting at token i; returns its end
 * (exclusive) or -1. */
/* The longest actor and the longest agent name at token i, in one pass
 * over the entries that start with the token's word. */
static void longest_two(const tac_dict *d, const tac_ctx *c, int i, int lim, int caps, int *aend, int32_t *aref,
                        int *gend, int32_t *gref)
{
    const tok *t = &c->toks.v[i];
    *aend = *gend = -1;
    int aplural = 0, gplural = 0;
    int32_t ids[TACX_START_IDS];
    int nid = tacx_tok_start_ids(c, t, ids);
    for (int q = 0; q < nid; q++) {
        int32_t w = ids[q];
        if (!tacx_first_any(d, c, w, i, lim))
            continue;         /* "THE": every name needs a word after it */
        for (int32_t k = d->first_start[w]; k < d->first_start[w + 1]; k++) {
            const cfirst *f = &d->by_first[k];
            if (f->kind != EK_ACTOR && f->kind != EK_AGENT)
                continue;
            if ((f->flags & EF_CAPS) && !(t->flags & TF_ALLCAP) && !caps)
                continue;           /* "us" is not "US" */
            /* one-word names need no matcher: the index already says so
               for exact words */
            int end;
            if (f->single) {
                end = t->wid == w ? i + 1 : -1;
            } else {
                if (!tacx_first_may(c, f, i, lim))
                    continue;
                end = tacx_match_phrase_at(d, c, d->entries[f->entry].phrase, i, lim);
            }
            if (end < 0)
                continue;
            int *best = f->kind == EK_ACTOR ? aend : gend;
            /* at equal length a real name beats another name's plural
               ("Hamas" vs the plural of "Hama") */
            int plural = (f->flags & EF_PLURAL) != 0;
            int *bp = f->kind == EK_ACTOR ? &aplural : &gplural;
            if (end > *best || (end == *best && end > 0 && *bp && !plural)) {
                *best = end;
                *bp = plural;
                *(f->kind == EK_ACTOR ? aref : gref) = f->ref;
            }
        }
    }
}

int tacx_longest_at(const tac_dict *d, const tac_ctx *c, int i, int lim, int kind, int32_t *ref)
{
    const tok *t = &c->toks.v[i];
    int best = -1;
    int32_t ids[TACX_START_IDS];
    int nid = tacx_tok_start_ids(c, t, ids);
    for (int q = 0; q < nid; q++) {
        int32_t w = ids[q];
        for (int32_t k = d->first_start[w]; k < d->first_start[w + 1]; k++) {
            const cfirst *f = &d->by_first[k];
            if (f->kind != kind || !tacx_first_may(c, f, i, lim))
                continue;
            const centry *e = &d->entries[f->entry];
            int end = tacx_match_phrase_at(d, c, e->phrase, i, lim);
            if (end > best) {
                best = end;
                *ref = e->ref;
            }
        }
    }
    return best;
}

/* Resolves an actor's codes for a date; returns the count (0: none). */
static int resolve_codes(const tac_dict *d, int32_t actor, int32_t date, const char **out)
{
    const cactor *a = &d->actors[actor];
    int n = 0;
    if (date) {
        for (int k = 0; k < a->ncodes; k++) {
            const cdcode *dc = &d->dcodes[a->codes + k];
            if (!dc->from && !dc->to)
                continue;
            if ((dc->from && date < dc->from) || (dc->to && date > dc->to))
                continue;
            /* this range, and codes sharing it (compound actors) */
            for (int j = k; j < a->ncodes && n < MAX_MCODES; j++) {
                const cdcode *dj = &d->dcodes[a->codes + j];
                if (dj->from == dc->from && dj->to == dc->to)
                    out[n++] = dict_str(d, dj->code);
            }
            return n;
        }
    }
    for (int k = 0; k < a->ncodes; k++) {
        const cdcode *dc = &d->dcodes[a->codes + k];
        if (dc->from || dc->to)
            continue;
        for (int j = k; j < a->ncodes && n < MAX_MCODES; j++) {
            const cdcode *dj = &d->dcodes[a->codes + j];
            if (!dj->from && !dj->to)
                out[n++] = dict_str(d, dj->code);
        }
        return n;
    }
    if (!date && a->ncodes > 0) {
        /* no date and no undated code: the first (earliest) one */
        out[0] = dict_str(d, d->dcodes[a->codes].code);
        return 1;
    }
    return 0;
}

/* Does code already carry the role of agent ag, so that combining the
 * two leaves the code as it is? */
static int holds_role(const cagent *ag, const char *code, const char *role)
{
    size_t lc = strlen(code), lr = strlen(role);
    if (ag->prefix && lc >= lr && strncmp(code, role, lr) == 0)
        return 1;
    /* a code that already ends with the role, or has it among its
       three-letter parts: "Hamas militants" are PSEREBHMS, not
       PSEREBHMSREB */
    if (!ag->prefix && lc >= lr && strcmp(code + lc - lr, role) == 0)
        return 1;
    if (!ag->prefix && lr == 3)
        for (size_t k = 3; k + 3 <= lc; k += 3)
            if (!memcmp(code + k, role, 3))
                return 1;
    /* an international organisation's officials are the organisation:
       "EU officials", "OPEC ministers", "NATO Secretary General" (CAMEO
       gives an IGO no government role), and a non-governmental one's
       too: "watchdog Amnesty International" */
    return (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) && !strcmp(role, "GOV");
}

/* For a document without a date: the code of the person's term that a
 * title before the name points at, as the latest of the terms whose code
 * holds the title's role ("President" -> ...GOV; "Secretary-General" ->
 * an organisation's code too, see holds_role()); NULL when no term has
 * that role ("Sen. John Kerry", of a man later a minister: the title
 * points at none of the terms the dictionary dates). */
static const char *titled_code(const tac_dict *d, int32_t actor, int32_t agent)
{
    const cactor *a = &d->actors[actor];
    const cagent *ag = &d->agents[agent];
    const char *role = dict_str(d, ag->code);
    const cdcode *best = NULL;
    for (int k = 0; k < a->ncodes; k++) {
        const cdcode *dc = &d->dcodes[a->codes + k];
        if ((dc->from || dc->to) && holds_role(ag, dict_str(d, dc->code), role) && (!best || dc->from > best->from))
            best = dc;
    }
    return best ? dict_str(d, best->code) : NULL;
}

/* Is the date more than ten years before the first dated code of a
 * person (a year is 10000 in yyyymmdd)? */
static int too_early(const tac_dict *d, int32_t actor, int32_t date)
{
    const cactor *a = &d->actors[actor];
    if (!date || !(a->flags & ACT_PERSON))
        return 0;
    int32_t first = 0;
    for (int k = 0; k < a->ncodes; k++) {
        const cdcode *dc = &d->dcodes[a->codes + k];
        if (dc->from && (!first || dc->from < first))
            first = dc->from;
    }
    return first && date < first - 100000;
}

/* The first n bytes of head followed by tail, as a code in the
 * document's arena; NULL when there is no room. */
static const char *join_code(tac_ctx *c, const char *head, size_t n, const char *tail)
{
    size_t lt = strlen(tail);
    char *p = arena_alloc(&c->a, n + lt + 1);
    if (!p)
        return NULL;
    memcpy(p, head, n);
    memcpy(p + n, tail, lt + 1);
    return p;
}

/* Combines a country code with an agent role. */
static const char *combine(tac_ctx *c, const char *country, const tac_dict *d, int32_t agent)
{
    const cagent *ag = &d->agents[agent];
    const char *role = dict_str(d, ag->code);
    if (holds_role(ag, country, role))
        return country;
    const char *p = ag->prefix ? join_code(c, role, strlen(role), country)
                               : join_code(c, country, strlen(country), role);
    return p ? p : country;
}

/* The code of a state body that a person of state names: "the Assad
 * regime", "Putin's government", "Haftar's forces" (a body, not an
 * officer: "Blair's spokesman" is left to the rules of titles).  A person
 * coded as a country's government, elite, military or legislature
 * (XXXGOV and the like) and an agent whose role is GOV or MIL give the
 * country with that role; anything else NULL. */
static const char *person_body(tac_ctx *c, const char *person, const tac_dict *d, int32_t agent)
{
    const char *role = dict_str(d, d->agents[agent].code);
    if (strlen(person) != 6 || (strcmp(role, "GOV") && strcmp(role, "MIL")))
        return NULL;
    static const char *const state[] = { "GOV", "ELI", "MIL", "LEG", NULL };
    int ok = 0;
    for (int i = 0; state[i] && !ok; i++)
        ok = !strcmp(person + 3, state[i]);
    for (int i = 0; i < 3 && ok; i++)
        ok = person[i] >= 'A' && person[i] <= 'Z';
    return ok ? join_code(c, person, 3, role) : NULL;
}

/* The end of an unknown name right after a title at token i ("Prime
 * Minister Falastur"): up to three capitalised words, before the next
 * dictionary match at `next`; i when there is none.  In capitals a word
 * says nothing by its case, and one the dictionaries know as a verb or a
 * word of grammar is no name ("the ARMY IS FACING", "TROOPS WERE
 * KILLED"). */
static int name_end(const tac_dict *d, const tac_ctx *c, int i, int lim, int next)
{
    int q = i;
    while (q < lim && q < i + 3 && q != next) {
        const tok *t = &c->toks.v[q];
        uint32_t cl = tclass(d, t);
        /* not "I": "soldiers I met" */
        if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->nlen == 1 && t->norm[0] == 'I') ||
            (cl & (WC_STOP | WC_DET | WC_PREP | WC_CONJ | WC_MONTH | WC_DAY)) ||
            ((t->flags & TF_ALLCAP) && ((cl & WC_GRAMMAR) || (t->starts & WF_VERB))))
            break;
        q++;
    }
    return q;
}

/* A name after a title that ends before token from ("Prime Minister
 * Falastur"), up to the next dictionary match at next: mention mm takes
 * it in and is a person. */
static void take_name_after(const tac_dict *d, const tac_ctx *c, mention *mm, int from, int lim, int next)
{
    int q = name_end(d, c, from, lim, next);
    if (q > from) {
        mm->last = q - 1;
        mm->person = 1;
    }
}

/* Could token i be a word of a proper name that no dictionary knows:
 * capitalised (not in capitals: "TEXAS A&M", acronyms), not a word of
 * grammar, a title ("Texas Gov. Rick Perry"), a month or a day (a word
 * of time or a company's abbreviation is: "the Sydney Morning Herald",
 * "Continental Illinois Corp"), and not a compound with a hyphen, which
 * modifies ("the US-backed Manbij military council")? */
static int name_word(const tac_dict *d, const tac_ctx *c, int i)
{
    const tok *t = &c->toks.v[i];
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP) && t->nlen > 1 &&
           !(tclass(d, t) & WC_GRAMMAR & ~(WC_TIME | WC_ABBREV)) && !is_title(d, t) &&
           !memchr(t->norm, '-', t->nlen);
}

/* Is sentence s in title case, as a headline ("Texas Sues over Water
 * Rights"): three words of four letters or more, not words of grammar,
 * and every such word capitalised? */
static int title_case(const tac_dict *d, const tac_ctx *c, const sentence *s)
{
    int longw = 0;
    for (int i = s->first; i < s->first + s->ntok; i++) {
        const tok *t = &c->toks.v[i];
        if (t->kind == TK_WORD && t->nlen > 3 && !(tclass(d, t) & WC_GRAMMAR)) {
            if (!(t->flags & TF_CAP))
                return 0;
            longw++;
        }
    }
    return longw >= 3;
}

/* Does a word for a meeting or an accord come at token i (after
 * "peace"): "the Sochi conference", "the Geneva talks", "the Kyoto
 * protocol"?  Named after where it is held, it is no act of the place's
 * country. */
static int event_named_after(const tac_ctx *c, int i, int lim)
{
    static const char *const events[] = { "CONFERENCE", "CONFERENCES", "TALKS", "SUMMIT", "SUMMITS", "MEETING",
                                          "MEETINGS", "NEGOTIATIONS", "AGREEMENT", "AGREEMENTS", "ACCORD",
                                          "ACCORDS", "PROTOCOL", "PROCESS", "DECLARATION", "FORMAT", "CONVENTION",
                                          "COMMUNIQUE", "TREATY", "PACT", "FORUM", NULL };
    if (i < lim && !strcmp(c->toks.v[i].norm, "PEACE"))
        i++;
    return i < lim && tok_in(&c->toks.v[i], events);
}

/* Is the place mention of tokens [first, end) part of a longer name:
 * "Texas Air Corp", "the Boston Red Sox", "Pellin Lindmark"?  A place in
 * [places] that runs on into a capitalised word no dictionary match
 * starts, or that comes right after a capitalised word the dictionaries
 * do not know (not the sentence's first word, nor a point of the
 * compass: "Northern California"), names a company, a team or a
 * newspaper, not the place.  In a sentence in capitals or in title
 * case, case says nothing.  A meeting or an accord named after the place
 * is such a name in any case ("the Sochi conference"). */
static int in_longer_name(const tac_dict *d, const tac_ctx *c, const sentence *s, int first, int end,
                          int prev_end, int next_first, int lim)
{
    static const char *const compass[] = { "NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN", "EASTERN",
                                           "WESTERN", "CENTRAL", "GREATER", "UPSTATE", "DOWNSTATE", NULL };
    if (event_named_after(c, end, lim))
        return 1;
    if (s->caps)
        return 0;
    int after = end < lim && end != next_first && name_word(d, c, end);
    /* before it, only a word the dictionaries do not know at all: not
       "the Democratic Illinois senator" */
    int b = first - 1, before = 0;
    if (!after && b > s->first && b >= prev_end) {
        const tok *t = &c->toks.v[b];
        before = name_word(d, c, b) && t->wid < 0 && t->npre == 0 && !(c->toks.v[b - 1].flags & TF_QUOTE) &&
                 !tok_in(t, compass);
    }
    /* (the sentence is read whole only when a neighbour tells) */
    return (after || before) && !title_case(d, c, s);
}

/* Is token i (before lim) a possessive: "'s", or "'" after a plural? */
static int possessive_at(const tac_ctx *c, int i, int lim)
{
    return i < lim && (!strcmp(c->toks.v[i].norm, "'S") || !strcmp(c->toks.v[i].norm, "'"));
}

/* Does a possessive and a word for a relative begin at token i: "'s
 * wife", "' son", "'s late father"? */
static int kin_after(const tac_ctx *c, int i, int lim)
{
    static const char *const kin[] = { "WIFE", "HUSBAND", "SON", "SONS", "DAUGHTER", "DAUGHTERS", "BROTHER",
                                       "BROTHERS", "SISTER", "SISTERS", "MOTHER", "FATHER", "PARENTS", "WIDOW",
                                       "WIDOWER", "CHILDREN", "NEPHEW", "NIECE", "COUSIN", "GRANDSON",
                                       "GRANDDAUGHTER", "GIRLFRIEND", "BOYFRIEND", "FIANCEE", "FIANCE",
                                       "SON-IN-LAW", "BROTHER-IN-LAW", NULL };
    static const char *const adj[] = { "LATE", "ELDER", "ELDEST", "YOUNGER", "YOUNGEST", "OLDER", "OLDEST",
                                       "ESTRANGED", "FORMER", NULL };
    if (!possessive_at(c, i, lim))
        return 0;
    i++;
    if (i < lim && tok_in(&c->toks.v[i], adj))
        i++;
    return i < lim && tok_in(&c->toks.v[i], kin);
}

/* Does a possessive and a word for an ally, a backer or a partner begin
 * at token i, with up to three words before that word: "'s closest
 * ally", "'s traditional financial backers", "'s COMECON allies"?  (Not
 * a counterpart, who is of the country that has one.) */
static int relation_after(const tac_dict *d, const tac_ctx *c, int i, int lim)
{
    if (!possessive_at(c, i, lim))
        return 0;
    for (int j = i + 1; j < lim && j <= i + 4; j++) {
        const tok *t = &c->toks.v[j];
        if (t->kind != TK_WORD)
            return 0;
        uint32_t cl = tclass(d, t);
        if (cl & WC_RELATION)
            return strncmp(t->norm, "COUNTERPART", 11) != 0;
        if (cl & WC_GRAMMAR)
            return 0;
    }
    return 0;
}

static int is_former(const tac_ctx *c, int from, int to)
{
    for (int i = from; i < to; i++)
        if (i >= 0 && !strcmp(c->toks.v[i].norm, "FORMER"))
            return 1;
    return 0;
}

static int is_special(const char *code)
{
    return code[0] == '-' || code[0] == '#' || code[0] == '+';
}

/* An agent coded "---": a role that makes its country no actor ("Germany
 * coach", "the England goalkeeper"); the mention is then a null one. */
static int null_agent(const tac_dict *d, int32_t agent)
{
    return dict_str(d, d->agents[agent].code)[0] == '-';
}

/* Does a list of modifiers go on at token i and end in a plain noun:
 * ", financial, and political support", " and economic aid"?  Then the
 * agent word before i is one of the modifiers.  Each item is a comma
 * and/or "and"/"or" and one lowercase word; one "and" or "or" at
 * least. */
static int modifier_list(const tac_dict *d, const tac_ctx *c, int i, int lim)
{
    /* the agent word must have an adjective's ending ("military",
       "criminal", "civilian"): "chairman and majority owner", "big
       government and higher taxes" join nouns.  (The words are no name:
       the caller passes lim = the next match.) */
    static const char *const adj[] = { "AL", "IC", "ARY", "IVE", "OUS", "IAN", NULL };
    if (i >= lim || (c->toks.v[i].norm[0] != ',' && !(tclass(d, &c->toks.v[i]) & WC_CONJ)) ||
        !tok_ends_in(&c->toks.v[i - 1], adj))
        return 0;       /* (the common case first: no list goes on) */
    int conj = 0, words = 0;
    while (i < lim && words < 4) {
        int sep = 0;
        if (c->toks.v[i].kind == TK_PUNCT && c->toks.v[i].norm[0] == ',') {
            i++;
            sep = 1;
        }
        if (i < lim && (!strcmp(c->toks.v[i].norm, "AND") || !strcmp(c->toks.v[i].norm, "OR"))) {
            i++;
            sep = conj = 1;
        }
        if (!sep || i >= lim)
            break;
        const tok *t = &c->toks.v[i];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || (tclass(d, t) & WC_GRAMMAR) || (t->starts & WF_VERB))
            return 0;
        i++;
        words++;
    }
    if (!conj || !words || i >= lim)
        return 0;
    /* the noun they modify: a plain word */
    const tok *n = &c->toks.v[i];
    return n->kind == TK_WORD && !(n->flags & TF_CAP) && !(tclass(d, n) & WC_GRAMMAR);
}

/* Tokens [i, e) between an agent and an actor: "loyal to", "allied
 * with the", "aligned with former"; one adjective of allegiance, "to" or
 * "with", then at most two determiners or modifiers. */
static int side_phrase(const tac_dict *d, const tac_ctx *c, int i, int e)
{
    static const char *const side[] = { "LOYAL", "ALLIED", "ALIGNED", "AFFILIATED", NULL };
    if (e - i < 2 || e - i > 4)
        return 0;
    /* "to" or "with" second: the test that fails first, cheaply */
    const tok *p = &c->toks.v[i + 1];
    if (!(p->nlen == 2 && !strcmp(p->norm, "TO")) && !(p->nlen == 4 && !strcmp(p->norm, "WITH")))
        return 0;
    if (!tok_in(&c->toks.v[i], side))
        return 0;
    for (int k = i + 2; k < e; k++) {
        const tok *t = &c->toks.v[k];
        if (t->kind != TK_WORD || (tclass(d, t) & WC_GRAMMAR & ~(uint32_t)WC_DET))
            return 0;
    }
    return 1;
}

/* Does an actor code start with a country (not an organisation or a
 * region)?  Organisations and regions use these leading codes. */
static int country_code(const char *code)
{
    /* the regions, groupings and roles that start codes as a country
       would, as three letters packed in an integer */
#define K3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
    static const uint32_t non[] = {
        K3('I','G','O'), K3('N','G','O'), K3('N','G','M'), K3('M','N','C'), K3('E','U','R'), K3('W','S','T'),
        K3('A','F','R'), K3('A','S','A'), K3('M','E','A'), K3('L','A','M'), K3('B','L','K'), K3('C','A','U'),
        K3('S','C','N'), K3('C','A','S'), K3('S','A','S'), K3('S','E','A'), K3('N','A','F'), K3('E','A','F'),
        K3('W','A','F'), K3('C','A','F'), K3('S','A','F'), K3('N','M','R'), K3('C','R','B'), K3('P','G','S'),
        K3('O','C','E'), K3('A','R','B'), K3('M','O','S'), K3('C','H','R'), K3('J','E','W'), K3('B','U','D'),
        K3('H','I','N'), K3('U','A','F'), K3('R','E','B'), K3('G','O','V'), K3('M','I','L'), K3('C','O','P'),
        K3('I','N','T'), K3('U','N','O'),
    };
    if (code[0] < 'A' || code[0] > 'Z' || !code[1] || !code[2])
        return 0;
    uint32_t k = K3((unsigned char)code[0], (unsigned char)code[1], (unsigned char)code[2]);
#undef K3
    for (size_t i = 0; i < sizeof non / sizeof non[0]; i++)
        if (k == non[i])
            return 0;
    return 1;
}

int tacx_doer_modifier(const tac_ctx *c, const mention *m, int caps)
{
    if (m->person || m->agent_only || m->pronoun || m->nullcode || m->ncodes != 1 || m->agent >= 0)
        return 0;
    const tok *lt = &c->toks.v[m->last];
    const char *code = m->codes[0];
    if (code[0] && code[1] && code[2] && code[3])   /* "Hamas", "the Islamic State", not "the Fijian rebels" */
        return m->first == m->last || (!caps && (lt->flags & TF_CAP));
    /* a country, not a region ("on an Asian trade tour" says where) */
    return m->first == m->last && (tok_adjective_form(lt) || (lt->flags & (TF_ALLCAP | TF_ABBREV))) &&
           country_code(code);
}

/* Does a verb or an act noun of violence (CAMEO 18-20) start at token
 * j? */
static int violence_at(const tac_dict *d, const tac_ctx *c, int j, int lim)
{
    int32_t v;
    if (!(c->toks.v[j].starts & WF_VERB) || tacx_longest_at(d, c, j, lim, EK_VERB, &v) < 0)
        return 0;
    int root = code_root(dict_str(d, d->verbs[v].code));
    return root >= 18 && root <= 20;
}

/* Is mention x named after "by" as the doer of violence ("killed by
 * Israeli troops", "an air strike by the Saudi-led coalition")? */
static int violence_by(const tac_dict *d, const tac_ctx *c, const mention *x, int first, int lim)
{
    int k = x->first - 1;
    if (k > first && (tclass(d, &c->toks.v[k]) & WC_DET))
        k--;
    if (k <= first || c->toks.v[k].nlen != 2 || strcmp(c->toks.v[k].norm, "BY"))
        return 0;
    return violence_at(d, c, k - 1, lim);
}

/* Does mention x (a doer_modifier()) modify a noun that names an act
 * of violence (CAMEO 18-20), with nothing but a plain word between
 * ("Russian strikes", "in US air strikes", "a Hamas attack")?  An
 * adjective anywhere; a noun or an abbreviation only after an article
 * or a preposition, not as a subject ("Israel launched"). */
static int act_modifier(const tac_dict *d, const tac_ctx *c, const mention *x, int first, int lim, int caps)
{
    static const char *const past[] = { "ED", NULL };
    /* the act's word first: most mentions have none after them */
    int j = x->last + 1;
    for (;; j++) {
        if (j >= lim || j > x->last + 2)
            return 0;
        const tok *t = &c->toks.v[j];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || (tclass(d, t) & WC_GRAMMAR & ~(uint32_t)WC_WEAPON))
            return 0;
        if (t->starts & WF_VERB)
            break;
        if (t->starts & WF_NAME)
            return 0;       /* an agent: "Syrian newspaper" is a noun of its own */
    }
    const tok *t = &c->toks.v[j];
    /* a noun's form, not a past one ("the US said", "a Syrian newspaper
       called") */
    return tacx_doer_modifier(c, x, caps) &&
           (tok_adjective_form(&c->toks.v[x->last]) ||
            (x->first > first && (tclass(d, &c->toks.v[x->first - 1]) & (WC_DET | WC_PREP)))) &&
           !tok_ends_in(t, past) && !tok_irregular_past(t) && violence_at(d, c, j, lim);
}

/* Do tokens a..b-1 read as at most two nouns of an agent's phrase, then
 * "in" and what may stand before a place ("militia base in", "positions
 * in northern", "camp in the"), with no verb, punctuation or capitalised
 * word among them? */
static int in_place_after(const tac_dict *d, const tac_ctx *c, int a, int b)
{
    int k = a;
    for (; k < b && strcmp(c->toks.v[k].norm, "IN"); k++) {
        const tok *t = &c->toks.v[k];
        if (k - a == 2 || t->kind != TK_WORD || (t->flags & TF_CAP) || (t->starts & WF_VERB) ||
            (tclass(d, t) & WC_GRAMMAR))
            return 0;
    }
    if (k >= b)
        return 0;
    for (k++; k < b; k++)
        if (!(tclass(d, &c->toks.v[k]) & WC_DET) && !tok_place_part(&c->toks.v[k]))
            return 0;
    return 1;
}

/* Is agent a people of a place, whom the place of their own phrase
 * names: armed groups, radicals, criminals, refugees, civilians?  Not a
 * state's organs abroad ("its embassy in Washington", "a military
 * prison in Cuba"). */
static int local_role(const tac_dict *d, int32_t agent)
{
    static const char *const local[] = { "REB", "UAF", "RAD", "CRM", "REF", "CVL", NULL };
    const char *role = dict_str(d, d->agents[agent].code);
    for (int r = 0; local[r]; r++)
        if (!strcmp(role, local[r]))
            return 1;
    return 0;
}

/* The first agent coded GOV that starts at a token of a..b-1, or -1;
 * not a word of relation ("allies", "counterpart"), which names others. */
static int32_t gov_agent_in(const tac_dict *d, const tac_ctx *c, int a, int b)
{
    for (int k = a; k < b; k++) {
        int32_t ref;
        if ((c->toks.v[k].starts & WF_NAME) && !(tclass(d, &c->toks.v[k]) & WC_RELATION) &&
            tacx_longest_at(d, c, k, b, EK_AGENT, &ref) >= 0 &&
            !strcmp(dict_str(d, d->agents[ref].code), "GOV"))
            return ref;
    }
    return -1;
}

/* "former officials": elites, not the office.  The role becomes ELI. */
static const char *former_code(tac_ctx *c, const char *country, int tabari)
{
    size_t lc = strlen(country);
    if (lc >= 3 && !strcmp(country + lc - 3, "ELI"))
        return country;
    /* "former White House chief of staff": USAGOV becomes USAELI, the
       country's elite (TABARI writes USAGOVELI) */
    if (!tabari && country_code(country))
        lc = 3;
    const char *p = join_code(c, country, lc, "ELI");
    return p ? p : country;
}

typedef struct raw {
    int first, end;      /* token range [first, end) */
    int kind;            /* EK_ACTOR or EK_AGENT */
    int32_t ref;
} raw;

/* Where the match after r[k] starts, or lim when r[k] is the last of nr. */
static int next_start(const raw *r, int nr, int k, int lim)
{
    return k + 1 < nr ? r[k + 1].first : lim;
}

/* Is name match x a bare surname (one word) dated long before its
 * holder's first term (too_early), so that it names someone else
 * ("Stoltenberg" in 1987, "Trade Minister Pat Carney" in 1987)? */
static int someone_else(const tac_dict *d, const tac_options *opt, const raw *x, int32_t date)
{
    return !opt->tabari_compat && x->end == x->first + 1 && too_early(d, x->ref, date);
}

/* Is agent mention m led by "X-backed", "X-sponsored" and the like ("Iran-
 * backed militias attacked US troops")?  Its country is not said, and
 * the actor named after it is its counterpart, not its home. */
static int backed(const tac_ctx *c, const mention *m)
{
    /* (not "-armed", "-trained": "heavily-armed rebel soldiers") */
    static const char *const suffixes[] = { "-BACKED", "-SPONSORED", "-SUPPORTED", "-ALIGNED", "-ALLIED",
                                            "-FUNDED", NULL };
    for (int i = m->first - 1; i >= 0 && i >= m->first - 2; i--) {
        const tok *t = &c->toks.v[i];
        if (t->kind != TK_WORD)
            return 0;
        if (tok_suffix(t, suffixes, 1) >= 0)
            return 1;
    }
    return 0;
}

/* Is t a capitalised word that no dictionary knows, nor any stem of it? */
static int unknown_name(const tok *t)
{
    return t->kind == TK_WORD && (t->flags & TF_CAP) && t->wid < 0 && !t->npre;
}

/* Is the word at token i followed by a capitalised word that no
 * dictionary knows, before lim: the first part of a longer name ("Taran
 * Rampersad", "Trump Tower")? */
static int name_goes_on(const tac_ctx *c, int i, int lim)
{
    return i + 1 < lim && unknown_name(&c->toks.v[i + 1]);
}

/* The sex a title right before token i (not before first) gives the
 * person named there: 1 for "Mr", "Sir", "Lord", 2 for "Mrs", "Ms",
 * "Miss", "Lady", "Dame", else 0 (no title, or "Dr", "President"). */
static int title_sex(const tac_ctx *c, int i, int first)
{
    if (i <= first)
        return 0;
    const tok *t = &c->toks.v[i - 1];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP))
        return 0;
    static const char *const male[] = { "MR", "MR.", "SIR", "LORD", NULL };
    static const char *const female[] = { "MRS", "MRS.", "MS", "MS.", "MISS", "LADY", "DAME", NULL };
    return tok_in(t, male) ? 1 : tok_in(t, female) ? 2 : 0;
}

/* Is token i a personal title ("Mr", "Ms", "Dr.") before a capitalised
 * word that starts no mention (the next starts at next or later) and is
 * no surname named before ("Ms James", "Mr Rubinsohn")?  That person is
 * no actor, but the one "he" or "she" stands for. */
static int titled_stranger_at(const tac_dict *d, const tac_ctx *c, int i, int lim, int next)
{
    if (i + 1 >= lim || i + 1 >= next || !is_title(d, &c->toks.v[i]))
        return 0;
    const tok *n = &c->toks.v[i + 1];
    if (n->kind != TK_WORD || !(n->flags & TF_CAP) || (n->flags & TF_ALLCAP) || (tclass(d, n) & WC_GRAMMAR))
        return 0;
    for (int q = 0; q < c->nsurnames; q++)
        if (!strcmp(c->surnames[q].name, n->norm))
            return 0;   /* "Mr Blair", named in full before */
    return 1;
}

/* Does a capitalised word that no dictionary knows own the agent of
 * tokens a..b (ref) in the sentence from first to lim, as a modifier,
 * with "'s" or after "of" or "for" ("a BankAmerica spokesman",
 * "Chrysler's vice president", "the chairman of Verizon")?  Then it is
 * that company's, party's or club's officer: an actor we cannot code,
 * not the government of whatever country the sentence names.  Only for
 * the officers any body has, the agents of the dictionaries' [officers]
 * sections (spokesmen, officials, chairmen, presidents, directors,
 * chiefs, advisers, executives: "the chief executive of Halvard
 * Freight"): a minister, governor or ambassador serves a government
 * however the word before reads ("Arts minister", "Bank Negara
 * Governor"), a ministry is a ministry ("the Economics Ministry"), and
 * "Hutu rebels" are of the country they are in.  Not at the start of a
 * sentence, where any word is capitalised, nor in a text in capitals. */
static int owned_by_unknown(const tac_dict *d, const tac_ctx *c, int a, int b, int32_t ref, int first, int lim,
                            int caps)
{
    if (caps || !d->agents[ref].officer)
        return 0;
    /* after it: "the chairman of Verizon", "a spokesman for Chrysler" */
    int q = b + 1;
    if (q + 1 < lim && (!strcmp(c->toks.v[q].norm, "OF") || !strcmp(c->toks.v[q].norm, "FOR"))) {
        q++;
        if (q + 1 < lim && !strcmp(c->toks.v[q].norm, "THE"))
            q++;
        if (unknown_name(&c->toks.v[q]))
            return 1;
    }
    /* before it: "a BankAmerica spokesman", "Chrysler's vice president" */
    int p = a - 1, poss = 0;
    if (p > first && c->toks.v[p].norm[0] == '\'') {
        poss = 1;
        p--;
    }
    return (p > first || (p == first && poss)) && unknown_name(&c->toks.v[p]);
}

/* The actor of a token "X-based" or "X-led" when X alone is an actor's
 * name ("Pakistan-based militants", "the US-led coalition": where they are
 * from, who leads them), else -1.  "Iran-backed" is not among them: the
 * backed are not the backer. */
static int32_t based_on(const tac_dict *d, const char *text, const tok *t)
{
    /* (every word not starting a name comes here: the last letters first) */
    if (t->nlen < 5 || t->norm[t->nlen - 1] != 'D' || t->norm[t->nlen - 2] != 'E')
        return -1;
    static const char *const suffixes[] = { "-BASED", "-LED", NULL };
    int q = tok_suffix(t, suffixes, 1);
    if (q < 0)
        return -1;
    size_t n = t->nlen - strlen(suffixes[q]);
    int32_t w = tacx_dict_word(d, t->norm, n);
    if (w < 0)
        return -1;
    /* a name matched only in capitals ("US", "UN") is one here only when
       the text writes it so: "US-led", not "us-based" */
    int caps = 1;
    for (size_t i = 0; i < n && i < t->end - t->start; i++)
        caps &= !((unsigned char)text[t->start + i] >= 'a' && (unsigned char)text[t->start + i] <= 'z');
    for (int32_t k = d->first_start[w]; k < d->first_start[w + 1]; k++) {
        const cfirst *f = &d->by_first[k];
        if (f->kind == EK_ACTOR && f->single && (!(f->flags & EF_CAPS) || caps))
            return f->ref;
    }
    return -1;
}

/* Does the name ending before token q start the name of a firm or other
 * body: a run of capitalised words that no dictionary name starts, up to
 * stop (the next name found), ending in a word that says what kind of
 * body it is ("Swiss Reinsurance Co", "the American Stock Exchange",
 * "USA Today", "the British Medical Association", "Phillips Petroleum
 * Norway Inc", "Japan's Sony Corp")?  Then the body is the actor, not
 * the country: returns the role its kind gives it, as a role of the
 * dictionaries' agents would ("an American company" is USABUS, "a
 * British charity" GBRNGO), and sets *end to the token after the body's
 * name; else NULL. */
static const char *body_name_after(const tac_ctx *c, int q, int stop, int lim, int officer, int *end)
{
    /* (an abbreviation keeps its period: "Inc.") */
    static const char *const firms[] = { "INC", "INC.", "LTD", "LTD.", "CORP", "CORP.", "CORPORATION", "CO", "CO.",
                                         "COMPANY", "COS", "PLC", "PLC.", "LLC", "GROUP", "HOLDINGS", "AIRLINES",
                                         "AIRWAYS", "EXCHANGE", "BANCORP", "INSURANCE", "REINSURANCE", "ONLINE",
                                         NULL };
    static const char *const bodies[] = { "ASSOCIATION", "FEDERATION", "SOCIETY", "FOUNDATION", "INSTITUTE", NULL };
    static const char *const press[] = { "TODAY", NULL };
    /* (the country's: "Japan's Sony Corp", "China's Lenovo Group") */
    if (q < stop && c->toks.v[q].nlen == 2 && !memcmp(c->toks.v[q].norm, "'S", 2))
        q++;
    for (int n = 0; q < stop && n < 5; q++, n++) {
        const tok *t = &c->toks.v[q];
        if (t->kind != TK_WORD || !(t->flags & TF_CAP))
            return NULL;
        const char *role = tok_in(t, firms) ? "BUS" : tok_in(t, bodies) ? "NGO" : tok_in(t, press) ? "MED" : NULL;
        /* the kind ends the name, unless a firm's word follows ("Airways
           Ltd", taken with it) or any other capitalised word but an
           officer's title ("Association Chairman"): "the US Securities
           Exchange Commission" is no exchange */
        if (role && !(q + 1 < lim && q + 1 != officer && (c->toks.v[q + 1].flags & TF_CAP) &&
                      c->toks.v[q + 1].kind == TK_WORD)) {
            *end = q + 1;
            return role;
        }
    }
    return NULL;
}

int tacx_find_actors(const tac_dict *d, tac_ctx *c, const tac_doc *doc, const sentence *s,
                     mention **out, int *nout)
{
    const tac_options *opt = tacx_opts(d, c);
    int first = s->first, lim = s->first + s->ntok;
    raw *r = arena_raw(&c->a, sizeof(raw) * (size_t)(s->ntok + 1));
    mention *m = arena_raw(&c->a, sizeof(mention) * (size_t)(s->ntok + 1));
    if (!r || !m)
        return TAC_ENOMEM;
    int nr = 0, nm = 0;

    /* 1. dictionary names, longest first, no overlaps; none in the
       document's dateline ("SAN SALVADOR, 12 NOV 89 (AFP) --" names
       where the report was filed, not an actor) */
    int from = first;
    while (from < lim && c->toks.v[from].start < c->dateline)
        from++;
    for (int i = from; i < lim;) {
        const tok *t = &c->toks.v[i];
        int may = (t->starts & WF_NAME) != 0;
        if (t->kind == TK_WORD && !may && !opt->tabari_compat) {
            /* "Pakistan-based militants", "the US-led coalition": a
               one-word name before "-based" or "-led" names where they
               are from or who leads them, as a country adjective does */
            int32_t aref = based_on(d, doc->text, t);
            if (aref >= 0) {
                r[nr++] = (raw){ i, i + 1, EK_ACTOR, aref };
                i++;
                continue;
            }
        }
        if (t->kind == TK_PUNCT || !may) {
            i++;
            continue;
        }
        int32_t aref = -1, gref = -1;
        int ae, ge;
        longest_two(d, c, i, lim, s->caps, &ae, &aref, &ge, &gref);
        if (ae < 0 && ge < 0) {
            i++;
            continue;
        }
        raw x;
        if (ae >= ge)
            x = (raw){ i, ae, EK_ACTOR, aref };
        else
            x = (raw){ i, ge, EK_AGENT, gref };
        r[nr++] = x;
        i = x.end;
    }

    /* 2. resolve codes, combine agents with countries, absorb names */
    for (int k = 0; k < nr; k++) {
        raw *x = &r[k];
        mention mm = { .first = x->first, .last = x->end - 1, .actor = -1, .head = x->first, .agent = -1 };
        if (x->kind == EK_ACTOR) {
            mm.actor = x->ref;
            mm.ncodes = resolve_codes(d, x->ref, doc->date, mm.codes);
            if (mm.ncodes == 0)
                continue;
            if (someone_else(d, opt, x, doc->date))
                continue;
            mm.person = (d->actors[x->ref].flags & ACT_PERSON) != 0;
            /* "Taran Rampersad", "Trump Tower": a one-word name of a person
               with a capitalised word no dictionary knows after it is the
               first part of another name */
            if (!opt->tabari_compat && mm.person && !s->caps && x->end == x->first + 1 &&
                (k + 1 >= nr || r[k + 1].first != x->end) && name_goes_on(c, x->first, lim))
                continue;
            /* "Mr Irish", "Dr. Jordan", "S.J. Bayern": a title or an
               initial before a one-word country or place name makes it a
               person's surname, not the place */
            if (!opt->tabari_compat && !mm.person && x->end == x->first + 1 && x->first > first &&
                (is_title(d, &c->toks.v[x->first - 1]) ||
                 (initial(&c->toks.v[x->first - 1]) && !(k > 0 && r[k - 1].end == x->first))) &&
                strlen(mm.codes[0]) == 3)
                continue;
            /* "THE PEOPLE ARE SUPPORTING US": in a sentence in capitals
               "US" without periods is the pronoun, unless "the" comes
               before it or an agent right after it ("US TROOPS") */
            if (!opt->tabari_compat && s->caps && x->end == x->first + 1 && !strcmp(c->toks.v[x->first].norm, "US") &&
                !(x->first > first && !strcmp(c->toks.v[x->first - 1].norm, "THE")) &&
                !(k + 1 < nr && r[k + 1].first == x->end))
                continue;
            if (!opt->tabari_compat && (d->actors[x->ref].flags & ACT_PLACE) &&
                in_longer_name(d, c, s, x->first, x->end, k > 0 ? r[k - 1].end : first,
                               next_start(r, nr, k, lim), lim))
                continue;
            /* "US $12 million", "the Canadian dollar", "Jamaican $308
               million": a country's name before its money names the
               money, not the country (before "$", an abbreviation or an
               adjective: not "lent Russia $6bn") */
            if (!opt->tabari_compat && !mm.person && x->end < lim && strlen(mm.codes[0]) == 3 &&
                tok_in(&c->toks.v[x->end], CURRENCY)) {
                static const char *const nationality[] = { "AN", "ESE", "ISH", NULL };
                const tok *n = &c->toks.v[x->end - 1];
                if (c->toks.v[x->end].norm[0] != '$' || n->nlen <= 4 || tok_ends_in(n, nationality))
                    continue;
            }
            /* "America Online has agreed to pay a fine": a country or a
               place, not a group ("the Abu Sayyaf Group"); a text in
               capitals capitalises every word.  An officer named right
               after the body is the body's ("American Can Co chairman
               Gerald Tsai"). */
            const char *body = NULL;
            int body_end;
            if (!opt->tabari_compat && !mm.person && !s->caps && mm.ncodes == 1 && strlen(mm.codes[0]) == 3 &&
                mm.codes[0][0] >= 'A' && mm.codes[0][0] <= 'Z') {
                int officer = k + 1 < nr && r[k + 1].kind == EK_AGENT && d->agents[r[k + 1].ref].officer;
                body = body_name_after(c, x->end, next_start(r, nr, k, lim), lim, officer ? r[k + 1].first : -1,
                                       &body_end);
            }
            if (body) {
                if (!(mm.codes[0] = join_code(c, mm.codes[0], 3, body)))
                    return TAC_ENOMEM;
                mm.last = body_end - 1;
                if (k + 1 < nr && r[k + 1].kind == EK_AGENT && r[k + 1].first == body_end) {
                    k++;
                    mm.last = r[k].end - 1;
                    take_name_after(d, c, &mm, r[k].end, lim, next_start(r, nr, k, lim));
                }
                m[nm++] = mm;
                continue;
            }
            const char *c0 = mm.codes[0];
            if (c0[0] == '-' && c0[1] == '-')
                mm.nullcode = 1;
            else if (c0[0] == '#')
                mm.discard = 1;
            else if (c0[0] == '+')
                mm.complex = 1;
            /* "US military, financial, and political support": an agent
               word in a list of modifiers of a noun is no agent */
            if (!opt->tabari_compat && !mm.person && k + 1 < nr && r[k + 1].kind == EK_AGENT &&
                r[k + 1].first == x->end && modifier_list(d, c, r[k + 1].end, next_start(r, nr, k + 1, lim))) {
                m[nm++] = mm;
                k++;
                continue;
            }
            /* a person of state ['s] and a body of state: "the Assad
               regime", "Putin's government", "Haftar's forces" are the
               country's */
            if (!opt->tabari_compat && mm.person && !mm.nullcode && !mm.discard && !mm.complex && mm.ncodes > 0 &&
                k + 1 < nr && r[k + 1].kind == EK_AGENT &&
                (r[k + 1].first == x->end ||
                 (r[k + 1].first == x->end + 1 && c->toks.v[x->end].norm[0] == '\'')) &&
                !null_agent(d, r[k + 1].ref) && !d->agents[r[k + 1].ref].officer) {
                const char *body[MAX_MCODES];
                int ok = 1;
                for (int q = 0; q < mm.ncodes && ok; q++)
                    ok = (body[q] = person_body(c, mm.codes[q], d, r[k + 1].ref)) != NULL;
                if (ok) {
                    mm.person_code = mm.codes[0];
                    for (int q = 0; q < mm.ncodes; q++)
                        mm.codes[q] = body[q];
                    mm.person = 0;
                    mm.last = r[k + 1].end - 1;
                    mm.head = r[k + 1].first;
                    k++;
                    m[nm++] = mm;
                    continue;
                }
            }
            /* country ['s] [words] agent -> country+agent */
            if (!mm.nullcode && !mm.discard && !mm.complex && !mm.person && k + 1 < nr && r[k + 1].kind == EK_AGENT) {
                int gap = r[k + 1].first - x->end, ok = gap <= 3;
                for (int q = x->end; q < r[k + 1].first && ok; q++) {
                    const tok *t = &c->toks.v[q];
                    uint32_t cl = tclass(d, t);
                    if (t->kind == TK_PUNCT || (cl & (WC_PREP | WC_CONJ | WC_AUX |
                                                      WC_NEG | WC_THAT | WC_REL | WC_SUBORD)))
                        ok = 0;
                    /* "Ukraine asks allies": a verb between; "its troops" */
                    else if (!opt->tabari_compat && ((cl & WF_VERB) || ((cl & WC_DET) && t->norm[0] != '\'')))
                        ok = 0;
                    /* TABARI joins only "X's AGENT": "Dagolath's first Deputy
                       Prime Minister" stays Dagolath */
                    else if (opt->tabari_compat && t->norm[0] != '\'' && strcmp(t->norm, "FORMER"))
                        ok = 0;
                }
                /* an ally, a backer or a partner is of the country its
                   modifier names ("European backers", "Arab allies"), but
                   not of the one whose it is ("Iran's closest ally",
                   "Zambia's financial backers"): that is someone else (a
                   counterpart is of the country either way) */
                if (ok && !opt->tabari_compat && relation_after(d, c, x->end, r[k + 1].end))
                    ok = 0;
                if (ok) {
                    int former = is_former(c, x->first - 1, x->first) || is_former(c, x->end, r[k + 1].first);
                    mm.nullcode = null_agent(d, r[k + 1].ref);
                    for (int q = 0; q < mm.ncodes && !mm.nullcode; q++)
                        mm.codes[q] = former ? former_code(c, mm.codes[q], opt->tabari_compat) : combine(c, mm.codes[q], d, r[k + 1].ref);
                    mm.last = r[k + 1].end - 1;
                    mm.head = r[k + 1].first;
                    k++;
                    x = &r[k];
                    /* a known name right after the title is the same person */
                    if (k + 1 < nr && r[k + 1].kind == EK_ACTOR && r[k + 1].first == x->end) {
                        k++;
                        x = &r[k];
                        mm.last = x->end - 1;
                        mm.person = 1;
                    }
                    /* a name after the title: "Prime Minister Falastur" */
                    take_name_after(d, c, &mm, x->end, lim, next_start(r, nr, k, lim));
                }
            }
        } else {
            /* an agent: "the ambassadors of Arnor" or a title before a person */
            if (!opt->tabari_compat && modifier_list(d, c, x->end, next_start(r, nr, k, lim)))
                continue;       /* "military, financial and political support" */
            const char *role = dict_str(d, d->agents[x->ref].code);
            if (k + 1 < nr && r[k + 1].kind == EK_ACTOR) {
                raw *y = &r[k + 1];
                int gap = y->first - x->end;
                /* "ambassador of Arnor", "the police in the Gaza Strip" */
                int of = (gap == 1 || (gap == 2 && (tclass(d, &c->toks.v[x->end + 1]) & WC_DET))) &&
                         (!strcmp(c->toks.v[x->end].norm, "OF") || !strcmp(c->toks.v[x->end].norm, "IN"));
                /* "its forces in Crimea" are someone's forces stationed
                   there, not Crimea's */
                if (of && !opt->tabari_compat && !strcmp(c->toks.v[x->end].norm, "IN") && x->first > first) {
                    const char *pv = c->toks.v[x->first - 1].norm;
                    if (!strcmp(pv, "ITS") || !strcmp(pv, "THEIR") || !strcmp(pv, "HIS") || !strcmp(pv, "HER") ||
                        !strcmp(pv, "OUR"))
                        of = 0;
                }
                /* "soldiers from Gondor have cordoned off": a subject, with no
                   verb before it; after a verb, "withdrew troops from
                   Lebanon" is where they leave */
                if (!of && !opt->tabari_compat && (gap == 1 || (gap == 2 && (tclass(d, &c->toks.v[x->end + 1]) & WC_DET))) &&
                    !strcmp(c->toks.v[x->end].norm, "FROM")) {
                    of = 1;
                    for (int q = first; q < x->first && of; q++)
                        if (tclass(d, &c->toks.v[q]) & WF_VERB)
                            of = 0;
                    /* but the object of a preposition is no verb's object:
                       "backed by fighters from Iraq", "clashed with
                       soldiers from Chad" are of those countries */
                    for (int q = x->first - 1; !of && q >= first && q >= x->first - 4; q--) {
                        uint32_t cl = tclass(d, &c->toks.v[q]);
                        if (cl & WC_PREP)
                            of = 1;
                        else if ((cl & WF_VERB) || c->toks.v[q].kind != TK_WORD)
                            break;
                    }
                }
                /* a title right before a person, or with a comma or a
                   capitalised word between ("President-elect", "the
                   minister, Brecht"); never a verb: "officials condemned
                   Brecht".  After a comma the name closes the apposition
                   with punctuation or the sentence's end; a word after
                   it opens a clause of its own: "ousted by a military
                   junta, Erdogan all but declared war" */
                const tok *bw = gap == 1 ? &c->toks.v[x->end] : NULL;
                int comma = bw && bw->kind == TK_PUNCT && bw->norm[0] == ',';
                int closed = !comma || opt->tabari_compat || y->end >= lim || c->toks.v[y->end].kind == TK_PUNCT;
                int person_next = (gap == 0 || (gap == 1 && (comma || ((bw->flags & TF_CAP) &&
                                                                        !(bw->starts & WF_VERB))))) &&
                                  closed && (d->actors[y->ref].flags & ACT_PERSON);
                if (!someone_else(d, opt, y, doc->date) && (of || person_next || gap == 0)) {
                    mention pm = { .first = x->first, .last = y->end - 1, .actor = y->ref, .head = y->first, .agent = -1 };
                    pm.ncodes = resolve_codes(d, y->ref, doc->date, pm.codes);
                    if (pm.ncodes && !is_special(pm.codes[0])) {
                        pm.person = (d->actors[y->ref].flags & ACT_PERSON) != 0;
                        int former = is_former(c, x->first - 1, x->first);
                        pm.nullcode = !pm.person && null_agent(d, x->ref);
                        if (!pm.person && !pm.nullcode)
                            for (int q = 0; q < pm.ncodes; q++)
                                pm.codes[q] = former ? former_code(c, pm.codes[q], opt->tabari_compat) : combine(c, pm.codes[q], d, x->ref);
                        /* an undated document cannot tell which of a
                           person's terms it is in: a formal title before
                           the name, capitalised, says the person holds
                           an office ("Prime Minister Tony Blair" is
                           GBRGOV, not the undated GBRELI; "Secretary-
                           General Kofi Annan" IGOUNO); "leader Michael
                           Howard", "his opponent, Viktor Yanukovich"
                           say nothing of the kind */
                        if (pm.person && doc->date <= 0 && !former && !opt->tabari_compat &&
                            (c->toks.v[x->first].flags & TF_CAP) && !null_agent(d, x->ref)) {
                            const char *tc = titled_code(d, y->ref, x->ref);
                            if (tc) {
                                pm.codes[0] = tc;
                                pm.ncodes = 1;
                            }
                        }
                        m[nm++] = pm;
                        k++;
                        continue;
                    }
                }
            }
            mm.agent_only = 1;
            mm.agent = x->ref;
            mm.ncodes = 1;
            mm.codes[0] = role;
            mm.nullcode = null_agent(d, x->ref);
            mm.uncoded = !mm.nullcode && !opt->tabari_compat &&
                         owned_by_unknown(d, c, x->first, x->end - 1, x->ref, first, lim, s->caps);
            if (opt->tabari_compat) {
                /* TABARI writes a lone agent as "~ROLE" (or "ROLE~") */
                const char *p = d->agents[x->ref].prefix ? join_code(c, role, strlen(role), "~")
                                                         : join_code(c, "~", 1, role);
                if (p)
                    mm.codes[0] = p;
            }
            /* a name after the title makes it a person */
            take_name_after(d, c, &mm, x->end, lim, next_start(r, nr, k, lim));
        }
        /* a country followed directly by a known person: the person wins */
        if (nm > 0 && !mm.agent_only && mm.person && mm.actor >= 0) {
            mention *pv = &m[nm - 1];
            if (pv->last + 1 == mm.first && !pv->person && !pv->nullcode && pv->actor >= 0) {
                mm.first = pv->first;
                nm--;
            }
        }
        m[nm++] = mm;
    }

    /* "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in
       Fornost and Gondor": the role before "of" or "in" belongs to every
       country of the list after it, a list that "and" or "or" closes
       (not "militants in Iraq, Tehran has sought") */
    if (!opt->tabari_compat)
        for (int k = 0; k + 1 < nm; k++) {
            const mention *pm = &m[k];
            int32_t ref;
            if (pm->person || pm->nullcode || pm->agent_only || pm->ncodes != 1 || pm->head <= pm->first + 1 ||
                pm->head != pm->last ||
                (strcmp(c->toks.v[pm->head - 1].norm, "OF") && strcmp(c->toks.v[pm->head - 1].norm, "IN")) ||
                tacx_longest_at(d, c, pm->first, pm->head, EK_AGENT, &ref) < 0)
                continue;
            int j = k + 1, closed = 0, commas = 0;
            for (; j < nm && !closed; j++) {
                const mention *cu = &m[j], *pv = &m[j - 1];
                int gap = cu->first - pv->last - 1;
                const tok *g = &c->toks.v[pv->last + 1];
                int conj = (gap == 1 && (tclass(d, g) & WC_CONJ)) ||
                           (gap == 2 && g->norm[0] == ',' && (tclass(d, g + 1) & WC_CONJ));
                int32_t aref;
                /* a country by its name alone, not "Israel's prime minister" */
                if (!(conj || (gap == 1 && g->norm[0] == ',')) || cu->person || cu->nullcode || cu->agent_only ||
                    cu->actor < 0 || cu->ncodes != 1 || !country_code(cu->codes[0]) || strlen(cu->codes[0]) != 3 ||
                    tacx_longest_at(d, c, cu->first, lim, EK_ACTOR, &aref) != cu->last + 1 ||
                    (cu->last + 1 < lim && c->toks.v[cu->last + 1].norm[0] == '\''))
                    break;
                closed = conj;
                commas += !conj || gap == 2;
            }
            /* ", and" after one name opens a clause: "in Afrin, and Turkey
               says" */
            if (!closed || (commas == 1 && j == k + 2))
                continue;
            for (int q = k + 1; q < j; q++)
                m[q].codes[0] = combine(c, m[q].codes[0], d, ref);
        }

    /* "Valdorian and Kesslandic troops": the role after a coordination of
       country adjectives belongs to all of them */
    if (!opt->tabari_compat)
        for (int k = 1; k < nm; k++) {
            mention *cu = &m[k], *pv = &m[k - 1];
            if (cu->head == cu->first || cu->agent_only || pv->person || pv->nullcode || pv->ncodes != 1 ||
                pv->head != pv->first || pv->actor < 0)
                continue;
            int gap = cu->first - pv->last - 1;
            if (gap != 1 || !(tclass(d, &c->toks.v[pv->last + 1]) & WC_CONJ))
                continue;
            /* both must be adjectives: "Valdorian", "Kesslandic" */
            const tok *a = &c->toks.v[pv->last], *bt = &c->toks.v[cu->first];
            if (!tok_adjective_form(a) || !tok_adjective_form(bt))
                continue;
            /* the role is what cu's code adds to its country: "KESMIL" */
            int32_t ref;
            int e = tacx_longest_at(d, c, cu->head, lim, EK_AGENT, &ref);
            if (e > cu->head)
                pv->codes[0] = combine(c, pv->codes[0], d, ref);
        }

    /* 3. in news text a mention right before another one modifies it:
       "NATO European counterparts", "Ukraine's European backers" */
    if (!opt->tabari_compat) {
        int w = 0;
        for (int k = 0; k < nm; k++) {
            if (w > 0) {
                mention *pv = &m[w - 1], *cu = &m[k];
                int gap = cu->first - pv->last - 1;
                int poss = gap == 1 && c->toks.v[pv->last + 1].norm[0] == '\'';
                /* "Darfur rebel leaders", "US business leaders": officials
                   right after a group with a role of its own (one that
                   the matching in 2 did not combine with them) are that
                   group's (SDNREB, USABUS), not a government */
                if (gap == 0 && cu->agent_only && cu->agent >= 0 && !pv->agent_only && !pv->person &&
                    !pv->nullcode && !pv->discard && pv->ncodes == 1 && strlen(pv->codes[0]) > 3 &&
                    !strcmp(dict_str(d, d->agents[cu->agent].code), "GOV")) {
                    pv->last = cu->last;
                    continue;
                }
                if ((gap == 0 || poss) && !pv->nullcode && !cu->nullcode && !pv->discard && !cu->discard &&
                    !(pv->person && cu->person) && (!cu->agent_only || (pv->agent_only && gap == 0))) {
                    /* "Russia's UN ambassador", "Britain's EU negotiator":
                       the country's officer at the organisation, not the
                       organisation's */
                    int32_t ag;
                    if (poss && !pv->person && pv->ncodes == 1 && strlen(pv->codes[0]) == 3 &&
                        country_code(pv->codes[0]) && cu->ncodes == 1 && !strncmp(cu->codes[0], "IGO", 3) &&
                        (ag = gov_agent_in(d, c, cu->first, cu->last + 1)) >= 0)
                        cu->codes[0] = combine(c, pv->codes[0], d, ag);
                    cu->first = pv->first;
                    m[w - 1] = *cu;
                    continue;
                }
            }
            m[w++] = m[k];
        }
        nm = w;
    }

    /* 4. news text: "forces loyal to President Assad", "militias allied
       with the government": an agent with no country followed by such a
       phrase is on the side of the actor it names, a person too */
    if (!opt->tabari_compat)
        for (int q = 0; q + 1 < nm; q++) {
            mention *x = &m[q];
            const mention *y = &m[q + 1];
            if (x->agent_only && x->agent >= 0 && !x->nullcode && !y->agent_only && !y->nullcode &&
                y->ncodes && country_code(y->codes[0]) && side_phrase(d, c, x->last + 1, y->first)) {
                const char *cc = arena_strdup(&c->a, y->codes[0], 3);
                if (cc) {
                    x->codes[0] = combine(c, cc, d, x->agent);
                    x->agent_only = 0;
                    x->derived = y->first + 1;
                }
            }
        }

    /* 5. news text: an agent with no country takes the country named last
       before it in the sentence ("Philippine rebels killed six soldiers"),
       else the first one after it ("President Dos Santos conceded to
       UNITA's demands", "opposition leaders postponed the rally in
       Baku", even "officials condemned Ostrania": in news an agent of no
       named country belongs far more often to the country the sentence
       names than not, as the gold sets show), but not from a person named
       after it, who is more often its counterpart ("the president
       welcomed South African leader de Klerk"); and a country or group
       that does violence, as the modifier of its noun or named after
       "by", lends its country only when the sentence names no other:
       "people were killed in Russian missile strikes on Kharkiv" are
       UKR, "killed by Israeli troops near Hebron" PSE, but "PEOPLE
       MURDERED BY SHINING PATH" PER (the doer of an attack is the
       agent's counterpart, at home or abroad); not across sentences,
       where the guess is too often wrong */
    int needy = 0;   /* agents that may take a country */
    for (int q = 0; q < nm && !needy && !opt->tabari_compat; q++)
        needy = m[q].agent_only && m[q].agent >= 0 && !m[q].nullcode;
    if (needy && nm > 1) {
        /* per mention: the country it lends (NULL: none), and whether it
           is a doer of violence's */
        const char **lend = arena_raw(&c->a, sizeof(char *) * (size_t)nm);
        uint8_t *doer = arena_raw(&c->a, (size_t)nm);
        if (!lend || !doer)
            return TAC_ENOMEM;
        int doers = 0;
        for (int q = 0; q < nm; q++) {
            mention *x = &m[q];
            lend[q] = NULL;
            doer[q] = 0;
            if (x->agent_only || x->derived || x->nullcode || x->discard || !x->ncodes || !country_code(x->codes[0]))
                continue;
            lend[q] = arena_strdup(&c->a, x->codes[0], 3);
            if (!lend[q])
                return TAC_ENOMEM;
            doer[q] = act_modifier(d, c, x, first, lim, s->caps) || violence_by(d, c, x, first, lim);
            doers |= doer[q];
        }
        /* first, for people of a place (see local_role()), the place of
           the agent's own phrase: "a militia base in Syria", "rebel
           positions in northern Syria" (not across a verb: "rebels
           postponed the rally in Baku") */
        for (int q = 0; q + 1 < nm; q++) {
            mention *x = &m[q];
            if (x->agent_only && x->agent >= 0 && !x->nullcode && !x->uncoded && lend[q + 1] &&
                !(tclass(d, &c->toks.v[x->last]) & (WC_RELATION | WC_WEAPON)) && local_role(d, x->agent) &&
                in_place_after(d, c, x->last + 1, m[q + 1].first)) {
                x->codes[0] = combine(c, lend[q + 1], d, x->agent);
                x->agent_only = 0;
                x->derived = m[q + 1].first + 1;
            }
        }
        /* passes: back and forward with the other countries, then (when
           a doer was set aside) with the doers' too */
        for (int pass = 0; pass < (doers ? 4 : 2); pass++) {
            int dir = pass & 1;
            const char *near = NULL;
            int32_t near_tok = 0;
            for (int q = 0; q < nm; q++) {
                int i = dir == 0 ? q : nm - 1 - q;
                mention *x = &m[i];
                if (x->agent_only && x->agent >= 0 && near && !x->nullcode && !x->uncoded && !(dir == 1 && backed(c, x)) &&
                    !(tclass(d, &c->toks.v[x->last]) & (WC_RELATION | WC_WEAPON))) {
                    x->codes[0] = combine(c, near, d, x->agent);
                    x->agent_only = 0;
                    x->derived = near_tok;
                } else if (lend[i] && !(dir == 1 && x->person) && (!doer[i] || pass >= 2)) {
                    near = lend[i];
                    near_tok = x->first + 1;
                }
            }
        }
    }

    /* 6. pronouns refer back */
    mention *res = arena_raw(&c->a, sizeof(mention) * (size_t)(nm + s->ntok + 3));
    if (!res)
        return TAC_ENOMEM;
    int n = 0, mi = 0, person_seen = 0;
    for (int i = first; i < lim; i++) {
        if (mi < nm && m[mi].first == i) {
            mention *x = &m[mi++];
            if (x->nullcode && x->person)
                c->have_person = 0;   /* "he" is the coach named, no actor */
            if (!x->nullcode && !x->discard && !x->complex) {
                /* he/she: the first person named in the latest sentence
                   that named one (usually its subject) */
                if ((x->person || x->person_code) && !person_seen) {
                    c->last_person = *x;
                    if (!x->person) {
                        /* "Erdogan's government ... he": the person */
                        c->last_person.codes[0] = x->person_code;
                        c->last_person.ncodes = 1;
                        c->last_person.person = 1;
                        c->last_person.person_code = NULL;
                    }
                    c->have_person = 1;
                    c->person_sex = title_sex(c, x->first, first);
                    person_seen = 1;
                }
                if (!x->agent_only) {
                    c->last_actor = *x;
                    c->have_actor = 1;
                }
                /* a person named in full can be named again by surname */
                const tok *lt = &c->toks.v[x->last];
                if (!opt->tabari_compat && x->person && !x->pronoun && x->last > x->first &&
                    lt->kind == TK_WORD && lt->nlen >= 2 && (lt->flags & TF_CAP) && c->nsurnames < MAX_SURNAMES) {
                    int known = 0;
                    for (int q = 0; q < c->nsurnames && !known; q++)
                        known = !strcmp(c->surnames[q].name, lt->norm);
                    if (!known) {
                        c->surnames[c->nsurnames].name = lt->norm;
                        c->surnames[c->nsurnames].m = *x;
                        c->nsurnames++;
                    }
                }
            }
            res[n++] = *x;
            i = x->last;
            continue;
        }
        const tok *t = &c->toks.v[i];
        uint32_t cls = tclass(d, t);
        if (opt->tabari_compat) {
            /* TABARI: a subject or object pronoun stands for the source of
               the previous event; resolved by the coder */
            static const char *const pro[] = { "HE", "SHE", "IT", "THEY", "HIM", "THEM", NULL };
            for (int q = 0; pro[q]; q++)
                if (strcmp(t->norm, pro[q]) == 0) {
                    mention p = { .first = i, .last = i, .head = i, .actor = -1, .pronoun = 1 };
                    res[n++] = p;
                    break;
                }
        } else if ((cls & WC_PRON_PERS) && c->have_person &&
                   (!strcmp(t->norm, "HE") || !strcmp(t->norm, "SHE") || !strcmp(t->norm, "HIM")) &&
                   c->person_sex != (t->norm[0] == 'S' ? 1 : 2)) {
            mention p = c->last_person;
            p.first = p.last = p.head = i;
            p.pronoun = 1;
            res[n++] = p;
        } else if (may_be_title(t) && !person_seen &&   /* (no call for other tokens) */
                   titled_stranger_at(d, c, i, lim, mi < nm ? m[mi].first : lim)) {
            /* "Ms James emphasised she had said": a person no dictionary
               knows, named with a title, is who "he" or "she" stands for
               from here on; no actor */
            c->have_person = 0;
            person_seen = 1;
        } else if (t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP) && c->nsurnames &&
                   (opt->tabari_compat || s->caps || !name_goes_on(c, i, lim))) {
            /* "Baker said": the surname of a person named earlier */
            for (int q = 0; q < c->nsurnames; q++)
                if (!strcmp(c->surnames[q].name, t->norm)) {
                    mention p = c->surnames[q].m;
                    p.first = p.last = p.head = i;
                    res[n++] = p;
                    c->last_person = p;
                    c->have_person = 1;
                    c->person_sex = title_sex(c, i, first);
                    break;
                }
        }
    }
    /* mentions that a phrase of allegiance opens (see mention.side) */
    if (!opt->tabari_compat)
        for (int j = 0; j < n; j++)
            for (int i = res[j].first - 4; i <= res[j].first - 2 && !res[j].side; i++)
                res[j].side = i >= first && side_phrase(d, c, i, res[j].first);
    /* "Foley's mother Diane said", "the prime minister's wife", "Iran's
       closest ally": the owner of a relative or an ally is neither doer
       nor target; the relative or the ally is someone else */
    if (!opt->tabari_compat)
        for (int j = 0; j < n; j++)
            if (!res[j].nullcode && (kin_after(c, res[j].last + 1, lim) || relation_after(d, c, res[j].last + 1, lim)))
                res[j].nullcode = 1;
    *out = res;
    *nout = n;
    return TAC_OK;
}
