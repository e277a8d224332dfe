/*
 * dict.h -- the dictionary model that every file-format reader feeds.
 *
 * Readers (dictfmt_tacitus.c, dictfmt_tabari.c, dictfmt_petrarch.c) parse
 * their syntax into the structures below and call the db_* functions; the
 * builder (dict.c) copies everything it is given, so readers may reuse their
 * buffers.  The builder then compiles the entries into the immutable
 * tac_dict used by the coder.
 *
 * Words are stored upper-case, ASCII-folded (see text.h: tac_fold_word);
 * readers may pass any case, the builder folds.
 */
#ifndef TAC_DICT_H
#define TAC_DICT_H

#include "tacitus.h"

/* Internal symbols carry the tacx_ prefix in the library (see
 * tests/check-symbols.sh); the short names are used in the source. */
#define db_actor_begin tacx_db_actor_begin
#define db_actor_code tacx_db_actor_code
#define db_actor_name tacx_db_actor_name
#define db_agent tacx_db_agent
#define db_diag tacx_db_diag
#define db_discard tacx_db_discard
#define db_nonverb tacx_db_nonverb
#define db_synset tacx_db_synset
#define db_set_case_aware tacx_db_set_case_aware
#define db_verb_begin tacx_db_verb_begin
#define db_verb_form tacx_db_verb_form
#define db_verb_pattern tacx_db_verb_pattern
#define dictfmt_guess tacx_dictfmt_guess
#define dictfmt_guess_content tacx_dictfmt_guess_content
#define dictfmt_name tacx_dictfmt_name
#define dictfmt_read_petrarch_actors tacx_dictfmt_read_petrarch_actors
#define dictfmt_read_petrarch_agents tacx_dictfmt_read_petrarch_agents
#define dictfmt_read_petrarch_discards tacx_dictfmt_read_petrarch_discards
#define dictfmt_read_petrarch_verbs tacx_dictfmt_read_petrarch_verbs
#define dictfmt_read_tabari_actors tacx_dictfmt_read_tabari_actors
#define dictfmt_read_tabari_agents tacx_dictfmt_read_tabari_agents
#define dictfmt_read_tabari_verbs tacx_dictfmt_read_tabari_verbs
#define dictfmt_read_tacitus tacx_dictfmt_read_tacitus

/* Kinds of pattern/phrase element. */
enum pe_kind {
    PE_WORD = 1,   /* a literal word */
    PE_SYNSET,     /* &NAME: any phrase of a synonym set */
    PE_ALT,        /* { a b | c d }: any of several sub-phrases */
    PE_SOURCE,     /* $ : the source actor is here */
    PE_TARGET,     /* + : the target actor is here */
    PE_COMPOUND,   /* % : a compound actor (source and target) is here */
    PE_SKIP,       /* ^ : skip one actor */
    PE_VERB        /* * : the verb itself */
};

/* How a PE_WORD matches a token. */
enum pe_match {
    PM_EXACT = 0,  /* the whole token (TABARI: trailing '_') */
    PM_PREFIX = 1  /* any token that starts with the word (TABARI stem) */
};

typedef struct phrase phrase;

typedef struct pattern_elem {
    unsigned char kind;      /* enum pe_kind */
    unsigned char match;     /* enum pe_match, for PE_WORD */
    unsigned char adjacent;  /* 1: must immediately follow the previous
                                element (TABARI '_'); 0: other words may
                                come between (TABARI ' ') */
    const char *word;        /* PE_WORD: the word; PE_SYNSET: the set name
                                without '&' */
    const phrase *alts;      /* PE_ALT: nalts sub-phrases */
    int nalts;
} pattern_elem;

struct phrase {
    const pattern_elem *e;
    int n;
};

/* A code valid in a date range: from/to are yyyymmdd, 0 = open. */
typedef struct dated_code {
    const char *code;   /* "UKRGOV", "---" (null actor), "###" (discard) */
    int32_t from, to;
} dated_code;

typedef struct dict_builder dict_builder;

/* While on, a one-word name of at most four capitals ("US", "UN", "MP")
 * matches only a token written in capitals ("us" is no actor).  For
 * dictionaries that write case deliberately (this project's format). */
