/*
 * tacitus.h -- the public interface of libtacitus, a political event coder.
 *
 * tacitus reads English news text and writes "who did what to whom" event
 * records in the CAMEO and PLOVER ontologies.
 *
 * The model (after Hyperscan's database + scratch):
 *   - tac_dict   : dictionaries compiled once, immutable, shared by threads.
 *   - tac_ctx    : per-thread scratch (arena, buffers); one thread at a time.
 *   - tac_code() : codes one document and hands each event to a callback.
 *
 * Conventions for the whole API:
 *   - Every call that can fail returns an int: TAC_OK (0) or a negative
 *     TAC_E* code; tac_errstr() names it.  Details (file:line, reason) go
 *     to the diagnostic callback, never to stdout/stderr: the library
 *     never prints and never exits.
 *   - Every *_new / *_open has a *_free that accepts NULL.
 *   - Pointers inside a tac_event are valid only during the callback.
 *   - Strings are UTF-8; byte offsets count bytes of the document text.
 */
#ifndef TACITUS_H
#define TACITUS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TAC_VERSION "0.1.0"

/* Result codes. */
enum {
    TAC_OK = 0,
    TAC_ENOMEM = -1,   /* out of memory */
    TAC_EIO = -2,      /* a file could not be read or written */
    TAC_EPARSE = -3,   /* malformed input (details via the diag callback) */
    TAC_EINVAL = -4,   /* invalid argument */
    TAC_ELIMIT = -5,   /* an input exceeded a built-in limit */
    TAC_EABORT = -6    /* a callback asked to stop */
};
const char *tac_errstr(int code);
const char *tac_version(void);

/* Diagnostics: severity, where (file may be NULL, line 0 if unknown), why. */
enum { TAC_DIAG_INFO = 0, TAC_DIAG_WARNING = 1, TAC_DIAG_ERROR = 2 };
typedef void (*tac_diag_fn)(void *ud, int severity, const char *where,
                            long line, const char *msg);

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */
/* ------------------------------------------------------------------ */

/* Dictionary file formats. TAC_FMT_AUTO guesses from name and contents. */
typedef enum {
    TAC_FMT_AUTO = 0,
    TAC_FMT_TACITUS,          /* this project's format (docs/dictionaries.md) */
    TAC_FMT_TABARI_ACTORS,    /* TABARI .actors */
    TAC_FMT_TABARI_VERBS,     /* TABARI .verbs */
    TAC_FMT_TABARI_AGENTS,    /* TABARI .agents */
    TAC_FMT_PETRARCH_VERBS,   /* PETRARCH2 CAMEO.2.0.txt */
    TAC_FMT_PETRARCH_ACTORS,  /* PETRARCH2 *.actors.txt */
    TAC_FMT_PETRARCH_AGENTS,  /* PETRARCH2 *.agents.txt */
    TAC_FMT_PETRARCH_DISCARDS /* PETRARCH2 *.discards.txt */
} tac_dict_format;

typedef struct tac_dict tac_dict;
typedef struct tac_builder tac_builder;

/* Coding options; zero-initialise, then set what you need.  Most of them
 * are TABARI's options-file settings (see tac_options_apply). */
enum { TAC_CODE_BY_CLAUSE = 0, TAC_CODE_BY_SENTENCE = 1, TAC_CODE_ALL = 2 };
typedef struct tac_options {
    int tabari_compat;   /* 1: follow TABARI's conventions (project files) */
    int require_target;  /* 1: drop events without a target */
    int no_actor_prior;  /* COMPLEX NOACTPRIOR: a sentence with no actor
                            before its first verb is not coded */
    int max_verbs;       /* COMPLEX VERBS[n]: more verbs -> not coded; 0 off */
    int conj_split;      /* COMPLEX CONJ[n]: more conjunctions -> not coded */
    int code_by;         /* TAC_CODE_BY_*: events per clause, sentence, verb */
    char default_source[16], default_target[16];  /* DEFAULT: codes, "" off */
    int default_prior;   /* use default_source when no actor precedes the verb */
    int default_after;   /* use default_target when no actor follows it */
    int convert_agent;   /* an agent without a country is an actor ("~GOV") */
    int comma_set;       /* 1: the comma_* limits below are in force */
    int comma_min, comma_max;    /* ", ... ," phrases of this many words are dropped */
    int comma_emin, comma_emax;  /* ", ..." at the end of a sentence */
    int comma_bmin, comma_bmax;  /* "... ," at the start of a sentence */
    int min_words;       /* sentences with fewer words are not coded; -1 = 0 */
} tac_options;

