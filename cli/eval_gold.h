/*
 * eval_gold.h -- gold-standard readers and scoring primitives for
 * `tacitus eval`.
 *
 * Everything here is pure: it reads gold files or strings and compares
 * code triples and actor texts, and it knows nothing of libtacitus or of
 * the rest of cli/.  That keeps it testable on small hand-written files
 * (tests/unit/test_eval_gold.c includes eval_gold.c directly).  Only json-c
 * is needed, for the PLOVER and ConfliBERT sets.
 *
 * Ownership: every *_load / *_parse fills a caller-provided struct that
 * the caller releases with the matching *_free (which accepts a zeroed
 * struct).  Functions return 0 on success and -1 on failure, with a
 * one-line reason in err[] when err is not NULL.
 */
#ifndef TAC_EVAL_GOLD_H
#define TAC_EVAL_GOLD_H

#include <stddef.h>

/* Longest actor code kept; longer codes are cut (they then match nothing,
 * which is the right outcome for such oddities). */
#define EG_CODE_MAX 64
#define EG_EVCODE_MAX 16

/* Reads a whole file into a malloc'd buffer with a NUL after the data
 * (caller frees); *len gets the size.  NULL on error, errno set. */
char *eg_read_file(const char *path, size_t *len);

/* One (source, target, event code) triple, as written in the gold;
 * TABARI and PETRARCH write an absent actor as "---". */
typedef struct eg_triple {
    char src[EG_CODE_MAX];
    char tgt[EG_CODE_MAX];
    char code[EG_EVCODE_MAX];
} eg_triple;

/* The gold of one record. */
typedef struct eg_gold {
    eg_triple *ev;
    size_t n, cap;
    int bearing;   /* at least one gold line: triples or a "no events" mark */
    int none;      /* a "no events" mark was seen ({---}, noevents, ...) */
    int odd;       /* gold-looking lines that could not be read */
} eg_gold;

void eg_gold_init(eg_gold *g);
void eg_gold_clear(eg_gold *g);           /* empties, keeps the memory */
void eg_gold_free(eg_gold *g);
/* Copies the three strings (lengths in bytes, cut at EG_*_MAX - 1).
 * Returns 0, or -1 when out of memory. */
int eg_triple_set(eg_triple *t, const char *src, size_t slen,
                  const char *tgt, size_t tlen, const char *code, size_t clen);
int eg_gold_add(eg_gold *g, const eg_triple *t);

/* Multiset comparison: the number of triples of `coded` that can be paired
 * with distinct, equal triples of `gold`. */
size_t eg_triples_matched(const eg_triple *gold, size_t ngold,
                          const eg_triple *coded, size_t ncoded);
/* 1 when both multisets are equal. */
int eg_triples_same(const eg_triple *gold, size_t ngold,
                    const eg_triple *coded, size_t ncoded);

/* ------------------------------------------------------------------ */
/* TABARI validation records                                           */
/* ------------------------------------------------------------------ */

/* Flags for eg_tabari_gold. */
enum {
    /* {###} ("the record must be discarded") counts as a "no events"
     * gold line.  Without this flag it is ignored like {+++}. */
    EG_TABARI_DISCARD_IS_NONE = 1u << 0
};

/* Reads the gold lines of a record's comment (or of a whole record) into
 * *g, which is cleared first.  Lines are split at real newlines and at
 * the two-character sequence backslash-n that TABARI comments use.  A
 * gold line holds "{ SRC / TGT / CODE }" (text after the braces and a
 * "No events" style prefix are allowed); "{ --- }" means no events;
 * lines starting "-{" are commented out; "{ OPTION: ... }", "{+++}" and
 * "{}" are not gold. */
void eg_tabari_gold(const char *s, size_t len, unsigned flags, eg_gold *g);

/* 1 when a record's text announces the end of the standard validation
 * records (the record that says so; not the opening record quoting it). */
int eg_tabari_is_final(const char *text, size_t len);

/* Category of a record id: the part before the first '-' (the whole id
 * when there is none).  Writes at most cap-1 bytes and a NUL. */
void eg_category(const char *id, size_t id_len, char *out, size_t cap);

/* A record of a TABARI text file as split by eg_tabari_split: a header
 * line "DATE ID ..." after a blank line (or at the start of the file) and
 * every line up to the next header.  body covers the lines after the
 * header (text and comments together). */
typedef struct eg_tabari_rec {
    const char *date; size_t date_len;
    const char *id;   size_t id_len;
    const char *body; size_t body_len;
    long line;        /* 1-based line of the header */
} eg_tabari_rec;

/* Splits buf into records and calls fn on each; fn returns non-zero to
 * stop.  Lines before the first header (the file's banner) are skipped.
 * This is an independent reading of the file used to cross-check what
 * the library's reader delivers.  Returns the number of records seen. */