void db_set_case_aware(dict_builder *b, int on);

/* Reports "file:line: msg" to the builder's diagnostic callback. */
void db_diag(dict_builder *b, int severity, const char *file, long line,
             const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Actors.  An actor has one or more names (synonyms) and a list of dated
 * codes; the first code whose range holds the document date applies, an
 * undated code is the fallback.  Several codes with the same range (TABARI
 * "[ELR/GAL]") make a compound actor: pass them with the same range and
 * flag ACT_COMPOUND on the actor. */
enum { ACT_PERSON = 1, ACT_COMPOUND = 2, ACT_PLACE = 4 };
int db_actor_begin(dict_builder *b, unsigned flags, const char *file, long line);
int db_actor_name(dict_builder *b, int actor, const phrase *name,
                  const char *file, long line);
int db_actor_code(dict_builder *b, int actor, const dated_code *code,
                  const char *file, long line);

/* Agents: "officials" -> "~GOV" (appended to the country code) or
 * "NGO~" (prepended); a code without '~' is taken as "~CODE".  officer:
 * the agent is an officer any body has (a spokesman, a chairman). */
int db_agent(dict_builder *b, const phrase *name, const char *code, int officer,
             const char *file, long line);

/* Synonym sets for patterns: &NAME -> phrases. */
int db_synset(dict_builder *b, const char *name, const phrase *member,
              const char *file, long line);

/* Verbs.  A verb has a default code and patterns.  Forms:
 *   db_verb_begin(... , form, ...) names its main form; with
 *   VF_ENDINGS the builder adds regular English endings (-s -es -ed -en
 *   -ing, e-dropping, consonant doubling); with VF_IRREGULAR it also adds
 *   the irregular forms it knows (went, gone...).
 *   db_verb_form adds more forms (synonyms, irregular forms).
 * Codes are strings as in the dictionaries: "064", "032:033" (paired
 * event: source->target and target->source), "---" (no event), "###"
 * (discard sentence), "023?" / "031!" keep their markers. */
enum { VF_ENDINGS = 1, VF_IRREGULAR = 2 };
int db_verb_begin(dict_builder *b, const phrase *form, unsigned vflags,
                  const char *code, const char *file, long line);
int db_verb_form(dict_builder *b, int verb, const phrase *form, unsigned vflags,
                 const char *file, long line);
/* A pattern: a phrase holding exactly one PE_VERB element; elements before
 * it are matched leftwards from the verb, elements after it rightwards. */
int db_verb_pattern(dict_builder *b, int verb, const phrase *pattern,
                    const char *code, const char *file, long line);

/* Words TABARI's <NOUN>/<ADJECTIVE> lists say are not verbs. */
int db_nonverb(dict_builder *b, const phrase *p, const char *file, long line);
/* Phrases that discard a sentence or document (PETRARCH discards, sports). */
int db_discard(dict_builder *b, const phrase *p, const char *code,
               const char *file, long line);

/* Readers: parse one file into the builder.  Return TAC_OK, TAC_EIO when
 * the file cannot be read; malformed entries are reported and skipped. */
int dictfmt_read_tacitus(dict_builder *b, const char *path);
int dictfmt_read_tabari_actors(dict_builder *b, const char *path);
int dictfmt_read_tabari_verbs(dict_builder *b, const char *path);
int dictfmt_read_tabari_agents(dict_builder *b, const char *path);
int dictfmt_read_petrarch_verbs(dict_builder *b, const char *path);
int dictfmt_read_petrarch_actors(dict_builder *b, const char *path);
int dictfmt_read_petrarch_agents(dict_builder *b, const char *path);
int dictfmt_read_petrarch_discards(dict_builder *b, const char *path);
/* Guesses a format from the file name and first lines. */
tac_dict_format dictfmt_guess(const char *path);
/* The format the first lines of a file show (TAC_FMT_AUTO: none), and a
 * format's name for messages ("a PETRARCH2 actors"). */
tac_dict_format dictfmt_guess_content(const char *path);
const char *dictfmt_name(tac_dict_format fmt);

#endif /* TAC_DICT_H */