/* Applies one line of a TABARI options file ("COMPLEX: VERBS[5] CONJ[4]",
 * "SET: CODE BY SENTENCE", "DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER",
 * "COMMA: MIN = 2 MAX = 10", "SET: MINIMUM WORDS = 8", ...) to *opt.
 * Returns TAC_OK, or TAC_EINVAL with the reason in err (may be NULL) for a
 * line it does not understand (*opt is then unchanged) or a COMPLEX: line
 * with an unknown condition (the known ones still apply). */
int tac_options_apply(tac_options *opt, const char *line, char *err, size_t errlen);

/* A builder collects dictionary files; tac_builder_build compiles them.
 * Malformed entries are reported as diagnostics ("file:line: reason") and
 * skipped; loading goes on.  diag may be NULL. */
tac_builder *tac_builder_new(tac_diag_fn diag, void *ud);
int tac_builder_add_file(tac_builder *b, const char *path, tac_dict_format fmt);
/* Adds the default dictionaries shipped with tacitus (directory dir, or the
 * installed data directory when dir is NULL). */
int tac_builder_add_defaults(tac_builder *b, const char *dir);
void tac_builder_set_options(tac_builder *b, const tac_options *opt);
/* With on set before files are added, tac_builder_build also reports, as
 * warnings at file:line, a name (of an actor, agent, verb form, non-verb
 * or discard) or a verb's pattern written again, saying whether it means
 * the same or something else (`tacitus dict check`). */
void tac_builder_set_lint(tac_builder *b, int on);
/* OUT: *out receives the compiled dictionary; caller frees with
 * tac_dict_free().  The builder may be freed afterwards. */
int tac_builder_build(tac_builder *b, tac_dict **out);
void tac_builder_free(tac_builder *b);

void tac_dict_free(tac_dict *d);
/* Counts, for reports: actor names, agent names, verb forms, patterns. */
typedef struct tac_dict_stats {
    long actors, actor_names, agents, verbs, verb_forms, patterns, synsets, discards;
} tac_dict_stats;
/* (all zero for a NULL d) */
void tac_dict_get_stats(const tac_dict *d, tac_dict_stats *out);

/* A TABARI project file: the dictionaries, options and text it names. */
typedef struct tac_project {
    char *actors[8];  int nactors;
    char *verbs[8];   int nverbs;
    char *agents[8];  int nagents;
    char *options;    /* may be NULL */
    char *text;       /* the record file to code */
    tac_options opt;  /* read from the options file */
} tac_project;
/* OUT: *out; paths in it are resolved against the project's directory.
 * Caller frees with tac_project_free(). */
int tac_project_load(const char *path, tac_project **out, tac_diag_fn diag, void *ud);
void tac_project_free(tac_project *p);

/* ------------------------------------------------------------------ */
/* Documents and input                                                 */
/* ------------------------------------------------------------------ */

typedef struct tac_doc {
    const char *id;    size_t id_len;
    int32_t date;      /* yyyymmdd; 0 = unknown */
    const char *title; size_t title_len;   /* may be NULL */
    const char *text;  size_t text_len;    /* need not be NUL-terminated */
    const char *meta;  size_t meta_len;    /* JSON object text of other fields, or NULL */
} tac_doc;