long eg_tabari_split(const char *buf, size_t len,
                     int (*fn)(void *ud, const eg_tabari_rec *r), void *ud);

/* Extracts the "comment" string of a document's meta JSON object.
 * Returns a malloc'd NUL-terminated copy (caller frees), or NULL when
 * meta is NULL, not JSON, or has no string "comment". */
char *eg_meta_comment(const char *meta, size_t meta_len);

/* ------------------------------------------------------------------ */
/* PETRARCH unit-test records (XML)                                    */
/* ------------------------------------------------------------------ */

typedef struct eg_petr_rec {
    char *id, *category, *date;   /* attributes of <Sentence> ("" if absent) */
    char *text;                   /* <Text>, entities decoded, trimmed */
    eg_gold gold;                 /* <EventCoding> children */
    int require_dyad;             /* <Config option="require_dyad"> in force */
    int active;                   /* 0 for sentence="false": cases PETRARCH
                                     itself does not handle, which its own
                                     validation skips */
    long line;                    /* line of the <Sentence> tag */
} eg_petr_rec;

typedef struct eg_petr_file {
    eg_petr_rec *rec;
    size_t n, cap;
    /* <Environment>: dictionary file names as written (NULL if absent). */
    char *verbfile, *actorfile, *agentfile, *discardfile;
    char *include;                /* <Include> word list, or NULL */
} eg_petr_file;

/* Parses the record file in buf.  An <EventCoding> with sourcecode,
 * targetcode and eventcode adds a triple; noevents="True" or error="..."
 * (a record the coder must reject) marks "no events".  Comments and
 * <Parse> trees are skipped. */
int eg_petr_parse(const char *buf, size_t len, eg_petr_file *out,
                  char *err, size_t errlen);
void eg_petr_free(eg_petr_file *f);
/* 1 when category is listed in the file's <Include> (or there is none). */
int eg_petr_included(const eg_petr_file *f, const char *category);

/* ------------------------------------------------------------------ */
/* PLOVER gold standard records (JSON array)                           */
/* ------------------------------------------------------------------ */

enum { EG_PLOVER_SCORED = 0, EG_PLOVER_APART = 1 };

typedef struct eg_plover_rec {
    char *id, *text, *date;     /* date as written ("2000-01-01"), or "" */
    char *event;        /* the file's event name, e.g. "DEMAND" */
    const char *type;   /* PLOVER 2.0 name, e.g. "REQUEST"; static */
    int apart;          /* EG_PLOVER_APART: no PLOVER 2.0 type (INVESTIGATE) */
    char **src; size_t nsrc;   /* actor codes */
    char **tgt; size_t ntgt;
} eg_plover_rec;

typedef struct eg_plover_set {
    eg_plover_rec *rec;
    size_t n;
    size_t skipped;     /* DOCUMENT records and records without text */
} eg_plover_set;

/* PLOVER 0.5 name to 2.0 name: DEMAND->REQUEST, DISAPPROVE->ACCUSE,
 * FIGHT->ASSAULT; other names are returned as given. */
const char *eg_plover_type(const char *name);
int eg_plover_load(const char *path, eg_plover_set *out, char *err, size_t errlen);
void eg_plover_free(eg_plover_set *s);

/* 1 when both codes are at least three bytes long and their first three
 * bytes are equal: the country level of a CAMEO actor code. */
int eg_same_country(const char *a, const char *b);

/* ------------------------------------------------------------------ */
/* ConfliBERT sentences (JSON lines)                                    */
/* ------------------------------------------------------------------ */

typedef struct eg_cb_rec {
    char *text;                   /* "sentence", or "tokens" when null */
    char **src; size_t nsrc;      /* source_spans */
    char **tgt; size_t ntgt;      /* target_spans */
    char **rcp; size_t nrcp;      /* reciprocal_spans */
    int pentaclass;               /* 0..4, -1 when absent */
    long line;
} eg_cb_rec;

typedef struct eg_cb_set {
    eg_cb_rec *rec;
    size_t n;
    size_t skipped;               /* unreadable lines or no text */
} eg_cb_set;

int eg_cb_load(const char *path, eg_cb_set *out, char *err, size_t errlen);
void eg_cb_free(eg_cb_set *s);

/* Five-way class of a CAMEO root "01".."20": 0 statements and appeals
 * (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08),
 * 3 verbal conflict (09-13), 4 material conflict (14-20); -1 otherwise. */
int eg_pentaclass(const char *root);

/* 1 when a and b share a content word: a run of letters/digits, compared
 * case-insensitively, that is not a stopword and longer than one byte. */
int eg_shares_content_word(const char *a, size_t alen, const char *b, size_t blen);
/* 1 when the word (any case) is in the built-in stopword list. */
int eg_is_stopword(const char *w, size_t n);

#endif