/* Parses "YYYY-MM-DD", "YYYYMMDD" or TABARI's "YYMMDD" (years < 30 are
 * 20xx).  Returns yyyymmdd, or 0 when s is not a valid date. */
int32_t tac_parse_date(const char *s, size_t len);

/* Streaming document reader over a FILE-like byte source. */
typedef enum {
    TAC_INPUT_AUTO = 0, TAC_INPUT_TEXT, TAC_INPUT_JSONL, TAC_INPUT_TABARI
} tac_input_format;
typedef struct tac_reader tac_reader;
/* Opens path ("-" = stdin). name is used in diagnostics.  default_date is
 * used for documents without one.  Caller frees with tac_reader_free(). */
int tac_reader_open(const char *path, tac_input_format fmt, int32_t default_date,
                    tac_diag_fn diag, void *ud, tac_reader **out);
/* OUT: *doc, valid until the next call on r.  Returns 1 when a document was
 * read, 0 at the end, <0 on an I/O error.  Malformed documents are reported
 * and skipped. */
int tac_reader_next(tac_reader *r, tac_doc *doc);
/* Bytes consumed so far and total size (0 if unknown), for progress. */
void tac_reader_progress(const tac_reader *r, uint64_t *done, uint64_t *total);
void tac_reader_free(tac_reader *r);

/* ------------------------------------------------------------------ */
/* Coding                                                              */
/* ------------------------------------------------------------------ */

typedef struct tac_ctx tac_ctx;
/* Per-thread scratch.  Caller frees with tac_ctx_free(). */
tac_ctx *tac_ctx_new(void);
void tac_ctx_free(tac_ctx *c);
/* Options for this context, overriding the dictionary's (NULL: back to the
 * dictionary's).  Copied. */
void tac_ctx_set_options(tac_ctx *c, const tac_options *opt);
/* The next tac_code() call continues the document just coded (the next
 * record of the same story): a pronoun at its start may refer to the last
 * actors of this one, by their country codes (TABARI's FORWARD). */
void tac_ctx_continue(tac_ctx *c);
/* Warnings about a document (invalid UTF-8, NUL bytes, ...) go here. */
void tac_ctx_set_diag(tac_ctx *c, tac_diag_fn diag, void *ud);
/* When set, the coder explains each sentence (actors, verbs, decisions)
 * as lines of text; line is valid only during the call. */
typedef void (*tac_explain_fn)(void *ud, int sentence, const char *line);
void tac_ctx_set_explain(tac_ctx *c, tac_explain_fn fn, void *ud);

enum {
    TAC_EV_NEGATED = 1u << 0,      /* "did not reject" */
    TAC_EV_HYPOTHETICAL = 1u << 1, /* "would", "could", "must", "if"; "the plan includes recognizing" */
    TAC_EV_FUTURE = 1u << 2,       /* "will", "plans to" */
    TAC_EV_REPORTED = 1u << 3,     /* inside reported speech */
    TAC_EV_PASSIVE = 1u << 4,      /* found through a passive construction */
    TAC_EV_QUESTION = 1u << 5      /* the sentence is a question */
};

typedef struct tac_actor {
    const char *code;          /* e.g. "UKRGOV"; NULL when absent */
    uint32_t start, end;       /* byte offsets of the mention in the text */
} tac_actor;

typedef struct tac_event {
    int sentence;                      /* 0-based index in the document */
    uint32_t sent_start, sent_end;     /* byte offsets of the sentence */
    /* target.code NULL = no target; source.code NULL = no source named
       (a passive naming no agent: "two soldiers were wounded"), and then
       target.code is set */
    tac_actor source, target;
    uint32_t verb_start, verb_end;     /* the verb or phrase that coded */
    const char *cameo;                 /* "0233" */
    char root[3];                      /* "02" */
    int quad;                          /* 1..4, 0 for unknown codes */
    double goldstein;                  /* NaN for unknown codes */
    const char *plover;                /* "REQUEST"; NULL for none */
    unsigned flags;                    /* TAC_EV_* */
} tac_event;

/* Return non-zero from the callback to stop coding (tac_code returns
 * TAC_EABORT). */
typedef int (*tac_event_fn)(void *ud, const tac_doc *doc, const tac_event *ev);

/* Running totals of a context, for reports and benchmarks. */
typedef struct tac_code_stats {
    uint64_t docs, bytes, sentences, sentences_with_events, tokens, events;
} tac_code_stats;
/* (all zero for a NULL c) */
void tac_ctx_get_stats(const tac_ctx *c, tac_code_stats *out);

/* Codes one document.  Thread-safe for distinct ctx; d is shared. */
int tac_code(const tac_dict *d, tac_ctx *c, const tac_doc *doc,
             tac_event_fn fn, void *ud);

/* ------------------------------------------------------------------ */
/* CAMEO reference data and output                                     */
/* ------------------------------------------------------------------ */

/* Facts about a CAMEO code: label, Goldstein score, quad class, PLOVER
 * type.  Returns 0 and fills *out, or TAC_EINVAL for an unknown code.
 * Pointers are to static data. */
typedef struct tac_cameo_info {
    const char *code, *label, *plover;   /* plover NULL for statements (01) */
    double goldstein;
    int quad;                            /* 1 verbal coop .. 4 material conflict */
} tac_cameo_info;
int tac_cameo_lookup(const char *code, tac_cameo_info *out);

/* A growable byte buffer used by the writers. */
typedef struct tac_buf { char *p; size_t len, cap; } tac_buf;
int tac_buf_append(tac_buf *b, const char *s, size_t n);
/* Appends printf-style formatted text (any length). */
int tac_buf_printf(tac_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int tac_buf_vprintf(tac_buf *b, const char *fmt, va_list ap);
void tac_buf_free(tac_buf *b);

/* Appends one event as a JSON object and a newline to out. */
int tac_event_write_json(tac_buf *out, const tac_doc *doc, const tac_event *ev);
/* Appends one event as a tab-separated line (columns: tac_tsv_header()). */
int tac_event_write_tsv(tac_buf *out, const tac_doc *doc, const tac_event *ev);
const char *tac_tsv_header(void);

/* ------------------------------------------------------------------ */
/* Compiled dictionaries and throughput helpers                        */
/* ------------------------------------------------------------------ */

/* A compiled dictionary can be saved to a binary file (versioned,
 * checksummed, host byte order) and loaded back by memory-mapping it:
 * loading takes milliseconds instead of a recompile, and coding with a
 * loaded dictionary gives exactly the events of the dictionary it was
 * saved from.  The file also records a hash of the source files' names,
 * sizes and modification times, so that a stale file can be detected. */

/* Writes d to path (through a temporary file in the same directory and a
 * rename, so readers never see a partial file).  Returns TAC_OK, TAC_EIO
 * or TAC_ENOMEM. */
int tac_dict_save(const tac_dict *d, const char *path);
/* OUT: *out receives the dictionary mapped from path; caller frees with
 * tac_dict_free().  A file that is truncated, corrupt, of another format
 * version or byte order gives TAC_EPARSE and a diagnostic; a missing or
 * unreadable file gives TAC_EIO.  diag may be NULL. */
int tac_dict_load(const char *path, tac_dict **out, tac_diag_fn diag, void *ud);
/* The hash of the source files d was built from (or that the loaded file
 * records); 0 when unknown. */
uint64_t tac_dict_source_hash(const tac_dict *d);
/* OUT: *out = the source hash that tac_builder_add_defaults(b, dir) alone
 * would record for the files now in dir (NULL = the installed data
 * directory).  Compare it with tac_dict_source_hash() of a saved default
 * dictionary to know whether the file is stale.  Returns TAC_OK or TAC_EIO. */
int tac_dict_defaults_hash(const char *dir, uint64_t *out);

/* Splits doc into sentences and tokens without coding it: the floor of
 * what tac_code() costs.  OUT: *sentences, *tokens (either may be NULL).
 * Adds to the context's statistics like tac_code() (no events).  Returns
 * TAC_OK or a TAC_E* code. */
int tac_tokenize_only(const tac_dict *d, tac_ctx *c, const tac_doc *doc,
                      uint64_t *sentences, uint64_t *tokens);

/* ------------------------------------------------------------------ */
/* Event store (SQLite)                                                */
/* ------------------------------------------------------------------ */
/*
 * A store is one SQLite file (WAL mode) holding the documents coded, one
 * mention per coded event in a sentence, and the events deduplicated by
 * (date, source, target, CAMEO code) with GDELT's NumMentions, NumSources
 * and NumArticles.  docs/store.md describes the schema.
 *
 * Ingest: for each document call tac_store_begin_doc(); unless it reports
 * TAC_STORE_DOC_SAME, code the document handing each event to
 * tac_store_add_event(), then call tac_store_end_doc() (or
 * tac_store_abort_doc()).  Documents are written in batches, one
 * transaction per batch; tac_store_commit() or tac_store_close() writes
 * the last one.  A process killed mid-batch loses only that batch, and
 * ingesting the same input again completes the store.
 *
 * One thread at a time per handle.  Other processes may read while one
 * writes: they see the state of the last committed batch.
 */
typedef struct tac_store tac_store;

#define TAC_STORE_SCHEMA 1          /* schema version (PRAGMA user_version) */
enum { TAC_STORE_READONLY = 1u << 0, TAC_STORE_CREATE = 1u << 1 };

/* Opens the store at path (created when absent and flags has
 * TAC_STORE_CREATE).  A store of an older schema is migrated when opened
 * read-write.  OUT: *out receives a handle even when opening fails (NULL
 * only when out of memory), so that tac_store_errmsg() can say why; the
 * caller frees it with tac_store_close().  Returns TAC_OK, TAC_EIO (cannot
 * open, or the file is not a tacitus store), TAC_EINVAL (schema newer than
 * this library, or older and opened read-only). */
int tac_store_open(const char *path, unsigned flags, tac_store **out);
/* Optional, for a program in which tacitus is SQLite's only user: call
 * once, before any store is opened and before anything else uses SQLite.
 * It turns off SQLite's process-wide memory statistics, which take a
 * global lock on every allocation (about 8% of an ingest's writing
 * thread).  Returns TAC_OK, or TAC_EINVAL when SQLite is already in use
 * (nothing is changed then). */
int tac_store_tune_process(void);
/* Commits a pending batch and closes.  Accepts NULL.  Returns TAC_OK or
 * TAC_EIO when the last batch could not be committed. */
int tac_store_close(tac_store *s);
/* The reason for the last failure on s; never NULL; valid until the next
 * call on s. */
const char *tac_store_errmsg(const tac_store *s);

/* Documents per transaction (default 2000; at least 1). */
void tac_store_set_batch(tac_store *s, int docs);

enum { TAC_STORE_DOC_NEW = 0, TAC_STORE_DOC_CHANGED = 1, TAC_STORE_DOC_SAME = 2 };
/* Starts a document.  OUT: *status is TAC_STORE_DOC_NEW (id not stored),
 * TAC_STORE_DOC_CHANGED (stored with another text: its mentions will be
 * replaced) or TAC_STORE_DOC_SAME (stored with this text: nothing to do,
 * do not call add_event/end_doc).  doc and the text it points to must
 * stay valid until tac_store_end_doc().  A document without a date or an
 * id is refused with TAC_EINVAL. */
int tac_store_begin_doc(tac_store *s, const tac_doc *doc, int *status);
/* Looks a document up without starting it: OUT: *status as above.  Lets
 * a caller skip coding unchanged documents before handing them to
 * coding threads; tac_store_begin_doc() decides again when writing.
 * TAC_EINVAL for a document without a date or an id. */
int tac_store_doc_status(tac_store *s, const tac_doc *doc, int *status);
/* TAC_OK when doc can be stored (it has an id and a date), else
 * TAC_EINVAL with the reason in tac_store_errmsg(): what the lookups
 * below check, without looking.  A caller that found the store empty
 * when it began (tac_store_is_empty(), OUT: *empty 1 when it holds no
 * document) has nothing to look up: documents it gives twice, or that
 * another writer stores meanwhile, are still found when written. */
int tac_store_doc_check(tac_store *s, const tac_doc *doc);
int tac_store_is_empty(tac_store *s, int *empty);
/* The same work split so that the text is hashed once, on any thread:
 * tac_store_text_hash() is the store's hash of a text (thread-safe, no
 * handle); tac_store_doc_lookup() finds doc's id (OUT: *found, and the
 * stored text hash in *hash) without hashing its text; and
 * tac_store_begin_doc_hashed() is tac_store_begin_doc() with the text's
 * hash given.  With absent non-zero (a lookup found no such id) it does
 * not look again and reports TAC_STORE_DOC_NEW; should the id be stored
 * by the time of tac_store_end_doc() (given twice, or by another
 * writer), that document is then kept or replaced as usual. */
uint64_t tac_store_text_hash(const char *text, size_t len);
int tac_store_doc_lookup(tac_store *s, const tac_doc *doc, int *found, uint64_t *hash);
int tac_store_begin_doc_hashed(tac_store *s, const tac_doc *doc, uint64_t hash, int absent, int *status);
/* Adds one event of the current document (ev is copied). */
int tac_store_add_event(tac_store *s, const tac_doc *doc, const tac_event *ev);
/* Writes the current document, its mentions and the events they make. */
int tac_store_end_doc(tac_store *s);
/* Forgets the current document: the store keeps what it had for its id. */
void tac_store_abort_doc(tac_store *s);
/* Commits the open batch, if any; ends a bulk load (builds the query
 * indexes, docs/store.md) and copies the write-ahead log into the
 * database file as far as readers allow.  A caller that knows its input
 * is all read may call it while coding goes on, so that the close has
 * little left to do. */
int tac_store_commit(tac_store *s);

typedef struct tac_store_stats {
    uint64_t docs_new, docs_changed, docs_same, mentions, events_new;
} tac_store_stats;
/* Counts of this handle's ingest so far. */
void tac_store_get_stats(const tac_store *s, tac_store_stats *out);

/* Filters for queries and exports; zero-initialise, set what you need.
 * Codes match by prefix: "UKR" matches UKR and UKRGOV; "19" matches
 * every CAMEO code of root 19. */
enum { TAC_ROLE_EITHER = 0, TAC_ROLE_SOURCE = 1, TAC_ROLE_TARGET = 2 };
typedef struct tac_store_filter {
    const char *actor;        /* actor code prefix, in the role below */
    int role;                 /* TAC_ROLE_*: where actor must appear */
    const char *source;       /* source code prefix */
    const char *target;       /* target code prefix */
    const char *cameo;        /* CAMEO code prefix */
    const char *plover;       /* PLOVER event type, exact (e.g. "REJECT") */
    int quad;                 /* 1..4; 0 = any */
    int32_t from, to;         /* yyyymmdd, inclusive; 0 = open */
    const char *doc_id;       /* events mentioned by this document */
    long limit;               /* at most this many rows; 0 = all */
} tac_store_filter;

/* One deduplicated event with the first mention that reported it.
 * Strings are NUL-terminated and valid only during the callback. */
typedef struct tac_store_event {
    int64_t id;                        /* stable within the store */
    int32_t date;                      /* yyyymmdd */
    const char *source, *target;       /* target "" when none */
    const char *cameo, *root;          /* "0233", "02" */
    const char *plover;                /* NULL for none */
    int quad;                          /* 1..4, 0 unknown */
    double goldstein;                  /* NaN unknown */
    long num_mentions, num_sources, num_articles;
    int64_t added;                     /* when first stored (Unix time) */
    /* the first mention */
    const char *doc_id, *title, *url, *outlet;   /* "" when unknown */
    int sentence;                      /* index in the document */
    const char *text; size_t text_len; /* the sentence */
    uint32_t sent_start;               /* offset of the sentence in the document */
    /* offsets in the document; start == end when absent */
    uint32_t source_start, source_end, target_start, target_end, verb_start, verb_end;
    unsigned flags;                    /* TAC_EV_* */
} tac_store_event;
typedef int (*tac_store_event_fn)(void *ud, const tac_store_event *ev);

/* Calls fn for each event that passes f (NULL = all), by date then id,
 * streaming from the store.  Return non-zero from fn to stop
 * (TAC_EABORT).  Returns TAC_OK, TAC_EINVAL (bad filter) or TAC_EIO. */
int tac_store_query(tac_store *s, const tac_store_filter *f,
                    tac_store_event_fn fn, void *ud);

/* Time series of the dyad between actors a and b (code prefixes), one row
 * per direction and period. */
enum { TAC_BY_DAY = 0, TAC_BY_MONTH = 1, TAC_BY_YEAR = 2 };
typedef struct tac_store_dyad {
    int direction;          /* 0: a -> b, 1: b -> a */
    int32_t period;         /* yyyymmdd, yyyymm or yyyy */
    long events;            /* deduplicated events */
    long quad[5];           /* events per quad class; [0] unknown */
    long mentions;          /* sum of their NumMentions */
    double goldstein;       /* mean Goldstein score of the events */
} tac_store_dyad;
typedef int (*tac_store_dyad_fn)(void *ud, const tac_store_dyad *row);
/* Rows come by direction, then period.  f may restrict dates, codes,
 * PLOVER type or quad (its actor fields are ignored); NULL = none. */
int tac_store_dyads(tac_store *s, const char *a, const char *b, int by,
                    const tac_store_filter *f, tac_store_dyad_fn fn, void *ud);

/* The most active actors: events in which each full code is the source or
 * the target, most first.  f may restrict dates and codes; top 0 = all. */
typedef struct tac_store_actor {
    const char *code;
    long as_source, as_target, mentions;
} tac_store_actor;
typedef int (*tac_store_actor_fn)(void *ud, const tac_store_actor *row);
int tac_store_actors(tac_store *s, const tac_store_filter *f, long top,
                     tac_store_actor_fn fn, void *ud);

/* Export formats of a stored event (docs/store.md lists their columns). */
typedef enum {
    TAC_EXPORT_JSONL = 0,   /* tacitus's own JSON object per event */
    TAC_EXPORT_CSV,         /* RFC 4180 CSV, header from tac_export_header() */
    TAC_EXPORT_GDELT,       /* GDELT 2.0 event table: 61 tab-separated columns */
    TAC_EXPORT_PLOVER,      /* PLOVER JSON Lines */
    TAC_EXPORT_PHOENIX      /* Phoenix event data, tab-separated */
} tac_export_format;
/* Appends ev as one line in format fmt.  PLOVER has no category for CAMEO
 * 01 statements: such events append nothing.  Returns TAC_OK, TAC_ENOMEM
 * (out unchanged) or TAC_EINVAL. */
int tac_store_event_write(tac_buf *out, tac_export_format fmt, const tac_store_event *ev);
/* The header line (with its newline) of fmt, or NULL for line formats
 * without one (JSON Lines); GDELT and Phoenix files have none by
 * convention, but a header naming their columns is given. */
const char *tac_export_header(tac_export_format fmt);

#ifdef __cplusplus
}
#endif
#endif /* TACITUS_H */
